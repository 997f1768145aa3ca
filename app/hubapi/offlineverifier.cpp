#include "offlineverifier.h"

#include "passwordthrottle.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>
#include <QStringList>

namespace lapor::OfflineVerifier {

namespace {

// One value, "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), the format laporhub keeps.
const QString kVerifier = QStringLiteral("offlinePassword/verifier");
const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// A verifier outside these bounds was not written by the desk: refused rather than run, so
// an edited file cannot make a check take hours.
constexpr int kMinIterations = 1000;
constexpr int kMaxIterations = 10'000'000;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kHashBytes);
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // No early exit: the time taken does not tell how many leading bytes matched.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

void remember(QSettings &settings, const QString &password)
{
    if (password.isEmpty()) {
        forget(settings);
        return;
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / sizeof(quint32));
    const QStringList parts { kScheme, QString::number(kIterations),
                              QString::fromLatin1(salt.toBase64()),
                              QString::fromLatin1(derive(password, salt, kIterations).toBase64()) };
    settings.setValue(kVerifier, parts.join(QLatin1Char('$')));
    // The hub has just accepted this password: wrong tries before it count no longer.
    PasswordThrottle(settings).reset();
    settings.sync();
}

bool check(const QSettings &settings, const QString &password)
{
    const QStringList parts = settings.value(kVerifier).toString().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme || password.isEmpty())
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < kMinIterations || iterations > kMaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.size() != kSaltBytes
        || expected.decoded.size() != kHashBytes)
        return false;
    return sameBytes(derive(password, salt.decoded, iterations), expected.decoded);
}

bool isKnown(const QSettings &settings)
{
    return settings.contains(kVerifier);
}

void forget(QSettings &settings)
{
    settings.remove(kVerifier);
    settings.sync();
}

} // namespace lapor::OfflineVerifier
