#include "searchquery.h"

#include <algorithm>

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
    // By code point, so letters outside the BMP stay whole, and combining marks stay in
    // their word as FTS5's unicode61 tokenizer keeps them ("se\u0301kolah" is one word).
    for (const char32_t ch : text.toUcs4()) {
        if (QChar::isLetterOrNumber(ch) || (QChar::isMark(ch) && !word.isEmpty()))
            word += QString::fromUcs4(&ch, 1).toLower();
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

bool narrows(const QStringList &wider, const QStringList &narrower)
{
    for (const QString &term : wider) {
        const bool kept = std::any_of(narrower.begin(), narrower.end(),
                                      [&term](const QString &t) { return t.startsWith(term); });
        if (!kept)
            return false;
    }
    return true;
}

} // namespace lapor::SearchQuery
