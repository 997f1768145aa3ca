#pragma once

// Sample data shared by the tests: realistic cases in informal Indonesian, the staff of a
// small desk, and the open cases the drafting screens work on. Plain functions that return
// an error text, so that helper programs (autosave_child, draftshowcase) can use them too;
// TempStore wraps them in helpers that fail the test.

#include "core/case.h"
#include "core/user.h"

#include <QDateTime>
#include <QList>

namespace lapor {
class Database;
class WorkingCalendar;
} // namespace lapor

namespace lapor::test::Sample {

// An ISO time read as UTC: utc("2026-03-02T01:15:00").
QDateTime utc(const char *iso);

// A case as the hub would send it: disposed to DPUPR Samarinda in March 2026.
Case sampleCase(qint64 trackingId, const QString &title, const QString &content);

// Five cases of the kind officers search for.
namespace Corpus {
inline constexpr qint64 kJalan = 8112829;
inline constexpr qint64 kKtp = 8112830;
inline constexpr qint64 kGuru = 8112831;
inline constexpr qint64 kLampu = 8112832;
inline constexpr qint64 kCafe = 8112833;
QList<Case> cases();
} // namespace Corpus
bool addCorpus(Database &db, const WorkingCalendar &calendar, QString *error);

// The desk: units DPUPR and Dinas Kesehatan of agency "kab", the officer petugas1 and the
// head of unit kepala1 (both DPUPR), and two open cases of DPUPR assigned to the officer,
// received three days ago; the second one is anonymous.
inline constexpr qint64 kCase = 8112829;
inline constexpr qint64 kAnonymousCase = 8112830;
User officer();
User approver();
bool addDesk(Database &db, QString *error);

} // namespace lapor::test::Sample
