#pragma once

#include "casefilter.h"
#include "core/role.h"
#include "core/workingcalendar.h"

#include <QAbstractTableModel>

namespace lapor {

class Database;

// The sidebar: the built-in views the user's role calls for, then the saved views, each
// with the number of cases it holds. All counts come from one pass over the cases table
// (aggregate FILTER clauses), so refreshing them stays cheap at 100,000 cases.
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

    ViewListModel(Database &db, const WorkingCalendar &calendar, const QString &userId = {},
                  Role role = Role::Officer, QObject *parent = nullptr);

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
    };

    QList<Entry> buildEntries() const;
    void countInto(QList<Entry> &entries) const;

    Database &m_db;
    WorkingCalendar m_calendar;
    QString m_userId;
    Role m_role = Role::Officer;
    QDateTime m_fixedNow;
    QList<Entry> m_entries;
};

} // namespace lapor
