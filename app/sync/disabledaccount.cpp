#include "disabledaccount.h"

#include "core/ownerfiles.h"
#include "core/profile.h"
#include "hubapi/offlineverifier.h"
#include "store/database.h"
#include "store/outboxrepository.h"
#include "store/syncstate.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace lapor {

namespace {
// Where the list of the last refusal is, for a refusal that comes again.
const QString kListKey = QStringLiteral("account_disabled_list");
} // namespace

QString DisabledAccount::fileName(const QDateTime &at)
{
    return QStringLiteral("tindakan-belum-terkirim-%1.txt")
        .arg(at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool DisabledAccount::isDisabled(Database &db)
{
    return SyncState(db).accountDisabledAt().isValid();
}

bool DisabledAccount::clear(Database &db, QString *error)
{
    SyncState state(db);
    if (!state.accountDisabledAt().isValid())
        return true;
    Transaction transaction(db);
    if (!state.setAccountDisabledAt({}, error) || !state.setValue(kListKey, QString(), error))
        return false;
    return transaction.commit();
}

std::optional<DisabledAccount::Outcome> DisabledAccount::apply(Profile &profile, Database &db,
                                                               const QDateTime &now, QString *error)
{
    QString why;
    QString *err = error ? error : &why;
    Outcome outcome;
    SyncState state(db);
    Retention retention(db);
    outcome.already = state.accountDisabledAt().isValid();
    outcome.unsent = OutboxRepository(db).pendingCount();

    // 1. The list first, while every action still reads as it was queued. A list that
    // cannot be written (a full disk) does not stop the rest: the actions stay in the
    // store, and the next refusal writes it.
    if (outcome.already) {
        outcome.unsentFile = state.value(kListKey);
    } else if (const QString text = retention.unsentText(); !text.isEmpty()) {
        const QString path = QDir(profile.dir()).filePath(fileName(now));
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Text) && file.write(text.toUtf8()) >= 0
            && file.commit()) {
            OwnerFiles::protectFile(path);
            outcome.unsentFile = path;
        } else {
            outcome.fileError = file.errorString();
        }
    }

    // 2. Nothing goes out any more.
    {
        Transaction transaction(db);
        const QString reason = tr("Tidak dikirim: akun Anda dinonaktifkan di hub.");
        if (!transaction.isActive() || !state.setAccountDisabledAt(now, err)
            || !state.setValue(kListKey, outcome.unsentFile, err)
            || !OutboxRepository(db).failUnsent(reason, err))
            return std::nullopt;
        if (!transaction.commit()) {
            *err = QStringLiteral("commit failed");
            return std::nullopt;
        }
    }

    // 3. The citizens' data.
    const auto wiped = retention.removeAllCaseData(err);
    if (!wiped)
        return std::nullopt;
    outcome.wiped = *wiped;

    // 4. No offline way back in.
    OfflineVerifier::forget(profile.settings());
    QFile::remove(QDir(profile.dir()).filePath(QStringLiteral("notifications.json")));
    return outcome;
}

QString DisabledAccount::message(const Outcome &outcome)
{
    QStringList parts;
    parts.append(tr("Hub menyatakan akun Anda dinonaktifkan oleh admin instansi."));
    parts.append(tr("Laporan dan lampiran akun ini sudah dihapus dari komputer ini; "
                    "semuanya tetap tersimpan di hub."));
    if (outcome.unsent > 0) {
        parts.append(
            tr("%n tindakan yang belum terkirim tidak akan dikirim.", nullptr, outcome.unsent));
        if (!outcome.unsentFile.isEmpty())
            parts.append(tr("Daftarnya tersimpan di %1; serahkan kepada atasan Anda.")
                             .arg(QDir::toNativeSeparators(outcome.unsentFile)));
        else if (!outcome.fileError.isEmpty())
            parts.append(tr("Daftarnya tidak dapat disimpan; tindakan itu tetap ada di "
                            "Kotak Keluar."));
    }
    parts.append(tr("Hubungi admin instansi bila ini keliru."));
    return parts.join(QLatin1Char(' '));
}

} // namespace lapor
