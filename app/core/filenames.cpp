#include "filenames.h"

namespace lapor::FileNames {

QString sanitise(const QString &name)
{
    QString out;
    const QString last = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    for (const QChar ch : last) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format
            || QStringLiteral(":*?\"<>|").contains(ch))
            out += QLatin1Char('_');
        else
            out += ch;
    }
    // Dots and spaces are stripped together: removing only the dots of ". .x" would leave
    // ".x" once the space is trimmed, and a second pass would change the name again.
    qsizetype start = 0;
    while (start < out.size() && (out.at(start) == QLatin1Char('.') || out.at(start).isSpace()))
        ++start;
    out.remove(0, start);
    if (out.size() > 120)
        out.truncate(out.at(119).isHighSurrogate() ? 119 : 120); // never half a character
    out = out.trimmed();
    return out.isEmpty() ? QStringLiteral("lampiran") : out;
}

bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar ch : id) {
        const bool plain = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'))
            || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
            || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('-')
            || ch == QLatin1Char('_');
        if (!plain)
            return false;
    }
    return true;
}

} // namespace lapor::FileNames
