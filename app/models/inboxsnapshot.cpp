#include "inboxsnapshot.h"

#include "core/ownerfiles.h"
#include "core/workingcalendar.h"
#include "store/database.h"
#include "store/sqlutil.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <bit>
#include <cstring>
#include <sqlite3.h>

namespace lapor {

namespace {

// A read-only connection of the snapshot's own, closed on every return path.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK)
            fail();
        else
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~ReadConnection()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool exec(const char *sql)
    {
        if (ok() && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail();
        return ok();
    }
    // Steps through the rows of `sql`, calling row(statement) for each.
    template<typename Row> bool each(const char *sql, Row &&row)
    {
        if (!ok())
            return false;
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            return fail();
        int rc;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW)
            row(m_stmt);
        return rc == SQLITE_DONE || fail();
    }

private:
    bool fail()
    {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                       : QStringLiteral("cannot open the store");
        return false;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

int textSize(sqlite3_stmt *stmt, int column)
{
    return sqlite3_column_bytes(stmt, column);
}

const char *textOf(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? text : "";
}

} // namespace

quint16 InboxSnapshot::Names::code(const char *text, int size)
{
    // Rows come in index order, so the same unit or officer often repeats.
    if (m_last >= 0 && m_names[m_last].size() == size
        && std::equal(text, text + size, m_names[m_last].constData()))
        return quint16(m_last);
    const QByteArray key = QByteArray::fromRawData(text, size);
    auto it = m_codes.constFind(key);
    if (it == m_codes.constEnd()) {
        // One code is kept back for "never occurs"; a store with more names than that is
        // answered by SQL (see read).
        if (m_names.size() >= kMissing)
            return kMissing;
        const QByteArray copy(text, size);
        it = m_codes.insert(copy, quint16(m_names.size()));
        m_names.append(copy);
    }
    m_last = it.value();
    return it.value();
}

void InboxSnapshot::Names::setNames(QList<QByteArray> names)
{
    m_names = std::move(names);
    m_codes.clear();
    for (qsizetype i = 0; i < m_names.size(); ++i)
        m_codes.insert(m_names[i], quint16(i));
    m_last = -1;
}

quint16 InboxSnapshot::Names::find(const QString &name) const
{
    return m_codes.value(name.toUtf8(), kMissing);
}

namespace {

// The store's token, when it stands for the rows: a first sync under way holds the
// token's triggers on cases aside (BulkLoad), and then no token does.
constexpr char kTokenQuery[]
    = "SELECT token FROM inbox_token WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM set_aside "
      "WHERE type = 'trigger' AND name LIKE 'inbox_token%')";

} // namespace

std::optional<InboxSnapshot::Stamp> InboxSnapshot::stampOf(Database &db)
{
    sqlite3 *handle = Sql::handleOf(db.connection());
    if (!handle || !sqlite3_get_autocommit(handle))
        return std::nullopt;
    QSqlQuery q(db.connection());
    if (!q.exec(QLatin1String(kTokenQuery)) || !q.next())
        return std::nullopt;
    return Stamp { q.value(0).toByteArray() };
}

namespace {

// The version of the store as this connection sees it: other connections' commits and its
// own changes. Read outside any transaction of its own, so that a commit after it is
// never taken for one before it.
bool versionOf(sqlite3 *handle, qint64 *dataVersion, qint64 *ownChanges)
{
    sqlite3_stmt *stmt = nullptr;
    bool ok = sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW;
    if (ok)
        *dataVersion = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    *ownChanges = sqlite3_total_changes64(handle);
    return ok;
}

} // namespace

std::optional<InboxSnapshot::SearchHits> InboxSnapshot::search(Database &db, const QString &match)
{
    sqlite3 *handle = Sql::handleOf(db.connection());
    if (!handle || !sqlite3_get_autocommit(handle))
        return std::nullopt;
    SearchHits hits;
    hits.match = match;
    if (!versionOf(handle, &hits.dataVersion, &hits.ownChanges))
        return std::nullopt;
    // One read transaction, so that the stamp names the state of the store the hits are of.
    if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    sqlite3_stmt *stmt = nullptr;
    bool ok = sqlite3_prepare_v2(handle, kTokenQuery, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW;
    if (ok)
        hits.stamp.token = QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, 0)),
                                      sqlite3_column_bytes(stmt, 0));
    sqlite3_finalize(stmt);
    stmt = nullptr;
    // Straight from SQLite, not through QSqlQuery: a two-letter prefix finds most of a
    // province's cases, and a QVariant per row would cost more than the match itself.
    const QByteArray expression = match.toUtf8();
    ok = ok
        && sqlite3_prepare_v2(handle,
                              "SELECT rowid FROM case_search WHERE case_search MATCH ? "
                              "ORDER BY rowid",
                              -1, &stmt, nullptr)
            == SQLITE_OK
        && sqlite3_bind_text(stmt, 1, expression.constData(), int(expression.size()), SQLITE_STATIC)
            == SQLITE_OK;
    if (ok) {
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            hits.ids.push_back(sqlite3_column_int64(stmt, 0));
        ok = rc == SQLITE_DONE;
    }
    sqlite3_finalize(stmt);
    // Never leave the desk's connection inside a transaction of this read's.
    if (sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
    if (!ok)
        return std::nullopt;
    if (!std::is_sorted(hits.ids.begin(), hits.ids.end()))
        std::sort(hits.ids.begin(), hits.ids.end());
    return hits;
}

bool InboxSnapshot::unchangedSince(Database &db, const SearchHits &hits)
{
    sqlite3 *handle = Sql::handleOf(db.connection());
    qint64 dataVersion = 0;
    qint64 ownChanges = 0;
    return handle && sqlite3_get_autocommit(handle) && versionOf(handle, &dataVersion, &ownChanges)
        && dataVersion == hits.dataVersion && ownChanges == hits.ownChanges;
}

std::shared_ptr<const InboxSnapshot> InboxSnapshot::read(const QString &path, const Stamp &stamp,
                                                         QString *error)
{
    auto snapshot = std::make_shared<InboxSnapshot>();
    snapshot->m_stamp = stamp;
    ReadConnection db(path);
    // One read transaction, so the drafts belong to the same moment as the cases.
    db.exec("BEGIN");
    // Every column read is in cases_inbox, so this walks that index, not the table.
    auto &entries = snapshot->m_entries;
    bool tooMany = false;
    db.each("SELECT tracking_id, received_at, due_at, status, unit_id, assignee_id, in_scope, "
            "hub_changed, local_state = 'conflict', first_followup_at IS NOT NULL FROM cases",
            [&](sqlite3_stmt *s) {
                Entry e {};
                e.id = sqlite3_column_int64(s, 0);
                e.received = sqlite3_column_int64(s, 1);
                e.due = sqlite3_column_type(s, 2) == SQLITE_NULL ? kNoDue
                                                                 : sqlite3_column_int64(s, 2);
                e.status = quint8(snapshot->m_statuses.code(textOf(s, 3), textSize(s, 3)));
                e.unit = snapshot->m_units.code(textOf(s, 4), textSize(s, 4));
                e.assignee = snapshot->m_users.code(textOf(s, 5), textSize(s, 5));
                e.flags = (sqlite3_column_int(s, 6) ? InScope : 0)
                    | (sqlite3_column_int(s, 7) ? HubChanged : 0)
                    | (sqlite3_column_int(s, 8) ? LocalConflict : 0)
                    | (sqlite3_column_int(s, 9) ? FollowedUp : 0);
                tooMany = tooMany || e.unit == kMissing || e.assignee == kMissing;
                entries.push_back(e);
            });
    QHash<qint64, quint8> draftFlags;
    db.each("SELECT case_id, author_id, state FROM drafts", [&](sqlite3_stmt *s) {
        Draft d {};
        d.caseId = sqlite3_column_int64(s, 0);
        d.author = snapshot->m_users.code(textOf(s, 1), textSize(s, 1));
        d.state = quint8(snapshot->m_draftStates.code(textOf(s, 2), textSize(s, 2)));
        tooMany = tooMany || d.author == kMissing;
        snapshot->m_drafts.push_back(d);
        const QByteArray state(textOf(s, 2), textSize(s, 2));
        quint8 &flags = draftFlags[d.caseId];
        if (state == "returned")
            flags |= ReturnedDraft;
        else if (state == "conflict")
            flags |= ConflictDraft;
        else if (state == "submitted")
            flags |= SubmittedDraft;
        if (state != "published" && state != "discarded")
            flags |= OpenDraft;
    });
    db.exec("COMMIT");
    if (!db.ok() || tooMany || snapshot->m_statuses.size() > 64) {
        if (error)
            *error = tooMany ? QStringLiteral("too many units or officers") : db.error();
        return nullptr;
    }
    // The index gives (in_scope, received, id) ascending; the list shows received and
    // then id descending across both scopes.
    std::reverse(entries.begin(), entries.end());
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.received != b.received ? a.received > b.received : a.id > b.id;
    });
    snapshot->m_assigned.assign(size_t(snapshot->m_users.size()), false);
    for (const auto &e : entries)
        snapshot->m_assigned[e.assignee] = true;
    if (!draftFlags.isEmpty()) {
        for (auto &e : entries)
            e.flags |= draftFlags.value(e.id);
    }
    return snapshot;
}

