#include "strictjson.h"

#include <QJsonValue>

#include <cmath>

namespace lapor {

namespace {
// Doubles hold integers exactly up to 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

thread_local StrictJson::FieldLog *t_fieldLog = nullptr;

// "draft.revisions[3]" -> "draft.revisions[]": one name for every entry of an array.
QString withoutIndexes(const QString &path)
{
    QString out;
    out.reserve(path.size());
    bool inIndex = false;
    for (const QChar ch : path) {
        if (ch == QLatin1Char('['))
            inIndex = true;
        else if (ch == QLatin1Char(']'))
            inIndex = false;
        if (!inIndex || ch == QLatin1Char('['))
            out.append(ch);
    }
    return out;
}
} // namespace

StrictJson::FieldLog::FieldLog()
    : m_outer(t_fieldLog)
{
    t_fieldLog = this;
}

StrictJson::FieldLog::~FieldLog()
{
    t_fieldLog = m_outer;
}

void StrictJson::markRead(const char *key)
{
    if (t_fieldLog)
        t_fieldLog->m_fields.insert(withoutIndexes(m_path) + QLatin1Char('.') + QLatin1String(key));
}

StrictJson::StrictJson(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{ }

void StrictJson::fail(const char *key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1.%2: %3").arg(m_path, QLatin1String(key), why);
}

QJsonValue StrictJson::take(const char *key, bool nullable)
{
    markRead(key);
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd()) {
        fail(key, QStringLiteral("missing"));
        return QJsonValue::Undefined;
    }
    if (it->isNull() && !nullable) {
        fail(key, QStringLiteral("must not be null"));
        return QJsonValue::Undefined;
    }
    return *it;
}

QString StrictJson::string(const char *key, qsizetype maxLength, bool allowEmpty)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, QStringLiteral("longer than %1 characters (%2)").arg(maxLength).arg(text.size()));
        return {};
    }
    if (!allowEmpty && text.trimmed().isEmpty()) {
        fail(key, QStringLiteral("must not be empty"));
        return {};
    }
    return text.isNull() ? QStringLiteral("") : text;
}

QString StrictJson::keyword(const char *key, const QStringList &allowed)
{
    const QString value = string(key, 64);
    if (ok() && !allowed.contains(value))
        fail(key, QStringLiteral("unknown value \"%1\"").arg(value));
    return value;
}

qint64 StrictJson::integer(const char *key, qint64 min, qint64 max)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > kMaxExactInteger) {
        fail(key, QStringLiteral("must be an integer"));
        return 0;
    }
    const auto integral = qint64(number);
    if (integral < min || integral > max) {
        fail(key, QStringLiteral("%1 outside %2..%3").arg(integral).arg(min).arg(max));
        return 0;
    }
    return integral;
}

bool StrictJson::boolean(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return false;
    }
    return value.toBool();
}

QDateTime StrictJson::time(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    const QString text = value.toString();
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!value.isString() || !text.endsWith(QLatin1Char('Z')) || !parsed.isValid()) {
        fail(key, QStringLiteral("must be an ISO-8601 UTC time like 2026-11-28T03:15:00Z"));
        return {};
    }
    return parsed.toUTC();
}

QDateTime StrictJson::optionalTime(const char *key)
{
    const QJsonValue value = take(key, true);
    if (value.isNull() || value.isUndefined())
        return {};
    return time(key);
}

QJsonObject StrictJson::object(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return value.toObject();
}

} // namespace lapor
