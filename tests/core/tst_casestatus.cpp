#include "core/casestatus.h"

#include <QSet>
#include <QTest>

using namespace lapor;

namespace {

// The status machine written out by hand from docs/domain.md, independent of the table in
// casestatus.cpp. Rows are "from", columns are "to", in the order of `kOrder`.
constexpr CaseStatus kOrder[] = {
    CaseStatus::Unverified, CaseStatus::Disposed, CaseStatus::InProgress,   CaseStatus::Done,
    CaseStatus::Postponed,  CaseStatus::Archived, CaseStatus::NotAuthority,
};

// clang-format off
constexpr bool kAllowed[7][7] = {
    //               Unver  Disp   InProg Done   Postp  Arch   NotAuth
    /* Unverified */ { false, true,  false, false, false, true,  false },
    /* Disposed   */ { false, false, true,  false, true,  false, true  },
    /* InProgress */ { false, false, false, true,  true,  false, true  },
    /* Done       */ { false, false, true,  false, false, true,  false },
    /* Postponed  */ { false, false, true,  false, false, true,  false },
    /* Archived   */ { false, false, false, false, false, false, false },
    /* NotAuth.   */ { false, true,  false, false, false, true,  false },
};
// clang-format on

const char *name(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Unverified:
        return "Unverified";
    case CaseStatus::Disposed:
        return "Disposed";
    case CaseStatus::InProgress:
        return "InProgress";
    case CaseStatus::Done:
        return "Done";
    case CaseStatus::Postponed:
        return "Postponed";
    case CaseStatus::Archived:
        return "Archived";
    case CaseStatus::NotAuthority:
        return "NotAuthority";
    }
    return "?";
}

} // namespace

class TestCaseStatus : public QObject
{
    Q_OBJECT

private slots:
    void allListsEveryStatusOnce();
    void transitionMatrix_data();
    void transitionMatrix();
    void nextStatusesMatchMatrix_data();
    void nextStatusesMatchMatrix();
    void noSelfTransitions();
    void archivedIsTerminal();
    void everyStatusReachableFromUnverified();
    void keys_data();
    void keys();
    void unknownKeys_data();
    void unknownKeys();
    void labels_data();
    void labels();
    void isOpen_data();
    void isOpen();
};

void TestCaseStatus::allListsEveryStatusOnce()
{
    const auto all = Status::all();
    QCOMPARE(all.size(), 7);
    for (CaseStatus status : kOrder)
        QCOMPARE(all.count(status), 1);
}

void TestCaseStatus::transitionMatrix_data()
{
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("allowed");
    for (int i = 0; i < 7; ++i) {
        for (int j = 0; j < 7; ++j) {
            QTest::addRow("%s->%s", name(kOrder[i]), name(kOrder[j]))
                << kOrder[i] << kOrder[j] << kAllowed[i][j];
        }
    }
}

void TestCaseStatus::transitionMatrix()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(Status::canTransition(from, to), allowed);
}

void TestCaseStatus::nextStatusesMatchMatrix_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < 7; ++i)
        QTest::addRow("%s", name(kOrder[i])) << i;
}

void TestCaseStatus::nextStatusesMatchMatrix()
{
    QFETCH(int, row);
    const auto next = Status::nextStatuses(kOrder[row]);
    QSet<CaseStatus> expected;
    for (int j = 0; j < 7; ++j) {
        if (kAllowed[row][j])
            expected.insert(kOrder[j]);
    }
    QCOMPARE(QSet<CaseStatus>(next.cbegin(), next.cend()), expected);
    QCOMPARE(next.size(), expected.size()); // no duplicates
}

void TestCaseStatus::noSelfTransitions()
{
    // Saving a case in the same status is an edit, not a transition.
    for (CaseStatus status : kOrder)
        QVERIFY2(!Status::canTransition(status, status), name(status));
}

void TestCaseStatus::archivedIsTerminal()
{
    QVERIFY(Status::nextStatuses(CaseStatus::Archived).isEmpty());
}

