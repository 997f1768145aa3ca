#include "viewlistmodel.h"

#include "inboxsnapshot.h"
#include "store/database.h"
#include "store/savedviewrepository.h"

#include <QFont>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace lapor {

ViewListModel::ViewListModel(Database &db, const WorkingCalendar &calendar, const QString &userId,
                             Role role, QObject *parent, SnapshotSource snapshot)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_calendar(calendar)
    , m_userId(userId)
    , m_role(role)
    , m_snapshot(std::move(snapshot))
{
    reload();
}

void ViewListModel::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    refreshCounts();
}

void ViewListModel::setUser(const QString &userId, Role role)
{
    if (userId == m_userId && role == m_role)
        return;
    m_userId = userId;
    m_role = role;
    reload();
}

void ViewListModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    refreshCounts();
}

QString ViewListModel::builtinKey(InboxView view)
{
    return QStringLiteral("view:") + InboxViews::key(view);
}

QString ViewListModel::savedKey(qint64 id)
{
    return QStringLiteral("saved:") + QString::number(id);
}

QList<ViewListModel::Entry> ViewListModel::buildEntries() const
{
    QList<Entry> entries;
    for (auto view : InboxViews::all()) {
        // Only someone who can decide on drafts has anything waiting for approval.
        if (view == InboxView::AwaitingApproval && !Roles::canApprove(m_role))
            continue;
        Entry e;
        e.key = builtinKey(view);
        e.name = InboxViews::label(view);
        e.filter.view = view;
        entries.append(e);
    }
    const auto saved = SavedViewRepository(m_db).list();
    if (!saved.isEmpty()) {
        Entry heading;
        heading.kind = Entry::Kind::Heading;
        heading.name = tr("Tampilan tersimpan");
        entries.append(heading);
    }
    for (const auto &view : saved) {
        Entry e;
        e.kind = Entry::Kind::Saved;
        e.key = savedKey(view.id);
        e.name = view.name;
        e.savedId = view.id;
        e.filter = CaseFilter::fromJson(QJsonDocument::fromJson(view.filterJson.toUtf8()).object());
        entries.append(e);
    }
    return entries;
}

void ViewListModel::countInto(QList<Entry> &entries) const
{
    const FilterContext context {
        m_userId, m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc(), &m_calendar
    };
    const auto snapshot = m_snapshot ? m_snapshot() : nullptr;
    QStringList columns;
    QVariantList values;
    QList<int> rows;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].kind == Entry::Kind::Heading)
            continue;
        if (m_snapshot && InboxSnapshot::covers(entries[i].filter)) {
            // While a large store's snapshot is read again the last counts stay; its
            // snapshotReady brings the new ones, without a walk of the whole store now.
            if (snapshot) {
                entries[i].count = int(snapshot->count(entries[i].filter, context));
                entries[i].counted = true;
                continue;
            }
            if (entries[i].counted)
                continue;
        }
        columns.append(QStringLiteral("count(*) FILTER (WHERE %1)")
                           .arg(entries[i].filter.whereClause(context)));
        values.append(entries[i].filter.bindValues(context));
        rows.append(i);
    }
    if (rows.isEmpty())
        return;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
              + QStringLiteral(" FROM cases c"));
    for (const auto &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return;
    for (int i = 0; i < rows.size(); ++i) {
        entries[rows[i]].count = q.value(i).toInt();
        entries[rows[i]].counted = true;
    }
}

void ViewListModel::reload()
{
    beginResetModel();
    m_entries = buildEntries();
    countInto(m_entries);
    endResetModel();
}

void ViewListModel::refreshCounts()
{
    countInto(m_entries);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, CountColumn), index(int(m_entries.size()) - 1, CountColumn),
                         { Qt::DisplayRole, CountRole, Qt::AccessibleTextRole });
}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ViewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const bool heading = e.kind == Entry::Kind::Heading;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return e.name;
        return heading ? QVariant() : QVariant(QLocale().toString(e.count));
    case Qt::AccessibleTextRole:
        return heading ? e.name : tr("%1, %n laporan", nullptr, e.count).arg(e.name);
    case Qt::ToolTipRole:
        return heading ? QVariant() : QVariant(tr("%1: %n laporan", nullptr, e.count).arg(e.name));
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (heading) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case KeyRole:
        return e.key;
    case CountRole:
        return heading ? QVariant() : QVariant(e.count);
    case SavedIdRole:
        return e.kind == Entry::Kind::Saved ? QVariant(e.savedId) : QVariant();
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_entries.at(index.row()).kind == Entry::Kind::Heading)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ViewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Tampilan") : tr("Jumlah");
}

QString ViewListModel::keyAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).key : QString();
}

int ViewListModel::rowForKey(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

std::optional<CaseFilter> ViewListModel::filterAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).kind == Entry::Kind::Heading)
        return std::nullopt;
    return m_entries.at(row).filter;
}

int ViewListModel::countAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).count : 0;
}

} // namespace lapor
