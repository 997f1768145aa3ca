// bench_inbox --cases N [--keep-profile DIR] [--samples S]
//
// Builds a store of N generated cases (or reuses the one in --keep-profile), then measures
// what an officer feels: the window showing rows, a filter change, a search as typed, a
// full scroll, and the peak memory. Prints `BENCH name value unit` lines.
#include "core/profile.h"
#include "inboxdata.h"
#include "inboxshots.h"
#include "models/caselistmodel.h"
#include "models/inboxsnapshot.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace lapor;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The CPU time this thread has used: on a machine shared with other builds, wall time
// includes the waits for a core.
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

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    auto at = [&](double q) {
        return samples.at(qMin(samples.size() - 1, qsizetype(q * samples.size())));
    };
    return { at(0.5), at(0.95), samples.constLast() };
}

// Paints the table's visible rows now, as the first frame after a change would.
void paintRows(QTableView *table)
{
    QCoreApplication::processEvents();
    table->viewport()->repaint();
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
                                           QStringLiteral("Filter samples (>= 30)."),
                                           QStringLiteral("S"), QStringLiteral("40"));
    const QCommandLineOption noMeasureOption(QStringLiteral("generate-only"),
                                             QStringLiteral("Only write the profile."));
    const QCommandLineOption shotOption(
        QStringLiteral("shot"), QStringLiteral("Screenshot: inbox, case, search or stemmed."),
        QStringLiteral("KIND"));
    const QCommandLineOption shotFileOption(QStringLiteral("shot-file"),
                                            QStringLiteral("Where the screenshot goes."),
                                            QStringLiteral("PNG"));
    const QCommandLineOption noPagingOption(
        QStringLiteral("no-paging"),
        QStringLiteral("Skip paging through every row (long at a million cases)."));
    parser.addOptions({ casesOption, keepOption, samplesOption, noMeasureOption, shotOption,
                        shotFileOption, noPagingOption });
    parser.process(app);
    const int count = parser.value(casesOption).toInt();
    const int samples = qMax(30, parser.value(samplesOption).toInt());

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    Profile profile(dir);
    QString error;
    if (!profile.ensureExists(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto opened = Database::open(profile.databasePath());
        if (!opened.database) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message));
            return 1;
        }
        const int existing = CaseRepository(*opened.database, calendar).count();
        if (existing == 0) {
            QElapsedTimer t;
            t.start();
            InboxData::Options options;
            options.cases = count;
            options.now = now;
            if (!InboxData::generate(*opened.database, calendar, options, &error)
                || !InboxData::addShowcase(*opened.database, calendar, profile.attachmentsDir(),
                                           now, &error)) {
                std::fprintf(stderr, "generate failed: %s\n", qPrintable(error));
                return 1;
            }
            print("generate_s", t.elapsed() / 1000.0, "s");
        } else {
            std::printf("reusing %d cases in %s\n", existing, qPrintable(dir));
        }
        // The desk's settings as the login code leaves them.
        auto &settings = profile.settings();
        if (!settings.contains(QStringLiteral("user/id"))) {
            settings.setValue(QStringLiteral("user/id"), QLatin1String(InboxData::kApproverId));
            settings.setValue(QStringLiteral("user/role"), QStringLiteral("approver"));
            settings.setValue(QStringLiteral("agency/zone"), QStringLiteral("WIB"));
        }
        settings.sync();
    }
    if (parser.isSet(noMeasureOption))
        return 0;
    if (parser.isSet(shotOption)) {
        auto opened = Database::open(profile.databasePath());
        return opened.database ? takeShot(profile, *opened.database, calendar,
                                          parser.value(shotOption), parser.value(shotFileOption))
                               : 1;
    }

    QElapsedTimer t;
    t.start();
    auto opened = Database::open(profile.databasePath());
    if (!opened.database)
        return 1;
    print("open_store_ms", t.elapsed(), "ms");
    // The store as it sits on disk: the database and its write-ahead log.
    const QString dbPath = profile.databasePath();
    print("store_mb",
          (QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size())
              / (1024.0 * 1024.0),
          "MB");
    // What the inbox reads into memory to filter without the store, and the copy of it
    // the desk keeps beside the store (docs/inbox.md, "The inbox snapshot"). The copy is
    // written here as a desk leaves it after reading; the window below then loads it.
    if (const auto stamp = InboxSnapshot::stampOf(*opened.database)) {
        t.restart();
        const auto snapshot = InboxSnapshot::read(dbPath, *stamp);
        print("snapshot_read_ms", t.nsecsElapsed() / 1e6, "ms");
        if (snapshot && snapshot->save(opened.database->inboxCachePath())) {
            t.restart();
            const auto loaded = InboxSnapshot::load(opened.database->inboxCachePath(), *stamp);
            print("snapshot_load_ms", t.nsecsElapsed() / 1e6, "ms");
            print("snapshot_file_mb",
                  QFileInfo(opened.database->inboxCachePath()).size() / (1024.0 * 1024.0), "MB");
        }
    }

    t.restart();
    MainWindow window(profile, *opened.database, calendar);
    window.resize(1366, 768);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    paintRows(table);
    const double firstRows = t.nsecsElapsed() / 1e6;
    std::printf("rows: %d\n", window.caseModel()->rowCount());

    // Filter changes: status, SLA and view switches, each until the rows are painted.
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *sla = window.findChild<QComboBox *>(QStringLiteral("slaCombo"));
    auto *unit = window.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    const QStringList views { QStringLiteral("view:mine"),
                              QStringLiteral("view:not_followed_up"),
                              QStringLiteral("view:due_soon"),
                              QStringLiteral("view:overdue"),
                              QStringLiteral("view:awaiting_approval"),
                              QStringLiteral("view:returned"),
                              QStringLiteral("view:conflict"),
                              QStringLiteral("view:all") };
    window.selectView(QStringLiteral("view:all"));
    window.findChild<QAction *>(QStringLiteral("actionFilters"))->setChecked(true);
    QList<double> filterTimes;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer s;
        s.start();
        switch (i % 4) {
        case 0:
            status->setCurrentIndex((status->currentIndex() + 1) % status->count());
            break;
        case 1:
            sla->setCurrentIndex((sla->currentIndex() + 1) % sla->count());
            break;
        case 2:
            unit->setCurrentIndex((unit->currentIndex() + 1) % unit->count());
            break;
        default:
            window.selectView(views.at((i / 4) % views.size()));
            break;
        }
        paintRows(table);
        filterTimes.append(s.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("filter %d (status %d, sla %d, unit %d, %s) %.1f ms, %d rows\n", i,
                        status->currentIndex(), sla->currentIndex(), unit->currentIndex(),
                        qPrintable(window.currentViewKey()), filterTimes.constLast(),
                        window.caseModel()->rowCount());
    }
    status->setCurrentIndex(0);
    sla->setCurrentIndex(0);
    unit->setCurrentIndex(0);
    window.selectView(QStringLiteral("view:all"));

    // Search as typed: every keystroke is one sample (the 150 ms typing pause is left out).
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    const QStringList phrases { QStringLiteral("jalan berlubang"), QStringLiteral("ktp blm jadi"),
                                QStringLiteral("sampah menumpuk"), QStringLiteral("obat puskesmas"),
                                QStringLiteral("parkir liar"),     QStringLiteral("bansos") };
    QList<double> searchTimes;
    for (const auto &phrase : phrases) {
        for (int n = 1; n <= phrase.size(); ++n) {
            QElapsedTimer s;
            s.start();
            search->setText(phrase.left(n));
            window.applySearchNow();
            paintRows(table);
            searchTimes.append(s.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("search '%s' %.1f ms, %d rows\n", qPrintable(phrase.left(n)),
                            searchTimes.constLast(), window.caseModel()->rowCount());
        }
    }
    search->clear();
    window.applySearchNow();

    // Full scroll as a mouse does it: the scrollbar's thumb dragged from the top to the
    // bottom, one pixel of the track at a time, painting the rows at every position.
    table->scrollToTop();
    paintRows(table);
    auto *bar = table->verticalScrollBar();
    const int track = qMax(1, bar->height());
    QElapsedTimer s;
    const double cpuBefore = threadCpuMs();
    s.start();
    for (int pixel = 1; pixel <= track; ++pixel) {
        bar->setValue(int(qint64(bar->maximum()) * pixel / track));
        table->viewport()->repaint();
    }
    const double scroll = s.nsecsElapsed() / 1e6;
    const double scrollCpu = threadCpuMs() - cpuBefore;

    // Every row painted: the list paged through a screen at a time (PageDown held).
    table->scrollToTop();
    paintRows(table);
    int screens = 0;
    s.restart();
    while (!parser.isSet(noPagingOption) && bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
        ++screens;
    }
    const double paging = s.nsecsElapsed() / 1e6;

    const Stats f = stats(filterTimes);
    const Stats q = stats(searchTimes);
    print("first_rows_ms", firstRows, "ms");
    print("filter_median_ms", f.median, "ms");
    print("filter_p95_ms", f.p95, "ms");
    print("search_median_ms", q.median, "ms");
    print("search_p95_ms", q.p95, "ms");
    print("search_max_ms", q.max, "ms");
    std::printf("filter samples %lld, search samples %lld, scroll positions %d, "
                "paging screens %d\n",
                qint64(filterTimes.size()), qint64(searchTimes.size()), track, screens);
    print("scroll_ms", scroll, "ms");
    print("scroll_cpu_ms", scrollCpu, "ms");
    if (!parser.isSet(noPagingOption))
        print("page_scroll_ms", paging, "ms");
    print("peak_rss_mb", peakRssMb(), "MB");
    window.close();
    return 0;
}
