// bench_link: the desk's sync over a bad link (docs/BENCHMARKS.md, "Bad links").
//
// A generated laporhub, reached through LinkProxy (tests/support/linkproxy.h): by default
// 256 kbit/s each way, 600 ms round trip, 5 % of segments lost and resent a second later.
// Measures a unit officer's first sync and the daily delta after it (50 new complaints,
// 10 citizen replies), each against its bandwidth floor: the bytes that crossed the link
// in the busier direction divided by the link's rate, i.e. the time the bytes alone need.
// Then a photo's upload cut at 80 % and resumed by a new job with the same key, as
// after a restart of the desk: the bytes sent after the cut against the rest of the file.
// Prints `BENCH name value unit` lines.
#include "hubapi/hubclient.h"
#include "hubapi/hubjobs.h"
#include "hubapi/tokenstore.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "linkproxy.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace lapor;
using namespace lapor::test;

namespace {

HubProcess *g_hub = nullptr; // ended by die(): std::exit runs no destructors of locals

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_link: %s\n", qPrintable(message));
    if (g_hub)
        g_hub->kill();
    std::exit(1);
}

HubCall *waitFor(HubCall *call)
{
    QEventLoop loop;
    QObject::connect(call, &HubCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return call;
}

struct Run
{
    SyncEngine::Report report;
    double seconds = 0;
    qint64 down = 0;
    qint64 up = 0;
};

Run syncOver(LinkProxy &link, HubClient &client, Database &db)
{
    link.resetCounters();
    SyncEngine engine(client, db, WorkingCalendar());
    Run run;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Report &report) {
        run.report = report;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    engine.start();
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.down = link.bytesDown();
    run.up = link.bytesUp();
    return run;
}

void print(const char *name, const Run &run, const LinkProfile &profile)
{
    const double floor = double(qMax(run.down, run.up)) * 8.0 / double(profile.bitsPerSecond);
    std::printf("BENCH %s_s %.1f s\n", name, run.seconds);
    std::printf("BENCH %s_floor_s %.1f s\n", name, floor);
    std::printf("BENCH %s_ratio %.2f x\n", name, run.seconds / qMax(0.001, floor));
    std::printf("BENCH %s_down_kb %.1f kB\n", name, double(run.down) / 1000.0);
    std::printf("BENCH %s_up_kb %.1f kB\n", name, double(run.up) / 1000.0);
    std::printf("BENCH %s_requests %d requests\n", name, run.report.requests);
}

WriteJob *waitFor(WriteJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &WriteJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return job;
}

// A photo's upload cut once `cutShare` of it has gone up, then resumed by a new job.
void uploadCutAndResumed(LinkProxy &link, HubClient &client, qint64 caseId, qint64 bytes,
                         double cutShare, const LinkProfile &profile)
{
    QByteArray photo(bytes, Qt::Uninitialized);
    quint32 x = 2463534242u; // incompressible, as a JPEG's scan is
    for (qint64 i = 0; i < bytes; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        photo[i] = char(x);
    }
    protocol::UploadAttachment file;
    file.caseId = caseId;
    file.draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.fileName = QStringLiteral("IMG_0042.jpg");
    file.mimeType = QStringLiteral("image/jpeg");
    file.size = bytes;
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    link.resetCounters();
    const qint64 cutAt = qint64(double(bytes) * cutShare);
    link.cutAfterUp(cutAt);
    QElapsedTimer clock;
    clock.start();
    WriteJob first(client, file, key, QString());
    first.setFile(photo);
    waitFor(&first);
    const qint64 acknowledged = first.acknowledged();
    const qint64 upAtCut = qMin(link.bytesUp(), cutAt);
    qint64 resumedAt = bytes;
    bool done = first.error().ok();
    if (!done) {
        // The desk started again: a new job with the entry's key.
        WriteJob second(client, file, key, QString());
        second.setFile(photo);
        waitFor(&second);
        if (!second.error().ok())
            die(QStringLiteral("resumed upload: ") + second.error().technical);
        resumedAt = second.resumedAt();
        done = true;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double floor = double(bytes) * 8.0 / double(profile.bitsPerSecond);
    if (resumedAt == bytes)
        std::printf("upload: %lld bytes, cut after %lld up; the same job went on over a new "
                    "connection\n",
                    static_cast<long long>(bytes), static_cast<long long>(upAtCut));
    else
        std::printf("upload: %lld bytes, cut after %lld up (%lld acknowledged); a new job "
                    "resumed at %lld\n",
                    static_cast<long long>(bytes), static_cast<long long>(upAtCut),
                    static_cast<long long>(acknowledged), static_cast<long long>(resumedAt));
    std::printf("BENCH upload_s %.1f s\n", seconds);
    std::printf("BENCH upload_floor_s %.1f s\n", floor);
    std::printf("BENCH upload_ratio %.2f x\n", seconds / qMax(0.001, floor));
    std::printf("BENCH upload_after_cut_kb %.1f kB\n", double(link.bytesUp() - upAtCut) / 1000.0);
    std::printf("BENCH upload_rest_kb %.1f kB\n", double(bytes - upAtCut) / 1000.0);
    std::printf("BENCH upload_up_kb %.1f kB\n", double(link.bytesUp()) / 1000.0);
}

qint64 count(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Cases the hub generates."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Who syncs."),
                                        QStringLiteral("NAME"), QStringLiteral("petugas1"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Link rate, bits per second."),
                                        QStringLiteral("BPS"), QStringLiteral("256000"));
    const QCommandLineOption rttOption(QStringLiteral("rtt"),
                                       QStringLiteral("Round trip, milliseconds."),
                                       QStringLiteral("MS"), QStringLiteral("600"));
    const QCommandLineOption lossOption(QStringLiteral("loss"),
                                        QStringLiteral("Share of segments lost (0-1)."),
                                        QStringLiteral("P"), QStringLiteral("0.05"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep-profile"),
        QStringLiteral("Keep the hub's generated data in DIR, or reuse the data already there."),
        QStringLiteral("DIR"));
    const QCommandLineOption uploadOption(QStringLiteral("upload-bytes"),
                                          QStringLiteral("Size of the photo uploaded and cut."),
                                          QStringLiteral("BYTES"), QStringLiteral("5000000"));
    parser.addOptions(
        { casesOption, userOption, rateOption, rttOption, lossOption, keepOption, uploadOption });
    parser.process(app);

    LinkProfile profile;
    profile.bitsPerSecond = parser.value(rateOption).toLongLong();
    profile.roundTripMs = parser.value(rttOption).toInt();
    profile.loss = parser.value(lossOption).toDouble();
    if (profile.bitsPerSecond <= 0 || profile.roundTripMs < 0 || profile.loss < 0
        || profile.loss >= 1)
        die(QStringLiteral("bad link settings"));

    QTemporaryDir dir;
    HubProcess hub;
    g_hub = &hub;
    const QStringList dataset { QStringLiteral("--seed"), QStringLiteral("1"),
                                QStringLiteral("--today"), QStringLiteral("2026-11-28") };
    const QString hubData = dir.filePath(QStringLiteral("hub"));
    if (parser.isSet(keepOption)) {
        // The run adds the day's complaints: it works on a copy, so the kept data stays
        // what was generated and every run meets the same first sync.
        const QDir kept(parser.value(keepOption));
        if (!kept.exists(QStringLiteral("laporhub.sqlite"))) {
            hub.setDataDir(kept.path());
            hub.setArguments(
                dataset + QStringList { QStringLiteral("--generate"), parser.value(casesOption) });
            if (!hub.start(600000) || !hub.terminate())
                die(QStringLiteral("generating: ") + hub.errorString());
        }
        QDir().mkpath(hubData);
        for (const QString &name :
             { QStringLiteral("laporhub.sqlite"), QStringLiteral("laporhub.sqlite-wal") }) {
            const QString file = kept.filePath(name);
            if (QFile::exists(file) && !QFile::copy(file, QDir(hubData).filePath(name)))
                die(QStringLiteral("cannot copy ") + file);
        }
        hub.setArguments(dataset + QStringList { QStringLiteral("--simulate") });
    } else {
        hub.setArguments(dataset
                         + QStringList { QStringLiteral("--simulate"), QStringLiteral("--generate"),
                                         parser.value(casesOption) });
    }
    hub.setDataDir(hubData);
    if (!hub.start(600000))
        die(hub.errorString());

    LinkProxy link(profile);
    QString error;
    if (!link.start(hub.port(), &error))
        die(error);

    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ link.url(), {}, 120000 }, tokens);
    HubCall *login = waitFor(client.login(parser.value(userOption), QStringLiteral("latihan")));
    if (!login->error().ok())
        die(login->error().technical);

    auto opened = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
    if (!opened.database)
        die(opened.message);
    Database &db = *opened.database;

    const Run first = syncOver(link, client, db);
    if (!first.report.ok)
        die(QStringLiteral("first sync: ") + first.report.message);
    std::printf("first sync: %lld cases, %lld follow-ups\n",
                count(db, "SELECT count(*) FROM cases"),
                count(db, "SELECT count(*) FROM followups"));

    // The day's news, put on the hub directly (not through the link).
    HubTestClient sim(hub.baseUrl());
    const QString unit = client.user().unitId;
    QList<qint64> fresh;
    for (int i = 0; i < 50; ++i) {
        const HubReply made = sim.post(QStringLiteral("/v1/sim/complaints"),
                                       QJsonObject { { QStringLiteral("unit_id"), unit } });
        if (made.status != 201)
            die(QStringLiteral("sim complaint: ") + made.describe());
        fresh.append(made.json().value(QStringLiteral("tracking_id")).toInteger());
    }
    for (int i = 0; i < 10; ++i) {
        const HubReply replied
            = sim.post(QStringLiteral("/v1/sim/cases/%1/replies").arg(fresh.at(i)), {});
        if (replied.status != 201)
            die(QStringLiteral("sim reply: ") + replied.describe());
    }
    const Run delta = syncOver(link, client, db);
    if (!delta.report.ok)
        die(QStringLiteral("daily delta: ") + delta.report.message);

    std::printf("link: %lld bit/s, %d ms round trip, %.0f %% loss resent after %d ms\n",
                static_cast<long long>(profile.bitsPerSecond), profile.roundTripMs,
                profile.loss * 100.0, profile.resendMs);
    print("first_sync", first, profile);
    print("delta", delta, profile);
    std::fflush(stdout);
    uploadCutAndResumed(link, client, fresh.first(), parser.value(uploadOption).toLongLong(), 0.8,
                        profile);
    return 0;
}
