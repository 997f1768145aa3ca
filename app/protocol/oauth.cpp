#include "oauth.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace lapor::protocol::OAuth {

bool isKnownClient(const QString &clientId)
{
    return clientId == QLatin1String(kDeskClientId) || clientId == QLatin1String(kCliClientId);
}

bool isLoopbackRedirect(const QUrl &uri)
{
    if (!uri.isValid() || uri.scheme() != QLatin1String("http") || uri.port() < 1
        || !uri.userInfo().isEmpty() || uri.hasQuery() || uri.hasFragment())
        return false;
    // "localhost" is left out on purpose: it may resolve to a non-loopback address or be
    // answered by another process first (RFC 8252 §8.3).
    const QString host = uri.host();
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("::1"))
        return false;
    return uri.path(QUrl::FullyEncoded) == QLatin1String(kRedirectPath);
}

bool isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (!ok)
            return false;
    }
    return true;
}

QString challengeS256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray formToQuery(QByteArray body)
{
    return body.replace('+', "%20");
}

} // namespace lapor::protocol::OAuth
