#include "terminaltext.h"

namespace lapor::TerminalText {

namespace {

enum class Breaks { Shown, Kept };

void appendHex(QString &out, const char *prefix, char32_t value, int digits, const char *suffix)
{
    out += QLatin1String(prefix);
    out += QString::number(uint(value), 16).rightJustified(digits, QLatin1Char('0'));
    out += QLatin1String(suffix);
}

void appendEscape(QString &out, char32_t codePoint)
{
    switch (codePoint) {
    case U'\n':
        out += QLatin1String("\\n");
        return;
    case U'\r':
        out += QLatin1String("\\r");
        return;
    case U'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    if (codePoint < 0xa0) {
        appendHex(out, "\\x", codePoint, 2, "");
        return;
    }
    // Upper case, as the code charts write it: <U+202E>.
    const qsizetype start = out.size();
    appendHex(out, "<U+", codePoint, 4, ">");
    for (qsizetype i = start; i < out.size(); ++i)
        out[i] = out.at(i).toUpper();
}

// The code point at `i`, and how many UTF-16 units it takes; an unpaired surrogate is
// returned as itself.
char32_t codePointAt(const QString &text, qsizetype i, qsizetype *units)
{
    const QChar ch = text.at(i);
    if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(ch, text.at(i + 1));
    }
    *units = 1;
    return ch.unicode();
}

QString escaped(const QString &text, Breaks breaks)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t codePoint = codePointAt(text, i, &units);
        const bool lineBreak = codePoint == U'\n'
            || (codePoint == U'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n');
        if (breaks == Breaks::Kept && (lineBreak || codePoint == U'\t')) {
            if (codePoint == U'\r')
                ++i; // CR LF: the LF follows
            out += text.at(i);
        } else if (breaks == Breaks::Shown && codePoint == U'\r' && lineBreak) {
            out += QLatin1String("\\n");
            ++i;
        } else if (isHidden(codePoint)) {
            appendEscape(out, codePoint);
        } else {
            out += QStringView(text).mid(i, units);
        }
        i += units;
    }
    return out;
}

} // namespace

bool isHidden(char32_t codePoint)
{
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || codePoint > 0x10ffff)
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Format: // bidi controls, zero-width characters, BOM, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString safe(const QString &text)
{
    return escaped(text, Breaks::Shown);
}

QString safeLines(const QString &text)
{
    return escaped(text, Breaks::Kept);
}

QByteArray json(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t codePoint = codePointAt(text, i, &units);
        // A JSON writer escapes controls inside strings itself, so a raw line break, tab or
        // CR can only be whitespace between tokens.
        const bool whitespace = codePoint == U'\n' || codePoint == U'\t' || codePoint == U'\r';
        if (isHidden(codePoint) && !whitespace) {
            for (qsizetype u = i; u < i + units; ++u)
                appendHex(out, "\\u", text.at(u).unicode(), 4, "");
        } else {
            out += QStringView(text).mid(i, units);
        }
        i += units;
    }
    return out.toUtf8();
}

} // namespace lapor::TerminalText
