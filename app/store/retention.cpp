#include "retention.h"

#include "casefigures.h"
#include "core/casestatus.h"
#include "core/draft.h"
#include "core/profile.h"
#include "database.h"
#include "outboxrepository.h"
#include "searchindex.h"
#include "sqlutil.h"
#include "syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lapor {

namespace {

// A SQL list of quoted keys, e.g. ('waiting', 'sending'). The keys are the store's own
// constants, never outside text.
QString sqlList(const QStringList &keys)
{
    return QStringLiteral("('") + keys.join(QLatin1String("', '")) + QStringLiteral("')");
}

// Outbox states of an entry not yet sent (OutboxStates::isPending).
QString unsentStates()
{
    QStringList keys;
    for (OutboxState state :
         { OutboxState::Waiting, OutboxState::Sending, OutboxState::Sent, OutboxState::Conflict,
           OutboxState::Failed, OutboxState::Discarded }) {
        if (OutboxStates::isPending(state))
            keys.append(OutboxStates::key(state));
    }
    return sqlList(keys);
}

// Case statuses in which the agency owes the reporter nothing more (not Status::isOpen).
QString closedStatuses()
{
    QStringList keys;
    for (CaseStatus status : Status::all()) {
        if (!Status::isOpen(status))
            keys.append(Status::key(status));
    }
    return sqlList(keys);
}

// Draft states that are over; any other draft is open.
QString finishedDraftStates()
{
    return sqlList(
        { DraftStates::key(DraftState::Published), DraftStates::key(DraftState::Discarded) });
}

bool run(Database &db, const QString &sql, const QVariantList &binds, QString *error,
         int *rows = nullptr)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!Sql::exec(q, error))
        return false;
    if (rows)
        *rows = q.numRowsAffected();
    return true;
}

} // namespace

Retention::Retention(Database &db)
    : m_db(db)
{
    // Only the store a profile opens as its own has the profile's folders beside it.
    const QString file = QFileInfo(db.path()).absoluteFilePath();
    const Profile profile(QFileInfo(file).absolutePath());
    if (QDir::cleanPath(profile.databasePath()) == QDir::cleanPath(file))
        m_profileDir = profile.dir();
}

QDateTime Retention::cutoff(const QDateTime &now, int months)
{
    return months > 0 ? now.toUTC().addMonths(-months) : QDateTime();
}

bool Retention::mark(const QString &select, const QVariantList &binds, QString *error)
{
    return run(m_db,
               QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS purge_set "
                              "(case_id INTEGER PRIMARY KEY, kept INTEGER NOT NULL DEFAULT 0)"),
               {}, error)
        && run(m_db, QStringLiteral("DELETE FROM purge_set"), {}, error)
        && run(m_db, QStringLiteral("INSERT INTO purge_set (case_id) ") + select, binds, error);
}

