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
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    out = out.left(120).trimmed();
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
