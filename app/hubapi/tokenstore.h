#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace lapor {

struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
};

// Where session tokens live: the operating system's keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager) through QtKeychain, or only this process's
// memory when no keychain is available. Never a plain file, never a log.
class TokenStore
{
public:
    enum class Backend { Keychain, Memory };

    // Memory forces in-process storage (e.g. `--password-stdin` runs on a headless machine).
    explicit TokenStore(Backend preferred = Backend::Keychain);

    Backend backend() const { return m_backend; }
    // Why the keychain is not used, for the sync log; empty when it is.
    QString keychainProblem() const { return m_keychainProblem; }

    // `account` identifies hub and user, e.g. "https://hub.example|petugas1".
    std::optional<SessionTokens> load(const QString &account);
    bool save(const QString &account, const SessionTokens &tokens);
    void remove(const QString &account);

    static QString accountKey(const QString &hubUrl, const QString &username);

private:
    // Runs one keychain job to completion; false when the keychain cannot be used.
    bool keychainWrite(const QString &key, const QByteArray &data);
    std::optional<QByteArray> keychainRead(const QString &key, bool *unavailable);
    void keychainDelete(const QString &key);
    void fallBackToMemory(const QString &why);

    Backend m_backend;
    QString m_keychainProblem;
    QHash<QString, SessionTokens> m_memory;
};

} // namespace lapor
