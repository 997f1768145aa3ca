// bench_hub --cases N: generation time, change-feed throughput to one client on loopback,
// the hub's peak memory while serving the feed, and /v1/health latency while four clients
// flood bogus logins. Prints `BENCH name value unit`.
#include "hubprocess.h"
#include "hubtestclient.h"
#include "loginflood.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// VmHWM (peak resident set) and VmRSS of a process, in MB.
double statusMb(qint64 pid, const char *field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.value(1).toDouble() / 1024.0;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Cases to generate."), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Page size."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ casesOption, limitOption });
    parser.process(app);
    const QString cases = parser.value(casesOption);
    const int limit = parser.value(limitOption).toInt();

    QTemporaryDir dir;
    // Phase 1: generation, timed from process start to the "listening" line.
    HubProcess generator;
    generator.setDataDir(dir.path());
    generator.setArguments({ QStringLiteral("--generate"), cases, QStringLiteral("--seed"),
                             QStringLiteral("1"), QStringLiteral("--today"),
                             QStringLiteral("2026-11-28") });
    QElapsedTimer timer;
    timer.start();
    if (!generator.start(600000)) {
        std::fprintf(stderr, "bench_hub: %s\n", qPrintable(generator.errorString()));
        return 1;
    }
    const double generateSeconds = double(timer.elapsed()) / 1000.0;
    const double generatePeak = statusMb(generator.pid(), "VmHWM:");
    generator.terminate();

    // Phase 2: a fresh process serves the whole feed, so its peak memory reflects paging
    // alone and not the generation that came before.
    HubProcess hub;
    hub.setDataDir(dir.path());
    if (!hub.start()) {
        std::fprintf(stderr, "bench_hub: %s\n", qPrintable(hub.errorString()));
        return 1;
    }
    HubTestClient client(hub.baseUrl());
    // tryLogin: login() reports through QtTest, which a benchmark does not run.
    if (const HubReply login = client.tryLogin(QStringLiteral("koordinator"));
        client.token().isEmpty()) {
        std::fprintf(stderr, "bench_hub: login failed: %s\n", qPrintable(login.describe()));
        return 1;
    }
    const double rssBefore = statusMb(hub.pid(), "VmRSS:");
    qint64 records = 0;
    qint64 bytes = 0;
    int pages = 0;
    QString cursor;
    double rssMid = 0;
    timer.restart();
    for (;;) {
        // QNAM asks for gzip and inflates transparently, like the real client does.
        const HubReply reply
            = client.get(QStringLiteral("/v1/changes?after=%1&limit=%2").arg(cursor).arg(limit));
        if (reply.status != 200) {
            std::fprintf(stderr, "bench_hub: feed answered %d\n", reply.status);
            return 1;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        records += page.value(QStringLiteral("records")).toArray().size();
        bytes += reply.body.size();
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (++pages == 50)
            rssMid = statusMb(hub.pid(), "VmRSS:");
        if (!page.value(QStringLiteral("more")).toBool())
            break;
    }
    const double feedSeconds = double(timer.elapsed()) / 1000.0;
    const double rssAfter = statusMb(hub.pid(), "VmRSS:");
    const double peak = statusMb(hub.pid(), "VmHWM:");

    std::printf("BENCH generate_s %.2f s\n", generateSeconds);
    std::printf("BENCH generate_peak_rss_mb %.1f MB\n", generatePeak);
    std::printf("BENCH feed_records %lld records\n", records);
    std::printf("BENCH feed_pages %d pages\n", pages);
    std::printf("BENCH feed_mb %.1f MB\n", double(bytes) / 1048576.0);
    std::printf("BENCH feed_s %.2f s\n", feedSeconds);
    std::printf("BENCH feed_records_per_s %.0f records/s\n", double(records) / feedSeconds);
    std::printf("BENCH hub_rss_before_feed_mb %.1f MB\n", rssBefore);
    std::printf("BENCH hub_rss_page50_mb %.1f MB\n", rssMid);
    std::printf("BENCH hub_rss_after_feed_mb %.1f MB\n", rssAfter);
    std::printf("BENCH hub_peak_rss_mb %.1f MB\n", peak);
    std::fflush(stdout);

    // Phase 3: each bogus login costs a password check; those run on worker threads, so
    // health answers must not wait behind them.
    LoginFlood flood(hub.port(), 4);
    const QList<double> latencies = flood.measureHealth(500, 10, 120000);
    std::printf("BENCH health_probes_under_login_flood %lld probes\n", qlonglong(latencies.size()));
    std::printf("BENCH logins_refused_during_flood %d logins\n", flood.loginStatuses().value(401));
    std::printf("BENCH health_p50_under_login_flood_ms %.1f ms\n",
                LoginFlood::percentile(latencies, 0.5));
    std::printf("BENCH health_p99_under_login_flood_ms %.1f ms\n",
                LoginFlood::percentile(latencies, 0.99));
    std::fflush(stdout);
    hub.terminate();
    return 0;
}
