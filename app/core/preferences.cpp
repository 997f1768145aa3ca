#include "preferences.h"

#include "profile.h"

#include <QSettings>

namespace lapor {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kCaFile = QStringLiteral("hub/caFile");
const QString kTimeout = QStringLiteral("hub/timeoutSeconds");
const QString kInterval = QStringLiteral("sync/intervalMinutes");
const QString kRetention = QStringLiteral("privacy/retentionMonths");
const QString kPrefetch = QStringLiteral("attachments/prefetchMB");
const QString kLockMinutes = QStringLiteral("desk/lockMinutes");

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    p.language = settings.value(kLanguage).toString();
    p.caFile = settings.value(kCaFile).toString();
    p.hubTimeoutSeconds = settings.value(kTimeout, defaults.hubTimeoutSeconds).toInt();
    p.syncIntervalMinutes = settings.value(kInterval, defaults.syncIntervalMinutes).toInt();
    p.retentionMonths = settings.value(kRetention, defaults.retentionMonths).toInt();
    p.prefetchMB = settings.value(kPrefetch, defaults.prefetchMB).toInt();
    p.lockMinutes = settings.value(kLockMinutes, defaults.lockMinutes).toInt();
    return p;
}

void Preferences::store(QSettings &settings) const
{
    putSetting(settings, kLanguage, language);
    putSetting(settings, kCaFile, caFile);
    settings.setValue(kTimeout, hubTimeoutSeconds);
    settings.setValue(kInterval, syncIntervalMinutes);
    settings.setValue(kRetention, retentionMonths);
    settings.setValue(kPrefetch, prefetchMB);
    settings.setValue(kLockMinutes, lockMinutes);
}

} // namespace lapor
