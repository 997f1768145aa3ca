#pragma once

#include <QString>

class QSettings;

namespace lapor {

// What the user sets in Pengaturan, as the profile's settings.ini keeps it. The keys and
// their defaults are spelled here and nowhere else; readers clamp what they need.
struct Preferences
{
    QString language; // "id", "en"; empty follows the system
    QString caFile; // an extra CA certificate for the hub's TLS; empty for none
    // base64 SHA-256 of the hub's public key (SubjectPublicKeyInfo); empty for no pin
    QString pinSha256;
    int maxResponseMB = 16; // the largest JSON answer taken from the hub, inflated
    int hubTimeoutSeconds = 30;
    int syncIntervalMinutes = 5;
    // Closed cases unchanged for this long leave the desk after a sync; 0 keeps them.
    int retentionMonths = 24;
    int prefetchMB = 200; // attachment content a sync may download ahead
    // No prefetch while the system reports the connection as metered (a phone's data
    // plan); what the user opens is always downloaded (docs/sync.md, "Text first").
    bool prefetchUnmeteredOnly = false;
    // The desk locks after this long without keyboard or mouse input; 0 never.
    int lockMinutes = 15;
    // A photo attached to a draft is made smaller: its longest side at most this many
    // pixels, re-encoded at this JPEG quality (docs/drafting.md, "Photo size").
    int photoMaxSide = 1600;
    int photoQuality = 85;
    static constexpr int kPhotoMinSide = 640;
    static constexpr int kPhotoMaxSide = 8000;
    static constexpr int kPhotoMinQuality = 50;
    static constexpr int kPhotoMaxQuality = 100;

    static Preferences load(const QSettings &settings);
    // A pin as pinSha256 holds it: base64 of 32 bytes.
    static bool isPin(const QString &pin);
    // An empty text removes its key. The caller syncs.
    void store(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace lapor
