#include "caselistmodel.h"

#include "core/deadlines.h"
#include "store/database.h"
#include "store/searchquery.h"
#include "store/sqlutil.h"

#include <QBrush>
#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace lapor {

CaseListModel::CaseListModel(Database &db, const WorkingCalendar &calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_calendar(calendar)
{
    reload();
}

CaseListModel::~CaseListModel()
{
    // A read in progress finishes on its own; its result is dropped with the watcher.
    if (m_reading)
        m_reading->disconnect(this);
}

std::shared_ptr<const InboxSnapshot> CaseListModel::snapshot() const
{
    if (!m_snapshot)
        return nullptr;
    const auto stamp = InboxSnapshot::stampOf(m_db);
    return stamp && *stamp == m_snapshot->stamp() ? m_snapshot : nullptr;
}

void CaseListModel::refreshSnapshot()
{
    const auto stamp = InboxSnapshot::stampOf(m_db);
    if (!stamp) // a transaction is open; the next reload, after it, tries again
        return;
    if (m_snapshot && m_snapshot->stamp() == *stamp)
        return;
    const QString cache = m_db.inboxCachePath();
    if (!m_snapshot) {
        // The copy kept on disk, when nothing was written since it was taken.
        m_snapshot = InboxSnapshot::load(cache, *stamp);
        m_snapshotFromFile = m_snapshot != nullptr;
        if (m_snapshot)
            return;
    }
    m_snapshotFromFile = false;
    const qsizetype keepFrom = m_backgroundFrom;
    const bool background = m_snapshot && m_snapshot->size() >= keepFrom;
    if (!background) {
        m_snapshot = InboxSnapshot::read(m_db.path(), *stamp);
        if (m_snapshot && m_snapshot->size() >= keepFrom) {
            QThreadPool::globalInstance()->start(
                [snapshot = m_snapshot, cache] { snapshot->save(cache); });
        }
        return;
    }
    m_snapshot.reset();
    if (m_reading)
        return; // when it is done it finds the stamp moved on and reads again
    m_reading = new QFutureWatcher<std::shared_ptr<const InboxSnapshot>>(this);
    connect(m_reading, &QFutureWatcherBase::finished, this, [this] {
        auto read = m_reading->result();
        m_reading->deleteLater();
        m_reading = nullptr;
        const auto now = InboxSnapshot::stampOf(m_db);
        if (!read || !now)
            return;
        if (read->stamp() != *now) {
            m_snapshot = read; // keeps the size, so the next read stays in the background
            refreshSnapshot();
            return;
        }
        m_snapshot = std::move(read);
        emit snapshotReady();
    });
    const QString path = m_db.path();
    const InboxSnapshot::Stamp at = *stamp;
    m_reading->setFuture(QtConcurrent::run([path, cache, at] {
        auto snapshot = InboxSnapshot::read(path, at);
        if (snapshot)
            snapshot->save(cache);
        return snapshot;
    }));
}

bool CaseListModel::snapshotOrder() const
{
    return m_fromSnapshot && m_sortColumn == ReceivedColumn;
}

int CaseListModel::pageSize() const
{
    return snapshotOrder() ? kSnapshotPageSize : kPageSize;
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    m_today = {};
    reload();
}

void CaseListModel::setUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    reload();
}

FilterContext CaseListModel::filterContext() const
{
    return { m_userId, m_queryNow.isValid() ? m_queryNow : now(), &m_calendar };
}

void CaseListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    m_today = {};
    if (m_count > 0)
        emit dataChanged(index(0, DeadlineColumn), index(m_count - 1, DeadlineColumn));
}

QDateTime CaseListModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void CaseListModel::dropPages()
{
    m_pages.clear();
    m_pageAge.clear();
}

