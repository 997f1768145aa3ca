#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace lapor {

struct Identity;

// What Pengaturan → Nota dinas keeps in the profile's settings.ini (docs/drafting.md, "Nota
// dinas"): the agency's letterhead, the numbering and the signed-in person's signature.
// A profile belongs to one person on one hub, so the signature is that person's, and the
// letterhead that of their agency. The keys are spelled here and nowhere else.
struct NotaDinasSettings
{
    Q_DECLARE_TR_FUNCTIONS(lapor::NotaDinasSettings)

public:
    QString agencyName; // the letterhead's name; empty: the agency's name from the hub
    QString address; // the letterhead's address lines
    QString logoFile; // relative to the profile (importLogo puts it there); empty: none
    QString numberPattern; // empty: NotaDinasNumber::defaultPattern()
    QString unitCode; // {unit} in the number; empty: the unit's id in capitals
    QString fromUnit; // "Dari"; empty: the signer's unit name from the hub
    QString recipient; // "Kepada"; empty: defaultRecipient()
    QString signerName; // empty: the person's name from the hub
    QString signerPosition; // jabatan
    QString signerNip; // NIP, 18 digits

    static constexpr int kNipDigits = 18;

    static NotaDinasSettings load(const QSettings &settings);
    // An empty text removes its key. The caller syncs.
    void store(QSettings &settings) const;

    // What empty fields stand for, filled from the signed-in identity.
    QString effectiveAgencyName(const Identity &identity) const;
    QString effectivePattern() const;
    QString effectiveUnitCode(const Identity &identity) const;
    QString effectiveFromUnit(const Identity &identity) const;
    QString effectiveRecipient() const;
    QString effectiveSignerName(const Identity &identity) const;
    static QString defaultRecipient();

    // Why the settings cannot make a memo (a bad pattern, a NIP that is not 18 digits),
    // in plain words; empty when they can.
    QString problem() const;

    friend bool operator==(const NotaDinasSettings &, const NotaDinasSettings &) = default;
};

} // namespace lapor
