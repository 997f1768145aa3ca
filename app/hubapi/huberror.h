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
        Tls, // certificate not trusted, or not the pinned key: never ignored
        // The desk itself refused to send or follow the request (see `refusal`): the same
        // request would be refused again, so it is never retried.
        Refused,
        // The answer grew past its cap (maxBytes) and was cut off while arriving.
        TooLarge,
        Http, // the hub answered with an error status
        Malformed, // the answer is not readable JSON (often a truncated transfer)
        Invalid, // readable, but breaks the contract (wrong types, missing fields)
        Cancelled,
        Store, // the answer was fine, but the local store could not keep it (disk full)
    };

    enum class Refusal {
        None,
        InsecureAddress, // http:// to a host that is not this computer
        CrossOriginRedirect, // the hub pointed to another scheme, host or port
        CaFile, // the agency's CA file in Pengaturan cannot be used
    };
    // The certificate a TLS failure is about, as a person can compare it with what the
    // agency's admin says.
    struct Certificate
    {
        QString subject;
        QString issuer;
        QString sha256; // of the whole certificate, colon-separated hex
    };
    enum class TlsProblem { Untrusted, Expired, NotYetValid, WrongHost, PinMismatch };

    Kind kind = Kind::None;
    Refusal refusal = Refusal::None; // Kind::Refused
    TlsProblem tlsProblem = TlsProblem::Untrusted; // Kind::Tls
    Certificate certificate; // Kind::Tls, when the hub presented one
    qint64 maxBytes = 0; // Kind::TooLarge
    int status = 0; // HTTP status when the hub answered
    QString type; // problem+json `type`, stable across hub versions
    protocol::ProblemType problem = protocol::ProblemType::Unknown; // `type`, read
    QString title;
    QString detail; // problem+json `detail`; for Kind::Refused what was refused
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
    // `what`: the address, the redirect target or the CA file's problem, shown to the user.
    static HubError refused(Refusal refusal, const QString &what);
    static HubError tooLarge(qint64 maxBytes, const QString &what);

private:
    QString tlsMessage() const;
    QString refusalMessage() const;
};

// Parses Retry-After as delta-seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value);

} // namespace lapor
