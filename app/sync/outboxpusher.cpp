#include "outboxpusher.h"

#include "core/role.h"
#include "hubapi/hubclient.h"
#include "hubapi/wirerecords.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/database.h"
#include "store/sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace lapor {

namespace {

QString requestPath(const OutboxEntry &e)
{
    if (e.kind == OutboxKind::DraftSubmit)
        return QStringLiteral("/v1/drafts/%1/revisions").arg(e.entityId);
    if (e.kind == OutboxKind::DraftDecide)
        return QStringLiteral("/v1/drafts/%1/decision").arg(e.entityId);
    if (e.kind == OutboxKind::CaseForward)
        return QStringLiteral("/v1/cases/%1/forward").arg(e.caseId);
    if (e.kind == OutboxKind::CaseNotAuthority)
        return QStringLiteral("/v1/cases/%1/not-authority").arg(e.caseId);
    if (e.kind == OutboxKind::CaseNote)
        return QStringLiteral("/v1/cases/%1/notes").arg(e.caseId);
    if (e.kind == OutboxKind::AttachmentUpload)
        return QStringLiteral("/v1/cases/%1/attachments").arg(e.caseId);
    return {};
}

bool isDraftKind(const QString &kind)
{
    return kind == OutboxKind::DraftSubmit || kind == OutboxKind::DraftDecide;
}

QString etagVersion(const QByteArray &etag)
{
    QByteArray v = etag.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

bool exec(Database &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    return Sql::exec(q, error);
}

} // namespace

OutboxPusher::OutboxPusher(HubClient &client, Database &db, const WorkingCalendar &calendar,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_calendar(calendar)
    , m_outbox(db)
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
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'waiting' AND user_id = ?"));
    q.addBindValue(m_client.user().id);
    m_total = q.exec() && q.next() ? q.value(0).toInt() : 0;
    emit progress(0, m_total);
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
        const QString me = m_client.user().id;
        const auto heads = m_outbox.heads();
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
            send(head);
        }
    }
    if (m_calls.isEmpty() && m_retryAt.isEmpty()) {
        finish();
        return;
    }
    if (nextWakeMs >= 0 && !m_stopping)
        m_wakeUp.start(int(qMin<qint64>(nextWakeMs, 24 * 3600 * 1000)));
}

void OutboxPusher::send(const OutboxEntry &entry)
{
    QString error;
    if (isDraftKind(entry.kind) || entry.kind == OutboxKind::CaseForward
        || entry.kind == OutboxKind::CaseNotAuthority || entry.kind == OutboxKind::CaseNote
        || entry.kind == OutboxKind::AttachmentUpload) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT in_scope FROM cases WHERE tracking_id = ?"));
        q.addBindValue(entry.caseId);
        if (q.exec() && q.next() && !q.value(0).toBool()) {
            // The feed already said the case left the unit: the hub would answer 404.
            settle(entry, OutboxState::Conflict,
                   tr("Laporan ini sudah dipindahkan dari unit Anda; tindakan tidak dikirim. "
                      "Draf tetap disimpan."),
                   {});
            return;
        }
    }
    QByteArray upload;
    if (entry.kind == OutboxKind::AttachmentUpload) {
        // The file lives in the profile next to the store (drafts/<draft id>/<name>).
        const QString relative = entry.payload.value(QLatin1String("file")).toString();
        QFile file(QFileInfo(m_db.path()).absoluteDir().filePath(relative));
        const bool inside = !relative.isEmpty() && !relative.contains(QLatin1String(".."));
        if (!inside || !file.open(QIODevice::ReadOnly)) {
            settle(entry, OutboxState::Failed,
                   tr("Berkas lampiran %1 tidak ada lagi di profil; lampirkan ulang di draf.")
                       .arg(entry.payload.value(QLatin1String("file_name")).toString()),
                   {});
            return;
        }
        upload = file.readAll();
    }
    if (!m_outbox.markSending(entry.id, &error)) {
        emit log(error);
        stopWith(HubError::store(error));
        return;
    }
    emit entryChanged(entry.id);
    HubClient::Request request;
    request.verb = "POST";
    request.path = requestPath(entry);
    if (entry.kind == OutboxKind::AttachmentUpload) {
        request.query.addQueryItem(QStringLiteral("file_name"),
                                   entry.payload.value(QLatin1String("file_name")).toString());
        request.query.addQueryItem(QStringLiteral("owner_kind"), QStringLiteral("draft"));
        request.query.addQueryItem(QStringLiteral("owner_id"), entry.entityId);
        request.rawBody = upload;
        request.contentType = entry.payload.value(QLatin1String("mime_type")).toString().toLatin1();
    } else {
        request.body = entry.payload;
    }
    request.idempotencyKey = entry.id.toLatin1();
    if (!entry.ifMatch.isEmpty())
        request.ifMatch = '"' + entry.ifMatch.toLatin1() + '"';
    m_busyCases.insert(entry.caseId);
    ++m_summary.requests;
    ++m_attemptsThisRun[entry.id];
    HubCall *call = m_client.send(request);
    m_calls.append(call);
    connect(call, &HubCall::finished, this,
            [this, entry](HubCall *done) { onAnswer(entry, done); });
}

