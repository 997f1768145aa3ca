// bench_dashboard --cases N [--keep-profile DIR] [--samples S] [--shot PNG] [--pdf FILE]
//                 [--month YYYY-MM]
//
// Builds a store of N generated cases (or reuses --keep-profile), then measures what a
// head of unit feels when the dashboard opens: every figure computed for the agency and the
// current month, and the window with its charts and tables rendered (grab()). Prints
// `BENCH render_ms <median> ms` and the parts. --shot saves the rendered window, --pdf
// writes the month's recap, for docs/screenshots.
#include "core/profile.h"
#include "inboxdata.h"
#include "reports/dashboardquery.h"
#include "reports/reportdocument.h"
#include "store/casefigures.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "ui/dashboardwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lapor;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The process's peak resident memory (Linux), in MB; 0 elsewhere.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption keepOption(QStringLiteral("keep-profile"),
                                        QStringLiteral("Write (or reuse) the profile in DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           QStringLiteral("Warm samples after the first."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption shotOption(QStringLiteral("shot"),
                                        QStringLiteral("Save the rendered dashboard as PNG."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       QStringLiteral("Write the month's recap as PDF."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("The month shown (default: this one)."),
                                         QStringLiteral("YYYY-MM"));
    parser.addOptions(
        { casesOption, keepOption, samplesOption, shotOption, pdfOption, monthOption });
    parser.process(app);
    const int count = parser.value(casesOption).toInt();

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    const Profile profile(dir);
    QString error;
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    // A store kept by bench_inbox holds its hand-picked cases beside the N generated ones.
    const InboxData::KeptStore kept = InboxData::openKept(dir, count, calendar, &error);
    if (!kept.database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Database &db = *kept.database;
    if (kept.generatedMs >= 0)
        print("generate_ms", double(kept.generatedMs), "ms");

    // The store's dashboard sums: built once for a store that never had them (generated
    // before they were switched on, or upgraded), as the desk's first dashboard does.
    {
        QElapsedTimer build;
        build.start();
        bool rebuilt = false;
        if (!CaseFigures(db, calendar)
                 .ensureCurrent(QDateTime::currentDateTimeUtc(), &error, &rebuilt)) {
            std::fprintf(stderr, "figures: %s\n", qPrintable(error));
            return 1;
        }
        if (rebuilt)
            print("figures_build_ms", double(build.elapsed()), "ms");
    }

    const SupervisionScope agency { {}, {}, QStringLiteral("Pemerintah Kabupaten Sukamaju") };
    // Early in a month the current one holds few cases; --month picks a full one.
    const QDate chosen = QDate::fromString(parser.value(monthOption) + QStringLiteral("-01"),
                                           QStringLiteral("yyyy-MM-dd"));
    const ReportPeriod month = ReportPeriod::monthOf(
        chosen.isValid() ? chosen : calendar.localDate(QDateTime::currentDateTimeUtc()));

    // The figures alone, as lapordeskctl report computes them.
    QList<double> computeSamples;
    const int samples = std::max(1, parser.value(samplesOption).toInt());
    for (int i = 0; i <= samples; ++i) {
        DashboardQuery query(db, calendar);
        QElapsedTimer t;
        t.start();
        const auto stats = query.compute(agency, month, &error);
        if (!stats) {
            std::fprintf(stderr, "compute: %s\n", qPrintable(error));
            return 1;
        }
        computeSamples.append(double(t.nsecsElapsed()) / 1e6);
        if (i == 0)
            std::printf("# %s: %d received, %d overdue\n", qPrintable(month.label(QLocale())),
                        stats->received, stats->overdue.count);
    }
    print("compute_first_ms", computeSamples.first(), "ms");
    print("compute_ms", median(computeSamples.mid(1)), "ms");

    // Open the window: compute every figure, build charts and tables, render.
    QList<double> renderSamples;
    QPixmap last;
    for (int i = 0; i <= samples; ++i) {
        QElapsedTimer t;
        t.start();
        DashboardWindow window(db, calendar, agency, true);
        window.resize(1366, 740);
        if (!window.refresh()) {
            std::fprintf(stderr, "refresh failed\n");
            return 1;
        }
        window.show();
        QCoreApplication::processEvents();
        last = window.grab();
        renderSamples.append(double(t.nsecsElapsed()) / 1e6);
    }
    print("render_first_ms", renderSamples.first(), "ms");
    print("render_ms", median(renderSamples.mid(1)), "ms");

    const QString dbPath = profile.databasePath();
    print("store_mb",
          double(QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size())
              / (1024.0 * 1024.0),
          "MB");
    print("rss_mb", peakRssMb(), "MB");

    if (parser.isSet(shotOption))
        last.save(parser.value(shotOption));
    if (parser.isSet(pdfOption)) {
        DashboardQuery query(db, calendar);
        const auto stats = query.compute(agency, month, &error);
        if (!stats
            || !Reports::writePdf(Reports::rekap(*stats, QDateTime::currentDateTimeUtc()),
                                  parser.value(pdfOption), QLocale(), &error)) {
            std::fprintf(stderr, "pdf: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
