#include "casesearch.h"

#include "database.h"
#include "searchquery.h"
#include "sqlutil.h"

#include <QSqlQuery>

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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.tracking_id, c.title, c.content, c.status, c.anonymous, c.confidential, "
        "r.tier, r.score, coalesce((SELECT group_concat(f.text, char(10)) FROM followups f "
        "WHERE f.case_id = c.tracking_id), '') FROM "
        "(SELECT rowid, lapor_rank(case_search, ?) AS tier, "
        " bm25(case_search, 10.0, 1.0, 2.0) AS score FROM case_search "
        " WHERE case_search MATCH ?) r "
        "JOIN cases c ON c.tracking_id = r.rowid WHERE c.in_scope = 1 "
        "ORDER BY r.tier DESC, r.score, c.tracking_id LIMIT ?"));
    q.addBindValue(SearchQuery::phraseKinds(text));
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
