#include "notadinassettings.h"

#include "identity.h"
#include "notadinasnumber.h"
#include "profile.h"

#include <QSettings>

namespace lapor {

namespace {

QString key(const char *name)
{
    return QStringLiteral("notaDinas/") + QLatin1String(name);
}

} // namespace

NotaDinasSettings NotaDinasSettings::load(const QSettings &settings)
{
    NotaDinasSettings s;
    auto text = [&](const char *name) {
        return settings.value(key(name)).toString().trimmed();
    };
    s.agencyName = text("agencyName");
    // The address keeps its lines; only the ends are trimmed.
    s.address = settings.value(key("address")).toString().trimmed();
    s.logoFile = text("logoFile");
    s.numberPattern = text("numberPattern");
    s.unitCode = text("unitCode");
    s.fromUnit = text("fromUnit");
    s.recipient = text("recipient");
    s.signerName = text("signerName");
    s.signerPosition = text("signerPosition");
    s.signerNip = text("signerNip");
    return s;
}

void NotaDinasSettings::store(QSettings &settings) const
{
    putSetting(settings, key("agencyName"), agencyName.trimmed());
    putSetting(settings, key("address"), address.trimmed());
    putSetting(settings, key("logoFile"), logoFile.trimmed());
    putSetting(settings, key("numberPattern"), numberPattern.trimmed());
    putSetting(settings, key("unitCode"), unitCode.trimmed());
    putSetting(settings, key("fromUnit"), fromUnit.trimmed());
    putSetting(settings, key("recipient"), recipient.trimmed());
    putSetting(settings, key("signerName"), signerName.trimmed());
    putSetting(settings, key("signerPosition"), signerPosition.trimmed());
    putSetting(settings, key("signerNip"), signerNip.trimmed());
}

QString NotaDinasSettings::effectiveAgencyName(const Identity &identity) const
{
    if (!agencyName.isEmpty())
        return agencyName;
    return identity.agencyName.isEmpty() ? identity.agencyId : identity.agencyName;
}

QString NotaDinasSettings::effectivePattern() const
{
    return numberPattern.isEmpty() ? NotaDinasNumber::defaultPattern() : numberPattern;
}

QString NotaDinasSettings::effectiveUnitCode(const Identity &identity) const
{
    return unitCode.isEmpty() ? identity.unitId.toUpper() : unitCode;
}

QString NotaDinasSettings::effectiveFromUnit(const Identity &identity) const
{
    if (!fromUnit.isEmpty())
        return fromUnit;
    return identity.unitName.isEmpty() ? identity.unitId : identity.unitName;
}

QString NotaDinasSettings::effectiveRecipient() const
{
    return recipient.isEmpty() ? defaultRecipient() : recipient;
}

QString NotaDinasSettings::effectiveSignerName(const Identity &identity) const
{
    if (!signerName.isEmpty())
        return signerName;
    return identity.displayName.isEmpty() ? identity.username : identity.displayName;
}

QString NotaDinasSettings::defaultRecipient()
{
    // An Indonesian office title: the memo is an Indonesian official document.
    return QStringLiteral("Pejabat Penghubung SP4N-LAPOR!");
}

QString NotaDinasSettings::problem() const
{
    const QString pattern = NotaDinasNumber::check(effectivePattern());
    if (!pattern.isEmpty())
        return pattern;
    if (!signerNip.isEmpty()) {
        QString digits = signerNip;
        digits.remove(QLatin1Char(' '));
        bool allDigits = !digits.isEmpty();
        for (const QChar ch : digits)
            allDigits = allDigits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
        if (!allDigits || digits.size() != kNipDigits)
            return tr("NIP harus %1 angka (boleh dipisah spasi); yang tertulis: \"%2\".")
                .arg(kNipDigits)
                .arg(signerNip);
    }
    return {};
}

} // namespace lapor
