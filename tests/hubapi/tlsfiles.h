#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace lapor::test {

// A certificate authority and a hub certificate it signed (RSA, for 127.0.0.1 and
// localhost), made with the openssl command at test time, plus what the openssl command
// itself says about the hub certificate: its SHA-256 fingerprint and its public-key pin.
// Every step that does not work fails the current test; make() is then false.
class TlsFiles
{
public:
    bool make();

    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString certFile() const { return m_dir.filePath(QStringLiteral("hub.pem")); }
    // A CA that signed nothing here, for bundles.
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("hub-rsa.key")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // "AB:CD:…", as `openssl x509 -fingerprint -sha256` prints it.
    QString fingerprint() const { return m_fingerprint; }
    // base64 SHA-256 of the DER SubjectPublicKeyInfo, as HPKP pin-sha256.
    QByteArray pin() const { return m_pin; }

    static constexpr const char *kSubject = "hub-uji.lapor.test";
    static constexpr const char *kIssuer = "CA Uji Pemkab";

private:
    bool openssl(const QStringList &arguments, QByteArray *out = nullptr);

    QTemporaryDir m_dir;
    QString m_fingerprint;
    QByteArray m_pin;
};

} // namespace lapor::test
