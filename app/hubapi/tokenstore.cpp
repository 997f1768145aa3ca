#include "tokenstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace lapor {

namespace {

const QString kService = QStringLiteral("LAPOR Desk");
constexpr int kKeychainTimeoutMs = 10000;

// Waits for a QtKeychain job; a keychain prompt or a hung D-Bus never blocks forever.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    timeout.start(kKeychainTimeoutMs);
    loop.exec();
    return timeout.isActive();
}

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied
        || error == QKeychain::AccessDeniedByUser;
}

QByteArray encode(const SessionTokens &tokens)
{
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("access"), tokens.accessToken },
                             { QStringLiteral("refresh"), tokens.refreshToken },
                             { QStringLiteral("access_expires_at"),
                               tokens.accessExpiresAt.toUTC().toString(Qt::ISODate) },
                         })
        .toJson(QJsonDocument::Compact);
}

std::optional<SessionTokens> decode(const QByteArray &data)
{
    const auto obj = QJsonDocument::fromJson(data).object();
    if (obj.isEmpty())
        return std::nullopt;
    SessionTokens tokens;
    tokens.accessToken = obj.value(QLatin1String("access")).toString();
    tokens.refreshToken = obj.value(QLatin1String("refresh")).toString();
    tokens.accessExpiresAt = QDateTime::fromString(
        obj.value(QLatin1String("access_expires_at")).toString(), Qt::ISODate);
    return tokens;
}

} // namespace

TokenStore::TokenStore(Backend preferred)
    : m_backend(preferred)
{ }

QString TokenStore::accountKey(const QString &hubUrl, const QString &username)
{
    return hubUrl + QLatin1Char('|') + username;
}

void TokenStore::fallBackToMemory(const QString &why)
{
    m_backend = Backend::Memory;
    m_keychainProblem = why;
}

bool TokenStore::keychainWrite(const QString &key, const QByteArray &data)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setBinaryData(data);
    if (!runJob(job)) {
        fallBackToMemory(
            QStringLiteral("keychain did not answer within %1 s").arg(kKeychainTimeoutMs / 1000));
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        fallBackToMemory(job.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> TokenStore::keychainRead(const QString &key, bool *unavailable)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    *unavailable = false;
    if (!runJob(job)) {
        *unavailable = true;
        fallBackToMemory(QStringLiteral("keychain did not answer"));
        return std::nullopt;
    }
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError) {
        if (backendMissing(job.error())) {
            *unavailable = true;
            fallBackToMemory(job.errorString());
        }
        return std::nullopt;
    }
    return job.binaryData();
}

void TokenStore::keychainDelete(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    runJob(job);
}

std::optional<SessionTokens> TokenStore::load(const QString &account)
{
    if (m_backend == Backend::Keychain) {
        bool unavailable = false;
        const auto data = keychainRead(account, &unavailable);
        if (!unavailable)
            return data ? decode(*data) : std::nullopt;
    }
    const auto it = m_memory.constFind(account);
    if (it == m_memory.constEnd())
        return std::nullopt;
    return *it;
}

bool TokenStore::save(const QString &account, const SessionTokens &tokens)
{
    if (m_backend == Backend::Keychain && keychainWrite(account, encode(tokens))) {
        m_memory.remove(account);
        return true;
    }
    m_memory.insert(account, tokens);
    return m_backend == Backend::Memory;
}

void TokenStore::remove(const QString &account)
{
    m_memory.remove(account);
    if (m_backend == Backend::Keychain)
        keychainDelete(account);
}

} // namespace lapor
