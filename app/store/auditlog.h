#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lapor {

class Database;

// Who did what, locally. Entries never carry complaint text or reporter identity,
// only ids, so the log can be shared with support without leaking anything.
class AuditLog
{
public:
    struct Entry
    {
        QDateTime at;
        QString userId;
        QString action;
        QString entity;
        QString entityId;
        QString detail;
    };

    explicit AuditLog(Database &db);
    bool record(const QString &userId, const QString &action, const QString &entity,
                const QString &entityId, const QString &detail = {});
    QList<Entry> latest(int limit) const;

private:
    Database &m_db;
};

} // namespace lapor
