#pragma once

#include <QByteArray>
#include <QString>

namespace lapor::hub::FakeFiles {

// Small but valid files for generated attachments, so a client's viewer opens them.
QByteArray png(int width, int height, quint32 rgb);
QByteArray pdf(const QString &line);

} // namespace lapor::hub::FakeFiles
