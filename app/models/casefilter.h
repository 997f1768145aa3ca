#pragma once

#include "core/casestatus.h"
#include "core/deadlines.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

namespace lapor {

class WorkingCalendar;

// The inbox's built-in views; docs/inbox.md gives the exact meaning of each.
enum class InboxView {
    All, // Semua
    Mine, // Milik saya
    NotFollowedUp, // Belum ditindaklanjuti
    DueSoon, // Jatuh tempo <= 2 hari
    Overdue, // Terlambat
    AwaitingApproval, // Menunggu persetujuan (approvers)
    Returned, // Dikembalikan
    Conflict, // Konflik
};

namespace InboxViews {
QList<InboxView> all();
QString key(InboxView view);
std::optional<InboxView> fromKey(const QString &key);
QString label(InboxView view);
} // namespace InboxViews

// What the SQL needs besides the filter itself: who is asking and when.
struct FilterContext
{
    QString userId;
    QDateTime now; // UTC
    const WorkingCalendar *calendar = nullptr;
};

// What the inbox shows, translated into SQL so the database does the filtering.
struct CaseFilter
{
    InboxView view = InboxView::All;
    QList<CaseStatus> statuses; // empty = every status
    QList<Deadlines::SlaState> slaStates; // empty = any
    QString category;
    QString unitId;
    QString assigneeId;
    QDate receivedFrom; // agency-local dates, inclusive; invalid = open end
    QDate receivedTo;
    QString searchText; // full-text, prefix matching
    // Only these cases (the cases behind a dashboard figure); ignored when false.
    bool byTrackingIds = false;
    QList<qint64> trackingIds;

    bool operator==(const CaseFilter &other) const; // every member: add new ones there

    // A WHERE clause over `cases c` with positional placeholders, and its values.
    QString whereClause(const FilterContext &context) const;
    QVariantList bindValues(const FilterContext &context) const;

    // The stored form of a saved view (saved_views.filter).
    QJsonObject toJson() const;
    static CaseFilter fromJson(const QJsonObject &json);

    // The due_at bounds the SLA states map to at `now`: overdue is due_at <= now, due soon
    // is now < due_at <= dueSoonLimit (the end of the second working day after today).
    static QDateTime dueSoonLimit(const WorkingCalendar &calendar, const QDateTime &now);
};

} // namespace lapor
