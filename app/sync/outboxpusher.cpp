#include "outboxpusher.h"

#include "core/imagemetadata.h"
#include "core/role.h"
#include "hubapi/hubclient.h"
#include "hubapi/hubjobs.h"
#include "protocol/answers.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace lapor {

namespace {

using protocol::Route;

std::optional<Route> routeOf(const OutboxEntry &entry)
{
    if (entry.kind == OutboxKind::Unknown)
        return std::nullopt;
    return OutboxKinds::route(entry.kind);
}

} // namespace

OutboxPusher::OutboxPusher(HubClient &client, Database &db, const WorkingCalendar &calendar,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_calendar(calendar)
    , m_outbox(db)
    , m_applier(db, calendar)
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &OutboxPusher::schedule);
}

OutboxPusher::~OutboxPusher()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void OutboxPusher::push()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_summary = {};
    m_done = 0;
    m_busyCases.clear();
    m_retryAt.clear();
    m_attemptsThisRun.clear();
    m_backoff.reset();
    m_clock.start();
    QString error;
    if (!m_outbox.recoverInterrupted(&error))
        emit log(error);
    const User &me = m_client.user();
    m_applier.setScope(me.unitId, Roles::seesWholeAgency(me.role));
    m_total = m_outbox.unsent(me.id).mine;
    emit progress(0, m_total);
    if (SyncState(m_db).accountDisabledAt().isValid()) {
        // The hub disabled this account: nothing of this store goes out (DisabledAccount),
        // not even an entry the user retried, until an online sign-in is accepted again.
        stopWith(HubError::accountDisabled());
        return;
    }
    schedule();
}

void OutboxPusher::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_stopping = true;
    for (const auto &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    schedule();
}

void OutboxPusher::schedule()
{
    if (!m_running)
        return;
    // Retries whose back-off has elapsed free their case again.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 nextWakeMs = -1;
    for (auto it = m_retryAt.begin(); it != m_retryAt.end();) {
        const qint64 left = now.msecsTo(it.value());
        if (left <= 0 || m_stopping) {
            m_busyCases.remove(it.key());
            it = m_retryAt.erase(it);
        } else {
            nextWakeMs = nextWakeMs < 0 ? left : qMin(nextWakeMs, left);
            ++it;
        }
    }
    if (!m_stopping) {
        // A text action settled without a request (refused before sending) leaves the
        // uploads it held back with nothing in flight: look again.
        for (int pass = 0; startWaiting() && m_calls.isEmpty() && pass < 64; ++pass) { }
    }
    if (m_calls.isEmpty() && m_retryAt.isEmpty()) {
        finish();
        return;
    }
    if (nextWakeMs >= 0 && !m_stopping)
        m_wakeUp.start(int(qMin<qint64>(nextWakeMs, 24 * 3600 * 1000)));
}

bool OutboxPusher::startWaiting()
{
    const QString me = m_client.user().id;
    // Text first: actions that carry only text go before file uploads of other cases.
    // A case's own files still go before its revision (seq order within the case).
    auto heads = m_outbox.heads();
    std::stable_partition(heads.begin(), heads.end(), [](const OutboxEntry &head) {
        return head.kind != OutboxKind::AttachmentUpload;
    });
    // While any text action of this user is on its way or ready to go, no upload starts
    // beside it: on a thin link the upload would slow the text down.
    const bool textActive = std::any_of(heads.cbegin(), heads.cend(), [&](const auto &head) {
        return head.kind != OutboxKind::AttachmentUpload && head.userId == me
            && (head.state == OutboxState::Sending
                || (head.state == OutboxState::Waiting && !m_busyCases.contains(head.caseId)));
    });
    bool heldBack = false;
    for (const auto &head : heads) {
        if (m_calls.size() >= m_concurrency)
            break;
        if (head.state != OutboxState::Waiting || m_busyCases.contains(head.caseId))
            continue;
        if (head.userId != me) {
            QString error;
            m_outbox.setReason(head.id,
                               tr("Menunggu pengguna yang membuatnya masuk; hanya sesi "
                                  "penulisnya yang dapat mengirim tindakan ini."),
                               &error);
            continue;
        }
        if (head.kind == OutboxKind::AttachmentUpload && m_filesDeferred)
            continue;
        if (head.kind == OutboxKind::AttachmentUpload && textActive) {
            heldBack = true; // scheduled again when the text is answered
            continue;
        }
        send(head);
    }
    return heldBack;
}

