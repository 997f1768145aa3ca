#include "ctloutput.h"

#include "core/terminaltext.h"

#include <QJsonDocument>
#include <QTextStream>

namespace lapor::CtlOutput {

void line(QTextStream &out, const QString &text)
{
    out << TerminalText::safe(text) << Qt::endl;
}

void row(QTextStream &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out << '\t';
        out << TerminalText::safe(fields.at(i));
    }
    out << '\n';
}

void block(QTextStream &out, const QString &text, const QString &indent)
{
    const QStringList lines = TerminalText::safeLines(text).split(QLatin1Char('\n'));
    for (const QString &l : lines)
        out << indent << l << '\n';
}

void json(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(TerminalText::json(document.toJson(QJsonDocument::Indented)));
    out.flush();
}

} // namespace lapor::CtlOutput
