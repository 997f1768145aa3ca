#pragma once

#include "jsontape.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
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
    // The object is a QJsonObject, or one in a JsonTape (JsonRef converts either).
    StrictJson(const JsonRef &object, const QString &path);

    QString string(const char *key, qsizetype maxLength, bool allowEmpty = true);
    // One of a fixed set of values.
    QString keyword(const char *key, const QStringList &allowed);
    qint64 integer(const char *key, qint64 min, qint64 max);
    bool boolean(const char *key);
    QDateTime time(const char *key); // required, ISO-8601 with Z
    QDateTime optionalTime(const char *key); // may be null
    JsonRef object(const char *key);
    // Whether the object has the field at all (for fields older hubs leave out).
    bool has(const char *key) const { return m_object.contains(QLatin1StringView(key)); }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const char *key, const QString &why);
    // For a field read without the helpers above (an array read by hand).
    void markRead(const char *key);

    // Collects the fields that every StrictJson of this thread reads while it lives, as
    // "case.title" or "draft.revisions[].text". The contract test compares them with the
    // fields the hub sends, so a field the desk drops without saying so is caught.
    class FieldLog
    {
    public:
        FieldLog();
        ~FieldLog();
        FieldLog(const FieldLog &) = delete;
        FieldLog &operator=(const FieldLog &) = delete;

        const QSet<QString> &fields() const { return m_fields; }

    private:
        friend class StrictJson;
        QSet<QString> m_fields;
        FieldLog *m_outer;
    };

private:
    JsonRef take(const char *key, bool nullable = false);

    JsonRef m_object;
    QString m_path;
    QString m_error;
};

} // namespace lapor
