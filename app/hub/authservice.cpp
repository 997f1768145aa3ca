#include "authservice.h"

#include "core/role.h"
#include "hubstore.h"
#include "jsonbody.h"
#include "problem.h"
#include "tokenfamily.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QUuid>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

// About 50 ms per login on the reference machine: slow enough to make offline guessing
// of a stolen database costly, fast enough for training sessions and test suites.
constexpr int kIterations = 20000;
// Throttling (docs/hub-api.md, "Sign-in throttling"): a name guessed from one address is
// refused for the rest of the window after kMaxFailures, an address that guesses many
// names after kMaxAddressFailures. Its owner still signs in from anywhere else.
constexpr int kMaxFailures = 5;
constexpr int kMaxAddressFailures = 20;
constexpr qint64 kFailureWindow = 300;
constexpr qsizetype kPruneAbove = 10000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}

QString pairKey(const QString &username, const QString &peer)
{
    return u"u\n"_s + username + u'\n' + peer;
}

QString addressKey(const QString &peer)
{
    return u"a\n"_s + peer;
}

// Checked against for unknown names, so that they cost the same PBKDF2 as known ones.
const QString &dummyHash()
{
    static const QString hash = AuthService::hashPassword(AuthService::randomToken());
    return hash;
}

} // namespace

AuthService::AuthService(HubStore &store, int accessTtlSeconds, int refreshTtlSeconds)
    : m_store(store)
    , m_accessTtl(accessTtlSeconds)
    , m_refreshTtl(refreshTtlSeconds)
{ }

QString AuthService::hashPassword(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, kIterations).toBase64()));
}

bool AuthService::verifyPassword(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256"_s)
        return false;
    const int iterations = parts[1].toInt();
    if (iterations <= 0)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual
        = derive(password, QByteArray::fromBase64(parts[2].toLatin1()), iterations);
    // Constant-time comparison: no early exit on the first differing byte.
    if (actual.size() != expected.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        diff |= actual[i] ^ expected[i];
    return diff == 0;
}

QString AuthService::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized); // 256 bits
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AuthService::digest(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int AuthService::throttleSeconds(const QString &key, int maxFailures) const
{
    const QList<qint64> failures = m_failures.value(key);
    const qint64 now = Records::now();
    int recent = 0;
    qint64 oldest = now;
    for (qint64 at : failures) {
        if (at > now - kFailureWindow) {
            ++recent;
            oldest = qMin(oldest, at);
        }
    }
    return recent >= maxFailures ? int(oldest + kFailureWindow - now) + 1 : 0;
}

void AuthService::recordFailure(const LoginCheck &check)
{
    const qint64 now = Records::now();
    if (m_failures.size() > kPruneAbove) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            if (it->isEmpty() || it->last() <= now - kFailureWindow)
                it = m_failures.erase(it);
            else
                ++it;
        }
    }
    for (const QString &key : { pairKey(check.username, check.peer), addressKey(check.peer) }) {
        QList<qint64> &times = m_failures[key];
        times.append(now);
        // Only the newest few matter for the rule.
        if (times.size() > kMaxAddressFailures)
            times.remove(0, times.size() - kMaxAddressFailures);
    }
}

CheckedAnswer AuthService::login(const HttpRequest &request)
{
    HttpResponse answer;
    auto body = JsonBody::parse(request, &answer);
    if (!body)
        return answer;
    LoginCheck check;
    check.username = body->string("username", 1, 100);
    check.password = body->string("password", 1, 200);
    if (!body->finish(&answer))
        return answer;
    check.peer = request.peer.toString();
    if (!prepareCheck(check, &answer))
        return answer;
    return PasswordStep { check, [this, check](bool ok) {
                             return finishLogin(check, ok, {});
                         } };
}

CheckedAnswer AuthService::checkForm(LoginCheck check, Accepted accepted,
                                     std::function<HttpResponse(const HttpResponse &)> page)
{
    HttpResponse answer;
    if (!prepareCheck(check, &answer))
        return page(answer);
    return PasswordStep { check, [this, check, accepted, page](bool ok) {
                             return page(finishLogin(check, ok, accepted));
                         } };
}