namespace {

// The file: a magic with the format's version, the sizes of the two records (so that a
// file from a build with another layout is refused, not misread), the token, four lists
// of names, the drafts and the entries as they lie in memory. This machine's byte order:
// the file never leaves the profile it was written in.
constexpr char kMagic[8] = { 'L', 'D', 'I', 'N', 'B', 'O', 'X', '1' };

void putCount(QIODevice &out, quint64 n)
{
    out.write(reinterpret_cast<const char *>(&n), sizeof n);
}

// Reads from a mapped file without ever reading past its end or allocating more than
// the file holds.
class Reader
{
public:
    Reader(const uchar *data, qint64 size)
        : m_at(data)
        , m_end(data + size)
    { }
    bool ok() const { return m_ok; }
    const uchar *take(quint64 bytes)
    {
        if (!m_ok || bytes > quint64(m_end - m_at)) {
            m_ok = false;
            return nullptr;
        }
        const uchar *at = m_at;
        m_at += bytes;
        return at;
    }
    quint64 count()
    {
        quint64 n = 0;
        if (const uchar *at = take(sizeof n))
            std::memcpy(&n, at, sizeof n);
        return n;
    }
    QByteArray bytes()
    {
        const quint64 n = count();
        const uchar *at = take(n);
        return at ? QByteArray(reinterpret_cast<const char *>(at), qsizetype(n)) : QByteArray();
    }
    bool atEnd() const { return m_at == m_end; }

private:
    const uchar *m_at;
    const uchar *m_end;
    bool m_ok = true;
};

} // namespace

