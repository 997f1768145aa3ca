#include "notificationfeed.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
    QList<Notification> out;
    QSqlQuery q(m_db.connection());
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        for (const auto &value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    };
    auto add = [&](NotificationKind kind, qint64 id, const QString &key, const QString &text) {
        out.append({ kind, id, kindKey(kind) + QLatin1Char(':') + key, text });
    };
    const QLocale locale;

    if (!user.id.isEmpty()) {
        if (!run(QStringLiteral("SELECT tracking_id FROM cases WHERE in_scope = 1 "
                                "AND assignee_id = ? AND status IN ('disposed', 'in_progress', "
                                "'postponed') ORDER BY tracking_id"),
                 { user.id }))
            return std::nullopt;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            add(NotificationKind::Assigned, id, QString::number(id),
                tr("Laporan #%1 ditugaskan kepada Anda.").arg(id));
        }
    }

    if (Roles::canApprove(user.role)) {
        // Four-eyes: never one's own draft. Approvers decide for their own unit.
        if (!run(QStringLiteral("SELECT d.id, d.case_id, d.revision FROM drafts d "
                                "JOIN cases c ON c.tracking_id = d.case_id "
                                "WHERE d.state = 'submitted' AND d.author_id <> ? "
                                "AND (? = '' OR c.unit_id = ?) ORDER BY d.case_id, d.id"),
                 { user.id, user.unitId, user.unitId }))
            return std::nullopt;
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            add(NotificationKind::AwaitingApproval, id,
                q.value(0).toString() + QLatin1Char(':') + q.value(2).toString(),
                tr("Draf tindak lanjut laporan #%1 menunggu persetujuan Anda.").arg(id));
        }
    }

    if (!user.id.isEmpty()) {
        if (!run(QStringLiteral("SELECT id, case_id, revision FROM drafts "
                                "WHERE state = 'returned' AND author_id = ? ORDER BY case_id, id"),
                 { user.id }))
            return std::nullopt;
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            add(NotificationKind::DraftReturned, id,
                q.value(0).toString() + QLatin1Char(':') + q.value(2).toString(),
                tr("Draf Anda untuk laporan #%1 dikembalikan untuk diperbaiki.").arg(id));
        }
    }

    // Due on the next working day: after today ends and by the end of that day.
    const QDate today = m_calendar.localDate(now);
    const QDate next = m_calendar.addWorkingDays(today, 1);
    QString scope;
    QVariantList values { m_calendar.endOfDay(today).toSecsSinceEpoch(),
                          m_calendar.endOfDay(next).toSecsSinceEpoch() };
    if (Roles::seesWholeAgency(user.role)) {
        scope = QStringLiteral("1");
    } else if (user.role == Role::Approver && !user.unitId.isEmpty()) {
        scope = QStringLiteral("unit_id = ?");
        values.append(user.unitId);
    } else {
        scope = QStringLiteral("assignee_id = ?");
        values.append(user.id);
    }
    if (!run(QStringLiteral("SELECT tracking_id, due_at FROM cases WHERE in_scope = 1 "
                            "AND due_at > ? AND due_at <= ? AND %1 ORDER BY tracking_id")
                 .arg(scope),
             values))
        return std::nullopt;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        add(NotificationKind::DueTomorrow, id,
            QString::number(id) + QLatin1Char(':') + q.value(1).toString(),
            tr("Laporan #%1 jatuh tempo %2.")
                .arg(id)
                .arg(locale.toString(next, QLocale::LongFormat)));
    }

    if (!run(QStringLiteral("SELECT tracking_id FROM cases WHERE local_state = 'conflict' "
                            "OR hub_changed = 1 OR tracking_id IN (SELECT case_id FROM drafts "
                            "WHERE state = 'conflict' AND author_id = ?) ORDER BY tracking_id"),
             { user.id }))
        return std::nullopt;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        add(NotificationKind::Conflict, id, QString::number(id),
            tr("Laporan #%1 mengalami konflik dengan hub; periksa draf atau tindakan Anda.")
                .arg(id));
    }
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