bool AuthService::prepareCheck(LoginCheck &check, HttpResponse *answer)
{
    if (const int wait = throttleSeconds(addressKey(check.peer), kMaxAddressFailures); wait > 0) {
        *answer = Problem::tooManyRequests(wait, u"Too many failed logins from this address."_s);
        return false;
    }
    if (const int wait = throttleSeconds(pairKey(check.username, check.peer), kMaxFailures);
        wait > 0) {
        *answer = Problem::tooManyRequests(wait, u"Too many failed logins for this user."_s);
        return false;
    }

    auto &q
        = m_store.db().prepare("SELECT id, password_hash, disabled FROM users WHERE username = ?");
    q.bind(1, check.username);
    if (q.step()) {
        check.userId = q.text(0);
        check.encoded = q.text(1);
        check.disabled = q.int64(2) != 0;
    }
    q.reset();
    return true;
}

bool AuthService::checkPassword(const LoginCheck &check)
{
    const bool known = !check.encoded.isEmpty();
    const bool ok = verifyPassword(check.password, known ? check.encoded : dummyHash());
    return ok && known;
}

HttpResponse AuthService::finishLogin(const LoginCheck &check, bool passwordOk,
                                      const Accepted &accepted)
{
    if (!passwordOk) {
        recordFailure(check);
        return Problem::make(401, ProblemType::InvalidCredentials, u"Wrong username or password"_s);
    }
    m_failures.remove(pairKey(check.username, check.peer));
    // Only after the password: whether an account exists and is disabled is not told to
    // someone guessing names.
    if (check.disabled)
        return Problem::accountDisabled();
    return accepted ? accepted(check.userId) : startSession(check.userId);
}

HttpResponse AuthService::startSession(const QString &userId, QString *sessionId)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (sessionId)
        *sessionId = id;
    return issueTokens(userId, id, true);
}