bool InboxSnapshot::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(kMagic, sizeof kMagic);
    putCount(file, sizeof(Entry));
    putCount(file, sizeof(Draft));
    putCount(file, quint64(m_stamp.token.size()));
    file.write(m_stamp.token);
    for (const Names *names : { &m_statuses, &m_units, &m_users, &m_draftStates }) {
        putCount(file, quint64(names->names().size()));
        for (const QByteArray &name : names->names()) {
            putCount(file, quint64(name.size()));
            file.write(name);
        }
    }
    putCount(file, m_drafts.size());
    file.write(reinterpret_cast<const char *>(m_drafts.data()),
               qint64(m_drafts.size() * sizeof(Draft)));
    putCount(file, m_entries.size());
    file.write(reinterpret_cast<const char *>(m_entries.data()),
               qint64(m_entries.size() * sizeof(Entry)));
    // Names of units and officers are in it: the owner's only, like the store.
    if (!file.commit() || !OwnerFiles::protectFile(path, error)) {
        if (error && error->isEmpty())
            *error = file.errorString();
        return false;
    }
    return true;
}

std::shared_ptr<const InboxSnapshot> InboxSnapshot::load(const QString &path, const Stamp &stamp)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < qint64(sizeof kMagic))
        return nullptr;
    const uchar *data = file.map(0, file.size());
    if (!data)
        return nullptr;
    Reader in(data, file.size());
    const uchar *magic = in.take(sizeof kMagic);
    if (!magic || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || in.count() != sizeof(Entry)
        || in.count() != sizeof(Draft) || in.bytes() != stamp.token || !in.ok())
        return nullptr;
    auto snapshot = std::make_shared<InboxSnapshot>();
    snapshot->m_stamp = stamp;
    for (Names *names : { &snapshot->m_statuses, &snapshot->m_units, &snapshot->m_users,
                          &snapshot->m_draftStates }) {
        const quint64 n = in.count();
        if (n >= kMissing)
            return nullptr;
        QList<QByteArray> list;
        for (quint64 i = 0; i < n && in.ok(); ++i)
            list.append(in.bytes());
        if (!in.ok())
            return nullptr;
        names->setNames(std::move(list));
    }
    if (snapshot->m_statuses.size() > 64)
        return nullptr;
    // Each count is checked against the file's size before it is multiplied, so a huge
    // one can neither wrap nor ask for memory the file does not hold.
    const quint64 drafts = in.count();
    if (drafts > quint64(file.size()) / sizeof(Draft))
        return nullptr;
    const uchar *draftBytes = in.take(drafts * sizeof(Draft));
    const quint64 entries = in.count();
    if (!draftBytes || entries > quint64(file.size()) / sizeof(Entry))
        return nullptr;
    const uchar *entryBytes = in.take(entries * sizeof(Entry));
    if (!entryBytes || !in.atEnd())
        return nullptr;
    snapshot->m_drafts.resize(drafts);
    std::memcpy(snapshot->m_drafts.data(), draftBytes, drafts * sizeof(Draft));
    snapshot->m_entries.resize(entries);
    std::memcpy(snapshot->m_entries.data(), entryBytes, entries * sizeof(Entry));
    // Every code must name something, so that no lookup can fall outside its list.
    const auto users = quint64(snapshot->m_users.size());
    for (const auto &d : snapshot->m_drafts) {
        if (d.author >= users || d.state >= quint64(snapshot->m_draftStates.size()))
            return nullptr;
    }
    snapshot->m_assigned.assign(size_t(users), false);
    for (const auto &e : snapshot->m_entries) {
        if (e.unit >= quint64(snapshot->m_units.size()) || e.assignee >= users
            || e.status >= quint64(snapshot->m_statuses.size()))
            return nullptr;
        snapshot->m_assigned[e.assignee] = true;
    }
    return snapshot;
}

