#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lapor::hub {

// laporhub --config FILE: KEY=value lines, one per option, read before the command line so
// that the command line wins. Keys are the long option names (data, listen, tls-cert, …);
// a flag takes yes or no. Blank lines and lines starting with # are skipped. Options that
// act and exit (--set-password, …) and the test-only ones (--simulate, --clock-offset) are
// not accepted: a service must not run them on every start.
class ConfigFile
{
public:
    // The options as command-line arguments ("--listen=0.0.0.0:8080", "--allow-password-grant"),
    // or an empty list and *error ("line 3: …") when the text is not a valid config.
    static QStringList arguments(const QByteArray &text, QString *error);
    // The same for a file; *error names the file when it cannot be read.
    static QStringList readFile(const QString &path, QString *error);
    static QStringList keys();
};

} // namespace lapor::hub
