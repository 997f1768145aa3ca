#pragma once

#include <QByteArray>
#include <QString>

namespace lapor::test {

// The whole file, or nothing when it cannot be read.
QByteArray readFile(const QString &path);
// Writes `bytes` as the whole file (replacing one that is there), making its folder
// first. False when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace lapor::test
