#include "casesearch.h"

#include "database.h"
#include "searchquery.h"
#include "sqlutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace lapor {

CaseSearch::CaseSearch(Database &db)
    : m_db(db)
{ }

std::optional<QList<CaseSearchHit>> CaseSearch::find(const QString &text, int limit,
                                                     QString *error) const
{
    QList<CaseSearchHit> out;
    const QString match = SearchQuery::toFtsMatch(text);
    if (match.isEmpty() || limit <= 0)
        return out;
    const QStringList terms = SearchQuery::terms(text);
    // Words of one or two letters with no other form ("ke", "sa") start words in most
    // of a store's cases, where bm25 only tells which complaints are longer: the newest
    // cases come first instead, read backwards from the index without ranking them all
    // (docs/inbox.md, "Ranking").
    const QString kinds = SearchQuery::phraseKinds(text);
    const bool broad = std::all_of(terms.cbegin(), terms.cend(),
                                   [](const QString &term) { return term.size() <= 2; })
        && !kinds.contains(QLatin1Char('a')) && !kinds.contains(QLatin1Char('t'));
    struct Order
    {
        QString tier, inner, outer;
    };
    const Order order = broad
        ? Order { QString::number(2 * terms.size()), QStringLiteral("rowid DESC"),
                  QStringLiteral("c.tracking_id DESC") }
        : Order { QStringLiteral("lapor_rank(case_search, ?)"),
                  QStringLiteral("tier DESC, score, rowid"),
                  QStringLiteral("r.tier DESC, r.score, c.tracking_id") };
    QSqlQuery q(m_db.connection());
    // The cases are ranked first, then only the best `limit` are read: SQLite's sorter
    // keeps every column of every row it sorts, and a two-letter prefix matches most of
    // the store, whose complaints and follow-ups would all be read to keep 50. The few
    // cases that left the unit are looked up once, through the inbox index.
    q.prepare(
        QStringLiteral(
            "SELECT c.tracking_id, c.title, c.content, c.status, c.anonymous, c.confidential, "
            "r.tier, r.score, coalesce((SELECT group_concat(f.text, char(10)) FROM followups f "
            "WHERE f.case_id = c.tracking_id), '') FROM "
            "(SELECT rowid, %1 AS tier, "
            " bm25(case_search, 10.0, 1.0, 2.0) AS score FROM case_search "
            " WHERE case_search MATCH ? "
            " AND rowid NOT IN (SELECT tracking_id FROM cases WHERE in_scope = 0) "
            " ORDER BY %2 LIMIT ?) r "
            "JOIN cases c ON c.tracking_id = r.rowid "
            "ORDER BY %3")
            .arg(order.tier, order.inner, order.outer));
    if (!broad)
        q.addBindValue(kinds);
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!Sql::exec(q, error))
        return std::nullopt;
    while (q.next()) {
        CaseSearchHit hit;
        hit.trackingId = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.status = Status::fromKey(q.value(3).toString()).value_or(CaseStatus::Unverified);
        hit.anonymous = q.value(4).toBool();
        hit.confidential = q.value(5).toBool();
        hit.tier = q.value(6).toInt();
        hit.score = q.value(7).toDouble();
        for (const QString &field : { hit.title, q.value(2).toString(), q.value(8).toString() }) {
            for (const auto &span : SearchQuery::matchedWords(field, terms)) {
                const QString word = field.mid(span.start, span.length).toLower();
                if (!hit.matchedWords.contains(word))
                    hit.matchedWords.append(word);
            }
        }
        out.append(hit);
    }
    return out;
}

} // namespace lapor