void OutboxPusher::send(const OutboxEntry &entry)
{
    const auto route = routeOf(entry);
    QString error;
    const auto request = route
        ? protocol::Writes::fromPayload(*route, entry.caseId, entry.entityId, entry.payload, &error)
        : std::nullopt;
    if (!request) {
        emit log(QStringLiteral("%1 %2: %3").arg(OutboxKinds::key(entry.kind), entry.id, error));
        settle(entry,
               { OutboxState::Failed,
                 tr("Tindakan ini tersimpan dalam bentuk yang tidak dikenal versi ini; "
                    "buang lalu ulangi tindakannya."),
                 {},
                 {},
                 0 });
        return;
    }
    if (!CaseRepository(m_db, m_calendar).inScope(entry.caseId)) {
        // The feed already said the case left the unit: the hub would answer 404.
        settle(entry,
               { OutboxState::Conflict,
                 tr("Laporan ini sudah dipindahkan dari unit Anda; tindakan tidak "
                    "dikirim. Draf tetap disimpan."),
                 {},
                 {},
                 0 });
        return;
    }
    QByteArray upload;
    if (const auto *file = std::get_if<protocol::UploadAttachment>(&*request)) {
        // The file lives in the profile next to the store (drafts/<draft id>/<name>).
        QFile in(QFileInfo(m_db.path()).absoluteDir().filePath(file->localFile));
        const bool inside = !file->localFile.contains(QLatin1String(".."));
        if (!inside || !in.open(QIODevice::ReadOnly)) {
            settle(entry,
                   { OutboxState::Failed,
                     tr("Berkas lampiran %1 tidak ada lagi di profil; lampirkan ulang di "
                        "draf.")
                         .arg(file->fileName),
                     {},
                     {},
                     0 });
            return;
        }
        // The draft copy was stripped when it was attached; one made by an older version
        // was not. Nothing leaves the desk with a photo's metadata either way.
        const auto stripped = ImageMetadata::strip(in.readAll());
        if (!stripped.ok) {
            settle(entry,
                   { OutboxState::Failed,
                     tr("Metadata foto %1 tidak dapat dibuang karena %2, jadi foto itu tidak "
                        "dikirim. Hapus lampiran itu dari draf, simpan ulang fotonya, lalu "
                        "lampirkan lagi.")
                         .arg(file->fileName, stripped.error),
                     {},
                     {},
                     0 });
            return;
        }
        upload = stripped.data;
    }
    if (!m_outbox.markSending(entry.id, &error)) {
        emit log(error);
        stopWith(HubError::store(error));
        return;
    }
    emit entryChanged(entry.id);
    auto *job = new WriteJob(m_client, *request, entry.id.toLatin1(), entry.ifMatch, this);
    job->setFile(upload);
    m_busyCases.insert(entry.caseId);
    ++m_summary.requests;
    ++m_attemptsThisRun[entry.id];
    m_calls.append(job);
    connect(job, &WriteJob::finished, this,
            [this, entry](WriteJob *done) { onAnswer(entry, done); });
    job->start();
}

void OutboxPusher::onAnswer(const OutboxEntry &entry, WriteJob *job)
{
    job->deleteLater();
    m_calls.removeAll(job);
    const HubError error = job->error();
    if (error.ok()) {
        if (!job->records())
            emit log(tr("Jawaban hub untuk %1 tidak terbaca; sinkronisasi berikutnya "
                        "melengkapinya.")
                         .arg(entry.id)
                     + QLatin1String(" (") + job->unreadableAnswer() + QLatin1Char(')'));
        settle(entry,
               { OutboxState::Sent, QString(), job->answer(),
                 job->records().value_or(QList<ChangeData>()), job->version() });
        return;
    }

    emit log(QStringLiteral("%1 %2: %3")
                 .arg(OutboxKinds::key(entry.kind), entry.id,
                      error.technical.isEmpty() ? error.userMessage() : error.technical));
    QString why;
    if (error.kind == HubError::Kind::Cancelled) {
        m_outbox.markRetry(entry.id, QString(), {}, &why);
        m_busyCases.remove(entry.caseId);
        emit entryChanged(entry.id);
        schedule();
        return;
    }
    if (error.isAuth() || error.isAccountDisabled()) {
        // Not the entry's fault: it waits; for a disabled account DisabledAccount then
        // takes it out of the queue.
        m_outbox.markRetry(entry.id, error.userMessage(), {}, &why);
        m_busyCases.remove(entry.caseId);
        emit entryChanged(entry.id);
        stopWith(error);
        return;
    }
    // A readable refusal is final for this entry; anything else (network, timeouts, 5xx,
    // 429, an unreadable answer) may have been written or not: resending the same key is
    // safe, so it is retried.
    const bool refused = error.kind == HubError::Kind::Http && !error.isTransient();
    if (!refused) {
        const int delay = m_backoff.nextDelayMs(error.retryAfterSeconds);
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(delay);
        m_outbox.markRetry(entry.id, error.userMessage(), at, &why);
        emit entryChanged(entry.id);
        if (m_attemptsThisRun.value(entry.id) >= m_maxAttempts || m_stopping) {
            m_busyCases.remove(entry.caseId);
            stopWith(error);
            return;
        }
        emit log(QStringLiteral("retrying %1 in %2 ms").arg(entry.id).arg(delay));
        m_retryAt.insert(entry.caseId, at);
        schedule();
        return;
    }
    const bool conflict = error.isConflict() || error.status == 404;
    Outcome outcome;
    outcome.state = conflict ? OutboxState::Conflict : OutboxState::Failed;
    if (error.status == 404)
        outcome.reason = tr("Laporan ini sudah tidak berada di unit Anda (dipindahkan atau di "
                            "luar wewenang). Tindakan tidak diterapkan; draf tetap disimpan.");
    else if (conflict)
        outcome.reason = job->route() == Route::DraftsDecide
            ? tr("Draf sudah berubah di hub sejak Anda memeriksanya; keputusan ini ditolak dan "
                 "draf kembali untuk ditinjau.")
            : error.userMessage();
    else
        outcome.reason = plainRefusal(error);
    if (!error.detail.isEmpty() && conflict && error.status != 404)
        outcome.reason += QLatin1String(" (") + error.detail + QLatin1Char(')');
    outcome.response = error.document;
    if (outcome.response.isEmpty())
        outcome.response = Wire::bareProblem(error.status);
    // The entity as the hub holds it now, so the user reviews against the truth.
    if (job->current())
        outcome.records.append(*job->current());
    settle(entry, outcome);
}

