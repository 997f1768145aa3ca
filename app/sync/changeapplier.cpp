#include "changeapplier.h"

#include "protocol/rawrecord.h"
#include "store/casefigures.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/searchindex.h"
#include "store/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lapor {

namespace {

// The driver's message without the statement it names: the admin needs the why.
QString storeReason(const QString &error)
{
    const qsizetype statement = error.indexOf(QLatin1String(" in: "));
    return statement > 0 ? error.left(statement) : error;
}

} // namespace

ChangeApplier::Counts &ChangeApplier::Counts::operator+=(const Counts &other)
{
    cases += other.cases;
    history += other.history;
    drafts += other.drafts;
    reference += other.reference;
    removed += other.removed;
    keptForOutbox += other.keptForOutbox;
    skipped += other.skipped;
    quarantined += other.quarantined;
    return *this;
}

ChangeApplier::ChangeApplier(Database &db, const WorkingCalendar &calendar)
    : m_db(db)
    , m_cases(db, calendar)
    , m_writer(db)
    , m_outbox(db)
    , m_state(db)
    , m_quarantine(db)
    , m_retention(db)
    , m_step(db)
{ }

void ChangeApplier::setScope(const QString &unitId, bool agencyWide)
{
    m_unitId = unitId;
    m_agencyWide = agencyWide;
}

bool ChangeApplier::applyRecords(const QList<ChangeData> &records, Counts *counts, QString *error)
{
    Counts applied;
    m_knownCase = 0;
    for (const ChangeData &record : records) {
        if (!apply(record, applied, error))
            return false;
    }
    if (m_holidaysChanged && !followNewHolidays(error))
        return false;
    m_holidaysChanged = false;
    if (counts)
        *counts += applied;
    return true;
}

bool ChangeApplier::applyPage(const QList<Incoming> &records, const QString &cursor,
                              const QString &nextCursor, Counts *counts, QString *error)
{
    // A savepoint costs two statements a record, and nearly every page has no record the
    // store refuses. So a page first goes in without them; only when a record is refused
    // is it rolled back and applied again record by record, to set that one aside.
    m_stepByStep = false;
    m_recordRefused = false;
    if (runPage(records, cursor, nextCursor, counts, error))
        return true;
    if (!m_recordRefused)
        return false;
    m_stepByStep = true;
    const bool applied = runPage(records, cursor, nextCursor, counts, error);
    m_stepByStep = false;
    return applied;
}

bool ChangeApplier::runPage(const QList<Incoming> &records, const QString &cursor,
                            const QString &nextCursor, Counts *counts, QString *error)
{
    Transaction transaction(m_db, Transaction::Batch::Join);
    if (!transaction.isActive()) {
        *error = QStringLiteral("cannot start a transaction");
        return false;
    }
    // The search index is rebuilt for the page's cases at once, not record by record; in a
    // write batch only when the batch commits (Database::commitBatch), since a case's
    // follow-ups arrive over several pages and its row would otherwise be built for each.
    SearchIndex search(m_db);
    if (!search.defer(error))
        return false;
    m_quarantinedKeys = m_quarantine.keys();
    m_knownCase = 0;
    Counts page;
    for (const auto &record : records) {
        // Any failure left here is the store's: the transaction rolls back, no half page.
        if (!applyOne(record, cursor, page, error))
            return false;
    }
    // A failed page keeps the flag: the calendar already knows the holiday, and the next
    // page that commits must still redo the stored deadlines.
    if (m_holidaysChanged && !followNewHolidays(error))
        return false;
    if ((!m_db.inBatch() && !search.catchUp(error)) || !m_state.setCursor(nextCursor, error))
        return false;
    if (!transaction.commit()) {
        *error = QStringLiteral("commit failed");
        return false;
    }
    m_holidaysChanged = false;
    if (counts)
        *counts += page;
    // Only once no committed row names them: a crash before this leaves folders for the
    // next sync's sweep, never a row without its file.
    if (page.removed > 0 && m_db.inBatch())
        m_sweepAfterBatch = true;
    else if (page.removed > 0)
        m_retention.sweepFiles();
    return true;
}

bool ChangeApplier::commitBatch(QString *error)
{
    // Database::commitBatch builds the batch's search rows too, for whoever commits it;
    // they are built here first so that a failure says why (a full disk, most often): the
    // search rows of a whole batch are the largest write of its commit. Catching up twice
    // is harmless, the second time finds nothing noted.
    QString why;
    if (m_db.inBatch())
        SearchIndex(m_db).catchUp(&why);
    if (!m_db.commitBatch()) {
        // Rolled back whole, cursor included: the next run asks for those pages again.
        m_sweepAfterBatch = false;
        *error = why.isEmpty() ? QStringLiteral("commit failed") : why;
        return false;
    }
    if (m_sweepAfterBatch)
        m_retention.sweepFiles();
    m_sweepAfterBatch = false;
    return true;
}

