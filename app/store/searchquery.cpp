#include "searchquery.h"

namespace lapor::SearchQuery {

QStringList terms(const QString &text)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && !out.contains(word))
            out.append(word);
        word.clear();
    };
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber())
            word += ch.toLower();
        else
            flush();
    }
    flush();
    return out;
}

QString toFtsMatch(const QString &text)
{
    QStringList parts;
    for (const QString &term : terms(text))
        parts.append(QLatin1Char('"') + term + QLatin1String("\"*"));
    return parts.join(QLatin1Char(' '));
}

} // namespace lapor::SearchQuery