HttpResponse AuthService::issueTokens(const QString &userId, const QString &sessionId, bool created)
{
    const qint64 now = Records::now();
    const QString access = randomToken();
    const QString refreshToken = randomToken();
    Transaction tx(m_store.db());
    if (created) {
        m_store.db()
            .prepare("INSERT INTO sessions (id, user_id, refresh_hash, refresh_expires_at, "
                     "revoked, created_at) VALUES (?, ?, ?, ?, 0, ?)")
            .bind(1, sessionId)
            .bind(2, userId)
            .bind(3, digest(refreshToken))
            .bind(4, now + m_refreshTtl)
            .bind(5, now)
            .exec();
    } else {
        m_store.db()
            .prepare("UPDATE sessions SET refresh_hash = ?, refresh_expires_at = ? WHERE id = ?")
            .bind(1, digest(refreshToken))
            .bind(2, now + m_refreshTtl)
            .bind(3, sessionId)
            .exec();
        m_store.db()
            .prepare("DELETE FROM access_tokens WHERE session_id = ?")
            .bind(1, sessionId)
            .exec();
    }
    m_store.db()
        .prepare("INSERT INTO access_tokens (hash, session_id, user_id, expires_at) "
                 "VALUES (?, ?, ?, ?)")
        .bind(1, digest(access))
        .bind(2, sessionId)
        .bind(3, userId)
        .bind(4, now + m_accessTtl)
        .exec();
    tx.commit();

    QJsonObject o;
    o.insert(u"access_token"_s, access);
    o.insert(u"token_type"_s, u"Bearer"_s);
    o.insert(u"expires_in"_s, m_accessTtl);
    o.insert(u"expires_at"_s, Records::isoTime(now + m_accessTtl));
    o.insert(u"refresh_token"_s, refreshToken);
    o.insert(u"refresh_expires_at"_s, Records::isoTime(now + m_refreshTtl));
    o.insert(u"user"_s, userInfo(userId));
    HttpResponse response = HttpResponse::json(200, o);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QJsonObject AuthService::userInfo(const QString &userId)
{
    const auto user = m_store.loadUser(userId);
    if (!user)
        return {};
    return Records::signedInJson(*user, m_store.unitName(user->unitId),
                                 m_store.meta(u"agency_name"_s), m_store.meta(u"agency_zone"_s));
}

HttpResponse AuthService::refresh(const HttpRequest &request)
{
    HttpResponse problem;
    auto body = JsonBody::parse(request, &problem);
    if (!body)
        return problem;
    const QString token = body->string("refresh_token", 1, 200);
    if (!body->finish(&problem))
        return problem;
    auto &q = m_store.db().prepare(
        "SELECT s.id, s.user_id, u.disabled FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.refresh_hash = ? AND s.revoked = 0 AND s.refresh_expires_at > ?");
    q.bind(1, digest(token)).bind(2, Records::now());
    QString sessionId, userId;
    bool disabled = false;
    if (q.step()) {
        sessionId = q.text(0);
        userId = q.text(1);
        disabled = q.int64(2) != 0;
    }
    q.reset();
    if (sessionId.isEmpty()) {
        if (TokenFamily::revokeOnReuse(m_store.db(), digest(token)))
            return Problem::make(401, ProblemType::InvalidRefreshToken,
                                 u"Refresh token was already used"_s,
                                 u"Every token of this sign-in is revoked; sign in again."_s);
        return Problem::make(401, ProblemType::InvalidRefreshToken, u"Refresh token is not valid"_s,
                             u"Log in again with username and password."_s);
    }
    if (disabled)
        return Problem::accountDisabled();
    TokenFamily::rememberUsed(m_store.db(), sessionId, digest(token), Records::now(), m_refreshTtl);
    return issueTokens(userId, sessionId, false);
}

HttpResponse AuthService::logout(const Caller &caller)
{
    Transaction tx(m_store.db());
    m_store.db()
        .prepare("UPDATE sessions SET revoked = 1 WHERE id = ?")
        .bind(1, caller.sessionId)
        .exec();
    m_store.db()
        .prepare("DELETE FROM access_tokens WHERE session_id = ?")
        .bind(1, caller.sessionId)
        .exec();
    tx.commit();
    return HttpResponse::empty(204);
}

HttpResponse AuthService::me(const Caller &caller)
{
    return HttpResponse::json(200, userInfo(caller.viewer.userId));
}

std::optional<Caller> AuthService::authenticate(const HttpRequest &request, HttpResponse *problem)
{
    // The scheme is case-insensitive (RFC 9110, 11.1); the token is not.
    const QByteArray header = request.header("authorization");
    const QByteArray token = header.mid(7).trimmed();
    if (header.size() < 8 || header.left(7).compare("bearer ", Qt::CaseInsensitive) != 0
        || token.isEmpty()) {
        *problem = Problem::unauthorized(u"Send Authorization: Bearer <access_token>."_s);
        return std::nullopt;
    }
    auto &q = m_store.db().prepare(
        "SELECT t.session_id, t.expires_at, u.id, u.role, u.unit_id, u.agency_id, u.disabled "
        "FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = ?");
    q.bind(1, digest(QString::fromLatin1(token)));
    if (!q.step()) {
        q.reset();
        *problem = Problem::unauthorized(u"The access token is not valid."_s);
        return std::nullopt;
    }
    Caller caller;
    caller.sessionId = q.text(0);
    const qint64 expiresAt = q.int64(1);
    caller.viewer.userId = q.text(2);
    caller.viewer.role = q.text(3);
    caller.viewer.unitId = q.text(4);
    caller.viewer.agencyId = q.text(5);
    const bool disabled = q.int64(6) != 0;
    q.reset();
    // Before the expiry: a client that would refresh an expired token learns at once.
    if (disabled) {
        *problem = Problem::accountDisabled();
        return std::nullopt;
    }
    if (expiresAt <= Records::now()) {
        *problem = Problem::tokenExpired();
        return std::nullopt;
    }
    const auto role = Roles::fromKey(caller.viewer.role);
    caller.viewer.agencyWide = role && Roles::seesWholeAgency(*role);
    return caller;
}

} // namespace lapor::hub
