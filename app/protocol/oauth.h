#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace lapor::protocol::OAuth {

// Standards sign-in (docs/hub-api.md, "Signing in with a browser"): the names both the hub
// and the desk must spell alike.

// Public native clients (RFC 8252): they hold no secret, so PKCE binds each code to the
// client instance that started the sign-in.
inline constexpr char kDeskClientId[] = "lapordesk";
inline constexpr char kCliClientId[] = "lapordeskctl";
// The desk's loopback redirect path; the port is whatever the desk got from the OS.
inline constexpr char kRedirectPath[] = "/oauth/callback";

inline constexpr char kGrantAuthorizationCode[] = "authorization_code";
inline constexpr char kGrantRefreshToken[] = "refresh_token";
inline constexpr char kGrantDeviceCode[] = "urn:ietf:params:oauth:grant-type:device_code";
inline constexpr char kChallengeS256[] = "S256";

bool isKnownClient(const QString &clientId);
// http://127.0.0.1:PORT/oauth/callback or http://[::1]:PORT/oauth/callback: loopback
// only, any port, the exact path, no user info and no fragment (RFC 8252 §7.3).
bool isLoopbackRedirect(const QUrl &uri);
// 43 to 128 characters of [A-Za-z0-9-._~] (RFC 7636 §4.1).
bool isValidVerifier(const QString &verifier);
// BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2).
QString challengeS256(const QString &verifier);
// A new verifier of 256 random bits.
QString newVerifier();
// application/x-www-form-urlencoded text with '+' as space, for QUrlQuery.
QByteArray formToQuery(QByteArray body);

} // namespace lapor::protocol::OAuth
