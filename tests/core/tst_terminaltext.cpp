#include "core/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lapor;

namespace {

// What a terminal acts on or hides, written out here rather than taken from the code under
// test: C0 and C1 controls, DEL, the bidi controls, the zero-width characters and the BOM.
bool actedOn(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff || c == 0x2028 || c == 0x2029;
}

// The first code point a terminal would act on, or -1.
qint64 firstActedOn(const QString &text, bool linesAllowed)
{
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints) {
        if (linesAllowed && (c == U'\n' || c == U'\t'))
            continue;
        if (actedOn(c))
            return c;
    }
    return -1;
}

// By hand: QString::fromUcs4() would drop a U+FEFF as a byte order mark.
QString fromCodePoint(char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        const QChar pair[2] = { QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c)) };
        return QString(pair, 2);
    }
    return QString(QChar(char16_t(c)));
}

} // namespace

class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsKept_data();
    void plainTextIsKept();
    void safe_data();
    void safe();
    void safeLines_data();
    void safeLines();
    void everyCodePoint();
    void unpairedSurrogates();
    void jsonKeepsTheText_data();
    void jsonKeepsTheText();
    void jsonKeepsItsLayout();
};

void TestTerminalText::plainTextIsKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("Jalan berlubang di Jl. Ahmad Yani km 5");
    QTest::newRow("punctuation") << QStringLiteral("=1+1 \"kutip\" 'satu' \\ / ~ ` {} <>");
    QTest::newRow("accents") << QStringLiteral("Café Mañana Ærø");
    QTest::newRow("arabic") << QStringLiteral("السلام عليكم");
    QTest::newRow("javanese") << QStringLiteral("ꦲꦏ꧀ꦱꦫꦗꦮ");
    QTest::newRow("emoji") << QStringLiteral("Terima kasih 🙏👍");
    QTest::newRow("no-break space") << QStringLiteral("Rp\u00a0500.000");
    QTest::newRow("empty") << QString();
}

void TestTerminalText::plainTextIsKept()
{
    QFETCH(QString, text);
    QCOMPARE(TerminalText::safe(text), text);
    QCOMPARE(TerminalText::safeLines(text), text);
}

void TestTerminalText::safe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("window title") << QStringLiteral("\x1b]0;hacked\x07Judul")
                                  << QStringLiteral("\\x1b]0;hacked\\x07Judul");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[HJudul")
                                  << QStringLiteral("\\x1b[2J\\x1b[HJudul");
    QTest::newRow("8-bit CSI") << QStringLiteral("a\u009b31mb") << QStringLiteral("a\\x9b31mb");
    QTest::newRow("8-bit OSC and ST")
        << QStringLiteral("\u009d0;x\u009c") << QStringLiteral("\\x9d0;x\\x9c");
    QTest::newRow("NEL") << QStringLiteral("a\u0085b") << QStringLiteral("a\\x85b");
    QTest::newRow("NUL") << QString(QChar(0)).append(u'x') << QStringLiteral("\\x00x");
    QTest::newRow("DEL") << QStringLiteral("ab\x7f") << QStringLiteral("ab\\x7f");
    QTest::newRow("backspace") << QStringLiteral("rahasia\b\b\b")
                               << QStringLiteral("rahasia\\x08\\x08\\x08");
    QTest::newRow("CR rewrites the line")
        << QStringLiteral("aman\rBAHAYA") << QStringLiteral("aman\\rBAHAYA");
    QTest::newRow("LF") << QStringLiteral("baris 1\nbaris 2")
                        << QStringLiteral("baris 1\\nbaris 2");
    QTest::newRow("CR LF is one break")
        << QStringLiteral("baris 1\r\nbaris 2") << QStringLiteral("baris 1\\nbaris 2");
    QTest::newRow("LF CR") << QStringLiteral("a\n\rb") << QStringLiteral("a\\n\\rb");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("vertical tab, form feed")
        << QStringLiteral("a\x0b\x0c") << QStringLiteral("a\\x0b\\x0c");
    QTest::newRow("RLO") << QStringLiteral("invoice\u202efdp.exe")
                         << QStringLiteral("invoice<U+202E>fdp.exe");
    QTest::newRow("LRE RLE PDF LRO") << QStringLiteral("\u202a\u202b\u202c\u202d")
                                     << QStringLiteral("<U+202A><U+202B><U+202C><U+202D>");
    QTest::newRow("isolates") << QStringLiteral("\u2066\u2067\u2068\u2069")
                              << QStringLiteral("<U+2066><U+2067><U+2068><U+2069>");
    QTest::newRow("marks") << QStringLiteral("\u200e\u200f\u061c")
                           << QStringLiteral("<U+200E><U+200F><U+061C>");
    QTest::newRow("zero width") << QStringLiteral("ad\u200bmin\u200c\u200d\u2060")
                                << QStringLiteral("ad<U+200B>min<U+200C><U+200D><U+2060>");
    QTest::newRow("BOM") << QStringLiteral("\ufeffJudul") << QStringLiteral("<U+FEFF>Judul");
    QTest::newRow("line and paragraph separators")
        << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a<U+2028>b<U+2029>c");
    QTest::newRow("soft hyphen") << QStringLiteral("pung\u00adli")
                                 << QStringLiteral("pung<U+00AD>li");
    QTest::newRow("tag characters beyond U+FFFF")
        << QString(QStringLiteral("a") + fromCodePoint(0xe0041) + fromCodePoint(0xe007f))
        << QStringLiteral("a<U+E0041><U+E007F>");
    QTest::newRow("mixed with Indonesian")
        << QStringLiteral("Pungli di loket \x1b[8mtersembunyi\x1b[0m 🙏")
        << QStringLiteral("Pungli di loket \\x1b[8mtersembunyi\\x1b[0m 🙏");
}

