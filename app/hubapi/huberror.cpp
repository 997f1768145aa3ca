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

QString HubError::tlsMessage() const
{
    const HubError &error = *this;
    using P = HubError::TlsProblem;
    QString why;
    switch (error.tlsProblem) {
    case P::Untrusted:
        why = tr("Sertifikat hub tidak diterbitkan oleh CA yang dipercaya komputer ini, jadi "
                 "koneksi dihentikan sebelum data apa pun dikirim. Bila hub memakai CA instansi, "
                 "pasang berkas CA itu di Pengaturan (Sertifikat CA tambahan).");
        break;
    case P::Expired:
        why = tr("Sertifikat hub sudah kedaluwarsa, jadi koneksi dihentikan sebelum data apa pun "
                 "dikirim. Periksa tanggal komputer ini; bila benar, admin hub perlu "
                 "memperbarui sertifikatnya.");
        break;
    case P::NotYetValid:
        why = tr("Sertifikat hub belum berlaku, jadi koneksi dihentikan sebelum data apa pun "
                 "dikirim. Periksa tanggal dan jam komputer ini.");
        break;
    case P::WrongHost:
        why = tr("Sertifikat hub dibuat untuk alamat lain, jadi koneksi dihentikan sebelum data "
                 "apa pun dikirim. Periksa alamat hub di Pengaturan.");
        break;
    case P::PinMismatch:
        why = tr("Kunci sertifikat hub tidak sama dengan pin di Pengaturan, jadi koneksi "
                 "dihentikan sebelum data apa pun dikirim. Mungkin ada pihak lain di jaringan, "
                 "atau hub berganti sertifikat: tanyakan admin instansi Anda.");
        break;
    }
    if (error.certificate.sha256.isEmpty())
        return why;
    return why + QLatin1Char(' ')
        + tr("Sertifikat: subjek \"%1\", penerbit \"%2\", sidik jari SHA-256 %3.")
              .arg(error.certificate.subject, error.certificate.issuer, error.certificate.sha256);
}

QString HubError::refusalMessage() const
{
    const HubError &error = *this;
    switch (error.refusal) {
    case HubError::Refusal::InsecureAddress:
        return tr("LAPOR Desk tidak mau menghubungi %1: hub di jaringan harus memakai https "
                  "agar kata sandi dan laporan warga tidak terbaca orang lain. Perbaiki alamat "
                  "hub di Pengaturan.")
            .arg(error.detail);
    case HubError::Refusal::CrossOriginRedirect:
        return tr("Hub mengalihkan permintaan ke alamat lain (%1). LAPOR Desk tidak mengikutinya "
                  "dan tidak mengirim apa pun ke sana, termasuk kata sandi. Periksa alamat hub "
                  "di Pengaturan atau hubungi admin instansi Anda.")
            .arg(error.detail);
    case HubError::Refusal::CaFile:
        return tr("Sertifikat CA tambahan di Pengaturan tidak dapat dipakai (%1), jadi hub tidak "
                  "dihubungi. Pilih berkas PEM yang benar atau kosongkan isian itu.")
            .arg(error.detail);
    case HubError::Refusal::None:
        break;
    }
    return tr("Permintaan ke hub ditolak oleh LAPOR Desk.");
}

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
        return tlsMessage();
    case Kind::Refused:
        return refusalMessage();
    case Kind::TooLarge:
        return tr("Jawaban hub lebih besar dari batas %1, jadi diputus dan tidak disimpan. "
                  "Mencoba lagi tidak membantu; bila terus terjadi, hubungi admin instansi Anda.")
            .arg(QLocale().formattedDataSize(maxBytes));
    case Kind::Malformed:
        return tr("Jawaban hub tidak dapat dibaca. LAPOR Desk akan mencoba lagi.");
    case Kind::Invalid:
        return tr("Hub mengirim data yang tidak sah; data itu ditolak dan tidak ada yang "
                  "diubah. Rinciannya ada di catatan sinkronisasi.");
    case Kind::Cancelled:
        return tr("Dibatalkan.");
    case Kind::Store:
        if (technical.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
            return tr("Disk komputer ini penuh, jadi data terakhir dari hub tidak disimpan. "
                      "Kosongkan ruang disk lalu sinkron lagi; tidak ada data yang hilang.");
        if (technical.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
            return tr("Data LAPOR Desk di komputer ini tidak dapat ditulis, jadi data terakhir "
                      "dari hub tidak disimpan. Pastikan folder profil dapat ditulis lalu sinkron "
                      "lagi; tidak ada data yang hilang.");
        return tr("Basis data lokal tidak dapat menyimpan data dari hub; tidak ada yang "
                  "diubah dan sinkron berikutnya mengulanginya. Rinciannya ada di catatan "
                  "sinkronisasi.");
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

HubError HubError::refused(Refusal refusal, const QString &what)
{
    HubError error;
    error.kind = Kind::Refused;
    error.refusal = refusal;
    error.detail = what;
    error.technical = QStringLiteral("refused: %1").arg(what);
    return error;
}

HubError HubError::tooLarge(qint64 maxBytes, const QString &what)
{
    HubError error;
    error.kind = Kind::TooLarge;
    error.maxBytes = maxBytes;
    error.technical = QStringLiteral("%1: answer over %2 bytes, cut off").arg(what).arg(maxBytes);
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
