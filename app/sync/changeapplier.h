#pragma once

#include "core/workingcalendar.h"
#include "hubapi/wirerecords.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/draftrepository.h"
#include "store/syncstate.h"

namespace lapor {

class Database;

// Applies one page of the change feed to the store, all or nothing: every record and the
// new cursor commit in one transaction, so a crash or a dropped connection resumes exactly
// where it stopped and nothing is applied twice or skipped.
class ChangeApplier
{
public:
    struct Counts
    {
        int cases = 0;
        int history = 0; // follow-ups, replies, dispositions, notes, attachments
        int drafts = 0; // drafts and decisions
        int reference = 0; // units, users, holidays
        int removed = 0;
        int keptForDraft = 0; // removed from the inbox, kept because a draft refers to it
        int skipped = 0; // unknown kinds, history of cases this user cannot see

        Counts &operator+=(const Counts &other);
        int total() const { return cases + history + drafts + reference + removed + skipped; }
    };

    ChangeApplier(Database &db, const WorkingCalendar &calendar);

    bool applyPage(const QList<ChangeData> &records, const QString &nextCursor, Counts *counts,
                   QString *error);

private:
    bool apply(const ChangeData &record, Counts &counts, QString *error);

    Database &m_db;
    CaseRepository m_cases;
    bool m_holidaysChanged = false; // since the last commit
    ChangeWriter m_writer;
    SyncState m_state;
    DraftRepository m_drafts;
};

} // namespace lapor
