#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lapor {

class Database;

// What the notification feed looks up in the store. Every answer names cases by tracking
// id only, never their title or reporter.
class NotificationRepository
{
public:
    // A draft revision, as it waits or comes back.
    struct DraftRevisionRef
    {
        QString draftId;
        qint64 caseId = 0;
        int revision = 0;
    };

    struct Due
    {
        qint64 trackingId = 0;
        qint64 dueAt = 0; // seconds since the epoch, as stored
    };

    // Whose cases a deadline concerns.
    struct Holder
    {
        enum class Kind { Agency, Unit, Assignee };
        Kind kind = Kind::Agency;
        QString id; // the unit or the assignee
    };

    explicit NotificationRepository(Database &db);

    // Open cases of the agency assigned to `userId`, ascending.
    std::optional<QList<qint64>> assignedOpen(const QString &userId, QString *error) const;
    // Submitted drafts someone else wrote, of `unitId`'s cases ('' = every unit).
    std::optional<QList<DraftRevisionRef>>
    awaitingApproval(const QString &approverId, const QString &unitId, QString *error) const;
    // `authorId`'s drafts the approver sent back.
    std::optional<QList<DraftRevisionRef>> returnedDrafts(const QString &authorId,
                                                          QString *error) const;
    // Cases of the agency due in (after, until] (seconds since the epoch), ascending.
    std::optional<QList<Due>> dueBetween(qint64 after, qint64 until, const Holder &holder,
                                         QString *error) const;
    // Cases in conflict with the hub, or with a draft of `authorId`'s in conflict.
    std::optional<QList<qint64>> conflicts(const QString &authorId, QString *error) const;

private:
    Database &m_db;
};

} // namespace lapor
