#pragma once

#include "casefilter.h"
#include "core/workingcalendar.h"
#include "inboxsnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <vector>

template<typename T> class QFutureWatcher;
class QSqlQuery;

namespace lapor {

class Database;

// The inbox over SQLite. It never loads the table: it counts the matching rows and
// reads fixed-size pages on demand, keeping only a few pages in memory. Sorting and
// filtering happen in SQL. A page next to one already read is found by its sort key
// (keyset paging), so scrolling costs the same at row 99,000 as at row 0; a jump further
// down continues from the nearest page above it, skipping only the rows in between, and
// a jump with no page above it uses OFFSET once and continues by key from there.
//
// When the filter is one InboxSnapshot covers, the count and the order of the rows come
// from the snapshot instead, and in the default order a page is read by its tracking ids.
// A search is run once in the full-text index for its tracking ids, and the snapshot
// then counts and orders those (docs/inbox.md, "How a search is answered"). A stale
// snapshot is read again: at once when the store is small, on a worker thread when it is
// large (kReadInBackgroundFrom), with SQL answering meanwhile.
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
        AssigneeColumn,
        FlagsColumn,
        LocalStateColumn,
        ColumnCount
    };

    enum Role {
        TrackingIdRole = Qt::UserRole + 1,
        StatusKeyRole,
        SlaRole, // Deadlines::SlaState as int
        UnreadRole,
        DaysLeftRole, // working days left, only when there is a deadline
        LocalStateRole, // cases.local_state key
        AnonymousRole,
        ConfidentialRole,
    };

    static constexpr int kPageSize = 200;
    // Pages in the snapshot's order are read by tracking id, each row one seek, so a page
    // costs its rows and little else: a drag of the scroll bar shows a screen (about 25
    // rows) 165 rows away from the last one, and a 200-row page read 8 rows for each shown.
    // The statement is prepared once for a full page, so a small page costs no parsing.
    static constexpr int kSnapshotPageSize = 16;
    static constexpr int kMaxCachedPages = 16;
    // From this many cases on, a snapshot is read on a worker thread (about 20 ms below)
    // and kept on disk beside the store, to be loaded instead when nothing changed.
    static constexpr qsizetype kReadInBackgroundFrom = 50000;

    CaseListModel(Database &db, const WorkingCalendar &calendar, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    // Who "Milik saya" and "Menunggu persetujuan" are about.
    // The agency's calendar changed (signed in to another agency, new holidays).
    void setCalendar(const WorkingCalendar &calendar);
    void setUserId(const QString &userId);
    FilterContext filterContext() const;
    // Re-reads the counts and drops cached pages, e.g. after a sync.
    void reload();
    // The language or locale changed: rows are worded again, without a reset.
    void retranslate();
    // Fixed "now" for deadlines, so tests are repeatable; invalid = the real clock.
    void setNow(const QDateTime &now);
    QDateTime now() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 trackingIdAt(int row) const;
    // Where a case is under the current filter and sort; -1 when it does not match.
    int rowOf(qint64 trackingId) const;
    // The store marked a case read or unread; updates the cached row without a reload.
    void markRead(qint64 trackingId, bool read = true);

    static QString localStateLabel(const QString &key);

    // The snapshot of the store when it is current, else null (being read, or the store
    // changed since).
    std::shared_ptr<const InboxSnapshot> snapshot() const;
    // Whether the rows shown now were chosen from a snapshot (tests, benchmarks).
    bool rowsFromSnapshot() const { return m_fromSnapshot; }
    // Whether the snapshot in use came from the copy kept on disk (tests, benchmarks).
    bool snapshotFromFile() const { return m_snapshotFromFile && m_snapshot; }
    // How often a search was run in the full-text index for the snapshot (tests).
    int fullTextRuns() const { return m_fullTextRuns; }
    // Tests: read snapshots of at least this many cases in the background, and keep
    // those on disk.
    void setReadInBackgroundFrom(qsizetype cases) { m_backgroundFrom = cases; }

    ~CaseListModel() override;

signals:
    // A snapshot read on a worker thread is ready; counts can come from it now.
    void snapshotReady();

private:
    // What a painted cell needs, worked out once per row and day rather than per cell:
    // a screen of rows asks for every role of every cell on each paint.
    struct Deadline
    {
        qint64 day = 0; // the agency-local day (Julian) it was worked out for; 0 = not yet
        bool passed = false; // whether now >= dueAt at the time
        int sla = 0; // Deadlines::SlaState
        int daysLeft = 0;
        QString dayText; // "4 Des", shown beside the SLA badge
        QString text; // "4 Des (2 hari kerja lagi)", in the tooltip
    };

    struct Row
    {
        qint64 trackingId = 0;
        QString title;
        QString category;
        QString unitName;
        QString statusKey;
        QDateTime receivedAt;
        QDateTime dueAt;
        QDate dueDay; // the last day of the deadline, agency-local
        QString assignee;
        QString localState;
        QVariant sortKey;
        bool unread = false;
        bool anonymous = false;
        bool confidential = false;
        mutable QString receivedText;
        mutable Deadline deadline;
    };

    int countRows() const;
    const Row *rowAt(int row) const;
    int pageSize() const;
    QList<Row> fetchPage(int page) const;
    QList<Row> fetchSnapshotPage(int page) const;
    Row readRow(const QSqlQuery &q) const;
    QString rowColumns() const;
    bool snapshotOrder() const;
    // Makes m_snapshot current if it can be without waiting; starts a read otherwise.
    void refreshSnapshot();
    // The cases the search `match` finds, taken at the snapshot's stamp; null when they
    // cannot be (a transaction is open, or the store moved on from the snapshot).
    const InboxSnapshot::SearchHits *searchHits(const InboxSnapshot &snapshot,
                                                const QString &match);
    QString sortKeyExpression() const;
    QString orderBy() const;
    QVariant displayData(const Row &row, int column) const;
    // What a cell says in full where the column shows it short (tooltip, screen reader).
    QString fullText(const Row &row, int column) const;
    const Deadline &deadlineOf(const Row &row) const;
    QDate today(const QDateTime &now) const;
    void dropPages();

    Database &m_db;
    WorkingCalendar m_calendar;
    CaseFilter m_filter;
    QString m_userId;
    int m_count = 0;
    int m_sortColumn = ReceivedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QDateTime m_fixedNow;
    // The instant the count was taken at; pages use the same SLA bounds so they agree.
    QDateTime m_queryNow;
    // The agency-local date of "now" and the UTC seconds it spans, [from, until).
    mutable QDate m_today;
    mutable qint64 m_todayFrom = 0;
    mutable qint64 m_todayUntil = 0;
    mutable QSqlQuery m_snapshotPage;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageAge; // least recently used first
    std::shared_ptr<const InboxSnapshot> m_snapshot;
    QFutureWatcher<std::shared_ptr<const InboxSnapshot>> *m_reading = nullptr;
    bool m_snapshotFromFile = false;
    qsizetype m_backgroundFrom = kReadInBackgroundFrom;
    // The snapshot the rows shown were chosen from, and their positions in it.
    std::shared_ptr<const InboxSnapshot> m_matchedIn;
    std::vector<qint32> m_matches;
    bool m_fromSnapshot = false;
    // The last search's hits and terms, kept while nothing is written to the store.
    std::shared_ptr<const InboxSnapshot::SearchHits> m_hits;
    QStringList m_hitsTerms;
    int m_fullTextRuns = 0;
    std::weak_ptr<const InboxSnapshot> m_preparedFor; // never mistaken for a later one
};

} // namespace lapor
