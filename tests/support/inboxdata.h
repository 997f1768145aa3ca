#pragma once

#include "core/workingcalendar.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace lapor {

class Database;

// A deterministic store of realistic cases for the inbox benchmark, the screenshots and
// the GUI tests: informal Indonesian complaints over the year before `now`, spread over a
// few units, with follow-ups, citizen replies, drafts and local states.
namespace InboxData {

struct Options
{
    int cases = 1000;
    quint64 seed = 1;
    QDateTime now; // the dataset's "today"; invalid = the real clock
};

// Units (dinas) and users the cases refer to.
inline constexpr const char *kOfficerId = "petugas1";
inline constexpr const char *kApproverId = "kepala1";

bool generate(Database &db, const WorkingCalendar &calendar, const Options &options,
              QString *error);

// A few hand-picked cases with long timelines, an attachment downloaded into
// `attachmentsDir`, and a complaint with HTML in it. Returns the long one's tracking id.
qint64 addShowcase(Database &db, const WorkingCalendar &calendar, const QString &attachmentsDir,
                   const QDateTime &now, QString *error);

// A benchmark's store: the profile in `dir` (created when missing) opened, and filled with
// `cases` generated cases when it holds none, so that `--keep-profile DIR` reuses a store
// generated once. `generatedMs` is how long the generation took, -1 when the store was
// reused with `reused` cases. A null database with `error` set when it cannot.
struct KeptStore
{
    std::unique_ptr<Database> database;
    int reused = 0;
    qint64 generatedMs = -1;
};
KeptStore openKept(const QString &dir, int cases, const WorkingCalendar &calendar, QString *error);

} // namespace InboxData

} // namespace lapor