void TestTerminalText::safe()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const QString out = TerminalText::safe(text);
    QCOMPARE(out, shown);
    QCOMPARE(firstActedOn(out, false), -1);
    QVERIFY(!out.contains(QLatin1Char('\n')));
}

void TestTerminalText::safeLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("lines kept") << QStringLiteral("Yth. Bapak,\n\nTerima kasih.\n")
                                << QStringLiteral("Yth. Bapak,\n\nTerima kasih.\n");
    QTest::newRow("CR LF read as LF")
        << QStringLiteral("satu\r\ndua\r\n") << QStringLiteral("satu\ndua\n");
    QTest::newRow("lone CR shown") << QStringLiteral("satu\rdua") << QStringLiteral("satu\\rdua");
    QTest::newRow("tab kept") << QStringLiteral("1.\tJalan") << QStringLiteral("1.\tJalan");
    QTest::newRow("escape in a line")
        << QStringLiteral("baris\n\x1b]0;x\x07") << QStringLiteral("baris\n\\x1b]0;x\\x07");
    QTest::newRow("bidi in a line")
        << QStringLiteral("a\n\u202eb") << QStringLiteral("a\n<U+202E>b");
    QTest::newRow("separator is not a break")
        << QStringLiteral("a\u2028b") << QStringLiteral("a<U+2028>b");
}

void TestTerminalText::safeLines()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const QString out = TerminalText::safeLines(text);
    QCOMPARE(out, shown);
    QCOMPARE(firstActedOn(out, true), -1);
}

void TestTerminalText::everyCodePoint()
{
    // Every code point, alone and between letters: nothing a terminal acts on gets through,
    // what is hidden is shown as an escape, and everything else is printed as it is.
    int hidden = 0;
    for (char32_t c = 0; c <= 0x10ffff; ++c) {
        if (c >= 0xd800 && c <= 0xdfff)
            continue; // not a character on its own; unpairedSurrogates()
        const QString in = QString(QLatin1Char('a') + fromCodePoint(c) + QLatin1Char('b'));
        const QString out = TerminalText::safe(in);
        if (firstActedOn(out, false) != -1 || out.contains(QLatin1Char('\n')))
            QFAIL(qPrintable(QStringLiteral("U+%1 got through").arg(uint(c), 4, 16)));
        if (actedOn(c) && !TerminalText::isHidden(c))
            QFAIL(qPrintable(QStringLiteral("U+%1 not hidden").arg(uint(c), 4, 16)));
        if (TerminalText::isHidden(c)) {
            ++hidden;
            if (out == in)
                QFAIL(qPrintable(QStringLiteral("U+%1 printed raw").arg(uint(c), 4, 16)));
        } else if (out != in) {
            QFAIL(qPrintable(QStringLiteral("U+%1 changed").arg(uint(c), 4, 16)));
        }
    }
    // 65 controls, 2 separators and the format characters (about 170 in Unicode 15).
    QVERIFY2(hidden > 67 + 150 && hidden < 67 + 250, qPrintable(QString::number(hidden)));
}

void TestTerminalText::unpairedSurrogates()
{
    const QString high = QString(QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"));
    QCOMPARE(TerminalText::safe(high), QStringLiteral("a<U+D83D>b"));
    const QString low = QString(QStringLiteral("a") + QChar(0xde4f));
    QCOMPARE(TerminalText::safe(low), QStringLiteral("a<U+DE4F>"));
    // A pair is one character and is kept.
    QCOMPARE(TerminalText::safe(QStringLiteral("🙏")), QStringLiteral("🙏"));
}

void TestTerminalText::jsonKeepsTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Jalan rusak, mohon dicek 🙏");
    QTest::newRow("escape") << QStringLiteral("\x1b]0;hacked\x07 judul\r\nbaris\t2");
    QTest::newRow("C1 and DEL") << QStringLiteral("\u009b31m\u0085\x7f");
    QTest::newRow("bidi and zero width")
        << QStringLiteral("\u202eabc\u2066\u200b\u200d\u2060\ufeff\u061c\u2028");
    QTest::newRow("beyond U+FFFF") << QString(QStringLiteral("a") + fromCodePoint(0xe0041));
    QTest::newRow("quotes and backslash") << QStringLiteral("\"kutip\" \\n bukan baris");
}

void TestTerminalText::jsonKeepsTheText()
{
    QFETCH(QString, text);
    const QJsonObject object { { QStringLiteral("title"), text },
                               { QStringLiteral("list"), QJsonArray { text, 1 } } };
    for (const auto format : { QJsonDocument::Indented, QJsonDocument::Compact }) {
        const QByteArray json = TerminalText::json(QJsonDocument(object).toJson(format));
        // Nothing a terminal acts on in the bytes, and a JSON reader gets the text back.
        QCOMPARE(firstActedOn(QString::fromUtf8(json), true), -1);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object().value(QStringLiteral("title")).toString(), text);
        QCOMPARE(back.object().value(QStringLiteral("list")).toArray().at(0).toString(), text);
    }
}

void TestTerminalText::jsonKeepsItsLayout()
{
    const QByteArray indented
        = QJsonDocument(QJsonObject { { QStringLiteral("a"), 1 } }).toJson(QJsonDocument::Indented);
    QCOMPARE(TerminalText::json(indented), indented);
    QCOMPARE(TerminalText::json(QByteArrayLiteral("{\"t\":\"\xe2\x80\xae\"}")),
             QByteArrayLiteral("{\"t\":\"\\u202e\"}"));
    QCOMPARE(TerminalText::json(QByteArrayLiteral("[\"\xf3\xa0\x81\x81\"]")),
             QByteArrayLiteral("[\"\\udb40\\udc41\"]"));
}

QTEST_APPLESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
