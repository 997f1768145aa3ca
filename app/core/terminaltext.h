#pragma once

#include <QByteArray>
#include <QString>

namespace lapor {

// Text from the hub or from a person, made safe to print on a terminal. A terminal acts on
// what it receives: ESC and the other C0/C1 controls can retitle the window, move the cursor
// or rewrite lines already shown, and bidi overrides or zero-width characters make a line
// read differently from what it holds. Each such character is shown instead of being acted
// on, so a reader sees what the text really contains:
//
//   C0 controls, DEL, C1 controls   \x1b  \x07  \x7f  \x9b   (tab \t, CR \r, LF \n)
//   format characters (Unicode Cf:  <U+202E>  <U+200B>  <U+FEFF>  <U+E0041>
//   bidi marks, overrides and isolates, zero-width characters, the BOM, tags),
//   line and paragraph separators,
//   unpaired surrogates
//
// Everything else, Indonesian text, emoji and other scripts included, is kept as it is.
// A backslash is kept too: the escapes are for reading, not for decoding back.
namespace TerminalText {

// One field on one line (a title, a name, a table cell): line breaks and tabs are shown
// as \n and \t too, so a field never spills onto the next line or into the next column.
QString safe(const QString &text);

// A block of several lines (a draft's text): line breaks are kept, CR LF read as one, and
// tabs are kept; everything else as safe().
QString safeLines(const QString &text);

// Whether safe() shows this code point as an escape rather than printing it.
bool isHidden(char32_t codePoint);

// JSON text for a terminal, with the same meaning: every hidden code point inside a string
// written as a \uXXXX escape (a pair of them beyond U+FFFF), which any JSON reader turns back
// into the original character. The whitespace between tokens is kept. `json` is UTF-8, as
// QJsonDocument::toJson() writes it.
QByteArray json(const QByteArray &json);

} // namespace TerminalText

} // namespace lapor
