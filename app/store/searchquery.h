#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lapor {

// Turns what a user types into an FTS5 MATCH expression: every word must appear, in its
// own form (the last one, or all, for type-ahead, as a prefix) or in one of the forms
// SearchNormaliser gives it (docs/inbox.md, "How search reads Indonesian"). Quotes and
// FTS operators typed by the user are treated as plain text, so no input can make the
// query fail.
namespace SearchQuery {

// One alternative for a query word: "perbaikan"* (the word as typed, a prefix), "~baik"
// (words of the same stem), "^belum" (abbreviations of the word), "rusak" (the bare stem).
struct Phrase
{
    enum class Kind { Surface, Abbreviation, Stem };
    QString text; // as the index holds it: folded, with the form's marker
    Kind kind = Kind::Surface;
    bool prefix = false;
};

QStringList terms(const QString &text);
// The alternatives of one word of terms(); the first is always the word itself.
QList<Phrase> phrases(const QString &term);
// Empty when the text holds no searchable word.
QString toFtsMatch(const QString &text);
// The argument lapor_rank() needs for toFtsMatch(text) (app/store/searchtokenizer.h).
QString phraseKinds(const QString &text);
// Whether every case the terms `narrower` match is also matched by `wider`: each term of
// `wider` is in `narrower`, or is the start of a term of it that has no other form
// (typing on, or adding a word). Terms as terms() gives them.
bool narrows(const QStringList &wider, const QStringList &narrower);

// Where a word of a text matched: offsets in the text.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};
// The words of `text` that the query `terms` matches, each as the index reads it: the
// words highlighted in a case, and the matched words lapordeskctl prints.
QList<Span> matchedWords(const QString &text, const QStringList &terms);

} // namespace SearchQuery

} // namespace lapor
