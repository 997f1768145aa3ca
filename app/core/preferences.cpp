#include "preferences.h"

#include "profile.h"

#include <QSettings>

namespace lapor {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kCaFile = QStringLiteral("hub/caFile");
const QString kPin = QStringLiteral("hub/pinSha256");
const QString kMaxResponse = QStringLiteral("hub/maxResponseMB");
const QString kTimeout = QStringLiteral("hub/timeoutSeconds");
const QString kInterval = QStringLiteral("sync/intervalMinutes");
const QString kRetention = QStringLiteral("privacy/retentionMonths");
const QString kPrefetch = QStringLiteral("attachments/prefetchMB");
const QString kUnmeteredOnly = QStringLiteral("attachments/prefetchUnmeteredOnly");
const QString kLockMinutes = QStringLiteral("desk/lockMinutes");
const QString kPhotoSideKey = QStringLiteral("attachments/photoMaxSide");
const QString kPhotoQualityKey = QStringLiteral("attachments/photoQuality");

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    p.language = settings.value(kLanguage).toString();
    p.caFile = settings.value(kCaFile).toString();
    p.pinSha256 = settings.value(kPin).toString();
    p.maxResponseMB = settings.value(kMaxResponse, defaults.maxResponseMB).toInt();
    p.hubTimeoutSeconds = settings.value(kTimeout, defaults.hubTimeoutSeconds).toInt();
    p.syncIntervalMinutes = settings.value(kInterval, defaults.syncIntervalMinutes).toInt();
    p.retentionMonths = settings.value(kRetention, defaults.retentionMonths).toInt();
    p.prefetchMB = settings.value(kPrefetch, defaults.prefetchMB).toInt();
    p.prefetchUnmeteredOnly
        = settings.value(kUnmeteredOnly, defaults.prefetchUnmeteredOnly).toBool();
    p.lockMinutes = settings.value(kLockMinutes, defaults.lockMinutes).toInt();
    p.photoMaxSide = settings.value(kPhotoSideKey, defaults.photoMaxSide).toInt();
    p.photoQuality = settings.value(kPhotoQualityKey, defaults.photoQuality).toInt();
    return p;
}

bool Preferences::isPin(const QString &pin)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

void Preferences::store(QSettings &settings) const
{
    putSetting(settings, kLanguage, language);
    putSetting(settings, kCaFile, caFile);
    putSetting(settings, kPin, pinSha256);
    // Not in Pengaturan: written only once someone sets it in settings.ini.
    if (settings.contains(kMaxResponse) || maxResponseMB != Preferences().maxResponseMB)
        settings.setValue(kMaxResponse, maxResponseMB);
    settings.setValue(kTimeout, hubTimeoutSeconds);
    settings.setValue(kInterval, syncIntervalMinutes);
    settings.setValue(kRetention, retentionMonths);
    settings.setValue(kPrefetch, prefetchMB);
    settings.setValue(kLockMinutes, lockMinutes);
    // Written once they differ from the default, so that a profile that never chose keeps
    // following the default, and storing adds no keys to a profile of an older version.
    const Preferences defaults;
    if (settings.contains(kUnmeteredOnly)
        || prefetchUnmeteredOnly != defaults.prefetchUnmeteredOnly)
        settings.setValue(kUnmeteredOnly, prefetchUnmeteredOnly);
    if (settings.contains(kPhotoSideKey) || photoMaxSide != defaults.photoMaxSide)
        settings.setValue(kPhotoSideKey, photoMaxSide);
    if (settings.contains(kPhotoQualityKey) || photoQuality != defaults.photoQuality)
        settings.setValue(kPhotoQualityKey, photoQuality);
}

} // namespace lapor
