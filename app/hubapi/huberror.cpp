#include "huberror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace lapor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::HubError", text);
}
} // namespace

bool HubError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return status >= 500 || status == 429 || status == 408;
    case Kind::Malformed:
        // A truncated or garbled answer is usually a broken link, not a broken hub.
        return true;
    default:
        return false;
    }
}

bool HubError::isAccountDisabled() const
{
    return kind == Kind::Http && problem == protocol::ProblemType::AccountDisabled;
}

bool HubError::isConflict() const
{
    return kind == Kind::Http && (status == 409 || status == 412);
}

QString HubError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Hub tidak dapat dihubungi. Periksa koneksi internet; LAPOR Desk akan "
                  "mencoba lagi.");
    case Kind::Timeout:
        return tr("Hub terlalu lama menjawab. LAPOR Desk akan mencoba lagi.");
    case Kind::Tls:
        return tr("Sertifikat hub tidak dipercaya, jadi koneksi dihentikan. Hubungi admin "
                  "instansi Anda; mungkin sertifikat CA instansi perlu dipasang.");
    case Kind::Malformed:
        return tr("Jawaban hub tidak dapat dibaca. LAPOR Desk akan mencoba lagi.");
    case Kind::Invalid:
        return tr("Hub mengirim data yang tidak sah; data itu ditolak dan tidak ada yang "
                  "diubah. Rincian: %1")
            .arg(technical);
    case Kind::Cancelled:
        return tr("Dibatalkan.");
    case Kind::Store:
        if (technical.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
            return tr("Disk komputer ini penuh, jadi data terakhir dari hub tidak disimpan. "
                      "Kosongkan ruang disk lalu sinkron lagi; tidak ada data yang hilang.");
        return tr("Basis data lokal tidak dapat menyimpan data dari hub; tidak ada yang "
                  "diubah dan sinkron berikutnya mengulanginya. Rincian: %1")
            .arg(technical);
    case Kind::Http:
        break;
    }
    if (isAccountDisabled())
        return tr("Akun Anda dinonaktifkan di hub, jadi Anda tidak dapat masuk atau sinkron. "
                  "Hubungi admin instansi Anda.");
    if (status == 401)
        return tr("Sesi Anda berakhir. Silakan masuk lagi.");
    if (status == 403)
        return detail.isEmpty() ? tr("Anda tidak berwenang melakukan ini.") : detail;
    if (status == 404)
        return tr("Laporan ini tidak ada lagi di unit Anda.");
    if (status == 409 || status == 412)
        return tr("Laporan ini sudah berubah di hub. Tinjau perubahannya lalu kirim ulang.");
    if (status == 413)
        return tr("Data terlalu besar untuk dikirim.");
    if (status == 429 || status == 503) {
        if (retryAfterSeconds > 0)
            return tr("Hub sedang sibuk; dicoba lagi dalam %1 detik.")
                .arg(QLocale().toString(retryAfterSeconds));
        return tr("Hub sedang sibuk; dicoba lagi nanti.");
    }
    if (status >= 500)
        return tr("Hub sedang bermasalah (kode %1). LAPOR Desk akan mencoba lagi.").arg(status);
    return detail.isEmpty() ? tr("Hub menolak permintaan (kode %1).").arg(status)
                            : tr("Hub menolak permintaan: %1").arg(detail);
}

HubError HubError::http(int status, const QByteArray &body, int retryAfterSeconds)
{
    HubError error;
    error.kind = Kind::Http;
    error.status = status;
    error.retryAfterSeconds = retryAfterSeconds;
    error.document = QJsonDocument::fromJson(body).object();
    error.type = error.document.value(QLatin1String("type")).toString();
    error.problem = protocol::ProblemTypes::fromUri(error.type);
    error.title = error.document.value(QLatin1String("title")).toString();
    error.detail = error.document.value(QLatin1String("detail")).toString();
    error.technical = QStringLiteral("HTTP %1 %2").arg(status).arg(error.type);
    return error;
}

HubError HubError::invalid(const QString &what)
{
    HubError error;
    error.kind = Kind::Invalid;
    error.technical = what;
    return error;
}

HubError HubError::store(const QString &what)
{
    HubError error;
    error.kind = Kind::Store;
    error.technical = what;
    return error;
}

HubError HubError::accountDisabled()
{
    HubError error;
    error.kind = Kind::Http;
    error.status = 403;
    error.problem = protocol::ProblemType::AccountDisabled;
    error.technical = QStringLiteral("account disabled (known to this store)");
    return error;
}

HubError HubError::malformed(const QString &what)
{
    HubError error;
    error.kind = Kind::Malformed;
    error.technical = what;
    return error;
}

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser wants as "+0000".
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace lapor
