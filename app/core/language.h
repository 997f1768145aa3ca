#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace lapor {

// The application speaks Indonesian first and English second.
namespace Language {
// The language the desk starts in when the user has chosen none: "en" on an English
// system locale, "id" on every other one. A fresh install often runs in the C/POSIX
// locale, and an office PC may be set to Javanese or Sundanese: all of them get
// Indonesian, the language of the work, rather than English.
QString defaultFor(const QLocale &system);
QString systemDefault();
// `code` is "id", "en" or empty for the system default. Returns the code installed.
QString install(QCoreApplication *app, const QString &code);
QLocale locale(const QString &code);
} // namespace Language

} // namespace lapor