bool ChangeApplier::applyOne(const Incoming &entry, const QString &cursor, Counts &page,
                             QString *error)
{
    QString reason = entry.refusal;
    if (entry.data) {
        if (m_stepByStep && !m_step.begin(error))
            return false;
        Counts one;
        QString why;
        Sql::clearLastFailure();
        if (apply(*entry.data, one, &why)) {
            if (m_stepByStep && !m_step.release(error))
                return false;
            page += one;
            // A clean version of an entity ends the quarantine of an older one. Nearly
            // always nothing is quarantined, and then no record is even looked at.
            if (m_quarantinedKeys.isEmpty())
                return true;
            const auto key = Wire::rawRecordKey(entry.raw);
            if (key.entityId.isEmpty()
                || !m_quarantinedKeys.remove(QuarantineRepository::key(key.kind, key.entityId)))
                return true;
            return m_quarantine.clear(key.kind, key.entityId, error);
        }
        if (Sql::isStoreFailure(Sql::lastFailure())) {
            *error = why;
            return false;
        }
        if (!m_stepByStep) {
            // Undo the whole page and come back record by record (applyPage).
            m_recordRefused = true;
            *error = why;
            return false;
        }
        m_knownCase = 0;
        if (!m_step.rollback(error))
            return false;
        reason = storeReason(why);
    }
    const auto key = Wire::rawRecordKey(entry.raw);
    QuarantinedRecord kept;
    kept.kind = key.kind;
    kept.entityId = key.entityId;
    kept.reason = reason.isEmpty() ? QStringLiteral("unreadable record") : reason;
    kept.record = Wire::keptRecordText(entry.raw);
    kept.cursor = cursor;
    kept.receivedAt = QDateTime::currentDateTimeUtc();
    if (!m_quarantine.put(kept, error))
        return false;
    if (!key.entityId.isEmpty())
        m_quarantinedKeys.insert(QuarantineRepository::key(key.kind, key.entityId));
    ++page.quarantined;
    return true;
}

bool ChangeApplier::followNewHolidays(QString *error)
{
    if (!m_cases.recomputeDeadlines(error))
        return false;
    // The sums hold working days. Counted with the calendar before the holiday, they are
    // counted again here, on the sync's thread, instead of by the next dashboard on the
    // window's (4 s at a million cases). Sums the store does not keep (a first sync under
    // way has set them aside; a large retention forgot them) are left to whoever counts
    // them next.
    QSqlQuery kept(m_db.connection());
    if (!kept.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM figure_calendar)"))
        || !kept.next()) {
        *error = kept.lastError().text();
        return false;
    }
    if (!kept.value(0).toBool())
        return true;
    kept.finish();
    return CaseFigures(m_db, m_cases.calendar())
        .ensureCurrent(QDateTime::currentDateTimeUtc(), error);
}

bool ChangeApplier::remove(qint64 trackingId, Counts &counts, QString *error)
{
    m_knownCase = 0;
    const auto removal = m_retention.purgeCase(trackingId, error);
    if (!removal)
        return false;
    if (*removal == Retention::Outcome::Kept)
        ++counts.keptForOutbox;
    ++counts.removed;
    return true;
}

bool ChangeApplier::apply(const ChangeData &record, Counts &counts, QString *error)
{
    // History for a case this store does not hold (out of scope) is skipped, not an error:
    // the hub may describe a case's past before telling us it left.
    auto knownCase = [this, &counts](qint64 caseId) {
        if (caseId != 0 && caseId == m_knownCase)
            return true;
        if (m_cases.exists(caseId)) {
            m_knownCase = caseId;
            return true;
        }
        ++counts.skipped;
        return false;
    };
    return std::visit(
        [&](const auto &value) -> bool {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                ++counts.skipped;
                return true;
            } else if constexpr (std::is_same_v<T, Case>) {
                ++counts.cases;
                if (!m_writer.flagChangedUnderDraft(value.trackingId, value.version, error)
                    || !m_cases.upsert(value, error))
                    return false;
                m_knownCase = value.trackingId;
                const bool outOfScope
                    = !m_agencyWide && !m_unitId.isEmpty() && value.unitId != m_unitId;
                return !outOfScope || remove(value.trackingId, counts, error);
            } else if constexpr (std::is_same_v<T, CaseRemoval>) {
                return remove(value.trackingId, counts, error);
            } else if constexpr (std::is_same_v<T, Followup>) {
                return !knownCase(value.caseId)
                    || (++counts.history, m_writer.upsertFollowup(value, error));
            } else if constexpr (std::is_same_v<T, CitizenReply>) {
                return !knownCase(value.caseId)
                    || (++counts.history, m_writer.upsertReply(value, error));
            } else if constexpr (std::is_same_v<T, Disposition>) {
                return !knownCase(value.caseId)
                    || (++counts.history, m_writer.upsertDisposition(value, error));
            } else if constexpr (std::is_same_v<T, InternalNote>) {
                return !knownCase(value.caseId)
                    || (++counts.history, m_writer.upsertNote(value, error));
            } else if constexpr (std::is_same_v<T, AttachmentInfo>) {
                return !knownCase(value.caseId)
                    || (++counts.history, m_writer.upsertAttachment(value, error));
            } else if constexpr (std::is_same_v<T, HubDraft>) {
                // The inbox's local state follows the draft (awaiting approval, published).
                return !knownCase(value.draft.caseId)
                    || (++counts.drafts,
                        m_writer.upsertHubDraft(value.draft, value.hubVersion, value.revisions,
                                                error)
                            && m_outbox.refreshCaseState(value.draft.caseId, error));
            } else if constexpr (std::is_same_v<T, Decision>) {
                // Kept even before its draft arrives (ChangeWriter holds it back).
                ++counts.drafts;
                return m_writer.upsertDecision(value, error);
            } else if constexpr (std::is_same_v<T, Unit>) {
                ++counts.reference;
                return m_writer.upsertUnit(value, error);
            } else if constexpr (std::is_same_v<T, User>) {
                ++counts.reference;
                return m_writer.upsertUser(value, error);
            } else if constexpr (std::is_same_v<T, Holiday>) {
                ++counts.reference;
                // Deadlines from here on count it; those already stored are redone at the
                // end of the page.
                m_holidaysChanged = m_cases.addHoliday(value) || m_holidaysChanged;
                return m_writer.upsertHoliday(value, error);
            }
        },
        record);
}

} // namespace lapor