void OutboxPusher::onAnswer(const OutboxEntry &entry, HubCall *call)
{
    call->deleteLater();
    m_calls.removeAll(call);
    HubError error = call->error();
    QJsonObject body;
    if (error.ok()) {
        body = call->json();
        if (!call->error().ok())
            emit log(tr("Jawaban hub untuk %1 tidak terbaca; sinkronisasi berikutnya "
                        "melengkapinya.")
                         .arg(entry.id));
        QString why;
        Transaction transaction(m_db);
        if (!m_outbox.markDone(entry.id, OutboxState::Sent, QString(), body, &why)
            || !applySuccess(entry, body, call->rawHeader("ETag"), &why)
            || !m_outbox.refreshCaseState(entry.caseId, &why) || !transaction.commit()) {
            // applySuccess() takes an answer it cannot decode in its stride (the next sync
            // brings the records), so what fails here is the local store.
            emit log(why);
            stopWith(HubError::store(why));
            return;
        }
        ++m_summary.sent;
        ++m_done;
        m_backoff.reset();
        m_busyCases.remove(entry.caseId);
        emit entryChanged(entry.id);
        emit progress(m_done, m_total);
        schedule();
        return;
    }

    emit log(QStringLiteral("%1 %2: %3")
                 .arg(entry.kind, entry.id,
                      error.technical.isEmpty() ? error.userMessage() : error.technical));
    QString why;
    if (error.kind == HubError::Kind::Cancelled) {
        m_outbox.markRetry(entry.id, QString(), {}, &why);
        m_busyCases.remove(entry.caseId);
        emit entryChanged(entry.id);
        schedule();
        return;
    }
    if (error.isAuth()) {
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
    QString reason;
    if (error.status == 404)
        reason = tr("Laporan ini sudah tidak berada di unit Anda (dipindahkan atau di luar "
                    "wewenang). Tindakan tidak diterapkan; draf tetap disimpan.");
    else if (conflict)
        reason = entry.kind == OutboxKind::DraftDecide
            ? tr("Draf sudah berubah di hub sejak Anda memeriksanya; keputusan ini ditolak dan "
                 "draf kembali untuk ditinjau.")
            : error.userMessage();
    else
        reason = plainRefusal(error);
    if (!error.detail.isEmpty() && conflict && error.status != 404)
        reason += QLatin1String(" (") + error.detail + QLatin1Char(')');
    QJsonObject problem = error.document;
    if (problem.isEmpty())
        problem.insert(QStringLiteral("status"), error.status);
    settle(entry, conflict ? OutboxState::Conflict : OutboxState::Failed, reason, problem);
}

void OutboxPusher::settle(const OutboxEntry &entry, OutboxState state, const QString &reason,
                          const QJsonObject &response)
{
    QString why;
    Transaction transaction(m_db);
    bool ok = m_outbox.markDone(entry.id, state, reason, response, &why);
    const QJsonObject current = response.value(QLatin1String("current")).toObject();
    ChangeWriter writer(m_db);
    if (ok && entry.kind == OutboxKind::DraftSubmit) {
        // The author decides: review and resubmit, or discard. The text stays.
        if (!current.isEmpty()) {
            if (auto draft = Wire::decodeDraft(current, &why))
                ok = writer.upsertHubDraft(draft->draft, draft->hubVersion, draft->revisions, &why);
        }
        ok = ok
            && exec(m_db,
                    QStringLiteral("UPDATE drafts SET state = 'conflict', updated_at = ? "
                                   "WHERE id = ? AND state NOT IN ('published', 'discarded')"),
                    { QDateTime::currentSecsSinceEpoch(), entry.entityId }, &why);
    } else if (ok && entry.kind == OutboxKind::DraftDecide) {
        // The decision did not happen: the draft goes back to the approver's list in the
        // hub's current state, for a fresh review.
        ok = exec(m_db,
                  QStringLiteral("UPDATE drafts SET state = 'submitted' WHERE id = ? "
                                 "AND state IN ('approved', 'returned')"),
                  { entry.entityId }, &why);
        if (ok && !current.isEmpty()) {
            if (auto draft = Wire::decodeDraft(current, &why))
                ok = writer.upsertHubDraft(draft->draft, draft->hubVersion, draft->revisions, &why);
        }
    } else if (ok && !current.isEmpty() && current.contains(QLatin1String("tracking_id"))) {
        if (auto fresh = Wire::decodeCase(current, &why))
            ok = CaseRepository(m_db, m_calendar).upsert(*fresh, &why);
    }
    ok = ok && m_outbox.refreshCaseState(entry.caseId, &why) && transaction.commit();
    if (!ok) {
        emit log(why);
        stopWith(HubError::store(why));
        return;
    }
    if (state == OutboxState::Conflict)
        ++m_summary.conflicts;
    else
        ++m_summary.failed;
    ++m_done;
    m_busyCases.remove(entry.caseId);
    emit entryChanged(entry.id);
    emit progress(m_done, m_total);
    schedule();
}

bool OutboxPusher::applySuccess(const OutboxEntry &entry, const QJsonObject &body,
                                const QByteArray &etag, QString *error)
{
    ChangeWriter writer(m_db);
    CaseRepository cases(m_db, m_calendar);
    QString why;
    auto upsertCase = [&](const QJsonObject &object) {
        if (object.isEmpty())
            return true;
        const auto c = Wire::decodeCase(object, &why);
        if (!c)
            return true; // the next sync brings the case; the write itself is done
        if (!exec(m_db,
                  QStringLiteral("UPDATE outbox SET if_match = ? WHERE entity_id = ? "
                                 "AND if_match = ? AND state = 'waiting'"),
                  { QString::number(c->version), QString::number(c->trackingId),
                    QString::number(c->version - 1) },
                  error))
            return false;
        if (!cases.upsert(*c, error))
            return false;
        const User &me = m_client.user();
        if (c->unitId != me.unitId && !Roles::seesWholeAgency(me.role))
            return cases.remove(c->trackingId, error).has_value();
        return true;
    };

    if (entry.kind == OutboxKind::DraftSubmit) {
        const auto draft = Wire::decodeDraft(body, &why);
        if (draft
            && !writer.upsertHubDraft(draft->draft, draft->hubVersion, draft->revisions, error))
            return false;
        const QString version = draft ? QString::number(draft->hubVersion) : etagVersion(etag);
        return version.isEmpty()
            || m_outbox.rebaseIfMatch(entry.entityId, entry.ifMatch, version, error);
    }
    if (entry.kind == OutboxKind::DraftDecide) {
        if (const auto d
            = Wire::decodeDecision(body.value(QLatin1String("decision")).toObject(), &why);
            d && !writer.upsertDecision(*d, error))
            return false;
        const auto draft = Wire::decodeDraft(body.value(QLatin1String("draft")).toObject(), &why);
        if (draft
            && !writer.upsertHubDraft(draft->draft, draft->hubVersion, draft->revisions, error))
            return false;
        if (!upsertCase(body.value(QLatin1String("case")).toObject()))
            return false;
        if (const QJsonValue f = body.value(QLatin1String("followup")); f.isObject()) {
            const auto followup = Wire::decodeFollowup(f.toObject(), &why);
            if (followup && !writer.upsertFollowup(*followup, error))
                return false;
        }
        const QString version = draft ? QString::number(draft->hubVersion) : etagVersion(etag);
        return version.isEmpty()
            || m_outbox.rebaseIfMatch(entry.entityId, entry.ifMatch, version, error);
    }
    if (entry.kind == OutboxKind::CaseForward) {
        if (const auto d
            = Wire::decodeDisposition(body.value(QLatin1String("disposition")).toObject(), &why);
            d && !writer.upsertDisposition(*d, error))
            return false;
        return upsertCase(body.value(QLatin1String("case")).toObject());
    }
    if (entry.kind == OutboxKind::CaseNotAuthority)
        return upsertCase(body);
    if (entry.kind == OutboxKind::CaseNote) {
        const auto note = Wire::decodeNote(body, &why);
        return !note || writer.upsertNote(*note, error);
    }
    if (entry.kind == OutboxKind::AttachmentUpload) {
        const auto attachment = Wire::decodeAttachment(body, &why);
        return !attachment || writer.upsertAttachment(*attachment, error);
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(user_id = ?), 0), coalesce(sum(user_id <> ?), 0) "
                             "FROM outbox WHERE state IN ('waiting', 'sending')"));
    q.addBindValue(m_client.user().id);
    q.addBindValue(m_client.user().id);
    if (q.exec() && q.next()) {
        m_summary.waiting = q.value(0).toInt();
        m_summary.otherUsers = q.value(1).toInt();
    }
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
