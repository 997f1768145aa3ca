#pragma once

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QString>

namespace lapor {

class Database;

// A record from the hub that the desk could not read or store, kept for the agency's
// admin (schema 5, resources/sql/005_quarantine.sql).
struct QuarantinedRecord
{
    qint64 id = 0;
    QString kind; // as sent; empty when unreadable
    QString entityId; // a tracking id for cases; empty when unreadable
    QString reason;
    QString record; // compact JSON without reporter identity, capped
    QString cursor; // the cursor the page was asked with
    QDateTime receivedAt;
};

// The records the sync set aside. The caller owns the transaction, so a record goes
// into quarantine together with the rest of its page and the page's cursor.
class QuarantineRepository
{
public:
    explicit QuarantineRepository(Database &db);

    // Keeps a refused record; it replaces an earlier refused version of the same entity.
    bool put(const QuarantinedRecord &record, QString *error);
    // A version of the entity was applied: the refused one no longer matters.
    bool clear(const QString &kind, const QString &entityId, QString *error);

    int count() const;
    // Newest first.
    QList<QuarantinedRecord> all() const;
    // "kind\nentity id" of every quarantined entity: a sync page asks once, not per record.
    QSet<QString> keys() const;
    static QString key(const QString &kind, const QString &entityId);

private:
    Database &m_db;
    QSqlQuery m_put;
    QSqlQuery m_clear;
};

} // namespace lapor
