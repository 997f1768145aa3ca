#include "idempotency.h"

#include "entities.h"
#include "hubstore.h"
#include "problem.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

// Headers that belong to the stored outcome; transport headers are recomputed.
constexpr const char *kKeptHeaders[] = { "ETag", "Location" };

} // namespace

Idempotency::Idempotency(HubStore &store)
    : m_store(store)
{ }

QByteArray Idempotency::requestHash(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.query.toString(QUrl::FullyEncoded).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result().toHex();
}

bool Idempotency::isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

std::optional<HttpResponse> Idempotency::lookup(const QString &userId, const QString &key,
                                                const QByteArray &hash)
{
    auto &q = m_store.db().prepare("SELECT request_hash, status, content_type, headers, body "
                                   "FROM idempotency WHERE user_id = ? AND key = ?");
    q.bind(1, userId).bind(2, key);
    if (!q.step())
        return std::nullopt;
    const QByteArray storedHash = q.text(0).toLatin1();
    HttpResponse response;
    response.status = int(q.int64(1));
    response.contentType = q.text(2).toLatin1();
    const QJsonObject headers = QJsonDocument::fromJson(q.blob(3)).object();
    response.body = q.blob(4);
    q.reset();
    if (storedHash != hash) {
        return Problem::make(422, ProblemType::IdempotencyKeyReused,
                             u"Idempotency-Key already used for another request"_s,
                             u"Use a new key for a different request."_s);
    }
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        response.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    response.setHeader("Idempotent-Replayed", "true");
    return response;
}

void Idempotency::remember(const QString &userId, const QString &key, const QByteArray &hash,
                           const HttpResponse &response)
{
    QJsonObject headers;
    for (const char *name : kKeptHeaders) {
        const QByteArray value = response.headerValue(name);
        if (!value.isEmpty())
            headers.insert(QLatin1String(name), QString::fromLatin1(value));
    }
    m_store.db()
        .prepare("INSERT INTO idempotency (user_id, key, request_hash, status, content_type, "
                 "headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, userId)
        .bind(2, key)
        .bind(3, QString::fromLatin1(hash))
        .bind(4, response.status)
        .bind(5, QString::fromLatin1(response.contentType))
        .bindBlob(6, QJsonDocument(headers).toJson(QJsonDocument::Compact))
        .bindBlob(7, response.body)
        .bind(8, Records::now())
        .exec();
}

void Idempotency::purgeOlderThan(qint64 secs)
{
    m_store.db().prepare("DELETE FROM idempotency WHERE created_at < ?").bind(1, secs).exec();
}

} // namespace lapor::hub
