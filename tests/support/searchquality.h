#pragma once

// The labelled search set (tests/data/search-complaints.json; docs/inbox.md, "Measuring
// search"): hand-written complaints and the queries officers type, each with the cases
// it should find. Used by tst_searchquality and bench_search.

#include <QList>
#include <QString>

namespace lapor {
class Database;
} // namespace lapor

namespace lapor::test::SearchQuality {

// Tracking ids of the set: its ids plus this.
inline constexpr qint64 kFirstId = 9100000;

struct QueryResult
{
    QString query;
    QList<qint64> relevant;
    QList<qint64> found; // in rank order, at most kDepth
    double recall = 0; // of every relevant case, how many were found (at any rank)
    double precisionAt10 = 0; // of the first ten found (or fewer, if fewer), how many relevant
};

struct Result
{
    QList<QueryResult> queries;
    double recall = 0; // over all queries: relevant cases found / relevant cases
    double precisionAt10 = 0; // the mean over the queries
};

inline constexpr int kDepth = 200;

// Stores the set's cases. Returns an error text, empty on success.
QString load(Database &db);
// Runs every query of the set through CaseSearch.
Result evaluate(Database &db);

} // namespace lapor::test::SearchQuality
