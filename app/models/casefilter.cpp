#include "casefilter.h"

#include "core/workingcalendar.h"
#include "store/searchquery.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace lapor {

namespace {

// QList's == (Qt 6.4) hands memcmp a null pointer when one of two empty lists never
// allocated, which is undefined even for no bytes (UBSan stops the asan tests on it).
template<typename T> bool sameItems(const QList<T> &a, const QList<T> &b)
{
    return a.size() == b.size() && (a.isEmpty() || a == b);
}

} // namespace

bool CaseFilter::operator==(const CaseFilter &other) const
{
    return view == other.view && sameItems(statuses, other.statuses)
        && sameItems(slaStates, other.slaStates) && category == other.category
        && unitId == other.unitId && assigneeId == other.assigneeId
        && receivedFrom == other.receivedFrom && receivedTo == other.receivedTo
        && searchText == other.searchText && byTrackingIds == other.byTrackingIds
        && sameItems(trackingIds, other.trackingIds);
}

namespace InboxViews {

QList<InboxView> all()
{
    return { InboxView::All,      InboxView::Mine,    InboxView::NotFollowedUp,
             InboxView::DueSoon,  InboxView::Overdue, InboxView::AwaitingApproval,
             InboxView::Returned, InboxView::Conflict };
}

QString key(InboxView view)
{
    switch (view) {
    case InboxView::All:
        return QStringLiteral("all");
    case InboxView::Mine:
        return QStringLiteral("mine");
    case InboxView::NotFollowedUp:
        return QStringLiteral("not_followed_up");
    case InboxView::DueSoon:
        return QStringLiteral("due_soon");
    case InboxView::Overdue:
        return QStringLiteral("overdue");
    case InboxView::AwaitingApproval:
        return QStringLiteral("awaiting_approval");
    case InboxView::Returned:
        return QStringLiteral("returned");
    case InboxView::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

std::optional<InboxView> fromKey(const QString &key)
{
    for (auto view : all()) {
        if (InboxViews::key(view) == key)
            return view;
    }
    return std::nullopt;
}

QString label(InboxView view)
{
    const char *text = "";
    switch (view) {
    case InboxView::All:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Semua");
        break;
    case InboxView::Mine:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Milik saya");
        break;
    case InboxView::NotFollowedUp:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Belum ditindaklanjuti");
        break;
    case InboxView::DueSoon:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Jatuh tempo ≤ 2 hari");
        break;
    case InboxView::Overdue:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Terlambat");
        break;
    case InboxView::AwaitingApproval:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Menunggu persetujuan");
        break;
    case InboxView::Returned:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Dikembalikan");
        break;
    case InboxView::Conflict:
        text = QT_TRANSLATE_NOOP("lapor::InboxViews", "Konflik");
        break;
    }
    return QCoreApplication::translate("lapor::InboxViews", text);
}

} // namespace InboxViews

namespace {

// Clause and values are built together so their placeholders can never drift apart.
void buildWhere(const CaseFilter &f, const FilterContext &ctx, QStringList *parts,
                QVariantList *values)
{
    const QDateTime now = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTimeUtc();
    auto add = [&](const QString &clause, const QVariantList &bound = {}) {
        parts->append(clause);
        values->append(bound);
    };
    const QString openDraftOf
        = QStringLiteral("c.tracking_id IN (SELECT case_id FROM drafts WHERE author_id = ? "
                         "AND state NOT IN ('published', 'discarded'))");

    // Every term below but the scope reads `+c.column`: the unary plus keeps SQLite from
    // picking a single-column index (status, unit, deadline), whose every match costs a
    // read of the whole table row, complaint text and all. The query then runs over
    // cases_inbox (resources/sql/006_inbox_index.sql), which holds every column filtered
    // on: a count never touches the table and a page walks the index in list order.
    // A case that left the unit stays visible only where its draft needs a decision
    // (the Konflik view below).
    if (f.view != InboxView::Conflict)
        add(QStringLiteral("c.in_scope = 1"));

    switch (f.view) {
    case InboxView::All:
        break;
    case InboxView::Mine:
        if (ctx.userId.isEmpty())
            add(QStringLiteral("0"));
        else
            add(QStringLiteral("(+c.assignee_id = ? OR ") + openDraftOf + QLatin1Char(')'),
                { ctx.userId, ctx.userId });
        break;
    case InboxView::NotFollowedUp:
        add(QStringLiteral("(+c.status = 'disposed' OR (+c.status = 'in_progress' "
                           "AND +c.first_followup_at IS NULL))"));
        break;
    case InboxView::DueSoon:
        add(QStringLiteral("+c.due_at > ? AND +c.due_at <= ?"),
            { now.toSecsSinceEpoch(),
              ctx.calendar ? CaseFilter::dueSoonLimit(*ctx.calendar, now).toSecsSinceEpoch()
                           : now.toSecsSinceEpoch() });
        break;
    case InboxView::Overdue:
        add(QStringLiteral("+c.due_at <= ?"), { now.toSecsSinceEpoch() });
        break;
    case InboxView::AwaitingApproval:
        add(QStringLiteral("c.tracking_id IN (SELECT case_id FROM drafts "
                           "WHERE state = 'submitted' AND author_id <> ?)"),
            { Sql::text(ctx.userId) });
        break;
    case InboxView::Returned:
        add(QStringLiteral("c.tracking_id IN (SELECT case_id FROM drafts "
                           "WHERE state = 'returned')"));
        break;
    case InboxView::Conflict:
        // (in scope, or a conflicting draft) and (a local conflict, a hub change, or a
        // conflicting draft), written so each half is one small indexed lookup: the
        // conflicting drafts, and cases_conflicted for the rest.
        add(QStringLiteral("c.tracking_id IN (SELECT case_id FROM drafts "
                           "WHERE state = 'conflict' UNION SELECT tracking_id FROM cases "
                           "WHERE (local_state = 'conflict' OR hub_changed = 1) "
                           "AND +in_scope = 1)"));
        break;
    }

    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (auto status : f.statuses) {
            marks.append(QStringLiteral("?"));
            values->append(Status::key(status));
        }
        parts->append(QStringLiteral("+c.status IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!f.slaStates.isEmpty()) {
        const qint64 nowSecs = now.toSecsSinceEpoch();
        const qint64 soon = ctx.calendar
            ? CaseFilter::dueSoonLimit(*ctx.calendar, now).toSecsSinceEpoch()
            : nowSecs;
        QStringList any;
        for (auto state : f.slaStates) {
            switch (state) {
            case Deadlines::SlaState::None:
                any.append(QStringLiteral("+c.due_at IS NULL"));
                break;
            case Deadlines::SlaState::OnTrack:
                any.append(QStringLiteral("+c.due_at > ?"));
                values->append(soon);
                break;
            case Deadlines::SlaState::DueSoon:
                any.append(QStringLiteral("(+c.due_at > ? AND +c.due_at <= ?)"));
                values->append(nowSecs);
                values->append(soon);
                break;
            case Deadlines::SlaState::Overdue:
                any.append(QStringLiteral("+c.due_at <= ?"));
                values->append(nowSecs);
                break;
            }
        }
        parts->append(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (!f.category.isEmpty())
        add(QStringLiteral("c.category = ?"), { f.category });
    if (!f.unitId.isEmpty())
        add(QStringLiteral("+c.unit_id = ?"), { f.unitId });
    if (!f.assigneeId.isEmpty())
        add(QStringLiteral("+c.assignee_id = ?"), { f.assigneeId });
    if (ctx.calendar && f.receivedFrom.isValid())
        add(QStringLiteral("c.received_at >= ?"),
            { ctx.calendar->endOfDay(f.receivedFrom.addDays(-1)).toSecsSinceEpoch() });
    if (ctx.calendar && f.receivedTo.isValid())
        add(QStringLiteral("c.received_at < ?"),
            { ctx.calendar->endOfDay(f.receivedTo).toSecsSinceEpoch() });
    if (f.byTrackingIds) {
        // Integers only, so they can be written into the statement: a figure may stand for
        // more cases than SQLite accepts placeholders.
        QStringList ids;
        ids.reserve(f.trackingIds.size());
        for (qint64 id : f.trackingIds)
            ids.append(QString::number(id));
        parts->append(
            ids.isEmpty()
                ? QStringLiteral("0")
                : QStringLiteral("c.tracking_id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    if (const QString match = SearchQuery::toFtsMatch(f.searchText); !match.isEmpty())
        add(QStringLiteral(
                "c.tracking_id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"),
            { match });
}

QString slaToKey(Deadlines::SlaState state)
{
    return Deadlines::slaKey(state);
}

std::optional<Deadlines::SlaState> slaFromKey(const QString &key)
{
    for (auto state : { Deadlines::SlaState::None, Deadlines::SlaState::OnTrack,
                        Deadlines::SlaState::DueSoon, Deadlines::SlaState::Overdue }) {
        if (Deadlines::slaKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace

QString CaseFilter::whereClause(const FilterContext &context) const
{
    QStringList parts;
    QVariantList values;
    buildWhere(*this, context, &parts, &values);
    return parts.join(QLatin1String(" AND "));
}

QVariantList CaseFilter::bindValues(const FilterContext &context) const
{
    QStringList parts;
    QVariantList values;
    buildWhere(*this, context, &parts, &values);
    return values;
}

QDateTime CaseFilter::dueSoonLimit(const WorkingCalendar &calendar, const QDateTime &now)
{
    // Due soon means at most 2 working days after today up to the due day, i.e. a due
    // day before the third working day from today.
    const QDate third
        = calendar.addWorkingDays(calendar.localDate(now), Deadlines::kDueSoonDays + 1);
    return calendar.endOfDay(third.addDays(-1));
}

QJsonObject CaseFilter::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("view"), InboxViews::key(view));
    QJsonArray statusKeys;
    for (auto status : statuses)
        statusKeys.append(Status::key(status));
    if (!statusKeys.isEmpty())
        json.insert(QStringLiteral("statuses"), statusKeys);
    QJsonArray slaKeys;
    for (auto state : slaStates)
        slaKeys.append(slaToKey(state));
    if (!slaKeys.isEmpty())
        json.insert(QStringLiteral("sla"), slaKeys);
    auto putText = [&json](const char *name, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(name), value);
    };
    putText("category", category);
    putText("unit", unitId);
    putText("assignee", assigneeId);
    putText("search", searchText);
    if (receivedFrom.isValid())
        json.insert(QStringLiteral("from"), receivedFrom.toString(Qt::ISODate));
    if (receivedTo.isValid())
        json.insert(QStringLiteral("to"), receivedTo.toString(Qt::ISODate));
    return json;
}

CaseFilter CaseFilter::fromJson(const QJsonObject &json)
{
    // Unknown keys and values are skipped: a view saved by a newer version still opens.
    CaseFilter f;
    f.view = InboxViews::fromKey(json.value(QStringLiteral("view")).toString())
                 .value_or(InboxView::All);
    for (const auto &value : json.value(QStringLiteral("statuses")).toArray()) {
        if (auto status = Status::fromKey(value.toString()))
            f.statuses.append(*status);
    }
    for (const auto &value : json.value(QStringLiteral("sla")).toArray()) {
        if (auto state = slaFromKey(value.toString()))
            f.slaStates.append(*state);
    }
    f.category = json.value(QStringLiteral("category")).toString();
    f.unitId = json.value(QStringLiteral("unit")).toString();
    f.assigneeId = json.value(QStringLiteral("assignee")).toString();
    f.searchText = json.value(QStringLiteral("search")).toString();
    f.receivedFrom = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.receivedTo = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    return f;
}

} // namespace lapor
