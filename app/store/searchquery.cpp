#include "searchquery.h"

#include "searchnormaliser.h"

#include <algorithm>

namespace lapor::SearchQuery {

namespace {

QString marked(char marker, const std::string &word)
{
    return QLatin1Char(marker) + QString::fromStdString(word);
}

QString quoted(const Phrase &phrase)
{
    return QLatin1Char('"') + phrase.text
        + (phrase.prefix ? QLatin1String("\"*") : QLatin1String("\""));
}

// The terms the index holds for one word of a text, as the tokenizer writes them.
QStringList indexTerms(const QString &word)
{
    const QString folded = SearchNormaliser::fold(word);
    QStringList out { folded };
    const auto forms = SearchNormaliser::instance().forms(folded.toStdString());
    if (!forms.expanded.empty())
        out.append(marked(SearchNormaliser::kExpandedMarker, forms.expanded));
    if (!forms.stem.empty())
        out.append(marked(SearchNormaliser::kStemMarker, forms.stem));
    return out;
}

bool phraseMatches(const Phrase &phrase, const QStringList &indexed)
{
    if (phrase.prefix)
        return indexed.first().startsWith(phrase.text);
    return indexed.contains(phrase.text);
}

template<typename Fn> void forEachWord(const QString &text, Fn fn)
{
    // Words as terms() cuts them, by code point, with their offsets in UTF-16.
    qsizetype start = -1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        char32_t ch = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ch = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const bool inWord = QChar::isLetterOrNumber(ch) || (QChar::isMark(ch) && start >= 0);
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            fn(start, i - start);
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        fn(start, n - start);
}

} // namespace

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

QList<Phrase> phrases(const QString &term)
{
    const auto &normaliser = SearchNormaliser::instance();
    const QString folded = SearchNormaliser::fold(term);
    const std::string word = folded.toStdString();
    QList<Phrase> out { { folded.isEmpty() ? term : folded, Phrase::Kind::Surface, true } };
    auto add = [&out](QString text, Phrase::Kind kind) {
        const bool known = std::any_of(out.cbegin(), out.cend(), [&text](const Phrase &p) {
            return !p.prefix && p.text == text;
        });
        if (!known)
            out.append({ std::move(text), kind, false });
    };
    if (normaliser.isExpansion(word))
        add(marked(SearchNormaliser::kExpandedMarker, word), Phrase::Kind::Abbreviation);
    const auto forms = normaliser.forms(word);
    const std::string base = forms.expanded.empty() ? word : forms.expanded;
    if (!forms.expanded.empty()) {
        add(QString::fromStdString(base), Phrase::Kind::Abbreviation);
        if (normaliser.isExpansion(base))
            add(marked(SearchNormaliser::kExpandedMarker, base), Phrase::Kind::Abbreviation);
    }
    // A standalone stem joins the affixed forms to each other, never to the bare word:
    // "perbaikan" finds "diperbaiki", but neither finds nor is found by "baik pak".
    if (!forms.stem.empty()) {
        add(marked(SearchNormaliser::kStemMarker, forms.stem), Phrase::Kind::Stem);
        if (!normaliser.isStandalone(forms.stem)) {
            add(QString::fromStdString(forms.stem), Phrase::Kind::Stem);
            if (normaliser.isExpansion(forms.stem))
                add(marked(SearchNormaliser::kExpandedMarker, forms.stem), Phrase::Kind::Stem);
        }
    } else if (forms.isStem && !normaliser.isStandalone(base)) {
        add(marked(SearchNormaliser::kStemMarker, base), Phrase::Kind::Stem);
    }
    return out;
}

QString toFtsMatch(const QString &text)
{
    QStringList groups;
    for (const QString &term : terms(text)) {
        const auto alternatives = phrases(term);
        QStringList parts;
        for (const Phrase &phrase : alternatives)
            parts.append(quoted(phrase));
        groups.append(parts.size() == 1 ? parts.first()
                                        : QLatin1Char('(') + parts.join(QLatin1String(" OR "))
                              + QLatin1Char(')'));
    }
    // FTS5 reads two phrases side by side as AND, but not a phrase beside a parenthesis.
    return groups.join(QLatin1String(" AND "));
}

QString phraseKinds(const QString &text)
{
    QStringList groups;
    for (const QString &term : terms(text)) {
        QString kinds;
        for (const Phrase &phrase : phrases(term)) {
            switch (phrase.kind) {
            case Phrase::Kind::Surface:
                kinds += QLatin1Char('s');
                break;
            case Phrase::Kind::Abbreviation:
                kinds += QLatin1Char('a');
                break;
            case Phrase::Kind::Stem:
                kinds += QLatin1Char('t');
                break;
            }
        }
        groups.append(kinds);
    }
    return groups.join(QLatin1Char('|'));
}

bool narrows(const QStringList &wider, const QStringList &narrower)
{
    for (const QString &term : wider) {
        // A longer word finds no more than its start only when it has no other form:
        // "rusa" finds nothing, yet "rusak" finds "kerusakan" through its stem.
        const bool kept = std::any_of(narrower.begin(), narrower.end(), [&term](const QString &t) {
            return t == term || (t.startsWith(term) && phrases(t).size() == 1);
        });
        if (!kept)
            return false;
    }
    return true;
}

QList<Span> matchedWords(const QString &text, const QStringList &terms)
{
    QList<QList<Phrase>> alternatives;
    for (const QString &term : terms)
        alternatives.append(phrases(term));
    QList<Span> out;
    if (alternatives.isEmpty())
        return out;
    forEachWord(text, [&](qsizetype start, qsizetype length) {
        const QStringList indexed = indexTerms(text.mid(start, length));
        const bool hit = std::any_of(
            alternatives.cbegin(), alternatives.cend(), [&indexed](const QList<Phrase> &term) {
                return std::any_of(term.cbegin(), term.cend(), [&indexed](const Phrase &p) {
                    return phraseMatches(p, indexed);
                });
            });
        if (hit)
            out.append({ start, length });
    });
    return out;
}

} // namespace lapor::SearchQuery