void OutboxPusher::settle(const OutboxEntry &entry, const Outcome &outcome)
{
    const auto route = routeOf(entry);
    DraftRepository drafts(m_db);
    QString why;
    Transaction transaction(m_db);
    bool ok = m_outbox.markDone(entry.id, outcome.state, outcome.reason, outcome.response, &why);
    if (ok && outcome.state != OutboxState::Sent && route == Route::DraftsDecide) {
        // The decision did not happen: the draft goes back to the approver's list, in the
        // hub's current state (applied next), for a fresh review.
        ok = drafts.reopenForDecision(entry.entityId, &why);
    }
    ok = ok && m_applier.applyRecords(outcome.records, nullptr, &why);
    if (ok && outcome.state == OutboxState::Sent)
        ok = rebase(entry, outcome, &why);
    if (ok && outcome.state != OutboxState::Sent && route == Route::DraftsSubmit) {
        // The author decides: review and resubmit, or discard. The text stays.
        ok = drafts.markConflict(entry.entityId, &why);
    }
    ok = ok && m_outbox.refreshCaseState(entry.caseId, &why) && transaction.commit();
    if (!ok) {
        // The answer was fine (or final); what failed is the local store.
        emit log(why);
        stopWith(HubError::store(why));
        return;
    }
    if (outcome.state == OutboxState::Sent) {
        ++m_summary.sent;
        m_backoff.reset();
    } else if (outcome.state == OutboxState::Conflict) {
        ++m_summary.conflicts;
    } else {
        ++m_summary.failed;
    }
    ++m_done;
    m_busyCases.remove(entry.caseId);
    emit entryChanged(entry.id);
    emit progress(m_done, m_total);
    schedule();
}

bool OutboxPusher::rebase(const OutboxEntry &entry, const Outcome &outcome, QString *error)
{
    // Later actions of this user that were based on the version this write replaced are
    // based on the new one now: the hub moved it on their behalf.
    const auto route = routeOf(entry);
    if ((route == Route::DraftsSubmit || route == Route::DraftsDecide) && outcome.version > 0
        && !m_outbox.rebaseIfMatch(entry.entityId, entry.ifMatch, QString::number(outcome.version),
                                   error))
        return false;
    for (const ChangeData &record : outcome.records) {
        if (const auto *c = std::get_if<Case>(&record); c
            && !m_outbox.rebaseIfMatch(QString::number(c->trackingId),
                                       QString::number(c->version - 1), QString::number(c->version),
                                       error))
            return false;
    }
    return true;
}

QString OutboxPusher::plainRefusal(const HubError &error) const
{
    if (error.status == 403 && error.problem == protocol::ProblemType::SelfApproval)
        return tr("Hub menolak: penulis draf tidak boleh memutuskan drafnya sendiri.");
    if (error.status == 403)
        return tr("Hub menolak: peran Anda tidak berwenang melakukan tindakan ini.");
    QString message = error.userMessage();
    if (!error.detail.isEmpty() && !message.contains(error.detail))
        message += QLatin1String(" (") + error.detail + QLatin1Char(')');
    return message;
}

void OutboxPusher::stopWith(const HubError &error)
{
    if (m_summary.error.ok())
        m_summary.error = error;
    m_stopping = true;
    schedule();
}

void OutboxPusher::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_wakeUp.stop();
    m_summary.elapsedMs = m_clock.elapsed();
    const auto unsent = m_outbox.unsent(m_client.user().id);
    m_summary.waiting = unsent.mine;
    m_summary.otherUsers = unsent.others;
    m_summary.ok = m_summary.error.ok() && !m_summary.cancelled && m_summary.conflicts == 0
        && m_summary.failed == 0 && m_summary.waiting == 0;
    QString message = tr("%1 terkirim, %2 konflik, %3 gagal, %4 menunggu")
                          .arg(m_summary.sent)
                          .arg(m_summary.conflicts)
                          .arg(m_summary.failed)
                          .arg(m_summary.waiting);
    if (m_summary.otherUsers > 0)
        message += tr("; %1 milik pengguna lain menunggu sesi mereka").arg(m_summary.otherUsers);
    if (m_summary.cancelled)
        message += tr(" (dibatalkan)");
    else if (!m_summary.error.ok())
        message += QLatin1String(". ") + m_summary.error.userMessage();
    m_summary.message = message;
    emit finished(m_summary.ok, message);
}

} // namespace lapor
