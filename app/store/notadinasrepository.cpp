#include "notadinasrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lapor {

namespace {

constexpr auto kColumns = "id, case_id, draft_id, decision_id, kind, number, year, sequence, "
                          "file, content, created_by, created_at";

NotaDinasRecord fromQuery(const QSqlQuery &q)
{
    NotaDinasRecord r;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.draftId = q.value(2).toString();
    r.decisionId = q.value(3).toString();
    r.kind = q.value(4).toString();
    r.number = q.value(5).toString();
    r.year = q.value(6).toInt();
    r.sequence = q.value(7).toInt();
    r.file = q.value(8).toString();
    r.content = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    r.createdBy = q.value(10).toString();
    r.createdAt = Sql::toTime(q.value(11));
    return r;
}

} // namespace

NotaDinasRepository::NotaDinasRepository(Database &db)
    : m_db(db)
{ }

bool NotaDinasRepository::create(NotaDinasRecord *record, const std::function<QString(int)> &number,
                                 const std::function<QString(const QString &)> &file,
                                 QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = m_db.connection().lastError().text();
        return false;
    }
    QSqlQuery q(m_db.connection());
    // The counter only ever grows: a number once taken is never given again, also when
    // its memo's file could not be written afterwards.
    q.prepare(QStringLiteral("INSERT INTO nota_dinas_counters (year, last) VALUES (?, 1) "
                             "ON CONFLICT (year) DO UPDATE SET last = last + 1"));
    q.addBindValue(record->year);
    if (!Sql::exec(q, error))
        return false;
    q.prepare(QStringLiteral("SELECT last FROM nota_dinas_counters WHERE year = ?"));
    q.addBindValue(record->year);
    if (!Sql::exec(q, error) || !q.next()) {
        if (error->isEmpty())
            *error = QStringLiteral("nota_dinas_counters: no row for %1").arg(record->year);
        return false;
    }
    record->sequence = q.value(0).toInt();
    record->number = number(record->sequence);
    record->file = file(record->number);
    record->content.insert(QStringLiteral("number"), record->number);
    if (!record->createdAt.isValid())
        record->createdAt = QDateTime::currentDateTimeUtc();
    q.prepare(QStringLiteral("INSERT INTO nota_dinas (case_id, draft_id, decision_id, kind, "
                             "number, year, sequence, file, content, created_by, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         { QVariant(record->caseId), Sql::text(record->draftId), Sql::text(record->decisionId),
           Sql::text(record->kind), Sql::text(record->number), QVariant(record->year),
           QVariant(record->sequence), Sql::text(record->file),
           QVariant(
               QString::fromUtf8(QJsonDocument(record->content).toJson(QJsonDocument::Compact))),
           Sql::text(record->createdBy), Sql::fromTime(record->createdAt) })
        q.addBindValue(v);
    if (!Sql::exec(q, error))
        return false;
    record->id = q.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        *error = m_db.connection().lastError().text();
        return false;
    }
    return true;
}

std::optional<NotaDinasRecord> NotaDinasRepository::forDecision(const QString &decisionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM nota_dinas WHERE decision_id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(decisionId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<NotaDinasRecord> NotaDinasRepository::forCase(qint64 caseId) const
{
    QList<NotaDinasRecord> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM nota_dinas WHERE case_id = ? ORDER BY created_at, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            out.append(fromQuery(q));
    }
    return out;
}

int NotaDinasRepository::lastSequence(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT last FROM nota_dinas_counters WHERE year = ?"));
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace lapor
