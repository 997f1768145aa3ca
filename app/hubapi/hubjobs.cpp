#include "hubjobs.h"

#include "hubclient.h"
#include "protocol/answers.h"
#include "protocol/limits.h"

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
            const QJsonObject body = call->json();
            m_error = call->error();
            QString why;
            // A hub may send a little more than asked; four times the limit is not a page.
            const auto page = m_error.ok()
                ? Wire::decodeFeedPage(body, qsizetype(qMax(m_limit, 1)) * 4, &why)
                : std::nullopt;
            if (page)
                m_page = *page;
            else if (m_error.ok())
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
    HubClient::Request request;
    request.verb = protocol::Routes::method(route());
    request.path = protocol::Routes::path(route(), protocol::Writes::pathArguments(m_request));
    request.query = protocol::Writes::query(m_request);
    if (const auto *upload = std::get_if<protocol::UploadAttachment>(&m_request)) {
        request.rawBody = m_file;
        request.contentType = upload->mimeType.toLatin1();
    } else {
        request.body = protocol::Writes::body(m_request);
    }
    request.idempotencyKey = m_key;
    if (!m_ifMatch.isEmpty())
        request.ifMatch = '"' + m_ifMatch.toLatin1() + '"';
    m_call = m_client.send(request);
    connect(m_call, &HubCall::finished, this, &WriteJob::onFinished);
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
