#pragma once

#include "core/case.h"
#include "store/timelinerepository.h"

#include <QList>

class QPlainTextDocumentLayout;
class QTextDocument;

namespace lapor {

class WorkingCalendar;

// Writes a case's timeline into a plain-text document: one bold heading per entry (when,
// what, who) and the entry's text below it, inserted as text, so nothing in an entry can
// turn into markup.
namespace TimelineText {
void write(QTextDocument *document, const Case &c, const QList<TimelineRepository::Event> &events,
           const WorkingCalendar &calendar);
QString heading(const TimelineRepository::Event &event);
// The nota dinas file (relative to the profile) of the entry `position` is in; empty for
// any other entry.
QString notaDinasFileAt(const QTextDocument *document, int position);
} // namespace TimelineText

} // namespace lapor
