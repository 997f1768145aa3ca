// bench_sync --cases N: the first sync of N cases (the coordinator's scope: the whole
// agency) from a local laporhub, against an independent floor measured in the same run, a
// minimal client that shares no code with the desk's: keep-alive HTTP/1.1 on a bare
// socket, gzip, QJsonDocument, one INSERT per record and a transaction per page, at the
// hub's largest page. Also the client's peak RSS during the sync, a sync with no changes,
// and the merge of the search index that follows a first sync while the desk is in use
// (SearchMerger; --no-merge leaves it to be measured elsewhere). Prints
// `BENCH name value unit`.
#include "hubapi/hubclient.h"
#include "hubprocess.h"
#include "protocol/limits.h"
#include "rawhttp.h"
#include "store/database.h"
#include "store/searchmerge.h"
#include "sync/searchmerger.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>
#include <zlib.h>

using namespace lapor;

namespace {

double peakRssMb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.simplified().split(' ').value(1).toDouble() / 1024.0;
    }
    return -1;
}

// CPU seconds (user and system) of a process so far, from /proc/PID/stat; "self" for this one.
double cpuSeconds(const QString &pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The fields after the command's closing parenthesis; utime and stime are 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

// Lets the peak resident set start again from the current one (Linux clear_refs "5").
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

HubCall *waitFor(HubCall *call)
{
    QEventLoop loop;
    QObject::connect(call, &HubCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return call;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        die(QStringLiteral("zlib"));
    QByteArray out;
    out.resize(qMax<qsizetype>(data.size() * 8, 1 << 16));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        if (stream.total_out == uLong(out.size()))
            out.resize(out.size() * 2);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        rc = inflate(&stream, Z_NO_FLUSH);
    }
    out.resize(qsizetype(stream.total_out));
    inflateEnd(&stream);
    if (rc != Z_STREAM_END)
        die(QStringLiteral("a page did not inflate"));
    return out;
}

// The floor: what a minimal client of the feed cannot avoid. One kept-alive connection,
// the hub's largest page, each page inflated and parsed, each record inserted as it came
// with one prepared statement, a transaction per page. No HubClient, no decoding into
// types, no upserts, no search index, no deadlines.
qint64 floorRun(quint16 port, const QString &user, const QString &path, qint64 *records)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        die(socket.errorString());
    socket.write(RawHttp::loginRequest(user, QStringLiteral("latihan")));
    const RawReply login = RawHttp::readReply(socket);
    if (login.status != 200)
        die(QStringLiteral("floor login: %1").arg(login.status));
    const QByteArray token = QJsonDocument::fromJson(login.body)
                                 .object()
                                 .value(QLatin1String("access_token"))
                                 .toString()
                                 .toLatin1();

    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
    db.setDatabaseName(path);
    if (!db.open())
        die(db.lastError().text());
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    setup.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    setup.exec(QStringLiteral("CREATE TABLE records (kind TEXT, id TEXT, data TEXT)"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO records (kind, id, data) VALUES (?, ?, ?)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray cursor;
    *records = 0;
    for (;;) {
        QByteArray target
            = "/v1/changes?limit=" + QByteArray::number(protocol::Limits::kPageSizeMax);
        if (!cursor.isEmpty())
            target += "&after=" + cursor.toPercentEncoding();
        socket.write("GET " + target
                     + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n"
                       "Authorization: Bearer "
                     + token + "\r\n\r\n");
        const RawReply reply = RawHttp::readReply(socket, 120000);
        if (reply.status != 200)
            die(QStringLiteral("floor page: %1").arg(reply.status));
        const QByteArray body
            = reply.header("content-encoding") == "gzip" ? gunzip(reply.body) : reply.body;
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QJsonArray array = page.value(QLatin1String("records")).toArray();
        db.transaction();
        for (const QJsonValue &value : array) {
            const QJsonObject record = value.toObject();
            const QJsonObject data = record.value(QLatin1String("data")).toObject();
            insert.addBindValue(record.value(QLatin1String("kind")).toString());
            insert.addBindValue(data.value(QLatin1String("id")).toVariant().toString());
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
            if (!insert.exec())
                die(insert.lastError().text());
        }
        db.commit();
        *records += array.size();
        cursor = page.value(QLatin1String("next_cursor")).toString().toLatin1();
        if (!page.value(QLatin1String("more")).toBool() || array.isEmpty())
            break;
    }
    return timer.elapsed();
}

SyncEngine::Report syncRun(HubClient &client, Database &db, int pageSize, qint64 *ms)
{
    SyncEngine engine(client, db, WorkingCalendar::national(AgencyZone::WITA));
    engine.setPageSize(pageSize);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    engine.start();
    loop.exec();
    *ms = timer.elapsed();
    return engine.lastReport();
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
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("The desk's page size (default: the desk's own)."),
        QStringLiteral("N"), QString::number(SyncEngine::kDefaultPageSize));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Whose scope to sync."),
                                        QStringLiteral("NAME"), QStringLiteral("koordinator"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep-profile"),
        QStringLiteral("Keep the hub's generated data in DIR, or reuse the data already there."),
        QStringLiteral("DIR"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("Write the desk's store to FILE and keep it, to look into afterwards."),
        QStringLiteral("FILE"));
    const QCommandLineOption noMergeOption(
        QStringLiteral("no-merge"),
        QStringLiteral("Leave the search index as the first sync built it, unmerged."));
    parser.addOptions(
        { casesOption, pageOption, userOption, keepOption, storeOption, noMergeOption });
    parser.process(app);
    const int pageSize = parser.value(pageOption).toInt();
    const QString user = parser.value(userOption);

    QTemporaryDir dir;
    HubProcess hub;
    QStringList arguments { QStringLiteral("--seed"), QStringLiteral("1"),
                            QStringLiteral("--today"), QStringLiteral("2026-11-28") };
    QString hubData = dir.filePath(QStringLiteral("hub"));
    if (parser.isSet(keepOption))
        hubData = parser.value(keepOption);
    const bool generated
        = !QFile::exists(QDir(hubData).filePath(QStringLiteral("laporhub.sqlite")));
    if (generated)
        arguments += { QStringLiteral("--generate"), parser.value(casesOption) };
    hub.setDataDir(hubData);
    hub.setArguments(arguments);
    if (!hub.start(3600000))
        die(hub.errorString());

    // Once untimed, so that both timed runs meet a hub whose pages are in the page cache.
    qint64 records = 0;
    floorRun(hub.port(), user, dir.filePath(QStringLiteral("warm.sqlite")), &records);
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    const QString hubPid = QString::number(hub.pid());
    double hubCpu = cpuSeconds(hubPid);
    double selfCpu = cpuSeconds(QStringLiteral("self"));
    const qint64 floorMs
        = floorRun(hub.port(), user, dir.filePath(QStringLiteral("floor.sqlite")), &records);
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    const double floorCpu = cpuSeconds(QStringLiteral("self")) - selfCpu;
    const double floorHubCpu = cpuSeconds(hubPid) - hubCpu;

    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ hub.baseUrl(), {}, 120000 }, tokens);
    HubCall *login = waitFor(client.login(user, QStringLiteral("latihan")));
    if (!login->error().ok())
        die(login->error().technical);

    const QString store = parser.isSet(storeOption) ? parser.value(storeOption)
                                                    : dir.filePath(QStringLiteral("client.sqlite"));
    auto opened = Database::open(store);
    if (!opened.database)
        die(opened.message);
    resetPeakRss();
    hubCpu = cpuSeconds(hubPid);
    selfCpu = cpuSeconds(QStringLiteral("self"));
    qint64 syncMs = 0;
    const auto report = syncRun(client, *opened.database, pageSize, &syncMs);
    const double syncCpu = cpuSeconds(QStringLiteral("self")) - selfCpu;
    const double syncHubCpu = cpuSeconds(hubPid) - hubCpu;
    if (!report.ok)
        die(report.message + QLatin1Char(' ') + report.error.technical);
    const double peak = peakRssMb();
    qint64 nochangeMs = 0;
    const auto again = syncRun(client, *opened.database, pageSize, &nochangeMs);
    if (!again.ok)
        die(again.message);

    std::printf("BENCH records %lld count\n", static_cast<long long>(records));
    std::printf("BENCH page_size %d records\n", pageSize);
    std::printf("BENCH sync_s %.2f s\n", double(syncMs) / 1000.0);
    // Of sync_s, the end of the fill in bulk: the indexes back and the search rows built.
    std::printf("BENCH sync_finish_s %.2f s\n", double(report.finishingMs) / 1000.0);
    std::printf("BENCH sync_requests %d requests\n", report.requests);
    std::printf("BENCH floor_s %.2f s\n", double(floorMs) / 1000.0);
    std::printf("BENCH ratio %.2f x\n", double(syncMs) / double(qMax<qint64>(1, floorMs)));
    // Where the time goes: CPU seconds of this process and of the hub in each timed run.
    std::printf("BENCH sync_cpu_s %.2f s\n", syncCpu);
    std::printf("BENCH sync_hub_cpu_s %.2f s\n", syncHubCpu);
    std::printf("BENCH floor_cpu_s %.2f s\n", floorCpu);
    std::printf("BENCH floor_hub_cpu_s %.2f s\n", floorHubCpu);
    std::printf("BENCH nochange_ms %lld ms\n", static_cast<long long>(nochangeMs));
    std::printf("BENCH nochange_requests %d requests\n", again.requests);
    std::printf("BENCH peak_rss_mb %.1f MB\n", peak);
    const qint64 storeBytes
        = QFileInfo(store).size() + QFileInfo(store + QStringLiteral("-wal")).size();
    std::printf("BENCH store_mb %.1f MB\n", double(storeBytes) / 1e6);
    if (parser.isSet(noMergeOption))
        return 0;

    // What the desk does between runs after a first sync: the build's segments merged in
    // short steps on a thread of their own. Not part of sync_s: the desk is in use
    // meanwhile, and search finds the same before and after.
    std::printf("BENCH merge_segments_before %d count\n",
                SearchMerge::segmentCount(*opened.database));
    resetPeakRss();
    selfCpu = cpuSeconds(QStringLiteral("self"));
    SearchMerger merger(*opened.database);
    QEventLoop loop;
    bool merged = false;
    int steps = 0;
    QObject::connect(&merger, &SearchMerger::finished, &loop,
                     [&](bool ok, const QString &error, int done) {
                         if (!ok)
                             std::fprintf(stderr, "merge failed: %s\n", qPrintable(error));
                         merged = ok;
                         steps = done;
                         loop.quit();
                     });
    QElapsedTimer mergeClock;
    mergeClock.start();
    merger.start();
    loop.exec();
    if (!merged)
        return 1;
    std::printf("BENCH merge_s %.2f s\n", double(mergeClock.elapsed()) / 1000.0);
    std::printf("BENCH merge_cpu_s %.2f s\n", cpuSeconds(QStringLiteral("self")) - selfCpu);
    std::printf("BENCH merge_steps %d count\n", steps);
    std::printf("BENCH merge_segments_after %d count\n",
                SearchMerge::segmentCount(*opened.database));
    std::printf("BENCH merge_peak_rss_mb %.1f MB\n", peakRssMb());
    return 0;
}
