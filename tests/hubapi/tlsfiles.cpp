#include "tlsfiles.h"

#include "testfiles.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace lapor::test {

namespace {

const QByteArray kConfig = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[hub_ext]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";

} // namespace

bool TlsFiles::openssl(const QStringList &arguments, QByteArray *out)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("openssl %1 failed: %2 %3")
                                    .arg(arguments.join(u' '), process.errorString(),
                                         QString::fromLocal8Bit(process.readAllStandardError()))),
                     __FILE__, __LINE__);
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

bool TlsFiles::make()
{
    // The tests need the real openssl command (.ci/install-deps installs it).
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QTest::qFail("the openssl command is not installed", __FILE__, __LINE__);
        return false;
    }
    if (!m_dir.isValid() || !writeFile(path(QStringLiteral("openssl.cnf")), kConfig)) {
        QTest::qFail("cannot write the openssl configuration", __FILE__, __LINE__);
        return false;
    }
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *item : list)
            out.append(QString::fromLatin1(item));
        return out;
    };
    const QString caSubject = QStringLiteral("/O=Pemkab Uji/CN=%1").arg(QLatin1String(kIssuer));
    const QString hubSubject = QStringLiteral("/O=Pemkab Uji/CN=%1").arg(QLatin1String(kSubject));
    QByteArray fingerprint;
    const bool made = openssl(args({ "req", "-x509", "-config", "openssl.cnf", "-extensions",
                                     "ca_ext", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                                     "-out", "ca.pem", "-days", "2", "-subj" })
                              << caSubject)
        && openssl(args({ "req", "-new", "-config", "openssl.cnf", "-newkey", "rsa:2048", "-nodes",
                          "-keyout", "hub.key", "-out", "hub.csr", "-subj" })
                   << hubSubject)
        && openssl(args({ "x509", "-req", "-in", "hub.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                          "-CAcreateserial", "-out", "hub.pem", "-days", "2", "-extfile",
                          "openssl.cnf", "-extensions", "hub_ext" }))
        // Another authority, for a bundle of several certificates.
        && openssl(args({ "req", "-x509", "-config", "openssl.cnf", "-extensions", "ca_ext",
                          "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out",
                          "other.pem", "-days", "2", "-subj", "/CN=CA Lain" }))
        // laporhub reads a traditional RSA key.
        && openssl(args({ "rsa", "-in", "hub.key", "-out", "hub-rsa.key", "-traditional" }))
        && openssl(args({ "x509", "-in", "hub.pem", "-noout", "-fingerprint", "-sha256" }),
                   &fingerprint)
        && openssl(args({ "x509", "-in", "hub.pem", "-noout", "-pubkey", "-out", "hub-pub.pem" }))
        && openssl(args(
            { "pkey", "-pubin", "-in", "hub-pub.pem", "-outform", "DER", "-out", "hub-pub.der" }));
    if (!made)
        return false;
    m_fingerprint = QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1).trimmed());
    const QByteArray spki = readFile(path(QStringLiteral("hub-pub.der")));
    if (spki.isEmpty() || m_fingerprint.size() != 95) {
        QTest::qFail("openssl gave no public key or fingerprint", __FILE__, __LINE__);
        return false;
    }
    m_pin = QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
    return true;
}

} // namespace lapor::test
