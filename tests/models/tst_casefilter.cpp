#include "core/deadlines.h"
#include "models/casefilter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace lapor;

class TestCaseFilter : public QObject
{
    Q_OBJECT

private slots:
    void dueSoonLimitAgreesWithSlaState_data();
    void dueSoonLimitAgreesWithSlaState();
    void jsonRoundTrip();
    void jsonIgnoresUnknownValues();
    void clauseAndValuesAgree();
    void viewKeys();
};

void TestCaseFilter::dueSoonLimitAgreesWithSlaState_data()
{
    QTest::addColumn<QDateTime>("now");
    // 2026-03-17 is a Tuesday before the Nyepi/Idul Fitri week (18-24 March off).
    QTest::newRow("before holiday week") << QDateTime(QDate(2026, 3, 17), QTime(3, 0), Qt::UTC);
    QTest::newRow("saturday") << QDateTime(QDate(2026, 3, 28), QTime(3, 0), Qt::UTC);
    QTest::newRow("friday night") << QDateTime(QDate(2026, 3, 27), QTime(16, 59), Qt::UTC);
    QTest::newRow("ordinary monday") << QDateTime(QDate(2026, 6, 8), QTime(2, 0), Qt::UTC);
}

void TestCaseFilter::dueSoonLimitAgreesWithSlaState()
{
    QFETCH(QDateTime, now);
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    const QDateTime limit = CaseFilter::dueSoonLimit(calendar, now);
    // Every due instant a case can have (the end of a day) within three weeks.
    for (int day = -3; day < 21; ++day) {
        const QDateTime due = calendar.endOfDay(calendar.localDate(now).addDays(day));
        const auto state = Deadlines::slaState(calendar, due, now);
        Deadlines::SlaState bySql = Deadlines::SlaState::OnTrack;
        if (due <= now)
            bySql = Deadlines::SlaState::Overdue;
        else if (due <= limit)
            bySql = Deadlines::SlaState::DueSoon;
        QCOMPARE(int(bySql), int(state));
    }
}

void TestCaseFilter::jsonRoundTrip()
{
    CaseFilter f;
    f.view = InboxView::Overdue;
    f.statuses = { CaseStatus::Disposed, CaseStatus::InProgress };
    f.slaStates = { Deadlines::SlaState::DueSoon };
    f.category = QStringLiteral("KESEHATAN");
    f.unitId = QStringLiteral("dinkes");
    f.assigneeId = QStringLiteral("petugas1");
    f.receivedFrom = QDate(2026, 1, 1);
    f.receivedTo = QDate(2026, 3, 31);
    f.searchText = QStringLiteral("obat \"kosong\"");
    const QByteArray json = QJsonDocument(f.toJson()).toJson();
    QCOMPARE(CaseFilter::fromJson(QJsonDocument::fromJson(json).object()), f);
    QCOMPARE(CaseFilter::fromJson(CaseFilter().toJson()), CaseFilter());
}

void TestCaseFilter::jsonIgnoresUnknownValues()
{
    const auto json
        = QJsonDocument::fromJson(
              R"({"view": "someday", "statuses": ["done", "bogus"], "sla": ["late"], "x": 1})")
              .object();
    const CaseFilter f = CaseFilter::fromJson(json);
    QCOMPARE(f.view, InboxView::All);
    QCOMPARE(f.statuses, QList<CaseStatus> { CaseStatus::Done });
    QVERIFY(f.slaStates.isEmpty());
}

void TestCaseFilter::clauseAndValuesAgree()
{
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    const FilterContext context { QStringLiteral("me"), QDateTime::currentDateTimeUtc(),
                                  &calendar };
    for (auto view : InboxViews::all()) {
        CaseFilter f;
        f.view = view;
        f.statuses = { CaseStatus::Done, CaseStatus::Archived };
        f.slaStates = { Deadlines::SlaState::OnTrack, Deadlines::SlaState::DueSoon,
                        Deadlines::SlaState::Overdue, Deadlines::SlaState::None };
        f.category = QStringLiteral("A");
        f.unitId = QStringLiteral("u");
        f.assigneeId = QStringLiteral("p");
        f.receivedFrom = QDate(2026, 1, 1);
        f.receivedTo = QDate(2026, 1, 2);
        f.searchText = QStringLiteral("jalan");
        QCOMPARE(f.whereClause(context).count(QLatin1Char('?')), f.bindValues(context).size());
    }
}

void TestCaseFilter::viewKeys()
{
    for (auto view : InboxViews::all()) {
        QCOMPARE(InboxViews::fromKey(InboxViews::key(view)), view);
        QVERIFY(!InboxViews::label(view).isEmpty());
    }
    QVERIFY(!InboxViews::fromKey(QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestCaseFilter)
#include "tst_casefilter.moc"
