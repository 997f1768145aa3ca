#include "core/role.h"

#include <QSet>
#include <QTest>

using namespace lapor;

class TestRole : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void unknownKeys_data();
    void unknownKeys();
    void labelsAreDistinct();
    void permissions_data();
    void permissions();
};

void TestRole::keys_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("officer") << Role::Officer << QStringLiteral("officer")
                             << QStringLiteral("Petugas unit");
    QTest::newRow("approver") << Role::Approver << QStringLiteral("approver")
                              << QStringLiteral("Kepala unit");
    QTest::newRow("coordinator") << Role::Coordinator << QStringLiteral("coordinator")
                                 << QStringLiteral("Koordinator instansi");
    QTest::newRow("admin") << Role::Admin << QStringLiteral("admin")
                           << QStringLiteral("Admin nasional");
}

void TestRole::keys()
{
    QFETCH(Role, role);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(Roles::key(role), key);
    const auto back = Roles::fromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, role);
    QCOMPARE(Roles::label(role), label);
}

void TestRole::unknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("ADMIN");
    QTest::newRow("reporter") << QStringLiteral("pelapor");
    QTest::newRow("Indonesian title") << QStringLiteral("admin_instansi");
    QTest::newRow("superuser") << QStringLiteral("root");
}

void TestRole::unknownKeys()
{
    QFETCH(QString, key);
    QVERIFY(!Roles::fromKey(key).has_value());
}

void TestRole::labelsAreDistinct()
{
    QSet<QString> labels;
    for (auto role : { Role::Officer, Role::Approver, Role::Coordinator, Role::Admin })
        labels.insert(Roles::label(role));
    QCOMPARE(labels.size(), 4);
}

void TestRole::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<bool>("returnNotAuthority");
    QTest::addColumn<bool>("wholeAgency");
    // Officers write; the head of unit writes too and is the only one who approves;
    // declaring "bukan wewenang" is for the head of unit or above; coordinators and the
    // national admin see every unit of the agency but draft nothing themselves.
    QTest::newRow("officer") << Role::Officer << true << false << false << false;
    QTest::newRow("approver") << Role::Approver << true << true << true << false;
    QTest::newRow("coordinator") << Role::Coordinator << false << false << true << true;
    QTest::newRow("admin") << Role::Admin << false << false << true << true;
}

void TestRole::permissions()
{
    QFETCH(Role, role);
    QFETCH(bool, draft);
    QFETCH(bool, approve);
    QFETCH(bool, returnNotAuthority);
    QFETCH(bool, wholeAgency);
    QCOMPARE(Roles::canDraft(role), draft);
    QCOMPARE(Roles::canApprove(role), approve);
    QCOMPARE(Roles::canReturnNotAuthority(role), returnNotAuthority);
    QCOMPARE(Roles::seesWholeAgency(role), wholeAgency);
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