void CaseListModel::reload()
{
    beginResetModel();
    dropPages();
    m_queryNow = now();
    refreshSnapshot();
    const auto current = snapshot();
    if (current && m_preparedFor.lock() != current) {
        // How a search's hits meet the entries, worked out before the officer types.
        m_preparedFor = current;
        QThreadPool::globalInstance()->start([current] { current->prepareSearch(); });
    }
    m_fromSnapshot = false;
    m_matchedIn.reset();
    m_matches = {};
    if (current && InboxSnapshot::coversWithHits(m_filter)) {
        const QString match = SearchQuery::toFtsMatch(m_filter.searchText);
        const InboxSnapshot::SearchHits *hits
            = match.isEmpty() ? nullptr : searchHits(*current, match);
        if (match.isEmpty() || hits) {
            m_fromSnapshot = true;
            m_matchedIn = current;
            m_matches = current->match(m_filter, filterContext(), hits);
            m_count = int(m_matches.size());
        }
    }
    if (!m_fromSnapshot)
        m_count = countRows();
    endResetModel();
}

const InboxSnapshot::SearchHits *CaseListModel::searchHits(const InboxSnapshot &snapshot,
                                                           const QString &match)
{
    const QStringList terms = SearchQuery::terms(m_filter.searchText);
    const bool unchanged = m_hits && InboxSnapshot::unchangedSince(m_db, *m_hits);
    if (unchanged && m_hits->match == match) {
        // The same search under another filter: the hits still hold.
    } else if (unchanged && m_hits->ids.empty() && SearchQuery::narrows(m_hitsTerms, terms)) {
        // Typing on after a search that found nothing finds nothing either. Hits that
        // were found are not narrowed here: the new letters' cases still come from the
        // index, at the cost of reading them.
        auto none = std::make_shared<InboxSnapshot::SearchHits>(*m_hits);
        none->match = match;
        m_hits = std::move(none);
    } else {
        auto hits = InboxSnapshot::search(m_db, match);
        ++m_fullTextRuns;
        m_hits
            = hits ? std::make_shared<const InboxSnapshot::SearchHits>(std::move(*hits)) : nullptr;
    }
    m_hitsTerms = terms;
    return m_hits && m_hits->stamp == snapshot.stamp() ? m_hits.get() : nullptr;
}

void CaseListModel::retranslate()
{
    for (auto &page : m_pages) {
        for (auto &row : page) {
            row.receivedText.clear();
            row.deadline = {};
        }
    }
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

int CaseListModel::countRows() const
{
    QSqlQuery q(m_db.connection());
    // A search and nothing else is what typing in the search box asks for. Its matches
    // are counted in the full-text index alone, less those out of scope (a handful, found
    // through the index on in_scope): the general count below probes every case in
    // scope against the match list, three times the cost for a two-letter prefix.
    // Every case has exactly one index row (the triggers of 001 and 004 see to that).
    CaseFilter searchOnly;
    searchOnly.searchText = m_filter.searchText;
    const QString match = SearchQuery::toFtsMatch(m_filter.searchText);
    if (m_filter == searchOnly && !match.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM case_search WHERE case_search MATCH ?) - "
            "(SELECT count(*) FROM cases c WHERE c.in_scope = 0 AND c.tracking_id IN "
            "(SELECT rowid FROM case_search WHERE case_search MATCH ?))"));
        q.addBindValue(match);
        q.addBindValue(match);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    const FilterContext context = filterContext();
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c WHERE ")
              + m_filter.whereClause(context));
    for (const auto &value : m_filter.bindValues(context))
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::sortKeyExpression() const
{
    switch (m_sortColumn) {
    case TrackingIdColumn:
        return QStringLiteral("c.tracking_id");
    case TitleColumn:
        return QStringLiteral("c.title COLLATE NOCASE");
    case CategoryColumn:
        return QStringLiteral("c.category");
    case UnitColumn:
        return QStringLiteral("coalesce(u.name, c.unit_id)");
    case StatusColumn:
        // Lifecycle order, not the alphabet of the keys.
        return QStringLiteral("CASE c.status WHEN 'unverified' THEN 0 WHEN 'disposed' THEN 1 "
                              "WHEN 'in_progress' THEN 2 WHEN 'postponed' THEN 3 "
                              "WHEN 'done' THEN 4 WHEN 'not_authority' THEN 5 ELSE 6 END");
    case DeadlineColumn:
        // Cases without a deadline go last in both directions; no NULL keys, so a row
        // value comparison can continue a page.
        return m_sortOrder == Qt::AscendingOrder
            ? QStringLiteral("coalesce(c.due_at, 9223372036854775807)")
            : QStringLiteral("coalesce(c.due_at, -9223372036854775807)");
    case AssigneeColumn:
        return QStringLiteral("coalesce(nullif(a.display_name, ''), c.assignee_id)");
    case FlagsColumn:
        return QStringLiteral("(c.anonymous * 2 + c.confidential)");
    case LocalStateColumn:
        return QStringLiteral("c.local_state");
    case ReceivedColumn:
    default:
        return QStringLiteral("c.received_at");
    }
}

