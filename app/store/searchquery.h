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
} // namespace SearchQuery

} // namespace lapor
