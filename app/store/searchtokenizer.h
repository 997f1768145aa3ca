#pragma once

#include <QSqlDatabase>

#include <string>
#include <string_view>

struct sqlite3;

namespace lapor {

// The FTS5 side of search (schema 13, resources/sql/013_search_forms.sql; docs/inbox.md).
//
// Tokenizer "lapor": unicode61's words (case and accents folded, its options passed on),
// and beside each word, at the same position, the forms SearchNormaliser gives it:
// "^belum" for "blm", "~baik" for "diperbaiki". In a query a quoted "^word" or "~stem" is
// read as that one term, so SearchQuery can ask for a form by name. The index holds a form
// as formTerm() writes it (schema 17).
//
// Function lapor_rank(case_search, kinds): how each query word was matched, for ORDER BY.
// `kinds` is the shape SearchQuery::phraseKinds() gives the MATCH expression.
//
// Registered on every connection the store opens, before its schema is touched.
namespace SearchTokenizer {
bool registerOn(sqlite3 *handle);
// The same on an open Qt SQLite connection (one the store did not open: a test's second
// writer, a tool).
bool registerOn(const QSqlDatabase &connection);
// The term the index holds for a form: `marker` is SearchNormaliser::kExpandedMarker or
// kStemMarker, `word` the folded word. A byte that opens a UTF-8 sequence, then the word
// in bytes that continue it, so that FTS5 counts it as one character and writes it into
// no prefix index.
std::string formTerm(char marker, std::string_view word);
} // namespace SearchTokenizer

} // namespace lapor