QString CaseListModel::orderBy() const
{
    // A unique tie-breaker keeps pages stable and makes the keyset well defined.
    const QString direction
        = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return sortKeyExpression() + direction + QStringLiteral(", c.tracking_id") + direction;
}

QList<CaseListModel::Row> CaseListModel::fetchPage(int page) const
{
    if (snapshotOrder())
        return fetchSnapshotPage(page);
    const FilterContext context = filterContext();
    // Continue from the nearest page read above this one, skipping the rows in between: a
    // drag of the scroll bar through a million rows jumps 1,600 rows a pixel, and an OFFSET
    // from the top walked half a million index entries for a page in the middle (560 ms).
    auto previous = m_pages.constEnd();
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it.key() < page && it->size() == kPageSize
            && (previous == m_pages.constEnd() || it.key() > previous.key()))
            previous = it;
    }
    const bool keyset = previous != m_pages.constEnd();
    const int skip = keyset ? (page - previous.key() - 1) * kPageSize : page * kPageSize;
    const QString key = sortKeyExpression();

    QString sql = rowColumns() + m_filter.whereClause(context);
    // The plain bound on the key alone is implied by the row value; it is there so SQLite
    // starts the walk of an index on the key at the previous page's end, not at its top.
    if (keyset)
        sql += m_sortOrder == Qt::AscendingOrder
            ? QStringLiteral(" AND %1 >= ? AND (%1, c.tracking_id) > (?, ?)").arg(key)
            : QStringLiteral(" AND %1 <= ? AND (%1, c.tracking_id) < (?, ?)").arg(key);
    sql += QStringLiteral(" ORDER BY ") + orderBy() + QStringLiteral(" LIMIT ?");
    if (skip > 0)
        sql += QStringLiteral(" OFFSET ?");

    QList<Row> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const auto &value : m_filter.bindValues(context))
        q.addBindValue(value);
    if (keyset) {
        q.addBindValue(previous->constLast().sortKey);
        q.addBindValue(previous->constLast().sortKey);
        q.addBindValue(previous->constLast().trackingId);
    }
    q.addBindValue(kPageSize);
    if (skip > 0)
        q.addBindValue(skip);
    if (!q.exec())
        return rows;
    rows.reserve(kPageSize);
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

QString CaseListModel::rowColumns() const
{
    return QStringLiteral("SELECT c.tracking_id, c.title, c.category, coalesce(u.name, c.unit_id), "
                          "c.status, c.received_at, c.due_at, c.unread, c.anonymous, "
                          "c.confidential, coalesce(nullif(a.display_name, ''), c.assignee_id), "
                          "c.local_state, ")
        + sortKeyExpression()
        + QStringLiteral(" FROM cases c LEFT JOIN units u ON u.id = c.unit_id "
                         "LEFT JOIN users a ON a.id = c.assignee_id WHERE ");
}

