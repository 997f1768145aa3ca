#pragma once

#include "casefilter.h"
#include "core/role.h"
#include "core/workingcalendar.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace lapor {

class Database;
class InboxSnapshot;

// The sidebar: the built-in views the user's role calls for, then the saved views, each
// with the number of cases it holds. A view the inbox's snapshot covers is counted from it
// (a pass over an array); the others come from one pass over the cases table (aggregate
// FILTER clauses).
class ViewListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum ItemRole {
        KeyRole = Qt::UserRole + 1, // "view:all", "saved:12"; empty for the heading
        CountRole,
        SavedIdRole,
    };

    // The inbox's current snapshot, or null (CaseListModel::snapshot).
    using SnapshotSource = std::function<std::shared_ptr<const InboxSnapshot>()>;

    ViewListModel(Database &db, const WorkingCalendar &calendar, const QString &userId = {},
                  Role role = Role::Officer, QObject *parent = nullptr,
                  SnapshotSource snapshot = {});

    void setUser(const QString &userId, Role role);
    void setCalendar(const WorkingCalendar &calendar);
    void setNow(const QDateTime &now); // tests; invalid = the real clock
    // Re-reads saved views and counts.
    void reload();
    // Re-counts without changing the rows.
    void refreshCounts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowForKey(const QString &key) const; // -1 when absent
    std::optional<CaseFilter> filterAt(int row) const;
    int countAt(int row) const;

    static QString builtinKey(InboxView view);
    static QString savedKey(qint64 id);

private:
    struct Entry
    {
        enum class Kind { Builtin, Heading, Saved } kind = Kind::Builtin;
        QString key;
        QString name;
        CaseFilter filter;
        qint64 savedId = 0;
        int count = 0;
        bool counted = false;
    };

    QList<Entry> buildEntries() const;
    void countInto(QList<Entry> &entries) const;

    Database &m_db;
    WorkingCalendar m_calendar;
    QString m_userId;
    Role m_role = Role::Officer;
    SnapshotSource m_snapshot;
    QDateTime m_fixedNow;
    QList<Entry> m_entries;
};

} // namespace lapor
