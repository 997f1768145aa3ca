#include "core/case.h"
#include "core/caseprivacy.h"

#include <QTest>

using namespace lapor;

// The one rule every export and the CLI apply: what of a case may be shown, by its flags.
class TestCasePrivacy : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void readFromTheCase();
};

void TestCasePrivacy::rule_data()
{
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<bool>("confidential");
    QTest::addColumn<QString>("reporter");
    QTest::addColumn<QString>("title");
    const QString name = QStringLiteral("Budi Santoso, 0812-3456-7890");
    const QString title = QStringLiteral("Pungli di loket KTP Kecamatan Sukamaju");
    QTest::newRow("open") << false << false << name << title;
    QTest::newRow("anonim") << true << false << QStringLiteral("(anonim)") << title;
    QTest::newRow("rahasia: the reporter is withheld too")
        << false << true << QStringLiteral("(rahasia)") << QStringLiteral("(rahasia)");
    QTest::newRow("anonim and rahasia")
        << true << true << QStringLiteral("(anonim)") << QStringLiteral("(rahasia)");
}

void TestCasePrivacy::rule()
{
    QFETCH(bool, anonymous);
    QFETCH(bool, confidential);
    QFETCH(QString, reporter);
    QFETCH(QString, title);
    const CasePrivacy privacy(anonymous, confidential);
    QCOMPARE(privacy.showsReporter(), !anonymous && !confidential);
    QCOMPARE(privacy.showsContent(), !confidential);
    QCOMPARE(privacy.reporter(QStringLiteral("Budi Santoso, 0812-3456-7890")), reporter);
    QCOMPARE(privacy.content(QStringLiteral("Pungli di loket KTP Kecamatan Sukamaju")), title);
    // A marker, never a blank: a withheld field must not read as a missing one.
    QVERIFY(!privacy.reporter(QString()).isEmpty() || privacy.showsReporter());
    QVERIFY(!privacy.content(QString()).isEmpty() || privacy.showsContent());
}

void TestCasePrivacy::readFromTheCase()
{
    Case c;
    c.confidential = true;
    QVERIFY(!CasePrivacy::of(c).showsContent());
    QVERIFY(!CasePrivacy::of(c).showsReporter());
    c.confidential = false;
    c.anonymous = true;
    QVERIFY(CasePrivacy::of(c).showsContent());
    QVERIFY(!CasePrivacy::of(c).showsReporter());
    c.anonymous = false;
    QVERIFY(CasePrivacy::of(c).showsReporter());
}

QTEST_APPLESS_MAIN(TestCasePrivacy)
#include "tst_caseprivacy.moc"
