#pragma once

#include "casefilter.h"
#include "core/workingcalendar.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace lapor {

class Database;

// The inbox over SQLite. It never loads the table: it counts the matching rows and
// reads fixed-size pages on demand, keeping only a few pages in memory. Sorting and
// filtering happen in SQL.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TrackingIdColumn,
        TitleColumn,
        CategoryColumn,
        UnitColumn,
        StatusColumn,
        ReceivedColumn,
        DeadlineColumn,
        ColumnCount
    };

    enum Role {
        TrackingIdRole = Qt::UserRole + 1,
        StatusKeyRole,
        SlaRole, // Deadlines::SlaState as int
        UnreadRole,
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;

    CaseListModel(Database &db, const WorkingCalendar &calendar, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    // Re-reads the counts and drops cached pages, e.g. after a sync.
    void reload();
    // Fixed "now" for deadlines, so tests are repeatable; invalid = the real clock.
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 trackingIdAt(int row) const;
    // The store marked a case read; updates the cached row without a reload.
    void markRead(qint64 trackingId);

private:
    struct Row
    {
        qint64 trackingId = 0;
        QString title;
        QString category;
        QString unitName;
        QString statusKey;
        QDateTime receivedAt;
        QDateTime dueAt;
        bool unread = false;
        bool anonymous = false;
        bool confidential = false;
    };

    const Row *rowAt(int row) const;
    QList<Row> fetchPage(int page) const;
    QString orderBy() const;
    QDateTime now() const;

    Database &m_db;
    WorkingCalendar m_calendar;
    CaseFilter m_filter;
    int m_count = 0;
    int m_sortColumn = ReceivedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QDateTime m_fixedNow;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageAge; // least recently used first
};

} // namespace lapor
