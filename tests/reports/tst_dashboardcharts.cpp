#include "reports/dashboardquery.h"
#include "supervisionfixture.h"
#include "tempstore.h"
#include "ui/dashboardcharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// The dashboard's charts from the October figures of supervisionfixture.h: what they
// show, and that a slice or a bar opens exactly the cases behind it.
class TestDashboardCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusPie();
    void weeklyBars();
    void ratingBars();

private:
    struct Opened
    {
        CasesBehind behind;
        QString title;
        int count = 0;
    };
    DashboardCharts::OpenCases recorder();
    QList<qint64> idsOf(const CasesBehind &behind);
    lapor::test::TempStore m_db;
    std::unique_ptr<DashboardQuery> m_query;
    SupervisionStats m_stats;
    Opened m_opened;
};

DashboardCharts::OpenCases TestDashboardCharts::recorder()
{
    return [this](const CasesBehind &behind, const QString &title) {
        m_opened.behind = behind;
        m_opened.title = title;
        ++m_opened.count;
    };
}

QList<qint64> TestDashboardCharts::idsOf(const CasesBehind &behind)
{
    QList<qint64> ids;
    for (const qint64 id : m_query->trackingIds(behind))
        ids.append(id - F::kBase);
    return ids;
}

void TestDashboardCharts::initTestCase()
{
    QVERIFY(m_db.open());
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
    m_query = std::make_unique<DashboardQuery>(*m_db, F::calendar());
    m_query->setNow(F::now());
    auto stats = m_query->compute({ {}, {}, QStringLiteral("Pemkab Sukamaju") },
                                  *ReportPeriod::fromMonth(QStringLiteral("2026-10")), &error);
    QVERIFY2(stats, qPrintable(error));
    m_stats = *stats;
}

void TestDashboardCharts::statusPie()
{
    std::unique_ptr<QChart> chart(DashboardCharts::statusChart(m_stats.byStatus, recorder()));
    QCOMPARE(chart->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
    QVERIFY(pie);
    // Statuses without cases get no slice: 1 unverified, 3 disposed, 3 in progress,
    // 4 done, 1 not the agency's authority.
    QList<qreal> values;
    for (const QPieSlice *slice : pie->slices())
        values.append(slice->value());
    QCOMPARE(values, (QList<qreal> { 1, 3, 3, 4, 1 }));
    m_opened = {};
    emit pie->slices().at(1)->clicked();
    QCOMPARE(m_opened.count, 1);
    QCOMPARE(m_opened.title, Status::label(CaseStatus::Disposed));
    QCOMPARE(idsOf(m_opened.behind), (QList<qint64> { 4, 8, 10 }));
}

void TestDashboardCharts::weeklyBars()
{
    std::unique_ptr<QChart> chart(DashboardCharts::weeklyChart(m_stats.weeks, recorder()));
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QBarSet *received = bars->barSets().at(0);
    QBarSet *followed = bars->barSets().at(1);
    QCOMPARE(received->count(), 5);
    QCOMPARE(received->at(2), 3.0);
    QCOMPARE(followed->at(2), 4.0);
    const auto axes = chart->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *weeks = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(weeks);
    QCOMPARE(weeks->categories(),
             (QStringList { QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("42"),
                            QStringLiteral("43"), QStringLiteral("44") }));

    m_opened = {};
    emit followed->clicked(2);
    QCOMPARE(m_opened.count, 1);
    QVERIFY(m_opened.title.contains(QLatin1String("42")));
    QCOMPARE(idsOf(m_opened.behind), (QList<qint64> { 2, 3, 5, 6 }));
    emit received->clicked(1);
    QCOMPARE(idsOf(m_opened.behind), (QList<qint64> { 3, 4, 5 }));
    emit received->clicked(7); // no such week
    QCOMPARE(m_opened.count, 2);
}

void TestDashboardCharts::ratingBars()
{
    std::unique_ptr<QChart> chart(DashboardCharts::ratingChart(m_stats.ratings, recorder()));
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QBarSet *stars = bars->barSets().first();
    QCOMPARE(stars->count(), 5);
    QCOMPARE(stars->at(0), 1.0);
    QCOMPARE(stars->at(1), 0.0);
    m_opened = {};
    emit stars->clicked(4);
    QCOMPARE(m_opened.count, 1);
    QVERIFY(m_opened.title.contains(QLatin1String("5")));
    QCOMPARE(idsOf(m_opened.behind), (QList<qint64> { 1 }));
}

QTEST_MAIN(TestDashboardCharts)
#include "tst_dashboardcharts.moc"
