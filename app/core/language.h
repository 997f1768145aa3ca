#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace lapor {

// The application speaks Indonesian first and English second.
namespace Language {
// "id" on an Indonesian system locale, "en" otherwise.
QString systemDefault();
// `code` is "id", "en" or empty for the system default. Returns the code installed.
QString install(QCoreApplication *app, const QString &code);
QLocale locale(const QString &code);
} // namespace Language

} // namespace lapor
