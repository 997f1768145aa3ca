#include "draftrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QUuid>

namespace lapor {

namespace {

const QString kSelect = QStringLiteral("SELECT id, case_id, author_id, revision, text, state, "
                                       "base_case_version, updated_at FROM drafts ");

Draft draftFromQuery(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toString();
    d.caseId = q.value(1).toLongLong();
    d.authorId = q.value(2).toString();
    d.revision = q.value(3).toInt();
    d.text = q.value(4).toString();
    d.state = DraftStates::fromKey(q.value(5).toString()).value_or(DraftState::Editing);
    d.baseCaseVersion = q.value(6).toLongLong();
    d.updatedAt = Sql::toTime(q.value(7));
    return d;
}

} // namespace

DraftRepository::DraftRepository(Database &db)
    : m_db(db)
{ }

std::optional<Draft> DraftRepository::create(qint64 caseId, const QString &authorId,
                                             qint64 baseCaseVersion, QString *error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, "
                             "base_case_version, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'editing', ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(caseId);
    q.addBindValue(Sql::text(authorId));
    q.addBindValue(baseCaseVersion);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!Sql::exec(q, error))
        return std::nullopt;
    return find(id);
}

std::optional<Draft> DraftRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return draftFromQuery(q);
}

QList<Draft> DraftRepository::forCase(qint64 caseId) const
{
    QList<Draft> out;
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QLatin1String("WHERE case_id = ? ORDER BY created_at, id"));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            out.append(draftFromQuery(q));
    }
    return out;
}

bool DraftRepository::saveText(const QString &id, const QString &text, QString *error)
{
    const auto draft = find(id);
    if (!draft || !DraftStates::isEditable(draft->state)) {
        if (error)
            *error = QCoreApplication::translate("lapor::DraftRepository",
                                                 "Draf ini tidak dapat diubah lagi.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE drafts SET text = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::text(text));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    return Sql::exec(q, error);
}

std::optional<int> DraftRepository::addRevision(const QString &id, QString *error)
{
    const auto draft = find(id);
    if (!draft) {
        if (error)
            *error = QStringLiteral("no draft %1").arg(id);
        return std::nullopt;
    }
    const int number = draft->revision + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO draft_revisions (draft_id, revision, text, author_id, "
                             "created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(draft->text);
    q.addBindValue(draft->authorId);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!Sql::exec(q, error))
        return std::nullopt;
    q.prepare(QStringLiteral("UPDATE drafts SET revision = ? WHERE id = ?"));
    q.addBindValue(number);
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return std::nullopt;
    return number;
}

QList<DraftRepository::Revision> DraftRepository::revisions(const QString &id) const
{
    QList<Revision> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT revision, text, author_id, created_at FROM draft_revisions "
                             "WHERE draft_id = ? ORDER BY revision"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            out.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                         Sql::toTime(q.value(3)) });
    }
    return out;
}

QList<Decision> DraftRepository::decisions(const QString &id) const
{
    QList<Decision> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, revision, approver_id, kind, comment, decided_at "
                             "FROM decisions WHERE draft_id = ? ORDER BY decided_at, id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            Decision d;
            d.id = q.value(0).toString();
            d.draftId = id;
            d.revision = q.value(1).toInt();
            d.approverId = q.value(2).toString();
            d.kind = q.value(3).toString() == QLatin1String("return") ? DecisionKind::Return
                                                                      : DecisionKind::Approve;
            d.comment = q.value(4).toString();
            d.decidedAt = Sql::toTime(q.value(5));
            out.append(d);
        }
    }
    return out;
}

bool DraftRepository::setState(const QString &id, DraftState state, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE drafts SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(DraftStates::key(state));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    if (!Sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("no draft %1").arg(id);
        return false;
    }
    return true;
}

bool DraftRepository::markConflict(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE drafts SET state = 'conflict', updated_at = ? "
                             "WHERE id = ? AND state NOT IN ('published', 'discarded')"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    return Sql::exec(q, error);
}

bool DraftRepository::reopenForDecision(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE drafts SET state = 'submitted' WHERE id = ? "
                             "AND state IN ('approved', 'returned')"));
    q.addBindValue(id);
    return Sql::exec(q, error);
}

} // namespace lapor
