#include "syncengine.h"

#include "hubapi/hubclient.h"
#include "store/database.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lapor {

SyncEngine::SyncEngine(HubClient &client, Database &db, const WorkingCalendar &calendar,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_applier(db, calendar)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::fetchPage);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_report = {};
    m_done = 0;
    m_total = 0;
    m_attempt = 0;
    m_restarted = false;
    m_backoff.reset();
    m_clock.start();
    fetchPage();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_call)
        m_call->cancel();
    else
        finish(false);
}

void SyncEngine::fetchPage()
{
    HubClient::Request request;
    request.path = QStringLiteral("/v1/changes");
    const QString cursor = SyncState(m_db).cursor();
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("after"), cursor);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    ++m_report.requests;
    ++m_attempt;
    m_call = m_client.send(request);
    connect(m_call, &HubCall::finished, this, &SyncEngine::onPage);
}

void SyncEngine::onPage(HubCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    if (m_cancelled) {
        finish(false);
        return;
    }
    if (!call->error().ok()) {
        fail(call->error());
        return;
    }
    const QJsonObject page = call->json();
    if (!call->error().ok()) {
        fail(call->error());
        return;
    }
    const QJsonValue changes = page.value(QLatin1String("records"));
    const QJsonValue next = page.value(QLatin1String("next_cursor"));
    const QJsonValue more = page.value(QLatin1String("more"));
    if (!changes.isArray() || !next.isString() || !more.isBool()) {
        fail(HubError::invalid(QStringLiteral("change page lacks records, next_cursor or more")));
        return;
    }
    const QJsonArray array = changes.toArray();
    if (array.size() > qMax(m_pageSize, 1) * 4) {
        fail(HubError::invalid(QStringLiteral("page of %1 records for a limit of %2")
                                   .arg(array.size())
                                   .arg(m_pageSize)));
        return;
    }
    // A record that breaks the contract is set aside, not a reason to refuse the page:
    // one odd record on the hub must not stop every later change from arriving.
    const QString cursor = SyncState(m_db).cursor();
    QList<ChangeApplier::Incoming> records;
    records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        ChangeApplier::Incoming entry;
        entry.raw = array.at(i);
        if (!entry.raw.isObject()) {
            entry.refusal = QStringLiteral("record %1 is not a JSON object").arg(i);
        } else {
            entry.data = Wire::decodeChange(entry.raw.toObject(), &entry.refusal);
            if (entry.data)
                entry.refusal.clear();
        }
        if (!entry.data)
            emit log(QStringLiteral("record %1 of page after \"%2\" set aside: %3")
                         .arg(i)
                         .arg(cursor, entry.refusal));
        records.append(std::move(entry));
    }

    QString error;
    if (!m_applier.applyPage(records, cursor, next.toString(), &m_report.counts, &error)) {
        // The page and its cursor rolled back together: the next sync asks for it again.
        fail(HubError::store(error));
        return;
    }
    ++m_report.pages;
    m_attempt = 0;
    m_backoff.reset();
    m_done += records.size();
    m_total = qMax(m_total, m_done);
    emit progress(m_done, m_total);
    if (more.toBool() && !records.isEmpty()) {
        // A long sync: ask once how much remains, so progress can show an estimate. A sync
        // with nothing new never pays for this request.
        if (m_report.pages == 1)
            requestEstimate();
        fetchPage();
    } else {
        finish(true);
    }
}

void SyncEngine::requestEstimate()
{
    HubClient::Request request;
    request.path = QStringLiteral("/v1/changes/count");
    request.query.addQueryItem(QStringLiteral("after"), SyncState(m_db).cursor());
    ++m_report.requests;
    const qint64 base = m_done;
    auto *call = m_client.send(request);
    connect(call, &HubCall::finished, this, [this, base](HubCall *done) {
        done->deleteLater();
        const double count = done->json().value(QLatin1String("count")).toDouble(-1);
        if (!m_running || !done->error().ok() || count < 0)
            return; // only an estimate: failures here change nothing
        m_total = qMax(m_done, base + qint64(count));
        emit progress(m_done, m_total);
    });
}

void SyncEngine::fail(const HubError &error)
{
    // The hub's dataset was replaced: start over from the beginning, once. Upserts make
    // a second pass over known records harmless.
    if (error.status == 410 && error.problem == protocol::ProblemType::CursorExpired
        && !m_restarted) {
        m_restarted = true;
        emit log(QStringLiteral("cursor expired on the hub; syncing from the beginning"));
        SyncState(m_db).setCursor(QString());
        fetchPage();
        return;
    }
    m_report.error = error;
    emit log(error.technical.isEmpty() ? error.userMessage() : error.technical);
    if (error.isTransient() && m_attempt < m_maxAttempts && !m_cancelled) {
        const int delay = m_backoff.nextDelayMs(error.retryAfterSeconds);
        emit log(QStringLiteral("retrying in %1 ms (attempt %2 of %3)")
                     .arg(delay)
                     .arg(m_attempt + 1)
                     .arg(m_maxAttempts));
        m_retryTimer.start(delay);
        return;
    }
    finish(false);
}

void SyncEngine::finish(bool ok)
{
    m_running = false;
    m_report.ok = ok && !m_cancelled;
    m_report.cancelled = m_cancelled;
    m_report.elapsedMs = m_clock.elapsed();
    if (m_report.ok) {
        m_report.error = {};
        SyncState(m_db).setLastSyncAt(QDateTime::currentDateTimeUtc());
    } else if (m_cancelled) {
        m_report.message
            = QCoreApplication::translate("lapor::SyncEngine", "Sinkronisasi dibatalkan.");
    } else {
        m_report.message = m_report.error.userMessage();
    }
    emit finished(m_report);
}

} // namespace lapor
