#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor {

// Where a follow-up draft stands on its way from the officer to the case.
enum class DraftState {
    Editing, // local only, being written
    Submitted, // a revision waits for the head of unit
    Returned, // the approver sent it back with a comment
    Approved, // approved; the hub publishes it
    Published, // visible on the case as a follow-up
    Conflict, // the case changed or left the unit; the user must decide
    Discarded,
};

namespace DraftStates {
QString key(DraftState state);
std::optional<DraftState> fromKey(const QString &key);
QStringList keys(); // every key, in the order of the enum
QString label(DraftState state);
// Only these states may still be edited by the author.
bool isEditable(DraftState state);
} // namespace DraftStates

// A follow-up draft. Each submitted text is a numbered revision; an approval names
// the revision it saw, so an edit after approval makes the approval stale.
struct Draft
{
    QString id; // UUID, created on the client
    qint64 caseId = 0;
    QString authorId;
    int revision = 0;
    QString text;
    DraftState state = DraftState::Editing;
    qint64 baseCaseVersion = 0; // the case version the author was looking at
    QDateTime updatedAt;
};

// One submitted revision of a draft: frozen text, who wrote it and when it was submitted.
struct DraftRevision
{
    int number = 0;
    QString text;
    QString authorId;
    QDateTime createdAt;
};

enum class DecisionKind { Approve, Return };

struct Decision
{
    QString id;
    QString draftId;
    qint64 caseId = 0;
    int revision = 0; // the revision the approver saw
    QString approverId;
    DecisionKind kind = DecisionKind::Approve;
    QString comment;
    QDateTime decidedAt;

    // Four-eyes: nobody approves their own draft. A draft whose author is unknown cannot
    // be checked, so nobody may decide on it.
    static bool mayDecide(const Draft &draft, const QString &approverId)
    {
        return !approverId.isEmpty() && !draft.authorId.isEmpty() && draft.authorId != approverId;
    }
};

} // namespace lapor