QStringList InboxSnapshot::assigneeIds() const
{
    QStringList ids;
    for (size_t code = 0; code < m_assigned.size(); ++code) {
        if (m_assigned[code] && !m_users.name(quint16(code)).isEmpty())
            ids.append(m_users.name(quint16(code)));
    }
    return ids;
}

bool InboxSnapshot::covers(const CaseFilter &filter)
{
    return coversWithHits(filter) && filter.searchText.trimmed().isEmpty();
}

bool InboxSnapshot::coversWithHits(const CaseFilter &filter)
{
    return filter.category.isEmpty() && !filter.byTrackingIds;
}

void InboxSnapshot::prepareSearch() const
{
    std::call_once(m_searchOnce, [this] {
        if (m_entries.empty())
            return;
        const auto [low, high]
            = std::minmax_element(m_entries.begin(), m_entries.end(),
                                  [](const Entry &a, const Entry &b) { return a.id < b.id; });
        m_minId = low->id;
        m_maxId = high->id;
        // A bit per id costs at most what the sorted lookup would (16 bytes a case).
        if (quint64(m_maxId - m_minId) < quint64(m_entries.size()) * 128)
            return;
        m_byId.resize(m_entries.size());
        for (size_t i = 0; i < m_entries.size(); ++i)
            m_byId[i] = { m_entries[i].id, qint32(i) };
        std::sort(m_byId.begin(), m_byId.end(),
                  [](const IdAt &a, const IdAt &b) { return a.id < b.id; });
    });
}

std::vector<quint64> InboxSnapshot::idBits(const SearchHits &hits) const
{
    std::vector<quint64> bits(m_maxId < m_minId ? 0 : size_t(m_maxId - m_minId) / 64 + 1, 0);
    for (qint64 id : hits.ids) {
        if (id < m_minId || id > m_maxId)
            continue;
        const auto bit = quint64(id - m_minId);
        bits[bit / 64] |= quint64(1) << (bit % 64);
    }
    return bits;
}

std::vector<quint64> InboxSnapshot::positionsOf(const SearchHits &hits) const
{
    std::vector<quint64> bits((m_entries.size() + 63) / 64, 0);
    const auto mark = [&bits](qint32 at) {
        bits[size_t(at) / 64] |= quint64(1) << (at % 64);
    };
    const auto end = m_byId.cend();
    auto at = m_byId.cbegin();
    // Both lists ascend by id: a few hits are looked up, many are merged in one pass.
    if (hits.ids.size() * 16 < m_byId.size()) {
        for (qint64 id : hits.ids) {
            at = std::lower_bound(at, end, id, [](const IdAt &e, qint64 v) { return e.id < v; });
            if (at == end)
                break;
            if (at->id == id)
                mark(at->position);
        }
    } else {
        for (qint64 id : hits.ids) {
            while (at != end && at->id < id)
                ++at;
            if (at == end)
                break;
            if (at->id == id)
                mark(at->position);
        }
    }
    return bits;
}

