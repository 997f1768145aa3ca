#pragma once

#include "store/retention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lapor {

class Database;
class Profile;

// What the desk does when the hub answers `account-disabled` to a sign-in, a refresh or
// any request (docs/privacy.md, "A disabled account"): the agency took this person off the
// system, so what the desk holds of citizens for them goes, and nothing they left unsent
// goes out in their name.
//
//   1. The unsent actions are written, as plain text, to a file in the person's folder
//      (owner-only), for the user to hand to their head of unit.
//   2. The store is marked disabled, and those actions become failed ones: OutboxPusher
//      sends nothing from a disabled store, and a failed entry is never sent on its own.
//   3. Every case, its history, attachments and files go (Retention::removeAllCaseData);
//      the actions and their drafts stay, so that the list can be made again.
//   4. The offline password check and the notification state go: nobody unlocks or signs
//      in offline as this person any more.
//
// Each step can run again: a desk that stopped half-way finishes at the next refusal.
// When the agency enables the account again, the next accepted online sign-in clears the
// mark (clear()); the failed actions then go out only when the user retries them.
class DisabledAccount
{
    Q_DECLARE_TR_FUNCTIONS(lapor::DisabledAccount)

public:
    struct Outcome
    {
        Retention::Wiped wiped;
        int unsent = 0; // actions that will not be sent
        QString unsentFile; // where they are listed; empty when there are none
        QString fileError; // why that list could not be written, if it could not
        bool already = false; // the store was marked before: nothing new was listed
    };

    // Runs the steps above on the person's profile and its open store. `now` is when the
    // hub's answer came. Fails only when the store cannot be written.
    static std::optional<Outcome> apply(Profile &profile, Database &db,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                        QString *error = nullptr);
    static bool isDisabled(Database &db);
    // An online sign-in was accepted: the account is enabled again.
    static bool clear(Database &db, QString *error = nullptr);

    // What the user reads: why their data left this PC, and where their unsent work is.
    static QString message(const Outcome &outcome);
    // The file name of the list written at `at`, in the person's folder.
    static QString fileName(const QDateTime &at);
};

} // namespace lapor
