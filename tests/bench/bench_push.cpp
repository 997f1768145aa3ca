// bench_push --count N: N follow-up drafts, one per case, written and submitted offline
// (submit only: one drafts.submit entry each), then pushed to a local laporhub in one run.
// Prints `BENCH push_s <seconds> s` (the push alone) and `BENCH requests <n> count`.
#include "hubapi/hubclient.h"
#include "hubprocess.h"
#include "hubtestclient.h"
#include "store/actionwriter.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "sync/outboxpusher.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace lapor;

namespace {

template<typename Object, typename Signal> void waitFor(Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_push: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Drafts to push (default 1000)."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight (default 4)."),
                                               QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({ countOption, concurrencyOption });
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());

    QTemporaryDir dir;
    HubProcess hub;
    hub.setArguments({ QStringLiteral("--generate"), QStringLiteral("20"), QStringLiteral("--seed"),
                       QStringLiteral("1"), QStringLiteral("--simulate") });
    if (!hub.start())
        return fail(hub.errorString());

    // N fresh complaints for the officer's unit: one open case per draft.
    HubTestClient sim(hub.baseUrl());
    QList<qint64> cases;
    for (int i = 0; i < count; ++i) {
        const auto reply = sim.post(QStringLiteral("/v1/sim/complaints"),
                                    { { QStringLiteral("unit_id"), QStringLiteral("dpupr") } });
        if (reply.status != 201)
            return fail(QStringLiteral("sim complaint: HTTP %1").arg(reply.status));
        cases.append(qint64(reply.json().value(QLatin1String("tracking_id")).toDouble()));
    }

    auto db = Database::open(dir.filePath(QStringLiteral("officer.sqlite"))).database;
    if (!db)
        return fail(QStringLiteral("cannot open the store"));
    TokenStore tokens(TokenStore::Backend::Memory);
    HubClient client({ hub.baseUrl(), {}, 30000 }, tokens);
    auto *login = client.login(QStringLiteral("petugas1"), QStringLiteral("latihan"));
    waitFor(login, &HubCall::finished);
    if (!login->error().ok())
        return fail(login->error().userMessage());
    const auto calendar = WorkingCalendar::national(AgencyZone::WITA);
    SyncEngine engine(client, *db, calendar);
    engine.setPageSize(1000);
    engine.start();
    waitFor(&engine, &SyncEngine::finished);
    if (!engine.lastReport().ok)
        return fail(engine.lastReport().message);

    ActionWriter writer(*db, client.user());
    for (int i = 0; i < count; ++i) {
        const auto draft = writer.createDraft(
            cases.at(i),
            QStringLiteral("Terima kasih atas laporan nomor %1. Petugas kami sudah "
                           "meninjau lokasi dan perbaikan dijadwalkan minggu ini.")
                .arg(cases.at(i)));
        if (!draft || !writer.submitDraft(draft.id))
            return fail(draft.error);
    }

    OutboxPusher pusher(client, *db, calendar);
    pusher.setConcurrency(parser.value(concurrencyOption).toInt());
    QElapsedTimer clock;
    clock.start();
    pusher.push();
    if (pusher.isRunning())
        waitFor(&pusher, &OutboxPusher::finished);
    const double seconds = clock.nsecsElapsed() / 1e9;
    const auto &summary = pusher.lastSummary();
    if (!summary.ok || summary.sent != count)
        return fail(summary.message);
    std::printf("BENCH push_s %.3f s\n", seconds);
    std::printf("BENCH requests %d count\n", summary.requests);
    hub.terminate();
    return 0;
}