// The filter worked out once into codes and bounds, mirroring CaseFilter's SQL term by
// term (casefilter.cpp); tst_inboxsnapshot compares the two on every view and filter.
struct InboxSnapshot::Predicate
{
    bool none = false; // a term that no case can meet
    bool inScopeOnly = true;
    InboxView view = InboxView::All;
    quint16 user = kMissing;
    QSet<qint64> userCases; // Mine: open drafts of the user; approval: submitted by others
    quint64 statusMask = 0; // 0 = any status
    bool anySla = true;
    bool slaNone = false, slaOnTrack = false, slaDueSoon = false, slaOverdue = false;
    qint64 now = 0;
    qint64 soon = 0;
    quint16 unit = kMissing;
    bool byUnit = false;
    quint16 assignee = kMissing;
    bool byAssignee = false;
    qint64 receivedFrom = std::numeric_limits<qint64>::min();
    qint64 receivedBefore = std::numeric_limits<qint64>::max();

    bool operator()(const Entry &e) const
    {
        if (inScopeOnly && !(e.flags & InScope))
            return false;
        if (statusMask && !(statusMask & (quint64(1) << e.status)))
            return false;
        if (byUnit && e.unit != unit)
            return false;
        if (byAssignee && e.assignee != assignee)
            return false;
        if (e.received < receivedFrom || e.received >= receivedBefore)
            return false;
        if (!anySla) {
            const bool has = e.due != kNoDue;
            if (!((slaNone && !has) || (slaOnTrack && has && e.due > soon)
                  || (slaDueSoon && has && e.due > now && e.due <= soon)
                  || (slaOverdue && has && e.due <= now)))
                return false;
        }
        switch (view) {
        case InboxView::All:
            return true;
        case InboxView::Mine:
            return e.assignee == user || ((e.flags & OpenDraft) && userCases.contains(e.id));
        case InboxView::NotFollowedUp:
            return e.status == disposed || (e.status == inProgress && !(e.flags & FollowedUp));
        case InboxView::DueSoon:
            return e.due != kNoDue && e.due > now && e.due <= soon;
        case InboxView::Overdue:
            return e.due != kNoDue && e.due <= now;
        case InboxView::AwaitingApproval:
            return (e.flags & SubmittedDraft) && userCases.contains(e.id);
        case InboxView::Returned:
            return e.flags & ReturnedDraft;
        case InboxView::Conflict:
            return (e.flags & ConflictDraft)
                || ((e.flags & (LocalConflict | HubChanged)) && (e.flags & InScope));
        }
        return false;
    }

    quint16 disposed = kMissing;
    quint16 inProgress = kMissing;
};

