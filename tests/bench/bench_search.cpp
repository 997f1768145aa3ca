// bench_search [--cases N] [--keep-profile DIR] [--skip-large]
//
// Search quality and cost (docs/inbox.md, "Measuring search"; docs/BENCHMARKS.md):
//   - the labelled set (tests/data/search-complaints.json): recall and precision@10;
//   - a store of N generated cases (the data of bench_inbox, or the store kept in
//     --keep-profile): the latency of ranked searches (CaseSearch, as lapordeskctl search)
//     for the words officers type, whole and as typed, and the size and build time of
//     the index against the same rows indexed by plain unicode61 (the index before schema
//     13).
// Prints `BENCH name value unit`.
#include "inboxdata.h"
#include "searchquality.h"
#include "store/casesearch.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lapor;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double quantile(QList<double> samples, double q)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return 0;
    return samples.at(qMin(samples.size() - 1, qsizetype(q * samples.size())));
}

bool exec(Database &db, const QString &sql, double *ms = nullptr)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    if (ms)
        *ms = t.nsecsElapsed() / 1e6;
    return true;
}

double scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toDouble() : -1;
}

int quality()
{
    QTemporaryDir temp;
    auto opened = Database::open(temp.filePath(QStringLiteral("quality.sqlite")));
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    if (const QString error = test::SearchQuality::load(*opened.database); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto result = test::SearchQuality::evaluate(*opened.database);
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (const auto &q : result.queries)
            std::printf("query %-20s recall %.2f precision@10 %.2f found %d\n", qPrintable(q.query),
                        q.recall, q.precisionAt10, int(q.found.size()));
    }
    print("search_queries", double(result.queries.size()), "queries");
    print("search_recall", result.recall, "ratio");
    print("search_precision_at_10", result.precisionAt10, "ratio");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption keepOption(QStringLiteral("keep-profile"),
                                        QStringLiteral("Write (or reuse) the profile in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption skipOption(QStringLiteral("skip-large"),
                                        QStringLiteral("Only the labelled set."));
    parser.addOptions({ casesOption, keepOption, skipOption });
    parser.process(app);

    if (const int rc = quality(); rc != 0 || parser.isSet(skipOption))
        return rc;

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    QString error;
    const InboxData::KeptStore store
        = InboxData::openKept(dir, parser.value(casesOption).toInt(), calendar, &error);
    if (!store.database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Database &db = *store.database;
    if (store.generatedMs >= 0)
        print("generate_s", store.generatedMs / 1000.0, "s");
    print("cases", scalar(db, QStringLiteral("SELECT count(*) FROM cases")), "cases");

    // Latency: whole words and phrases, then the same as typed, a letter at a time.
    const QStringList phrases { QStringLiteral("jalan berlubang"), QStringLiteral("ktp blm jadi"),
                                QStringLiteral("sampah menumpuk"), QStringLiteral("obat puskesmas"),
                                QStringLiteral("parkir liar"),     QStringLiteral("bansos"),
                                QStringLiteral("perbaikan jalan"), QStringLiteral("kerusakan"),
                                QStringLiteral("belum"),           QStringLiteral("tdk ada") };
    QStringList queries = phrases;
    for (const QString &phrase : phrases) {
        for (qsizetype n = 2; n < phrase.size(); ++n)
            queries.append(phrase.left(n));
    }
    const CaseSearch search(db);
    QList<double> times;
    for (const QString &query : std::as_const(queries)) {
        QElapsedTimer t;
        t.start();
        const auto hits = search.find(query, 50, &error);
        times.append(t.nsecsElapsed() / 1e6);
        if (!hits) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(error));
            return 1;
        }
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("search '%s' %.1f ms, %d hits\n", qPrintable(query), times.constLast(),
                        int(hits->size()));
    }
    print("search_median_ms", quantile(times, 0.5), "ms");
    print("search_p95_ms", quantile(times, 0.95), "ms");
    print("search_max_ms", quantile(times, 1.0), "ms");

    // Size and build time against the index of schema 12 (unicode61 alone), same rows.
    const QString rows = QStringLiteral(
        "SELECT c.tracking_id, c.title, c.content, coalesce((SELECT group_concat(f.text, "
        "char(10)) FROM followups f WHERE f.case_id = c.tracking_id), '') FROM cases c "
        "ORDER BY c.tracking_id");
    double plainMs = 0;
    double formsMs = 0;
    if (!exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.plain_search"))
        || !exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.forms_search"))
        || !exec(db,
                 QStringLiteral("CREATE VIRTUAL TABLE temp.plain_search USING fts5(title, "
                                "content, followups, tokenize = 'unicode61 "
                                "remove_diacritics 2', prefix = '2 3')"))
        || !exec(db,
                 QStringLiteral("CREATE VIRTUAL TABLE temp.forms_search USING fts5(title, "
                                "content, followups, tokenize = 'lapor "
                                "remove_diacritics 2', prefix = '2 3')"))
        || !exec(db,
                 QStringLiteral("INSERT INTO temp.plain_search (rowid, title, content, "
                                "followups) ")
                     + rows,
                 &plainMs)
        || !exec(db,
                 QStringLiteral("INSERT INTO temp.forms_search (rowid, title, content, "
                                "followups) ")
                     + rows,
                 &formsMs))
        return 1;
    const double plainBytes
        = scalar(db,
                 QStringLiteral("SELECT (SELECT sum(length(block)) FROM temp.plain_search_data) + "
                                "(SELECT count(*) * 16 FROM temp.plain_search_idx)"));
    const double formsBytes
        = scalar(db,
                 QStringLiteral("SELECT (SELECT sum(length(block)) FROM temp.forms_search_data) + "
                                "(SELECT count(*) * 16 FROM temp.forms_search_idx)"));
    print("search_index_plain_mb", plainBytes / 1e6, "MB");
    print("search_index_mb", formsBytes / 1e6, "MB");
    print("search_index_growth", formsBytes / plainBytes - 1, "ratio");
    print("search_build_plain_s", plainMs / 1000, "s");
    print("search_build_s", formsMs / 1000, "s");
    exec(db, QStringLiteral("DROP TABLE temp.plain_search"));
    exec(db, QStringLiteral("DROP TABLE temp.forms_search"));
    return 0;
}