CaseListModel::Row CaseListModel::readRow(const QSqlQuery &q) const
{
    Row row;
    row.trackingId = q.value(0).toLongLong();
    row.title = q.value(1).toString();
    row.category = q.value(2).toString();
    row.unitName = q.value(3).toString();
    row.statusKey = q.value(4).toString();
    row.receivedAt = Sql::toTime(q.value(5));
    row.dueAt = Sql::toTime(q.value(6));
    if (row.dueAt.isValid())
        row.dueDay = m_calendar.localDate(row.dueAt).addDays(-1);
    row.unread = q.value(7).toBool();
    row.anonymous = q.value(8).toBool();
    row.confidential = q.value(9).toBool();
    row.assignee = q.value(10).toString();
    row.localState = q.value(11).toString();
    row.sortKey = q.value(12);
    return row;
}

QList<CaseListModel::Row> CaseListModel::fetchSnapshotPage(int page) const
{
    // The page's cases by id, each one seek of the table; the snapshot gave their order.
    const int first = page * kSnapshotPageSize;
    const int last = qMin(m_count, first + kSnapshotPageSize);
    QList<qint64> ids;
    for (int r = first; r < last; ++r) {
        const qint32 at
            = m_matches[size_t(m_sortOrder == Qt::DescendingOrder ? r : m_count - 1 - r)];
        ids.append(m_matchedIn->trackingIdAt(at));
    }
    QList<Row> rows;
    if (ids.isEmpty())
        return rows;
    QStringList marks(kSnapshotPageSize, QStringLiteral("?"));
    const QString sql
        = rowColumns() + QStringLiteral("c.tracking_id IN (%1)").arg(marks.join(u','));
    QSqlQuery &q = m_snapshotPage;
    if (q.lastQuery() != sql) {
        q = QSqlQuery(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return rows;
    }
    // A short last page repeats its first id, which IN reads once.
    for (int i = 0; i < kSnapshotPageSize; ++i)
        q.bindValue(i, ids.value(i, ids.constFirst()));
    if (!q.exec())
        return rows;
    QHash<qint64, Row> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        Row row = readRow(q);
        byId.insert(row.trackingId, std::move(row));
    }
    q.finish();
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        // A case removed since the snapshot keeps its place, empty, until the next reload.
        Row row = byId.take(id);
        row.trackingId = id;
        rows.append(std::move(row));
    }
    return rows;
}

const CaseListModel::Row *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize();
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageAge.size() >= kMaxCachedPages)
            m_pages.remove(m_pageAge.takeFirst());
        QList<Row> rows = fetchPage(page);
        it = m_pages.insert(page, std::move(rows));
    } else if (m_pageAge.constLast() != page) {
        m_pageAge.removeOne(page);
    }
    if (m_pageAge.isEmpty() || m_pageAge.constLast() != page)
        m_pageAge.append(page);
    const int offset = row % pageSize();
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString CaseListModel::localStateLabel(const QString &key)
{
    if (key == QLatin1String("draft"))
        return tr("Draf");
    if (key == QLatin1String("awaiting_approval"))
        return tr("Menunggu persetujuan");
    if (key == QLatin1String("queued"))
        return tr("Antre kirim");
    if (key == QLatin1String("conflict"))
        return tr("Konflik");
    if (key == QLatin1String("error"))
        return tr("Gagal kirim");
    return {};
}

