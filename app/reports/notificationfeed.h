#pragma once

#include "core/role.h"
#include "core/workingcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace lapor {

class Database;

enum class NotificationKind { Assigned, AwaitingApproval, DraftReturned, DueTomorrow, Conflict };

struct Notification
{
    NotificationKind kind = NotificationKind::Assigned;
    qint64 trackingId = 0;
    QString key; // stable: the same event always has the same key
    QString text; // names the case by tracking id only, never its title or reporter
};

// Who is notified.
struct FeedUser
{
    QString id;
    Role role = Role::Officer;
    QString unitId;
};

// What the last check saw. Kept by the caller (the desk keeps it in the profile).
struct FeedState
{
    bool initialized = false;
    QSet<QString> keys;

    QByteArray toJson() const;
    static FeedState fromJson(const QByteArray &json);
};

// Events for the signed-in user, computed from the local store: a case assigned to them,
// a draft waiting for their approval (approvers, own unit, not their own draft), their
// draft returned, a deadline on the next working day, a conflict. An event is new when
// its key was not there at the previous check; the first check only takes stock.
class NotificationFeed
{
    Q_DECLARE_TR_FUNCTIONS(lapor::NotificationFeed)

public:
    NotificationFeed(Database &db, const WorkingCalendar &calendar);

    static QList<NotificationKind> kinds();
    static QString kindKey(NotificationKind kind);
    static QString kindLabel(NotificationKind kind);

    // Every event that holds now, in kind order.
    std::optional<QList<Notification>> current(const FeedUser &user, const QDateTime &now,
                                               QString *error) const;
    // The events not seen at the previous check; `state` then holds what holds now.
    std::optional<QList<Notification>> check(const FeedUser &user, FeedState &state,
                                             const QDateTime &now, QString *error) const;

private:
    Database &m_db;
    WorkingCalendar m_calendar;
};

} // namespace lapor