void TestCaseStatus::everyStatusReachableFromUnverified()
{
    QSet<CaseStatus> seen { CaseStatus::Unverified };
    QList<CaseStatus> queue { CaseStatus::Unverified };
    while (!queue.isEmpty()) {
        const auto from = queue.takeFirst();
        for (CaseStatus to : Status::nextStatuses(from)) {
            if (!seen.contains(to)) {
                seen.insert(to);
                queue.append(to);
            }
        }
    }
    QCOMPARE(seen.size(), 7);
}

void TestCaseStatus::keys_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QString>("key");
    // The keys are the wire and storage form: a change here breaks every stored database.
    QTest::newRow("unverified") << CaseStatus::Unverified << QStringLiteral("unverified");
    QTest::newRow("disposed") << CaseStatus::Disposed << QStringLiteral("disposed");
    QTest::newRow("in_progress") << CaseStatus::InProgress << QStringLiteral("in_progress");
    QTest::newRow("done") << CaseStatus::Done << QStringLiteral("done");
    QTest::newRow("postponed") << CaseStatus::Postponed << QStringLiteral("postponed");
    QTest::newRow("archived") << CaseStatus::Archived << QStringLiteral("archived");
    QTest::newRow("not_authority") << CaseStatus::NotAuthority << QStringLiteral("not_authority");
}

void TestCaseStatus::keys()
{
    QFETCH(CaseStatus, status);
    QFETCH(QString, key);
    QCOMPARE(Status::key(status), key);
    const auto back = Status::fromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, status);
}

void TestCaseStatus::unknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("label instead of key") << QStringLiteral("Selesai");
    QTest::newRow("upper case") << QStringLiteral("DONE");
    QTest::newRow("padded") << QStringLiteral(" done");
    QTest::newRow("camel case") << QStringLiteral("inProgress");
    QTest::newRow("hyphen") << QStringLiteral("in-progress");
    QTest::newRow("unknown") << QStringLiteral("closed");
    QTest::newRow("number") << QStringLiteral("3");
}

void TestCaseStatus::unknownKeys()
{
    QFETCH(QString, key);
    QVERIFY(!Status::fromKey(key).has_value());
}

void TestCaseStatus::labels_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QString>("label");
    // Without a translator installed the source (Indonesian) terms of the national console
    // are shown.
    QTest::newRow("unverified") << CaseStatus::Unverified << QStringLiteral("Belum Terverifikasi");
    QTest::newRow("disposed") << CaseStatus::Disposed
                              << QStringLiteral("Terdisposisi, Belum Ditindaklanjuti");
    QTest::newRow("in_progress") << CaseStatus::InProgress
                                 << QStringLiteral("Terdisposisi, Sedang Diproses");
    QTest::newRow("done") << CaseStatus::Done << QStringLiteral("Selesai");
    QTest::newRow("postponed") << CaseStatus::Postponed << QStringLiteral("Tertunda");
    QTest::newRow("archived") << CaseStatus::Archived << QStringLiteral("Arsip");
    QTest::newRow("not_authority") << CaseStatus::NotAuthority << QStringLiteral("Bukan Wewenang");
}

void TestCaseStatus::labels()
{
    QFETCH(CaseStatus, status);
    QFETCH(QString, label);
    QCOMPARE(Status::label(status), label);
}

void TestCaseStatus::isOpen_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("open");
    QTest::newRow("unverified") << CaseStatus::Unverified << true;
    QTest::newRow("disposed") << CaseStatus::Disposed << true;
    QTest::newRow("in_progress") << CaseStatus::InProgress << true;
    QTest::newRow("postponed") << CaseStatus::Postponed << true;
    QTest::newRow("done") << CaseStatus::Done << false;
    QTest::newRow("archived") << CaseStatus::Archived << false;
    QTest::newRow("not_authority") << CaseStatus::NotAuthority << false;
}

void TestCaseStatus::isOpen()
{
    QFETCH(CaseStatus, status);
    QFETCH(bool, open);
    QCOMPARE(Status::isOpen(status), open);
}

QTEST_GUILESS_MAIN(TestCaseStatus)
#include "tst_casestatus.moc"