QVariant CaseListModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case TrackingIdColumn:
        return QString::number(row.trackingId);
    case TitleColumn:
        return row.title;
    case CategoryColumn:
        return row.category;
    case UnitColumn:
        return row.unitName;
    case StatusColumn:
        if (const auto status = Status::fromKey(row.statusKey))
            return Status::shortLabel(*status);
        return row.statusKey;
    case ReceivedColumn:
        if (row.receivedText.isEmpty())
            row.receivedText
                = locale.toString(m_calendar.localDate(row.receivedAt), QLocale::ShortFormat);
        return row.receivedText;
    case DeadlineColumn:
        // The badge beside it says how much time is left; the full wording is in
        // fullText() (tooltip, screen readers).
        return row.dueAt.isValid() ? deadlineOf(row).dayText : QString();
    case AssigneeColumn:
        return row.assignee;
    case FlagsColumn: {
        QStringList flags;
        if (row.anonymous)
            flags.append(tr("Anonim"));
        if (row.confidential)
            flags.append(tr("Rahasia"));
        return flags.join(QStringLiteral(", "));
    }
    case LocalStateColumn:
        return localStateLabel(row.localState);
    default:
        return {};
    }
}

QString CaseListModel::fullText(const Row &row, int column) const
{
    if (column == StatusColumn) {
        if (const auto status = Status::fromKey(row.statusKey))
            return Status::label(*status);
    }
    if (column == DeadlineColumn)
        return row.dueAt.isValid() ? deadlineOf(row).text : QString();
    return displayData(row, column).toString();
}

QDate CaseListModel::today(const QDateTime &now) const
{
    const qint64 secs = now.toSecsSinceEpoch();
    if (!m_today.isValid() || secs < m_todayFrom || secs >= m_todayUntil) {
        m_today = m_calendar.localDate(now);
        m_todayFrom = m_calendar.endOfDay(m_today.addDays(-1)).toSecsSinceEpoch();
        m_todayUntil = m_calendar.endOfDay(m_today).toSecsSinceEpoch();
    }
    return m_today;
}

const CaseListModel::Deadline &CaseListModel::deadlineOf(const Row &row) const
{
    // The same reckoning as Deadlines::slaState and workingDaysLeft, which depend on
    // nothing but today's date and whether the due instant has passed.
    const QDateTime at = now();
    const QDate day = today(at);
    const bool passed = at >= row.dueAt;
    Deadline &d = row.deadline;
    if (d.day == day.toJulianDay() && d.passed == passed)
        return d;
    d.day = day.toJulianDay();
    d.passed = passed;
    if (!row.dueAt.isValid()) {
        d.sla = int(Deadlines::SlaState::None);
        d.daysLeft = 0;
        d.text.clear();
        d.dayText.clear();
        return d;
    }
    const int left = m_calendar.workingDaysBetween(day, row.dueDay);
    const auto sla = passed               ? Deadlines::SlaState::Overdue
        : left <= Deadlines::kDueSoonDays ? Deadlines::SlaState::DueSoon
                                          : Deadlines::SlaState::OnTrack;
    d.sla = int(sla);
    d.daysLeft = left;
    // Deadlines are weeks away at most, so day and month say enough in a narrow column.
    const QString dayText = QLocale().toString(row.dueDay, QStringLiteral("d MMM"));
    d.dayText = dayText;
    // Worded from the SLA state: right after a due day that ends a week, no working
    // day is lost yet (0 left) but the case is already late.
    switch (sla) {
    case Deadlines::SlaState::Overdue:
        d.text = left < 0 ? tr("%1 (terlambat %n hari kerja)", nullptr, -left).arg(dayText)
                          : tr("%1 (lewat tenggat)").arg(dayText);
        break;
    case Deadlines::SlaState::DueSoon:
        d.text = left == 0 ? tr("%1 (hari ini)").arg(dayText)
                           : tr("%1 (%n hari kerja lagi)", nullptr, left).arg(dayText);
        break;
    default:
        d.text = tr("%1 (%n hari kerja lagi)", nullptr, left).arg(dayText);
        break;
    }
    return d;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == FlagsColumn)
            return displayData(*row, index.column());
        if (index.column() == DeadlineColumn || index.column() == StatusColumn)
            return fullText(*row, index.column());
        break;
    case Qt::AccessibleTextRole:
        // The deadline's badge is painted; a screen reader hears its word before the date.
        if (index.column() == DeadlineColumn) {
            const QString badge = Deadlines::slaLabel(Deadlines::SlaState(deadlineOf(*row).sla));
            const QString text = fullText(*row, index.column());
            if (!badge.isEmpty())
                return text.isEmpty() ? badge : badge + QLatin1String(", ") + text;
        }
        return fullText(*row, index.column());
    case Qt::FontRole:
        if (row->unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == LocalStateColumn
            && (row->localState == QLatin1String("conflict")
                || row->localState == QLatin1String("error")))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    case TrackingIdRole:
        return row->trackingId;
    case StatusKeyRole:
        return row->statusKey;
    case SlaRole:
        return deadlineOf(*row).sla;
    case DaysLeftRole:
        if (row->dueAt.isValid())
            return deadlineOf(*row).daysLeft;
        break;
    case UnreadRole:
        return row->unread;
    case LocalStateRole:
        return row->localState;
    case AnonymousRole:
        return row->anonymous;
    case ConfidentialRole:
        return row->confidential;
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrackingIdColumn:
        return tr("No. laporan");
    case TitleColumn:
        return tr("Judul");
    case CategoryColumn:
        return tr("Kategori");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Diterima");
    case DeadlineColumn:
        return tr("Tenggat");
    case AssigneeColumn:
        return tr("Petugas");
    case FlagsColumn:
        return tr("Sifat");
    case LocalStateColumn:
        return tr("Di komputer ini");
    default:
        return {};
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    dropPages();
    // No persistent indexes survive a re-sort of a lazily read table; views reselect.
    const auto persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 CaseListModel::trackingIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->trackingId : 0;
}

