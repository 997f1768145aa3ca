#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lapor {

class Database;

// What leaves the desk, and when (docs/privacy.md, "Retention"): cases that left the
// user's scope, closed cases past the retention period, and everything of a store whose
// account was disabled. Rows go inside a transaction; the files they named go after the
// commit, by one rule: a folder of the profile's attachments/ or drafts/ that no row names
// any more is removed (sweepFiles). A crash between the commit and the sweep therefore
// leaves only folders that the next sweep removes, and no row ever names a missing file.
//
// Unsent work is never lost: an outbox entry not yet sent (waiting, sending, conflict,
// failed) stays, with the drafts it is about and, because a draft needs its case, the case
// row, kept out of the inbox without its history and attachments until the entry is sent or
// discarded (purgeSettled).
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(lapor::Retention)

public:
    // The files are those of the profile whose store this is (Profile::databasePath()); a
    // store outside a profile has none, and only its rows are touched.
    explicit Retention(Database &db);

    QString profileDir() const { return m_profileDir; }

    // --- inside the caller's transaction; sweepFiles() once it committed

    enum class Outcome {
        Deleted, // with its drafts, history, attachments, search row and settled entries
        Kept, // out of the inbox, for unsent work; the rest went as for Deleted
        NotFound,
    };
    // The case left the user's scope (a `remove`, or a case record of another unit).
    // Drafts that unsent work refers to are flagged as conflicts for the user to resolve.
    std::optional<Outcome> purgeCase(qint64 trackingId, QString *error);
    // Closed cases (not Status::isOpen) that last changed before `cutoff`, unless unsent
    // work or an open draft refers to them. The desk holds no closing time (the hub sends
    // none), so "last changed" is the latest time the case record carries: received,
    // disposed, first and last follow-up, last reply. Returns how many went.
    std::optional<int> purgeClosedBefore(const QDateTime &cutoff, QString *error);
    // Cases kept out of scope whose unsent work has since been sent or discarded.
    std::optional<int> purgeSettled(QString *error);

    // The step after each successful sync: purgeClosedBefore(cutoff(now, months)) and
    // purgeSettled() in one transaction, then sweepFiles().
    struct Purged
    {
        int closed = 0;
        int settled = 0;
        int files = 0; // folders removed from the profile
    };
    std::optional<Purged> afterSync(const QDateTime &now, int months, QString *error);
    // `months` calendar months before `now`; invalid (keep forever) for 0 or less.
    static QDateTime cutoff(const QDateTime &now, int months);

    // Removes every folder (or stray file) of the profile's attachments/ and drafts/ that
    // no attachment or draft of the store names. Returns how many went; removes nothing
    // when the store cannot be read.
    int sweepFiles();

    // --- a disabled account (own transaction, then the files)

    // Removes every case and what belongs to it (history, drafts, attachment rows and files,
    // search index, settled outbox entries, held-back decisions, quarantined records) and
    // resets the cursor, so that a later sync starts from the beginning. Outbox entries not
    // yet sent stay, with the drafts they are about and the rows of the cases they name,
    // whose title, complaint and reporter's name are blanked. Units, users, holidays, saved
    // views and the audit log (ids only) stay.
    struct Wiped
    {
        int cases = 0; // removed
        int kept = 0; // kept, blanked, as the anchor of unsent work
        int files = 0;
    };
    std::optional<Wiped> removeAllCaseData(QString *error);

    // The outbox entries not yet sent, oldest first, as plain text for the user to keep or
    // print: what the action is, which case, its text, when it was queued and where it
    // stands. Only `userId`'s when given. Empty when there are none.
    QString unsentText(const QString &userId = {}) const;

private:
    enum class Mode { LeftScope, Expired, Wipe };
    struct Counts
    {
        int deleted = 0;
        int kept = 0;
    };
    // Fills the marked set with the cases `select` returns (one column: tracking ids).
    bool mark(const QString &select, const QVariantList &binds, QString *error);
    // Purges the marked cases (see the class comment).
    std::optional<Counts> purgeMarked(Mode mode, QString *error);
    int sweep(const QString &dir, const QString &lookup);

    Database &m_db;
    QString m_profileDir;
};

} // namespace lapor
