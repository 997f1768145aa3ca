#include "dashboardcharts.h"

#include "dashboardwindow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace lapor::DashboardCharts {

namespace {

// Status colours follow the inbox badges: red for what is owed, green for what is done.
QColor statusColor(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Unverified:
        return QColor(0x9e, 0x9e, 0x9e);
    case CaseStatus::Disposed:
        return QColor(0xd3, 0x2f, 0x2f);
    case CaseStatus::InProgress:
        return QColor(0xf5, 0x9e, 0x0b);
    case CaseStatus::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case CaseStatus::Postponed:
        return QColor(0x6d, 0x4c, 0x41);
    case CaseStatus::Archived:
        return QColor(0x45, 0x5a, 0x64);
    case CaseStatus::NotAuthority:
        return QColor(0x7b, 0x1f, 0xa2);
    }
    return Qt::gray;
}

// The legend has room for a few words; "Terdisposisi, " is what every open case shares.
QString shortStatus(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Disposed:
        return DashboardWindow::tr("Belum ditindaklanjuti");
    case CaseStatus::InProgress:
        return DashboardWindow::tr("Sedang diproses");
    default:
        return Status::label(status);
    }
}

// A count axis from 0 to at least `top`, in whole numbers.
QValueAxis *countAxis(QChart *chart, int top)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart *statusChart(const QList<StatusFigure> &byStatus, const OpenCases &open)
{
    const QLocale locale;
    auto *chart = new QChart();
    chart->setTitle(DashboardWindow::tr("Laporan per status"));
    auto *pie = new QPieSeries(chart);
    for (const auto &f : byStatus) {
        if (f.count == 0)
            continue;
        auto *slice = pie->append(
            QStringLiteral("%1 (%2)").arg(shortStatus(f.status), locale.toString(f.count)),
            f.count);
        slice->setColor(statusColor(f.status));
        const CasesBehind behind = f.behind;
        const QString title = Status::label(f.status);
        QObject::connect(slice, &QPieSlice::clicked, slice,
                         [open, behind, title] { open(behind, title); });
    }
    chart->addSeries(pie);
    pie->setPieSize(0.8);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    return chart;
}

QChart *weeklyChart(const QList<WeekFigure> &weeks, const OpenCases &open)
{
    auto *chart = new QChart();
    chart->setTitle(DashboardWindow::tr("Diterima dan ditindaklanjuti per minggu"));
    auto *received = new QBarSet(DashboardWindow::tr("Diterima"));
    auto *followed = new QBarSet(DashboardWindow::tr("Ditindaklanjuti"));
    received->setColor(QColor(0x15, 0x65, 0xc0));
    followed->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList labels;
    int top = 1;
    for (const auto &w : weeks) {
        *received << w.received;
        *followed << w.followedUp;
        labels << QString::number(w.week);
        top = std::max({ top, w.received, w.followedUp });
    }
    auto *bars = new QBarSeries(chart);
    bars->append(received);
    bars->append(followed);
    QObject::connect(received, &QBarSet::clicked, received, [open, weeks](int index) {
        if (index >= 0 && index < weeks.size())
            open(weeks.at(index).receivedBehind,
                 DashboardWindow::tr("Diterima minggu %1").arg(weeks.at(index).week));
    });
    QObject::connect(followed, &QBarSet::clicked, followed, [open, weeks](int index) {
        if (index >= 0 && index < weeks.size())
            open(weeks.at(index).followedUpBehind,
                 DashboardWindow::tr("Ditindaklanjuti minggu %1").arg(weeks.at(index).week));
    });
    chart->addSeries(bars);
    auto *weekAxis = new QBarCategoryAxis(chart);
    weekAxis->append(labels);
    weekAxis->setTitleText(DashboardWindow::tr("Minggu (ISO)"));
    chart->addAxis(weekAxis, Qt::AlignBottom);
    bars->attachAxis(weekAxis);
    QValueAxis *counts = countAxis(chart, top);
    chart->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *ratingChart(const RatingFigure &ratings, const OpenCases &open)
{
    const QLocale locale;
    auto *chart = new QChart();
    chart->setTitle(
        DashboardWindow::tr("Penilaian warga (rata-rata %1)")
            .arg(ratings.rated ? locale.toString(ratings.average, 'f', 1) : QStringLiteral("–")));
    auto *stars = new QBarSet(DashboardWindow::tr("Jumlah penilaian"));
    stars->setColor(QColor(0xf5, 0x9e, 0x0b));
    int most = 1;
    QStringList labels;
    for (int i = 0; i < 5; ++i) {
        *stars << ratings.counts[i];
        most = std::max(most, ratings.counts[i]);
        labels << QStringLiteral("%1 ★").arg(i + 1);
    }
    const auto behind = ratings.behind;
    QObject::connect(stars, &QBarSet::clicked, stars, [open, behind](int index) {
        if (index >= 0 && index < 5)
            open(behind[index], DashboardWindow::tr("Dinilai %1 bintang").arg(index + 1));
    });
    auto *bars = new QBarSeries(chart);
    bars->append(stars);
    chart->addSeries(bars);
    auto *starAxis = new QBarCategoryAxis(chart);
    starAxis->append(labels);
    chart->addAxis(starAxis, Qt::AlignBottom);
    bars->attachAxis(starAxis);
    QValueAxis *counts = countAxis(chart, most);
    chart->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

} // namespace lapor::DashboardCharts
