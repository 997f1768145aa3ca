#pragma once

#include <QString>

namespace lapor {

// Names that come from outside (a reporter's attachment, a hub id) made safe to use as one
// component of a path in the profile.
namespace FileNames {
// The last path component only, without control characters, characters Windows refuses,
// or leading dots; at most 120 characters; "lampiran" when nothing is left.
QString sanitise(const QString &name);
// An id is used as a folder name only when it is plain: letters, digits, '-' and '_'.
bool isPlainId(const QString &id);
} // namespace FileNames

} // namespace lapor
