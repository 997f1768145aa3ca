// bench_related --cases N [--keep-profile DIR] [--samples S]
//
// Builds a store of N generated cases (or reuses the one in --keep-profile; the same data
// as bench_inbox), then times RelatedCases::find, the lookup behind the case view's
// "Laporan terkait" tab, for S cases spread over the store. Prints `BENCH name value unit`.
#include "inboxdata.h"
#include "store/database.h"
#include "store/relatedcases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace lapor;

namespace {

// CPU time of this thread: on a machine shared with other builds, wall time includes the
// waits for a core.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double quantile(QList<double> samples, double q)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return 0;
    return samples.at(qMin(samples.size() - 1, qsizetype(q * samples.size())));
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
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("Cases looked up (>= 20)."),
                                           QStringLiteral("S"), QStringLiteral("200"));
    parser.addOptions({ casesOption, keepOption, samplesOption });
    parser.process(app);
    const int count = parser.value(casesOption).toInt();
    const int samples = qMax(20, parser.value(samplesOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    QString error;
    const InboxData::KeptStore store = InboxData::openKept(dir, count, calendar, &error);
    if (!store.database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Database &db = *store.database;
    if (store.generatedMs >= 0)
        print("generate_s", store.generatedMs / 1000.0, "s");
    else
        std::printf("reusing %d cases in %s\n", store.reused, qPrintable(dir));

    // Cases spread evenly over the store, in a fixed order.
    QList<qint64> ids;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT tracking_id FROM cases WHERE in_scope = 1 "
                                   "ORDER BY tracking_id"))) {
            std::fprintf(stderr, "cannot list the cases\n");
            return 1;
        }
        QList<qint64> all;
        while (q.next())
            all.append(q.value(0).toLongLong());
        if (all.isEmpty()) {
            std::fprintf(stderr, "no cases\n");
            return 1;
        }
        for (int i = 0; i < samples; ++i)
            ids.append(all.at(qsizetype(i) * all.size() / samples));
        print("cases", all.size(), "cases");
    }

    // The first lookup on a connection also makes its fts5vocab table.
    QElapsedTimer first;
    first.start();
    if (!RelatedCases(db).find(ids.first(), &error)) {
        std::fprintf(stderr, "find failed: %s\n", qPrintable(error));
        return 1;
    }
    print("related_first_ms", first.nsecsElapsed() / 1e6, "ms");

    // "cold": a new RelatedCases for every lookup, so every word's case count is read from
    // FTS5; then one RelatedCases for all, as the case view keeps one and its counts.
    for (const bool cold : { true, false }) {
        const RelatedCases kept(db);
        QList<double> wall;
        QList<double> cpu;
        qsizetype found = 0;
        for (const qint64 id : std::as_const(ids)) {
            QElapsedTimer t;
            const double cpu0 = threadCpuMs();
            t.start();
            const auto list = cold ? RelatedCases(db).find(id, &error) : kept.find(id, &error);
            wall.append(t.nsecsElapsed() / 1e6);
            cpu.append(threadCpuMs() - cpu0);
            if (!list) {
                std::fprintf(stderr, "find %lld failed: %s\n", id, qPrintable(error));
                return 1;
            }
            found += list->size();
        }
        auto name = [cold](const char *what) {
            static QByteArray text;
            text = QByteArray("related_") + (cold ? "cold_" : "") + what;
            return text.constData();
        };
        print(name("median_ms"), quantile(wall, 0.5), "ms");
        print(name("p95_ms"), quantile(wall, 0.95), "ms");
        print(name("max_ms"), quantile(wall, 1.0), "ms");
        print(name("cpu_p95_ms"), quantile(cpu, 0.95), "ms");
        print(name("results_avg"), double(found) / ids.size(), "cases");
    }
    return 0;
}
