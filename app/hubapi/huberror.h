#pragma once

#include "protocol/problemtype.h"

#include <QJsonObject>
#include <QString>

namespace lapor {

// What went wrong with one hub request, decided in one place so that every caller treats a
// timeout, a 409 or a 503 the same way.
struct HubError
{
    enum class Kind {
        None,
        Network, // connection refused, reset, DNS, dropped mid-transfer
        Timeout, // no bytes for the transfer timeout
        Tls, // certificate not trusted: never ignored
        Http, // the hub answered with an error status
        Malformed, // the answer is not readable JSON (often a truncated transfer)
        Invalid, // readable, but breaks the contract (wrong types, missing fields)
        Cancelled,
        Store, // the answer was fine, but the local store could not keep it (disk full)
    };

    Kind kind = Kind::None;
    int status = 0; // HTTP status when the hub answered
    QString type; // problem+json `type`, stable across hub versions
    protocol::ProblemType problem = protocol::ProblemType::Unknown; // `type`, read
    QString title;
    QString detail;
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    QJsonObject document; // the whole problem document, e.g. the current version on 412
    QString technical; // for the sync log, never shown alone

    bool ok() const { return kind == Kind::None; }
    // Network trouble, timeouts, 5xx, 429 and 408: trying again later may succeed.
    bool isTransient() const;
    // 409 and 412: the hub's state moved on; a person must look.
    bool isConflict() const;
    // 401: a refresh or signing in again may help.
    bool isAuth() const { return kind == Kind::Http && status == 401 && !isAccountDisabled(); }
    // The hub refuses the account itself (account-disabled, 403): neither a refresh nor
    // the password helps until the agency's admin enables it again.
    bool isAccountDisabled() const;
    // A sentence for the user, in their language.
    QString userMessage() const;

    // The hub answered `status` (400 or above) with `body`, a problem+json document or
    // anything else.
    static HubError http(int status, const QByteArray &body, int retryAfterSeconds = -1);
    static HubError malformed(const QString &what);
    static HubError invalid(const QString &what);
    static HubError store(const QString &what);
    // The store already knows the hub disabled its account: nothing was asked of the hub.
    static HubError accountDisabled();
};

// Parses Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);

} // namespace lapor
