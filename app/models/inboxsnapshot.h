#pragma once

#include "casefilter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lapor {

class Database;

// The columns the inbox filters on, for every case, held in memory in list order
// (received, newest first). At a province desk a filter, a view's count or a jump down
// the list is then a pass over a compact array (a few milliseconds at a million cases)
// instead of a walk of the store's index (200 ms and more). The rows themselves are
// still read from the store, a page at a time, by their tracking ids.
//
// A snapshot is read on any thread from a connection of its own; it stands for the store
// as long as its Stamp is the store's current one (see stampOf). It answers the filters it
// holds every column of (covers), and a search once the full-text index has named the
// cases it finds (search, coversWithHits); a category or a list of cases goes to SQL.
class InboxSnapshot
{
public:
    // What the store looked like when a snapshot was taken: its inbox_token, which every
    // write to a column a snapshot holds replaces (resources/sql/009_inbox_token.sql).
    struct Stamp
    {
        QByteArray token;
        bool operator==(const Stamp &) const = default;
    };

    // The store's stamp now, or nullopt when a transaction is open on this connection
    // (its rows are not yet visible to the connection a snapshot is read from).
    static std::optional<Stamp> stampOf(Database &db);

    // What a full-text match found: the tracking ids, ascending, and the stamp of the store
    // they were read at (both in one read transaction).
    struct SearchHits
    {
        QString match; // the FTS5 expression (SearchQuery::toFtsMatch)
        Stamp stamp;
        std::vector<qint64> ids;
        // The token leaves out the text searched (titles, complaints, follow-ups): whether
        // the hits still hold is told by these two, taken before the match was run.
        qint64 dataVersion = 0; // PRAGMA data_version: commits of other connections
        qint64 ownChanges = 0; // rows this connection changed (sqlite3_total_changes64)
    };
    // Runs the match once on `db`'s connection. Nullopt when a transaction is open on it
    // or the statement fails.
    static std::optional<SearchHits> search(Database &db, const QString &match);
    // Whether nothing was written to the store, by anyone, since `hits` were read.
    static bool unchangedSince(Database &db, const SearchHits &hits);

    // Reads the snapshot from the store file at `path`, on a read-only connection of its
    // own. Returns null with a message on failure.
    static std::shared_ptr<const InboxSnapshot> read(const QString &path, const Stamp &stamp,
                                                     QString *error = nullptr);

    // The copy kept on disk: written whole or not at all, for its owner only. load()
    // returns null unless the file is intact and was taken at `stamp`.
    bool save(const QString &path, QString *error = nullptr) const;
    static std::shared_ptr<const InboxSnapshot> load(const QString &path, const Stamp &stamp);

    const Stamp &stamp() const { return m_stamp; }
    qsizetype size() const { return qsizetype(m_entries.size()); }

    // Whether every term of the filter can be answered from the snapshot.
    static bool covers(const CaseFilter &filter);
    // Whether every term but the search can; the search is then answered by SearchHits.
    static bool coversWithHits(const CaseFilter &filter);
    // Positions in list order (received newest first, then tracking id, highest first) of
    // the cases the filter shows; only for filters the snapshot covers, or, with `hits`
    // taken at this snapshot's stamp, for those it covers with hits (the filter's search
    // text is then not looked at: the hits stand for it).
    std::vector<qint32> match(const CaseFilter &filter, const FilterContext &context,
                              const SearchHits *hits = nullptr) const;
    qsizetype count(const CaseFilter &filter, const FilterContext &context) const;
    // Works out how hits are matched to entries, once: a bit per tracking id when the ids
    // lie close together (as the hub hands them out), else a lookup sorted by id (about
    // 120 ms to build at a million cases). Any thread may call it, once or many times.
    void prepareSearch() const;
    qint64 trackingIdAt(qint32 position) const { return m_entries[size_t(position)].id; }
    // The officers some case is assigned to (never the empty id), in no particular order.
    QStringList assigneeIds() const;
    // Where a case with this received time and id sits in list order; -1 if it is absent.
    qint32 positionOf(qint64 receivedAt, qint64 trackingId) const;

private:
    struct Entry
    {
        qint64 id;
        qint64 received;
        qint64 due; // kNoDue when the case has no deadline
        quint16 unit;
        quint16 assignee;
        quint8 status;
        quint8 flags;
    };
    enum Flag : quint8 {
        InScope = 1,
        HubChanged = 2,
        LocalConflict = 4,
        FollowedUp = 8,
        ReturnedDraft = 16,
        ConflictDraft = 32,
        SubmittedDraft = 64,
        OpenDraft = 128, // neither published nor discarded
    };
    struct Draft
    {
        qint64 caseId;
        quint16 author;
        quint8 state;
    };
    class Names
    {
    public:
        quint16 code(const char *text, int size);
        // kMissing when the name never occurs.
        quint16 find(const QString &name) const;
        qsizetype size() const { return m_names.size(); }
        QString name(quint16 code) const { return QString::fromUtf8(m_names.at(code)); }
        const QList<QByteArray> &names() const { return m_names; }
        void setNames(QList<QByteArray> names);

    private:
        QHash<QByteArray, quint16> m_codes;
        QList<QByteArray> m_names;
        qsizetype m_last = -1;
    };
    struct Predicate;

    static constexpr qint64 kNoDue = std::numeric_limits<qint64>::min();
    static constexpr quint16 kMissing = 0xffff;

    struct IdAt
    {
        qint64 id;
        qint32 position;
    };

    template<typename Visit>
    void forEachMatch(const CaseFilter &filter, const FilterContext &context,
                      const SearchHits *hits, Visit &&visit) const;
    // The hits as one bit per id from m_minId (dense ids), or per position (m_byId).
    std::vector<quint64> idBits(const SearchHits &hits) const;
    std::vector<quint64> positionsOf(const SearchHits &hits) const;

    Stamp m_stamp;
    std::vector<Entry> m_entries;
    std::vector<Draft> m_drafts;
    Names m_units;
    Names m_users; // assignees and draft authors
    std::vector<bool> m_assigned; // by user code: some case is assigned to them
    Names m_statuses;
    Names m_draftStates;
    // Set by prepareSearch: the ids' range, and every entry by id when the range is too
    // wide for a bit per id.
    mutable std::once_flag m_searchOnce;
    mutable qint64 m_minId = 0;
    mutable qint64 m_maxId = -1;
    mutable std::vector<IdAt> m_byId;
};

} // namespace lapor
