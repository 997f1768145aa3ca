#pragma once

#include <QString>
#include <QStringList>

namespace lapor::TechnicalText {

// What marks a text as written for a developer rather than for the person at the desk: SQL
// and SQLite messages, Qt's and the network's error strings, errno names, memory addresses
// and paths inside the profile. Such text goes into a message's details, never its main
// text (docs/messages.md).
QStringList markers();

// True when `text` holds any marker or a file path.
bool looksTechnical(const QString &text);

} // namespace lapor::TechnicalText
