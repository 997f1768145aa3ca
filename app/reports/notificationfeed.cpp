#include "notificationfeed.h"

#include "store/notificationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lapor {

QByteArray FeedState::toJson() const
{
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return QJsonDocument(
               QJsonObject { { QStringLiteral("keys"), QJsonArray::fromStringList(sorted) } })
        .toJson(QJsonDocument::Compact);
}

FeedState FeedState::fromJson(const QByteArray &json)
{
    FeedState state;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("keys")).isArray())
        return state;
    state.initialized = true;
    for (const auto &value : doc.object().value(QStringLiteral("keys")).toArray())
        state.keys.insert(value.toString());
    return state;
}

NotificationFeed::NotificationFeed(Database &db, const WorkingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{ }

QList<NotificationKind> NotificationFeed::kinds()
{
    return { NotificationKind::Assigned, NotificationKind::AwaitingApproval,
             NotificationKind::DraftReturned, NotificationKind::DueTomorrow,
             NotificationKind::Conflict };
}

QString NotificationFeed::kindKey(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Assigned:
        return QStringLiteral("assigned");
    case NotificationKind::AwaitingApproval:
        return QStringLiteral("approval");
    case NotificationKind::DraftReturned:
        return QStringLiteral("returned");
    case NotificationKind::DueTomorrow:
        return QStringLiteral("due");
    case NotificationKind::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

QString NotificationFeed::kindLabel(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Assigned:
        return tr("Laporan baru ditugaskan kepada saya");
    case NotificationKind::AwaitingApproval:
        return tr("Draf menunggu persetujuan saya");
    case NotificationKind::DraftReturned:
        return tr("Draf saya dikembalikan");
    case NotificationKind::DueTomorrow:
        return tr("Tenggat besok");
    case NotificationKind::Conflict:
        return tr("Konflik");
    }
    return {};
}

std::optional<QList<Notification>>
NotificationFeed::current(const FeedUser &user, const QDateTime &now, QString *error) const
{
    using Revision = NotificationRepository::DraftRevisionRef;
    const NotificationRepository store(m_db);
    QList<Notification> out;
    auto add = [&](NotificationKind kind, qint64 id, const QString &key, const QString &text) {
        out.append({ kind, id, kindKey(kind) + QLatin1Char(':') + key, text });
    };
    auto revisionKey = [](const Revision &r) -> QString {
        return r.draftId + QLatin1Char(':') + QString::number(r.revision);
    };
    const QLocale locale;

    if (!user.id.isEmpty()) {
        const auto assigned = store.assignedOpen(user.id, error);
        if (!assigned)
            return std::nullopt;
        for (const qint64 id : *assigned)
            add(NotificationKind::Assigned, id, QString::number(id),
                tr("Laporan #%1 ditugaskan kepada Anda.").arg(id));
    }

    if (Roles::canApprove(user.role)) {
        // Four-eyes: never one's own draft. Approvers decide for their own unit.
        const auto waiting = store.awaitingApproval(user.id, user.unitId, error);
        if (!waiting)
            return std::nullopt;
        for (const Revision &r : *waiting)
            add(NotificationKind::AwaitingApproval, r.caseId, revisionKey(r),
                tr("Draf tindak lanjut laporan #%1 menunggu persetujuan Anda.").arg(r.caseId));
    }

    if (!user.id.isEmpty()) {
        const auto returned = store.returnedDrafts(user.id, error);
        if (!returned)
            return std::nullopt;
        for (const Revision &r : *returned)
            add(NotificationKind::DraftReturned, r.caseId, revisionKey(r),
                tr("Draf Anda untuk laporan #%1 dikembalikan untuk diperbaiki.").arg(r.caseId));
    }

    // Due on the next working day: after today ends and by the end of that day.
    const QDate today = m_calendar.localDate(now);
    const QDate next = m_calendar.addWorkingDays(today, 1);
    NotificationRepository::Holder holder;
    if (Roles::seesWholeAgency(user.role)) {
        holder.kind = NotificationRepository::Holder::Kind::Agency;
    } else if (user.role == Role::Approver && !user.unitId.isEmpty()) {
        holder = { NotificationRepository::Holder::Kind::Unit, user.unitId };
    } else {
        holder = { NotificationRepository::Holder::Kind::Assignee, user.id };
    }
    const auto due = store.dueBetween(m_calendar.endOfDay(today).toSecsSinceEpoch(),
                                      m_calendar.endOfDay(next).toSecsSinceEpoch(), holder, error);
    if (!due)
        return std::nullopt;
    for (const auto &d : *due)
        add(NotificationKind::DueTomorrow, d.trackingId,
            QString::number(d.trackingId) + QLatin1Char(':') + QString::number(d.dueAt),
            tr("Laporan #%1 jatuh tempo %2.")
                .arg(d.trackingId)
                .arg(locale.toString(next, QLocale::LongFormat)));

    const auto conflicts = store.conflicts(user.id, error);
    if (!conflicts)
        return std::nullopt;
    for (const qint64 id : *conflicts)
        add(NotificationKind::Conflict, id, QString::number(id),
            tr("Laporan #%1 mengalami konflik dengan hub; periksa draf atau tindakan Anda.")
                .arg(id));
    return out;
}

std::optional<QList<Notification>> NotificationFeed::check(const FeedUser &user, FeedState &state,
                                                           const QDateTime &now,
                                                           QString *error) const
{
    auto events = current(user, now, error);
    if (!events)
        return std::nullopt;
    QList<Notification> fresh;
    QSet<QString> keys;
    keys.reserve(events->size());
    for (const auto &event : *events) {
        keys.insert(event.key);
        if (state.initialized && !state.keys.contains(event.key))
            fresh.append(event);
    }
    state.keys = keys;
    state.initialized = true;
    return fresh;
}

} // namespace lapor
