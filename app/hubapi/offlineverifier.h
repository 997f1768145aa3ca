#pragma once

#include <QString>

class QSettings;

namespace lapor {

// Checks a user's hub password on this PC without the hub: the lock screen, and any
// offline sign-in. After each successful online sign-in the desk and lapordeskctl keep a
// salted PBKDF2-HMAC-SHA256 of the password in the profile's settings.ini (each profile is
// one user's folder), never the password itself; check() derives the same key from what
// is typed and compares in constant time.
//
// What it does not do: settings.ini is the user's own file (0600), and whoever can read it
// can read the store beside it, so the hash keeps the password from being read back, not
// the cases from being read. Guessing is slowed by the iteration count and, for the desk,
// by PasswordThrottle.
namespace OfflineVerifier {

// PBKDF2 rounds for a new verifier: 140-190 ms for one check on the development machine
// (docs/privacy.md, "Lock"). Kept with each verifier, so a later version can raise it.
inline constexpr int kIterations = 35000;

// Replaces the verifier with one for `password` and a new random 16-byte salt, starts the
// PasswordThrottle's count again, and syncs the settings. Call it after every successful
// online sign-in; an empty password removes the verifier.
void remember(QSettings &settings, const QString &password);
// True only when a verifier is kept, reads well, and `password` matches it. A missing,
// malformed or altered verifier is false, never an exception or an endless derivation.
bool check(const QSettings &settings, const QString &password);
// True when a verifier is kept (it may still fail to read: check() decides).
bool isKnown(const QSettings &settings);
// Removes the verifier and syncs the settings.
void forget(QSettings &settings);

} // namespace OfflineVerifier

} // namespace lapor
