#include "protocol/problemtype.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace lapor::protocol;

// The problem types are the one table both the hub and the desk use; the contract page
// must describe every one of them.
class TestProblemTypes : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void refusesOthers();
    void documented();
};

void TestProblemTypes::roundTrips()
{
    QSet<QString> keys;
    for (ProblemType type : ProblemTypes::all()) {
        const QString key = ProblemTypes::key(type);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(ProblemTypes::uri(type), QStringLiteral("urn:lapor:problem:") + key);
        QCOMPARE(ProblemTypes::fromUri(ProblemTypes::uri(type)), type);
    }
    QCOMPARE(keys.size(), 33);
}

void TestProblemTypes::refusesOthers()
{
    QCOMPARE(ProblemTypes::fromUri(QString()), ProblemType::Unknown);
    QCOMPARE(ProblemTypes::fromUri(QStringLiteral("cursor-expired")), ProblemType::Unknown);
    QCOMPARE(ProblemTypes::fromUri(QStringLiteral("urn:lapor:problem:")), ProblemType::Unknown);
    QCOMPARE(ProblemTypes::fromUri(QStringLiteral("urn:lapor:problem:cursor-expired-x")),
             ProblemType::Unknown);
    QCOMPARE(ProblemTypes::fromUri(QStringLiteral("https://example.org/cursor-expired")),
             ProblemType::Unknown);
    QVERIFY(ProblemTypes::key(ProblemType::Unknown).isEmpty());
}

void TestProblemTypes::documented()
{
    QFile doc(QStringLiteral(LAPOR_HUB_API_DOC));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString text = QString::fromUtf8(doc.readAll());
    for (ProblemType type : ProblemTypes::all()) {
        const QString quoted = QLatin1Char('`') + ProblemTypes::key(type) + QLatin1Char('`');
        QVERIFY2(text.contains(quoted), qPrintable(quoted));
    }
}

QTEST_GUILESS_MAIN(TestProblemTypes)
#include "tst_problemtypes.moc"
