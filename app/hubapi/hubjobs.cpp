#include "hubjobs.h"

#include "hubclient.h"
#include "protocol/answers.h"
#include "protocol/limits.h"
#include "protocol/routes.h"

#include <QCryptographicHash>

namespace lapor {

namespace {

// ETag "12" or W/"12" -> 12; 0 when it is not a version.
qint64 etagVersion(const QByteArray &etag)
{
    QByteArray v = etag.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 version = v.toLongLong(&ok);
    return ok && version > 0 ? version : 0;
}

} // namespace

FeedPageJob::FeedPageJob(HubClient &client, const QString &after, int limit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_after(after)
    , m_limit(limit)
{ }

void FeedPageJob::start()
{
    HubClient::Request request;
    request.path = protocol::Routes::path(protocol::Route::Changes);
    if (!m_after.isEmpty())
        request.query.addQueryItem(QStringLiteral("after"), m_after);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    m_call = m_client.send(request);
    connect(m_call, &HubCall::headersArrived, this, [this](HubCall *call) {
        if (const auto next = Wire::nextPageCursor(call->rawHeader("Link")); next) {
            m_nextAfter = *next;
            emit nextPageKnown(this);
        }
    });
    connect(m_call, &HubCall::finished, this, [this](HubCall *call) {
        call->deleteLater();
        m_finished = true;
        m_error = call->error();
        if (m_error.ok()) {
            // Read in place (JsonTape): a page's records are not built into a QJsonValue
            // tree first. A hub may send a little more than asked; four times the limit
            // is not a page.
            const QByteArray body = call->body();
            QString malformed;
            QString why;
            const auto page
                = Wire::decodeFeedPage(body, qsizetype(qMax(m_limit, 1)) * 4, &malformed, &why);
            if (page)
                m_page = *page;
            else if (!malformed.isEmpty())
                m_error = HubError::malformed(
                    QStringLiteral("%1 of %2").arg(malformed).arg(body.size()));
            else
                m_error = HubError::invalid(why);
        }
        emit finished(this);
    });
}

void FeedPageJob::cancel()
{
    if (m_call)
        m_call->cancel();
}

ChangeCountJob::ChangeCountJob(HubClient &client, const QString &after, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_after(after)
{ }

void ChangeCountJob::start()
{
    HubClient::Request request;
    request.path = protocol::Routes::path(protocol::Route::ChangesCount);
    request.query.addQueryItem(QStringLiteral("after"), m_after);
    auto *call = m_client.send(request);
    connect(call, &HubCall::finished, this, [this](HubCall *done) {
        done->deleteLater();
        m_error = done->error();
        const double count
            = m_error.ok() ? done->json().value(QLatin1String("count")).toDouble(-1) : -1;
        if (m_error.ok())
            m_error = done->error();
        m_count = count >= 0 ? qint64(count) : -1;
        emit finished(this);
    });
}

WriteJob::WriteJob(HubClient &client, protocol::WriteRequest request,
                   const QByteArray &idempotencyKey, const QString &ifMatch, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_key(idempotencyKey)
    , m_ifMatch(ifMatch)
{ }

protocol::Route WriteJob::route() const
{
    return protocol::Writes::route(m_request);
}

void WriteJob::start()
{
    if (std::holds_alternative<protocol::UploadAttachment>(m_request)) {
        sendUploadStep(Step::Create);
        return;
    }
    HubClient::Request request;
    request.verb = protocol::Routes::method(route());
    request.path = protocol::Routes::path(route(), protocol::Writes::pathArguments(m_request));
    request.query = protocol::Writes::query(m_request);
    request.body = protocol::Writes::body(m_request);
    request.idempotencyKey = m_key;
    if (!m_ifMatch.isEmpty())
        request.ifMatch = '"' + m_ifMatch.toLatin1() + '"';
    m_call = m_client.send(request);
    connect(m_call, &HubCall::finished, this, &WriteJob::onFinished);
}

void WriteJob::sendUploadStep(Step step, qint64 offset)
{
    const auto &upload = std::get<protocol::UploadAttachment>(m_request);
    m_step = step;
    HubClient::Request request;
    request.verb
        = protocol::Routes::method(step == Step::Create       ? protocol::Route::UploadsCreate
                                       : step == Step::Append ? protocol::Route::UploadsAppend
                                                              : protocol::Route::UploadsComplete);
    if (step == Step::Create) {
        request.path = protocol::Routes::path(protocol::Route::UploadsCreate,
                                              { QString::number(upload.caseId) });
        const QUrlQuery owner = protocol::Writes::query(m_request);
        request.body = {
            { QStringLiteral("file_name"), upload.fileName },
            { QStringLiteral("owner_kind"), owner.queryItemValue(QStringLiteral("owner_kind")) },
            { QStringLiteral("owner_id"), owner.queryItemValue(QStringLiteral("owner_id")) },
            { QStringLiteral("content_type"), upload.mimeType },
            { QStringLiteral("length"), double(m_file.size()) },
            { QStringLiteral("sha256"),
              QString::fromLatin1(
                  QCryptographicHash::hash(m_file, QCryptographicHash::Sha256).toHex()) },
        };
        // The key names the session: the same entry resumes the same upload.
        request.idempotencyKey = m_key;
    } else if (step == Step::Append) {
        request.path = protocol::Routes::path(protocol::Route::UploadsAppend, { m_uploadId });
        request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        const qint64 part = m_fixedPart > 0 ? m_fixedPart : m_partBytes;
        request.rawBody = m_file.mid(offset, part);
        request.contentType = "application/offset+octet-stream";
        m_partSent = request.rawBody.size();
        m_partClock.start();
    } else {
        request.path = protocol::Routes::path(protocol::Route::UploadsComplete, { m_uploadId });
    }
    m_call = m_client.send(request);
    connect(m_call, &HubCall::finished, this, &WriteJob::onUploadStep);
}

void WriteJob::onUploadStep(HubCall *call)
{
    if (m_step == Step::Complete) {
        const HubError &error = call->error();
        if ((error.status == 404 || error.problem == protocol::ProblemType::UploadCorrupt)
            && !m_uploadRestarted) {
            call->deleteLater();
            // The session expired, or its parts did not make the file (the hub started
            // it over): once more, from what the hub then holds.
            m_uploadRestarted = true;
            sendUploadStep(Step::Create);
            return;
        }
        onFinished(call); // the attachment record, as an upload in one request answers
        return;
    }
    call->deleteLater();
    const HubError error = call->error();
    const QJsonObject answer = error.ok() ? call->json() : error.document;
    const QJsonValue offset = answer.value(QLatin1String("offset"));
    if (error.ok() && call->error().ok() && offset.isDouble()) {
        if (m_step == Step::Create) {
            m_uploadId = answer.value(QLatin1String("id")).toString();
            m_resumedAt = qint64(offset.toDouble());
        } else if (m_fixedPart == 0 && m_partClock.isValid()) {
            // Parts of about kPartSeconds at the rate this one went.
            const qint64 ms = qMax<qint64>(1, m_partClock.elapsed());
            m_partBytes
                = qBound(kFirstPartBytes, m_partSent * kPartSeconds * 1000 / ms, kMaxPartBytes);
        }
        nextUploadStep(qint64(offset.toDouble()));
        return;
    }
    // A part sent twice or after a lost one: go on from where the hub stands.
    if (error.status == 409 && error.problem == protocol::ProblemType::UploadOffset
        && offset.isDouble()) {
        nextUploadStep(qint64(offset.toDouble()));
        return;
    }
    if (error.status == 404 && m_step == Step::Append && !m_uploadRestarted) {
        m_uploadRestarted = true;
        sendUploadStep(Step::Create);
        return;
    }
    m_error = error.ok() ? call->error() : error;
    if (m_error.ok())
        m_error = HubError::invalid(QStringLiteral("the upload answer carries no offset"));
    m_answer = m_error.document;
    emit finished(this);
}

void WriteJob::nextUploadStep(qint64 offset)
{
    const qint64 total = m_file.size();
    if (offset < 0 || offset > total || m_uploadId.isEmpty()) {
        m_error = HubError::invalid(
            QStringLiteral("the hub holds %1 bytes of an upload of %2").arg(offset).arg(total));
        emit finished(this);
        return;
    }
    m_acknowledged = offset;
    emit uploadProgress(offset, total);
    sendUploadStep(offset < total ? Step::Append : Step::Complete, offset);
}

void WriteJob::cancel()
{
    if (m_call)
        m_call->cancel();
}

void WriteJob::onFinished(HubCall *call)
{
    call->deleteLater();
    m_error = call->error();
    if (!m_error.ok()) {
        m_answer = m_error.document;
        m_current = Wire::decodeCurrent(route(), m_error.document);
        emit finished(this);
        return;
    }
    m_answer = call->json();
    if (!call->error().ok()) {
        // Written, but the answer is unreadable: success all the same.
        m_unreadable = call->error().technical.isEmpty() ? call->error().userMessage()
                                                         : call->error().technical;
    } else {
        m_records = Wire::decodeAnswer(route(), m_answer, &m_unreadable);
    }
    m_version = m_records ? Wire::answeredVersion(route(), *m_records) : 0;
    if (m_version == 0)
        m_version = etagVersion(call->rawHeader("ETag"));
    emit finished(this);
}

} // namespace lapor
