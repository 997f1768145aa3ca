#pragma once

#include "core/textdiff.h"

class QPlainTextEdit;

namespace lapor {

// Shows a diff in a read-only text view: inserted words on green, deleted words struck
// through on red. The text goes in through QTextCursor::insertText with character
// formats, never through HTML, so a draft that contains markup shows it as typed.
namespace DiffText {
void show(QPlainTextEdit *view, const QList<TextDiff::Segment> &segments);
// "+12 kata, −3 kata" or "tidak ada perubahan".
QString summary(const QList<TextDiff::Segment> &segments);
} // namespace DiffText

} // namespace lapor