std::optional<Retention::Counts> Retention::purgeMarked(Mode mode, QString *error)
{
    const QString unsent = unsentStates();
    const QString marked = QStringLiteral("(SELECT case_id FROM purge_set)");
    const QString kept = QStringLiteral("(SELECT case_id FROM purge_set WHERE kept = 1)");
    const QString unsentDrafts
        = QStringLiteral("(SELECT entity_id FROM outbox WHERE state IN %1)").arg(unsent);
    QStringList steps {
        // Drafts no unsent entry is about, with their revisions, decisions (cascade) and
        // the decisions still waiting for them.
        QStringLiteral("DELETE FROM decisions_waiting WHERE draft_id IN (SELECT id FROM drafts "
                       "WHERE case_id IN %1 AND id NOT IN %2)")
            .arg(marked, unsentDrafts),
        QStringLiteral("DELETE FROM drafts WHERE case_id IN %1 AND id NOT IN %2")
            .arg(marked, unsentDrafts),
        // The nota dinas print the case and its reply; their numbers stay taken.
        QStringLiteral("DELETE FROM nota_dinas WHERE case_id IN %1").arg(marked),
        // A settled entry keeps the hub's answer (the case, the follow-up). Those of a draft
        // that stays are its record of what was already uploaded.
        QStringLiteral("DELETE FROM outbox WHERE case_id IN %1 AND state NOT IN %2 "
                       "AND entity_id NOT IN (SELECT id FROM drafts)")
            .arg(marked, unsent),
        QStringLiteral("UPDATE purge_set SET kept = 1 WHERE "
                       "EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = purge_set.case_id) OR "
                       "EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = purge_set.case_id "
                       "AND o.state IN %1)")
            .arg(unsent),
    };
    // A case that stays keeps nothing but its row: its history and files are the reporter's.
    for (const char *table :
         { "followups", "citizen_replies", "dispositions", "notes", "attachments" })
        steps.append(
            QStringLiteral("DELETE FROM %1 WHERE case_id IN %2").arg(QLatin1String(table), kept));
    steps.append(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id IN %1").arg(kept));
    if (mode == Mode::LeftScope) {
        // The user decides what becomes of work the hub will now refuse.
        steps.append(QStringLiteral("UPDATE drafts SET state = '%1' WHERE case_id IN %2 "
                                    "AND state NOT IN %3")
                         .arg(DraftStates::key(DraftState::Conflict), kept, finishedDraftStates()));
    } else if (mode == Mode::Wipe) {
        steps.append(QStringLiteral("UPDATE cases SET title = '', content = '', "
                                    "reporter_name = '', not_authority_reason = '' "
                                    "WHERE tracking_id IN %1")
                         .arg(kept));
    }
    for (const QString &step : std::as_const(steps)) {
        if (!run(m_db, step, {}, error))
            return std::nullopt;
    }
    // The rest goes whole: history and attachment rows by cascade, the search row by trigger.
    Counts counts;
    if (!run(m_db,
             QStringLiteral("DELETE FROM cases WHERE tracking_id IN "
                            "(SELECT case_id FROM purge_set WHERE kept = 0)"),
             {}, error, &counts.deleted))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM purge_set WHERE kept = 1"));
    if (!Sql::exec(q, error) || !q.next())
        return std::nullopt;
    counts.kept = q.value(0).toInt();
    return counts;
}

std::optional<Retention::Outcome> Retention::purgeCase(qint64 trackingId, QString *error)
{
    if (!mark(QStringLiteral("SELECT tracking_id FROM cases WHERE tracking_id = ?"), { trackingId },
              error))
        return std::nullopt;
    const auto counts = purgeMarked(Mode::LeftScope, error);
    if (!counts)
        return std::nullopt;
    return counts->kept ? Outcome::Kept : counts->deleted ? Outcome::Deleted : Outcome::NotFound;
}

std::optional<int> Retention::purgeClosedBefore(const QDateTime &cutoff, QString *error)
{
    if (!cutoff.isValid())
        return 0;
    const QString unsent = unsentStates();
    // received_at comes first so that the index on (status, received_at) narrows the scan.
    const QString select
        = QStringLiteral(
              "SELECT c.tracking_id FROM cases c WHERE c.status IN %1 AND c.received_at < ? "
              "AND max(c.received_at, coalesce(c.disposed_at, 0), "
              "coalesce(c.first_followup_at, 0), coalesce(c.last_followup_at, 0), "
              "coalesce(c.last_reply_at, 0)) < ? "
              "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = c.tracking_id "
              "AND o.state IN %2) "
              "AND NOT EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = c.tracking_id "
              "AND (d.state NOT IN %3 OR d.id IN "
              "(SELECT entity_id FROM outbox WHERE state IN %2)))")
              .arg(closedStatuses(), unsent, finishedDraftStates());
    const qint64 before = cutoff.toSecsSinceEpoch();
    if (!mark(select, { before, before }, error))
        return std::nullopt;
    const auto counts = purgeMarked(Mode::Expired, error);
    return counts ? std::optional<int>(counts->deleted) : std::nullopt;
}

std::optional<int> Retention::purgeSettled(QString *error)
{
    const QString select
        = QStringLiteral("SELECT c.tracking_id FROM cases c WHERE c.in_scope = 0 "
                         "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.state IN %1 AND "
                         "(o.case_id = c.tracking_id OR o.entity_id IN "
                         "(SELECT id FROM drafts WHERE case_id = c.tracking_id)))")
              .arg(unsentStates());
    if (!mark(select, {}, error))
        return std::nullopt;
    const auto counts = purgeMarked(Mode::LeftScope, error);
    // Settled entries of cases that left by other ways (a desk before this rule).
    if (!counts
        || !run(m_db,
                QStringLiteral("DELETE FROM outbox WHERE state NOT IN %1 AND case_id IS NOT NULL "
                               "AND NOT EXISTS (SELECT 1 FROM cases c "
                               "WHERE c.tracking_id = outbox.case_id) "
                               "AND entity_id NOT IN (SELECT id FROM drafts)")
                    .arg(unsentStates()),
                {}, error))
        return std::nullopt;
    return counts->deleted;
}

std::optional<Retention::Purged> Retention::afterSync(const QDateTime &now, int months,
                                                      QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return std::nullopt;
    }
    SearchIndex search(m_db);
    Purged purged;
    const auto closed
        = search.defer(error) ? purgeClosedBefore(cutoff(now, months), error) : std::nullopt;
    const auto settled = closed ? purgeSettled(error) : std::nullopt;
    if (!settled || !search.catchUp(error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return std::nullopt;
    }
    purged.closed = *closed;
    purged.settled = *settled;
    purged.files = sweepFiles();
    return purged;
}

std::optional<Retention::Wiped> Retention::removeAllCaseData(QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return std::nullopt;
    }
    SearchIndex search(m_db);
    // The dashboard's sums are counted again from what stays when next opened.
    if (!CaseFigures::forget(m_db, error) || !search.defer(error)
        || !mark(QStringLiteral("SELECT tracking_id FROM cases"), {}, error))
        return std::nullopt;
    const auto counts = purgeMarked(Mode::Wipe, error);
    if (!counts)
        return std::nullopt;
    const QStringList rest {
        QStringLiteral("DELETE FROM outbox WHERE state NOT IN %1 "
                       "AND entity_id NOT IN (SELECT id FROM drafts)")
            .arg(unsentStates()),
        QStringLiteral("DELETE FROM decisions_waiting"),
        QStringLiteral("DELETE FROM quarantine"),
    };
    for (const QString &step : rest) {
        if (!run(m_db, step, {}, error))
            return std::nullopt;
    }
    if (!SyncState(m_db).setCursor(QString(), error) || !search.catchUp(error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return std::nullopt;
    }
    // The inbox's copy on disk holds case ids, dates and officers: it goes with the cases.
    QFile::remove(m_db.inboxCachePath());
    Wiped wiped;
    wiped.cases = counts->deleted;
    wiped.kept = counts->kept;
    wiped.files = sweepFiles();
    return wiped;
}

} // namespace lapor