int CaseListModel::rowOf(qint64 trackingId) const
{
    if (snapshotOrder()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT received_at FROM cases WHERE tracking_id = ?"));
        q.addBindValue(trackingId);
        if (!q.exec() || !q.next())
            return -1;
        const qint32 at = m_matchedIn->positionOf(q.value(0).toLongLong(), trackingId);
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), at);
        if (at < 0 || it == m_matches.end() || *it != at)
            return -1;
        const int index = int(it - m_matches.begin());
        return m_sortOrder == Qt::DescendingOrder ? index : m_count - 1 - index;
    }
    // Count the matching rows that sort before the case: one indexed count, no paging.
    const FilterContext context = filterContext();
    const QString key = sortKeyExpression();
    const QString from = QStringLiteral(" FROM cases c LEFT JOIN units u ON u.id = c.unit_id "
                                        "LEFT JOIN users a ON a.id = c.assignee_id WHERE ");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + key + from + m_filter.whereClause(context)
              + QStringLiteral(" AND c.tracking_id = ?"));
    for (const auto &value : m_filter.bindValues(context))
        q.addBindValue(value);
    q.addBindValue(trackingId);
    if (!q.exec() || !q.next())
        return -1;
    const QVariant sortKey = q.value(0);
    q.finish();
    q.prepare(
        QStringLiteral("SELECT count(*)") + from + m_filter.whereClause(context)
        + QStringLiteral(" AND (%1, c.tracking_id) %2 (?, ?)")
              .arg(key,
                   m_sortOrder == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">")));
    for (const auto &value : m_filter.bindValues(context))
        q.addBindValue(value);
    q.addBindValue(sortKey);
    q.addBindValue(trackingId);
    if (!q.exec() || !q.next())
        return -1;
    const int row = q.value(0).toInt();
    return row < m_count ? row : -1;
}

void CaseListModel::markRead(qint64 trackingId, bool read)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if ((*it)[i].trackingId != trackingId)
                continue;
            (*it)[i].unread = !read;
            const int row = it.key() * pageSize() + int(i);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             { Qt::FontRole, UnreadRole });
            return;
        }
    }
}

} // namespace lapor
