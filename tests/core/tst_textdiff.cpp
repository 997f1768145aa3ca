#include "core/textdiff.h"

#include <QtTest>

using namespace lapor;
using TextDiff::Op;
using TextDiff::Segment;

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalTextIsOneEqualSegment();
    void emptySides();
    void oneWordChangedInLongLine();
    void lineInsertedAndDeleted();
    void rebuildsBothSides_data();
    void rebuildsBothSides();
    void wordsAndLinesKeepEveryCharacter();
    void hugeBlockFallsBackToReplace();
    void stats();
};

void TestTextDiff::identicalTextIsOneEqualSegment()
{
    const QString text = QStringLiteral("Yth. Bapak/Ibu,\nLaporan telah kami terima.\n");
    const auto segments = TextDiff::diff(text, text);
    QCOMPARE(segments, (QList<Segment> { { Op::Equal, text } }));
}

void TestTextDiff::emptySides()
{
    QVERIFY(TextDiff::diff(QString(), QString()).isEmpty());
    QCOMPARE(TextDiff::diff(QString(), QStringLiteral("baru")),
             (QList<Segment> { { Op::Insert, QStringLiteral("baru") } }));
    QCOMPARE(TextDiff::diff(QStringLiteral("lama"), QString()),
             (QList<Segment> { { Op::Delete, QStringLiteral("lama") } }));
}

void TestTextDiff::oneWordChangedInLongLine()
{
    const auto segments
        = TextDiff::diff(QStringLiteral("Perbaikan jalan dijadwalkan hari Senin.\nSalam."),
                         QStringLiteral("Perbaikan jalan dijadwalkan hari Rabu.\nSalam."));
    const QList<Segment> expected {
        { Op::Equal, QStringLiteral("Perbaikan jalan dijadwalkan hari ") },
        { Op::Delete, QStringLiteral("Senin.") },
        { Op::Insert, QStringLiteral("Rabu.") },
        { Op::Equal, QStringLiteral("\nSalam.") },
    };
    QCOMPARE(segments, expected);
}

void TestTextDiff::lineInsertedAndDeleted()
{
    const QString before = QStringLiteral("satu\ndua\ntiga\n");
    const QString after = QStringLiteral("satu\ntiga\nempat\n");
    const QList<Segment> expected {
        { Op::Equal, QStringLiteral("satu\n") },
        { Op::Delete, QStringLiteral("dua\n") },
        { Op::Equal, QStringLiteral("tiga\n") },
        { Op::Insert, QStringLiteral("empat\n") },
    };
    QCOMPARE(TextDiff::diff(before, after), expected);
}

void TestTextDiff::rebuildsBothSides_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("reorder") << QStringLiteral("a b c d\ne f") << QStringLiteral("d c b a\nf e");
    QTest::newRow("no trailing newline")
        << QStringLiteral("Terima kasih.\nSalam") << QStringLiteral("Terima kasih.\nSalam hormat");
    QTest::newRow("whitespace only") << QStringLiteral("a  b\n\n c") << QStringLiteral("a b\n c\n");
    QTest::newRow("html stays text")
        << QStringLiteral("<b>tebal</b> & x") << QStringLiteral("<i>miring</i> & y");
    QTest::newRow("unicode") << QStringLiteral("Jl. Ahmad Yani — RT 03\n✓ selesai")
                             << QStringLiteral("Jl. A. Yani — RT 04\n✓ selesai ✓");
}

void TestTextDiff::rebuildsBothSides()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const auto segments = TextDiff::diff(before, after);
    QCOMPARE(TextDiff::side(segments, Op::Delete), before);
    QCOMPARE(TextDiff::side(segments, Op::Insert), after);
    for (int i = 1; i < segments.size(); ++i)
        QVERIFY(segments.at(i).op != segments.at(i - 1).op);
}

void TestTextDiff::wordsAndLinesKeepEveryCharacter()
{
    const QString text = QStringLiteral("  dua  kata\n\nbaris\tketiga ");
    QCOMPARE(TextDiff::words(text).join(QString()), text);
    QCOMPARE(TextDiff::lines(text).join(QString()), text);
    QCOMPARE(TextDiff::lines(text).size(), 3);
    QCOMPARE(TextDiff::words(QStringLiteral("a b")),
             (QStringList { QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("b") }));
}

void TestTextDiff::hugeBlockFallsBackToReplace()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 300; ++i) {
        a.append(QString::number(i));
        b.append(QString::number((i * 7 + 1) % 300));
    }
    // Over the cell budget: no matches at all, never a stall.
    QVERIFY(TextDiff::lcs(a, b, 1000).isEmpty());
    QVERIFY(!TextDiff::lcs(a, b).isEmpty());
    // Common head and tail are matched even when the middle is over the budget.
    a.prepend(QStringLiteral("head"));
    b.prepend(QStringLiteral("head"));
    const auto matches = TextDiff::lcs(a, b, 1000);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first(), qMakePair(0, 0));
}

void TestTextDiff::stats()
{
    const auto s
        = TextDiff::stats(TextDiff::diff(QStringLiteral("jalan rusak berat di sini"),
                                         QStringLiteral("jalan sudah diperbaiki di sini")));
    QCOMPARE(s.insertedWords, 2);
    QCOMPARE(s.deletedWords, 2);
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
