// bench_sync --cases N: the first sync of N cases (the coordinator's scope: the whole
// agency) from a local laporhub, against a floor measured in the same run: fetching the
// same pages, parsing them and inserting each record with one prepared statement and
// nothing else. Also the client's peak RSS during the sync and a sync with no changes.
// Prints `BENCH name value unit`.
#include "hubapi/hubclient.h"
#include "hubprocess.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

// The floor: the same pages over the same client code, parsed, each record inserted with
// one prepared statement in a transaction per page. No decoding into types, no upserts,
// no search index, no deadlines.
qint64 floorRun(HubClient &client, const QString &path, int pageSize, qint64 *records)
{
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
    QString cursor;
    *records = 0;
    for (;;) {
        HubClient::Request request;
        request.path = QStringLiteral("/v1/changes");
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("after"), cursor);
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        HubCall *call = waitFor(client.send(request));
        if (!call->error().ok())
            die(call->error().technical);
        const QJsonObject page = QJsonDocument::fromJson(call->body()).object();
        call->deleteLater();
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
        cursor = page.value(QLatin1String("next_cursor")).toString();
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
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Page size."),
                                        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Whose scope to sync."),
                                        QStringLiteral("NAME"), QStringLiteral("koordinator"));
    parser.addOptions({ casesOption, pageOption, userOption });
    parser.process(app);
    const int pageSize = parser.value(pageOption).toInt();

    QTemporaryDir dir;
    HubProcess hub;
    hub.setArguments({ QStringLiteral("--generate"), parser.value(casesOption),
                       QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--today"),
                       QStringLiteral("2026-11-28") });
    if (!hub.start(900000))
        die(hub.errorString());

    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ hub.baseUrl(), {}, 120000 }, tokens);
    HubCall *login = waitFor(client.login(parser.value(userOption), QStringLiteral("latihan")));
    if (!login->error().ok())
        die(login->error().technical);

    // Once untimed, so that both timed runs meet a hub whose pages are in the page cache.
    qint64 records = 0;
    floorRun(client, dir.filePath(QStringLiteral("warm.sqlite")), pageSize, &records);
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    const qint64 floorMs
        = floorRun(client, dir.filePath(QStringLiteral("floor.sqlite")), pageSize, &records);
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));

    auto opened = Database::open(dir.filePath(QStringLiteral("client.sqlite")));
    if (!opened.database)
        die(opened.message);
    resetPeakRss();
    qint64 syncMs = 0;
    const auto report = syncRun(client, *opened.database, pageSize, &syncMs);
    if (!report.ok)
        die(report.message + QLatin1Char(' ') + report.error.technical);
    const double peak = peakRssMb();
    qint64 nochangeMs = 0;
    const auto again = syncRun(client, *opened.database, pageSize, &nochangeMs);
    if (!again.ok)
        die(again.message);

    std::printf("BENCH records %lld count\n", static_cast<long long>(records));
    std::printf("BENCH sync_s %.2f s\n", double(syncMs) / 1000.0);
    std::printf("BENCH floor_s %.2f s\n", double(floorMs) / 1000.0);
    std::printf("BENCH ratio %.2f x\n", double(syncMs) / double(qMax<qint64>(1, floorMs)));
    std::printf("BENCH nochange_ms %lld ms\n", static_cast<long long>(nochangeMs));
    std::printf("BENCH peak_rss_mb %.1f MB\n", peak);
    return 0;
}
