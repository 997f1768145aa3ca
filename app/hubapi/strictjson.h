#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lapor {

// Reads one JSON object from the hub field by field, refusing wrong types, missing
// fields, out-of-range numbers, oversized strings and non-UTC timestamps. The first
// problem is kept with the field's path, for a clear message. Unknown fields are ignored
// so that a newer hub can add fields without breaking this client.
class StrictJson
{
public:
    StrictJson(const QJsonObject &object, const QString &path);

    QString string(const char *key, qsizetype maxLength, bool allowEmpty = true);
    // One of a fixed set of values.
    QString keyword(const char *key, const QStringList &allowed);
    qint64 integer(const char *key, qint64 min, qint64 max);
    bool boolean(const char *key);
    QDateTime time(const char *key); // required, ISO-8601 with Z
    QDateTime optionalTime(const char *key); // may be null
    QJsonObject object(const char *key);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const char *key, const QString &why);

private:
    QJsonValue take(const char *key, bool nullable = false);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace lapor
