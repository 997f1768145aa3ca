// bench_finish --store FILE [--runs N] [--zone WITA] [--keep FILE]
//
// The end of a first sync alone (BulkLoad's finish, docs/store.md "A first sync"), on a
// copy of a store that a sync filled (`bench_sync --store FILE`): what the fill set aside
// is set aside again, the search rows and the dashboard's sums are forgotten, and the
// finish brings them back as at the end of a first sync. Each run starts from a fresh
// copy. Prints, as medians of the runs:
//   finish_restore_s  the indexes of the cases, the triggers and the dashboard's sums
//   finish_build_s    the search rows of every case
//   finish_s          both
//   finish_index_mb   the search index it wrote (its terms and segments)
//   finish_segments   the segments of that index, which the build does not merge
//   merge_s           SearchMerge's steps merging them afterwards, back to back (the desk
//                     rests between steps, SearchMerger), and merge_cpu_s their CPU time
//   merge_segments    the segments left
// --keep FILE keeps the last run's store, built and merged, to measure search on.
// Profile it with `perf record -g build/bin/bench_finish --store FILE --runs 1`.
#include "store/bulkload.h"
#include "store/database.h"
#include "store/searchmerge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace lapor;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_finish: %s\n", qPrintable(message));
    std::exit(1);
}

// CPU seconds of this process so far, user and system.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

struct Run
{
    double restoreS = 0;
    double buildS = 0;
    double cpuS = 0;
    qint64 indexed = 0;
    double indexMb = 0;
    int segments = 0;
    double mergeS = 0;
    double mergeCpuS = 0;
    int mergedSegments = 0;
};

Run finishOnce(const QString &source, const QString &copy, AgencyZone zone)
{
    QFile::remove(copy);
    if (!QFile::copy(source, copy))
        die(QStringLiteral("cannot copy %1 to %2").arg(source, copy));
    auto opened = Database::open(copy);
    if (!opened.database)
        die(opened.message);
    Database &db = *opened.database;
    QString error;
    {
        BulkLoad aside(db);
        if (!aside.setAside(&error))
            die(error);
    }
    BulkLoad bulk(db);
    bulk.countFigures(zone);
    Run run;
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = cpuSeconds();
    BulkLoad::Step step = bulk.finishStep(&error);
    run.restoreS = clock.nsecsElapsed() / 1e9;
    clock.restart();
    while (step == BulkLoad::Step::More)
        step = bulk.finishStep(&error);
    run.buildS = clock.nsecsElapsed() / 1e9;
    run.cpuS = cpuSeconds() - cpuBefore;
    if (step == BulkLoad::Step::Failed)
        die(error);
    run.indexed = bulk.casesIndexed();
    // The segments' pages, and the rows that find them (a term, a segment id, a page).
    QSqlQuery size(db.connection());
    if (!size.exec(QStringLiteral("SELECT (SELECT sum(length(block)) FROM case_search_data) "
                                  "+ (SELECT sum(length(term)) + 16 * count(*) "
                                  "FROM case_search_idx)"))
        || !size.next())
        die(size.lastError().text());
    run.indexMb = size.value(0).toDouble() / 1e6;
    size.finish();

    run.segments = SearchMerge::segmentCount(db);
    SearchMerge merge(db);
    clock.restart();
    const double mergeCpuBefore = cpuSeconds();
    SearchMerge::Step merged = SearchMerge::Step::More;
    while (merged == SearchMerge::Step::More)
        merged = merge.step(&error);
    run.mergeS = clock.nsecsElapsed() / 1e9;
    run.mergeCpuS = cpuSeconds() - mergeCpuBefore;
    if (merged == SearchMerge::Step::Failed)
        die(error);
    run.mergedSegments = SearchMerge::segmentCount(db);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("store"), QStringLiteral("A store a first sync filled."),
          QStringLiteral("FILE") },
        { QStringLiteral("runs"), QStringLiteral("Runs, each on a fresh copy (default 3)."),
          QStringLiteral("N"), QStringLiteral("3") },
        { QStringLiteral("zone"), QStringLiteral("The agency's zone (default WITA)."),
          QStringLiteral("ZONE"), QStringLiteral("WITA") },
        { QStringLiteral("keep"), QStringLiteral("Keep the last run's store as FILE."),
          QStringLiteral("FILE") },
    });
    parser.process(app);
    const QString source = parser.value(QStringLiteral("store"));
    if (source.isEmpty() || !QFileInfo::exists(source))
        die(QStringLiteral("--store FILE: a store that bench_sync --store kept"));
    const auto zone = Zones::fromKey(parser.value(QStringLiteral("zone")));
    if (!zone)
        die(QStringLiteral("--zone: WIB, WITA or WIT"));
    // Beside the source, on the same disk.
    QTemporaryDir dir(QFileInfo(source).absolutePath() + QStringLiteral("/bench_finish-XXXXXX"));
    if (!dir.isValid())
        die(dir.errorString());
    const QString copy = dir.filePath(QStringLiteral("store.sqlite"));

    QList<double> restore, build, total, cpu, indexMb, segments, mergeS, mergeCpu, mergedSegments;
    qint64 indexed = 0;
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    for (int i = 0; i < runs; ++i) {
        const Run run = finishOnce(source, copy, *zone);
        std::printf("run %d: restore %.2f s, build %.2f s, CPU %.2f s, %lld cases, "
                    "merge %.2f s\n",
                    i + 1, run.restoreS, run.buildS, run.cpuS, run.indexed, run.mergeS);
        segments.append(run.segments);
        mergeS.append(run.mergeS);
        mergeCpu.append(run.mergeCpuS);
        mergedSegments.append(run.mergedSegments);
        cpu.append(run.cpuS);
        indexMb.append(run.indexMb);
        restore.append(run.restoreS);
        build.append(run.buildS);
        total.append(run.restoreS + run.buildS);
        indexed = run.indexed;
    }
    const QString keep = parser.value(QStringLiteral("keep"));
    if (!keep.isEmpty() && (QFile::exists(keep) || !QFile::rename(copy, keep)))
        die(QStringLiteral("cannot keep the store as %1 (it must not exist yet)").arg(keep));
    std::printf("BENCH finish_cases %lld count\n", indexed);
    std::printf("BENCH finish_restore_s %.2f s\n", median(restore));
    std::printf("BENCH finish_build_s %.2f s\n", median(build));
    std::printf("BENCH finish_s %.2f s\n", median(total));
    std::printf("BENCH finish_cpu_s %.2f s\n", median(cpu));
    std::printf("BENCH finish_index_mb %.1f MB\n", median(indexMb));
    std::printf("BENCH finish_segments %.0f count\n", median(segments));
    std::printf("BENCH merge_s %.2f s\n", median(mergeS));
    std::printf("BENCH merge_cpu_s %.2f s\n", median(mergeCpu));
    std::printf("BENCH merge_segments %.0f count\n", median(mergedSegments));
    return 0;
}
