#pragma once

#include <QString>
#include <QStringList>

class QJsonDocument;
class QTextStream;

namespace lapor::CtlOutput {

// How lapordeskctl prints. Titles, names, ids, notes, drafts and error messages come from
// the hub or from people, so everything a command prints goes through these, each made
// safe for a terminal by TerminalText (docs/privacy.md, "Exports and the CLI").

// One line for people; a line break inside it is shown as \n. Flushed, so progress and
// errors appear as they happen.
void line(QTextStream &out, const QString &text);
// One record of a listing: tab-separated fields, each kept on its own line and column.
void row(QTextStream &out, const QStringList &fields);
// Text of several lines (a draft), each line indented.
void block(QTextStream &out, const QString &text, const QString &indent);
// --json output: the original text for the program that reads it, with every character a
// terminal would act on written as a JSON escape.
void json(QTextStream &out, const QJsonDocument &document);

} // namespace lapor::CtlOutput
