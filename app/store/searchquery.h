#pragma once

#include <QString>
#include <QStringList>

namespace lapor {

// Turns what a user types into an FTS5 MATCH expression: every word must appear, the
// last one (or all, for type-ahead) as a prefix. Quotes and FTS operators typed by the
// user are treated as plain text, so no input can make the query fail.
namespace SearchQuery {
QStringList terms(const QString &text);
// Empty when the text holds no searchable word.
QString toFtsMatch(const QString &text);
// Whether every case the terms `narrower` match is also matched by `wider`: each term of
// `wider` is the start of some term of `narrower` (typing on, or adding a word). Terms
// as terms() gives them; every term is a prefix and all must match.
bool narrows(const QStringList &wider, const QStringList &narrower);
} // namespace SearchQuery

} // namespace lapor
