#include "strictjson.h"

#include <QJsonValue>
#include <QStringView>

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

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Every time on the wire is "2026-11-28T03:15:00Z" (Wire::time): read that form by hand,
// anything else as Qt::ISODate reads it. A feed holds several times per record, and
// QDateTime::fromString took as long as the rest of a record's fields together.
QDateTime parseTime(const QString &text)
{
    if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime clock(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (digits(text, 0, 4) >= 0 && date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
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

StrictJson::StrictJson(const JsonRef &object, const QString &path)
    : m_object(object)
    , m_path(path)
{ }

void StrictJson::fail(const char *key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1.%2: %3").arg(m_path, QLatin1String(key), why);
}

JsonRef StrictJson::take(const char *key, bool nullable)
{
    markRead(key);
    JsonRef value = m_object.member(QLatin1StringView(key));
    if (value.isUndefined()) {
        fail(key, QStringLiteral("missing"));
        return {};
    }
    if (value.isNull() && !nullable) {
        fail(key, QStringLiteral("must not be null"));
        return {};
    }
    return value;
}

QString StrictJson::string(const char *key, qsizetype maxLength, bool allowEmpty)
{
    const JsonRef value = take(key);
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
    const JsonRef value = take(key);
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
    const JsonRef value = take(key);
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
    const JsonRef value = take(key);
    if (value.isUndefined())
        return {};
    const QString text = value.toString();
    const QDateTime parsed = parseTime(text);
    if (!value.isString() || !text.endsWith(QLatin1Char('Z')) || !parsed.isValid()) {
        fail(key, QStringLiteral("must be an ISO-8601 UTC time like 2026-11-28T03:15:00Z"));
        return {};
    }
    return parsed.toUTC();
}

QDateTime StrictJson::optionalTime(const char *key)
{
    const JsonRef value = take(key, true);
    if (value.isNull() || value.isUndefined())
        return {};
    return time(key);
}

JsonRef StrictJson::object(const char *key)
{
    const JsonRef value = take(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return value;
}

} // namespace lapor
