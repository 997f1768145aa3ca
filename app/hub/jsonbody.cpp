#include "jsonbody.h"

#include "problem.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <cmath>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

std::optional<JsonBody> JsonBody::parse(const HttpRequest &request, HttpResponse *problem,
                                        bool emptyIsObject)
{
    if (request.body.trimmed().isEmpty() && emptyIsObject)
        return JsonBody(QJsonObject());
    const QByteArray type = request.header("content-type").split(';').value(0).trimmed().toLower();
    if (!type.isEmpty() && type != "application/json") {
        *problem = Problem::make(415, ProblemType::UnsupportedMediaType,
                                 u"Unsupported media type"_s, u"Send application/json."_s);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = Problem::malformedJson(
            u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = Problem::malformedJson(u"The body must be a JSON object."_s);
        return std::nullopt;
    }
    return JsonBody(doc.object());
}

JsonBody::JsonBody(const QJsonObject &object)
    : m_object(object)
{ }

QJsonValue JsonBody::take(const char *key)
{
    const QString name = QString::fromLatin1(key);
    m_known.append(name);
    return m_object.value(name);
}

void JsonBody::addError(const char *field, const QString &message)
{
    QJsonObject error;
    error.insert(u"field"_s, QString::fromLatin1(field));
    error.insert(u"message"_s, message);
    m_errors.append(error);
}

QString JsonBody::string(const char *key, int minLength, int maxLength)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        addError(key, u"%1 is required"_s.arg(QLatin1String(key)));
        return {};
    }
    if (!value.isString()) {
        addError(key, u"%1 must be a string"_s.arg(QLatin1String(key)));
        return {};
    }
    const QString text = value.toString();
    if (text.trimmed().size() < minLength || text.size() > maxLength) {
        addError(key,
                 u"%1 must be %2 to %3 characters"_s.arg(QLatin1String(key))
                     .arg(minLength)
                     .arg(maxLength));
        return {};
    }
    if (!isCleanText(text)) {
        addError(key, u"%1 contains control characters"_s.arg(QLatin1String(key)));
        return {};
    }
    return text;
}

std::optional<QString> JsonBody::optionalString(const char *key, int maxLength)
{
    if (!m_object.contains(QLatin1String(key))) {
        m_known.append(QString::fromLatin1(key));
        return std::nullopt;
    }
    return string(key, 0, maxLength);
}

qint64 JsonBody::integer(const char *key, qint64 min, qint64 max)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        addError(key, u"%1 is required"_s.arg(QLatin1String(key)));
        return 0;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < double(min)
        || number > double(max)) {
        addError(
            key,
            u"%1 must be an integer from %2 to %3"_s.arg(QLatin1String(key)).arg(min).arg(max));
        return 0;
    }
    return qint64(number);
}

std::optional<qint64> JsonBody::optionalInteger(const char *key, qint64 min, qint64 max)
{
    if (!m_object.contains(QLatin1String(key))) {
        m_known.append(QString::fromLatin1(key));
        return std::nullopt;
    }
    return integer(key, min, max);
}

std::optional<double> JsonBody::optionalNumber(const char *key, double min, double max)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        addError(key,
                 u"%1 must be a number from %2 to %3"_s.arg(QLatin1String(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return value.toDouble();
}

bool JsonBody::boolean(const char *key, bool fallback)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        addError(key, u"%1 must be true or false"_s.arg(QLatin1String(key)));
        return fallback;
    }
    return value.toBool();
}

QString JsonBody::oneOf(const char *key, const QStringList &allowed)
{
    const QString text = string(key, 1, 64);
    if (!text.isEmpty() && !allowed.contains(text)) {
        addError(key, u"%1 must be one of: %2"_s.arg(QLatin1String(key), allowed.join(u", "_s)));
        return {};
    }
    return text;
}

bool JsonBody::finish(HttpResponse *problem)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key())) {
            QJsonObject error;
            error.insert(u"field"_s, it.key());
            error.insert(u"message"_s, u"unknown field %1"_s.arg(it.key()));
            m_errors.append(error);
        }
    }
    if (m_errors.isEmpty())
        return true;
    *problem = Problem::validation(m_errors);
    return false;
}

bool isCleanText(const QString &text)
{
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace lapor::hub
