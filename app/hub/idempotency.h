#pragma once

#include "httpmessage.h"

#include <QString>

#include <optional>

namespace lapor::hub {

class HubStore;

// Idempotency-Key handling. A successful write stores its response in the same
// transaction as the write, so after a crash either both exist or neither does; a retry
// of the same request gets the stored response, the same key with another request a 422.
class Idempotency
{
public:
    explicit Idempotency(HubStore &store);

    static QByteArray requestHash(const HttpRequest &request);
    static bool isValidKey(const QByteArray &key);

    // A response to send instead of running the write, if the key was seen before.
    std::optional<HttpResponse> lookup(const QString &userId, const QString &key,
                                       const QByteArray &hash);
    void remember(const QString &userId, const QString &key, const QByteArray &hash,
                  const HttpResponse &response);
    void purgeOlderThan(qint64 secs);

private:
    HubStore &m_store;
};

} // namespace lapor::hub