template<typename Visit>
void InboxSnapshot::forEachMatch(const CaseFilter &f, const FilterContext &ctx,
                                 const SearchHits *hits, Visit &&visit) const
{
    Predicate p;
    const QDateTime now = ctx.now.isValid() ? ctx.now : QDateTime::currentDateTimeUtc();
    p.now = now.toSecsSinceEpoch();
    p.soon = ctx.calendar ? CaseFilter::dueSoonLimit(*ctx.calendar, now).toSecsSinceEpoch() : p.now;
    p.view = f.view;
    p.inScopeOnly = f.view != InboxView::Conflict;
    p.disposed = m_statuses.find(QStringLiteral("disposed"));
    p.inProgress = m_statuses.find(QStringLiteral("in_progress"));
    if (f.view == InboxView::Mine) {
        p.user = ctx.userId.isEmpty() ? kMissing : m_users.find(ctx.userId);
        p.none = ctx.userId.isEmpty();
        const quint16 published = m_draftStates.find(QStringLiteral("published"));
        const quint16 discarded = m_draftStates.find(QStringLiteral("discarded"));
        for (const auto &d : m_drafts) {
            if (d.author == p.user && p.user != kMissing && d.state != published
                && d.state != discarded)
                p.userCases.insert(d.caseId);
        }
        // An officer the store never saw has no cases of their own.
        p.none = p.none || (p.user == kMissing && p.userCases.isEmpty());
    } else if (f.view == InboxView::AwaitingApproval) {
        const quint16 submitted = m_draftStates.find(QStringLiteral("submitted"));
        const quint16 user = m_users.find(ctx.userId);
        for (const auto &d : m_drafts) {
            if (d.state == submitted && (user == kMissing || d.author != user))
                p.userCases.insert(d.caseId);
        }
    }
    for (auto status : f.statuses) {
        const quint16 code = m_statuses.find(Status::key(status));
        if (code != kMissing)
            p.statusMask |= quint64(1) << code;
    }
    // Statuses asked for that no case has: nothing matches.
    p.none = p.none || (!f.statuses.isEmpty() && p.statusMask == 0);
    p.anySla = f.slaStates.isEmpty();
    for (auto state : f.slaStates) {
        p.slaNone = p.slaNone || state == Deadlines::SlaState::None;
        p.slaOnTrack = p.slaOnTrack || state == Deadlines::SlaState::OnTrack;
        p.slaDueSoon = p.slaDueSoon || state == Deadlines::SlaState::DueSoon;
        p.slaOverdue = p.slaOverdue || state == Deadlines::SlaState::Overdue;
    }
    if (!f.unitId.isEmpty()) {
        p.byUnit = true;
        p.unit = m_units.find(f.unitId);
        p.none = p.none || p.unit == kMissing;
    }
    if (!f.assigneeId.isEmpty()) {
        p.byAssignee = true;
        p.assignee = m_users.find(f.assigneeId);
        p.none = p.none || p.assignee == kMissing;
    }
    if (ctx.calendar && f.receivedFrom.isValid())
        p.receivedFrom = ctx.calendar->endOfDay(f.receivedFrom.addDays(-1)).toSecsSinceEpoch();
    if (ctx.calendar && f.receivedTo.isValid())
        p.receivedBefore = ctx.calendar->endOfDay(f.receivedTo).toSecsSinceEpoch();
    if (p.none)
        return;
    if (hits && m_entries.empty())
        return;
    if (hits) {
        prepareSearch();
        if (m_byId.empty()) {
            const std::vector<quint64> found = idBits(*hits);
            const auto n = qint32(m_entries.size());
            for (qint32 i = 0; i < n; ++i) {
                const Entry &e = m_entries[size_t(i)];
                const auto bit = quint64(e.id - m_minId);
                if ((found[bit / 64] >> (bit % 64) & 1) && p(e))
                    visit(i);
            }
            return;
        }
        // Only the cases found are tried, in list order: a bit per case, a word at a time.
        const std::vector<quint64> bits = positionsOf(*hits);
        for (size_t w = 0; w < bits.size(); ++w) {
            for (quint64 word = bits[w]; word; word &= word - 1) {
                const auto i = qint32(w * 64 + size_t(std::countr_zero(word)));
                if (p(m_entries[size_t(i)]))
                    visit(i);
            }
        }
        return;
    }
    const auto n = qint32(m_entries.size());
    for (qint32 i = 0; i < n; ++i) {
        if (p(m_entries[size_t(i)]))
            visit(i);
    }
}

std::vector<qint32> InboxSnapshot::match(const CaseFilter &filter, const FilterContext &context,
                                         const SearchHits *hits) const
{
    std::vector<qint32> positions;
    if (hits)
        positions.reserve(hits->ids.size());
    forEachMatch(filter, context, hits, [&positions](qint32 i) { positions.push_back(i); });
    return positions;
}

qsizetype InboxSnapshot::count(const CaseFilter &filter, const FilterContext &context) const
{
    qsizetype n = 0;
    forEachMatch(filter, context, nullptr, [&n](qint32) { ++n; });
    return n;
}

qint32 InboxSnapshot::positionOf(qint64 receivedAt, qint64 trackingId) const
{
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), std::pair(receivedAt, trackingId),
        [](const Entry &e, const std::pair<qint64, qint64> &key) {
            return e.received != key.first ? e.received > key.first : e.id > key.second;
        });
    if (it == m_entries.end() || it->id != trackingId)
        return -1;
    return qint32(it - m_entries.begin());
}

} // namespace lapor
