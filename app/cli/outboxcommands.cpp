#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "hubapi/hubclient.h"
#include "hubsession.h"
#include "store/outboxrepository.h"
#include "sync/hubaccount.h"
#include "sync/outboxpusher.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor {

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

int outboxCommand(CtlContext &context)
{
    const auto entries = OutboxRepository(*context.database).list();
    QJsonArray rows;
    for (const OutboxEntry &e : entries) {
        if (context.json) {
            rows.append(QJsonObject {
                { QStringLiteral("seq"), e.seq },
                { QStringLiteral("id"), e.id },
                { QStringLiteral("case_id"), e.caseId },
                { QStringLiteral("user_id"), e.userId },
                { QStringLiteral("kind"), OutboxKinds::key(e.kind) },
                { QStringLiteral("entity_id"), e.entityId },
                { QStringLiteral("if_match"), e.ifMatch },
                { QStringLiteral("state"), OutboxStates::key(e.state) },
                { QStringLiteral("attempts"), e.attempts },
                { QStringLiteral("next_attempt_at"), isoOrNull(e.nextAttemptAt) },
                { QStringLiteral("last_error"), e.lastError },
                { QStringLiteral("payload"), e.payload },
                { QStringLiteral("response"), e.response },
                { QStringLiteral("created_at"), isoOrNull(e.createdAt) },
                { QStringLiteral("updated_at"), isoOrNull(e.updatedAt) },
            });
        } else {
            CtlOutput::row(context.out,
                           { QString::number(e.seq), OutboxStates::key(e.state),
                             QString::number(e.caseId), e.label(), e.id,
                             e.lastError.simplified() });
        }
    }
    if (context.json)
        CtlOutput::json(context.out, QJsonDocument(rows));
    context.out.flush();
    return Exit::Ok;
}

int pushOutbox(CtlContext &context, HubAccount &account, QString *summary)
{
    OutboxPusher pusher(account.client(), *context.database, account.calendar(*context.database));
    pusher.setBackoff(Backoff(500, 10000));
    pusher.setMaxAttempts(6);
    QObject::connect(&pusher, &OutboxPusher::progress, &pusher, [&](int done, int total) {
        CtlOutput::line(context.err, Ctl::tr("Kirim %1/%2").arg(done).arg(total));
    });
    QObject::connect(&pusher, &OutboxPusher::log, &pusher,
                     [&](const QString &line) { CtlOutput::line(context.err, line); });
    QEventLoop loop;
    QObject::connect(&pusher, &OutboxPusher::finished, &loop, &QEventLoop::quit);
    pusher.push();
    if (pusher.isRunning())
        loop.exec();
    const auto &s = pusher.lastSummary();
    if (summary)
        *summary = s.message;
    if (s.error.isAccountDisabled())
        return withdrawDisabled(context);
    if (!s.error.ok())
        return exitCodeForHubError(s.error);
    return s.ok ? Exit::Ok : Exit::Failed;
}

int pushCommand(CtlContext &context)
{
    std::unique_ptr<HubAccount> account;
    if (const int code = openHubSession(context, account); code != Exit::Ok)
        return code;
    QString summary;
    const int code = pushOutbox(context, *account, &summary);
    CtlOutput::line(context.out,
                    code == Exit::Ok ? Ctl::tr("ok: %1").arg(summary)
                                     : Ctl::tr("gagal: %1").arg(summary));
    return code;
}

} // namespace lapor
