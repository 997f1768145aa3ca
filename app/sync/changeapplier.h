#pragma once

#include "core/workingcalendar.h"
#include "protocol/records.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/outboxrepository.h"
#include "store/quarantinerepository.h"
#include "store/retention.h"
#include "store/savepoint.h"
#include "store/syncstate.h"

#include <QJsonValue>

namespace lapor {

class Database;

// Applies one page of the change feed to the store: every record and the new cursor
// commit in one transaction, so a crash or a dropped connection resumes exactly where it
// stopped and nothing is applied twice or skipped. A record that cannot be read or stored
// is set aside in quarantine instead of stopping the sync; a failure of the store itself
// (disk full, I/O error, locked) fails the whole page, which is then asked for again.
class ChangeApplier
{
public:
    struct Counts
    {
        int cases = 0;
        int history = 0; // follow-ups, replies, dispositions, notes, attachments
        int drafts = 0; // drafts and decisions
        int reference = 0; // units, users, holidays
        int removed = 0; // left the user's scope: gone from the store and the disk
        int keptForOutbox = 0; // of those, kept out of the inbox for unsent work (Retention)
        int skipped = 0; // unknown kinds, history of cases this user cannot see
        int quarantined = 0; // could not be read or stored; kept for the admin

        Counts &operator+=(const Counts &other);
        int total() const { return cases + history + drafts + reference + removed + skipped; }
    };

    // One entry of a page as received: decoded, or refused with the reason.
    struct Incoming
    {
        std::optional<ChangeData> data; // nullopt: could not be decoded
        QString refusal; // why not
        JsonRef raw; // the entry as received, for the quarantine
    };

    ChangeApplier(Database &db, const WorkingCalendar &calendar);

    // Whose desk this is. A case record outside the user's scope (another unit, for a
    // unit's officer or approver) takes the case off the desk, as a `remove` would: the
    // answer to the user's own forward says so before the feed does. Files of removed cases
    // go once the page commits (Retention::sweepFiles).
    void setScope(const QString &unitId, bool agencyWide);

    // A feed page asked for with `after = cursor`. False only when the store fails; then
    // nothing of the page is kept. Inside an open write batch (Database::beginBatch) the
    // page is a step of the batch, and commits with it (commitBatch).
    bool applyPage(const QList<Incoming> &records, const QString &cursor, const QString &nextCursor,
                   Counts *counts, QString *error);
    // The records of a push answer (Wire::decodeAnswer), by the same rules as the feed's,
    // inside the caller's transaction: the outbox entry settles with them. A record the
    // store refuses fails the call; the caller rolls back.
    bool applyRecords(const QList<ChangeData> &records, Counts *counts, QString *error);
    // Commits the open write batch, then removes the files of the cases it took off the
    // desk: only once no committed row names them.
    bool commitBatch(QString *error);

private:
    // One attempt at the page in one transaction.
    bool runPage(const QList<Incoming> &records, const QString &cursor, const QString &nextCursor,
                 Counts *counts, QString *error);
    // One entry in its own savepoint; a record problem is quarantined, false is a failure
    // of the store.
    bool applyOne(const Incoming &entry, const QString &cursor, Counts &page, QString *error);
    bool apply(const ChangeData &record, Counts &counts, QString *error);
    bool remove(qint64 trackingId, Counts &counts, QString *error);
    // After a holiday came: the stored deadlines, and the dashboard's sums when they are
    // kept, follow the calendar that now holds it.
    bool followNewHolidays(QString *error);

    Database &m_db;
    CaseRepository m_cases;
    bool m_holidaysChanged = false; // since the last commit
    bool m_sweepAfterBatch = false; // cases went in the open write batch
    ChangeWriter m_writer;
    OutboxRepository m_outbox;
    SyncState m_state;
    QuarantineRepository m_quarantine;
    Retention m_retention;
    Savepoint m_step;
    QSet<QString> m_quarantinedKeys; // of the page being applied
    bool m_stepByStep = false; // each record in its own savepoint (the second attempt)
    bool m_recordRefused = false; // the first attempt met a record the store refused
    QString m_unitId; // the scope: empty with m_agencyWide false = not set, everything kept
    bool m_agencyWide = true;
    // The case the last record stored or found, within one page: the feed brings a case's
    // history right after the case, so most history records need no look-up. 0 = none;
    // forgotten whenever a case may have gone (a removal, a record rolled back).
    qint64 m_knownCase = 0;
};

} // namespace lapor
