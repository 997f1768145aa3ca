#include "caselistmodel.h"

#include "core/deadlines.h"
#include "store/database.h"
#include "store/sqlutil.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSqlQuery>

namespace lapor {

CaseListModel::CaseListModel(Database &db, const WorkingCalendar &calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_calendar(calendar)
{
    reload();
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (m_count > 0)
        emit dataChanged(index(0, DeadlineColumn), index(m_count - 1, DeadlineColumn));
}

QDateTime CaseListModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageAge.clear();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c WHERE ") + m_filter.whereClause());
    for (const auto &value : m_filter.bindValues())
        q.addBindValue(value);
    m_count = q.exec() && q.next() ? q.value(0).toInt() : 0;
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::orderBy() const
{
    const char *column = "c.received_at";
    switch (m_sortColumn) {
    case TrackingIdColumn:
        column = "c.tracking_id";
        break;
    case TitleColumn:
        column = "c.title COLLATE NOCASE";
        break;
    case CategoryColumn:
        column = "c.category";
        break;
    case UnitColumn:
        column = "unit_name";
        break;
    case StatusColumn:
        column = "c.status";
        break;
    case DeadlineColumn:
        column = "c.due_at";
        break;
    default:
        break;
    }
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                                : QStringLiteral(" DESC");
    // Cases without a deadline go last either way; a unique tie-breaker keeps pages stable.
    const QString nullsLast =
        m_sortColumn == DeadlineColumn ? QStringLiteral("c.due_at IS NULL, ") : QString();
    return nullsLast + QString::fromLatin1(column) + direction + QStringLiteral(", c.tracking_id")
        + direction;
}

QList<CaseListModel::Row> CaseListModel::fetchPage(int page) const
{
    QList<Row> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.tracking_id, c.title, c.category, "
                             "coalesce(u.name, c.unit_id) AS unit_name, c.status, c.received_at, "
                             "c.due_at, c.unread, c.anonymous, c.confidential "
                             "FROM cases c LEFT JOIN units u ON u.id = c.unit_id WHERE ")
              + m_filter.whereClause() + QStringLiteral(" ORDER BY ") + orderBy()
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &value : m_filter.bindValues())
        q.addBindValue(value);
    q.addBindValue(kPageSize);
    q.addBindValue(page * kPageSize);
    if (!q.exec())
        return rows;
    rows.reserve(kPageSize);
    while (q.next()) {
        Row row;
        row.trackingId = q.value(0).toLongLong();
        row.title = q.value(1).toString();
        row.category = q.value(2).toString();
        row.unitName = q.value(3).toString();
        row.statusKey = q.value(4).toString();
        row.receivedAt = Sql::toTime(q.value(5));
        row.dueAt = Sql::toTime(q.value(6));
        row.unread = q.value(7).toBool();
        row.anonymous = q.value(8).toBool();
        row.confidential = q.value(9).toBool();
        rows.append(row);
    }
    return rows;
}

const CaseListModel::Row *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pageAge.size() >= kMaxCachedPages)
            m_pages.remove(m_pageAge.takeFirst());
        it = m_pages.insert(page, fetchPage(page));
    } else {
        m_pageAge.removeOne(page);
    }
    m_pageAge.append(page);
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};

    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TrackingIdColumn:
            return QString::number(row->trackingId);
        case TitleColumn:
            return row->title;
        case CategoryColumn:
            return row->category;
        case UnitColumn:
            return row->unitName;
        case StatusColumn:
            if (const auto status = Status::fromKey(row->statusKey))
                return Status::label(*status);
            return row->statusKey;
        case ReceivedColumn:
            return locale.toString(row->receivedAt.toTimeZone(m_calendar.timeZone()).date(),
                                   QLocale::ShortFormat);
        case DeadlineColumn: {
            if (!row->dueAt.isValid())
                return QString();
            const int left = Deadlines::workingDaysLeft(m_calendar, row->dueAt, now());
            const QString day = locale.toString(m_calendar.localDate(row->dueAt).addDays(-1),
                                                QLocale::ShortFormat);
            if (now() >= row->dueAt)
                return tr("%1 (terlambat %n hari kerja)", nullptr, qMax(1, -left)).arg(day);
            return tr("%1 (%n hari kerja lagi)", nullptr, left).arg(day);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row->title;
        break;
    case Qt::FontRole:
        if (row->unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn) {
            switch (Deadlines::slaState(m_calendar, row->dueAt, now())) {
            case Deadlines::SlaState::Overdue:
                return QBrush(QColor(0xb3, 0x26, 0x1e));
            case Deadlines::SlaState::DueSoon:
                return QBrush(QColor(0x9a, 0x67, 0x00));
            default:
                break;
            }
        }
        break;
    case TrackingIdRole:
        return row->trackingId;
    case StatusKeyRole:
        return row->statusKey;
    case SlaRole:
        return int(Deadlines::slaState(m_calendar, row->dueAt, now()));
    case UnreadRole:
        return row->unread;
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
    m_pages.clear();
    m_pageAge.clear();
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

void CaseListModel::markRead(qint64 trackingId)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if ((*it)[i].trackingId != trackingId)
                continue;
            (*it)[i].unread = false;
            const int row = it.key() * kPageSize + int(i);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             { Qt::FontRole, UnreadRole });
            return;
        }
    }
}

} // namespace lapor
