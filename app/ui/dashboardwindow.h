#pragma once

#include "core/workingcalendar.h"
#include "reports/dashboardquery.h"
#include "reports/reportdocument.h"
#include "reports/supervisionstats.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QPrinter;

namespace Ui {
class DashboardWindow;
}

namespace lapor {

class CasesBehindDialog;
class Database;
class FigureTableModel;

// The supervision dashboard: key figures, charts by status, week and rating, and tables
// per unit, per officer and of overdue cases, for a scope and a period. Every figure
// opens the list of cases behind it (docs/reports.md).
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    // `agencyWide`: the user may choose between the agency and each unit (coordinators).
    DashboardWindow(Database &db, const WorkingCalendar &calendar, const SupervisionScope &scope,
                    bool agencyWide, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Fixed "now" (tests, benchmarks, screenshots); invalid = the real clock.
    void setNow(const QDateTime &now);
    void setPeriod(const ReportPeriod &period);
    ReportPeriod period() const;
    SupervisionScope scope() const;
    // Recomputes every figure; false (and a message in the window) on a store error.
    bool refresh();
    const SupervisionStats &stats() const { return m_stats; }

    // Opens the cases behind a figure; the dialog is returned for tests.
    CasesBehindDialog *showCasesBehind(const CasesBehind &behind, const QString &title);
    bool exportReport(const QString &kind, const QString &format, const QString &path,
                      QString *error);
    // The chosen report as the page content the PDF gets; nullopt (and `error`) on a store
    // error.
    std::optional<ReportDocument> reportDocument(const QString &kind, QString *error);
    // Prints the chosen report on `printer` (A4, as the PDF).
    bool printReport(const QString &kind, QPrinter *printer, QString *error);

    FigureTableModel *unitModel() const { return m_unitModel; }
    FigureTableModel *officerModel() const { return m_officerModel; }
    FigureTableModel *overdueModel() const { return m_overdueModel; }

signals:
    void openCaseRequested(const QString &trackingId);

private:
    // A plain sentence in the status line; the technical reason behind it on hover.
    void showProblem(const QString &text, const QString &details);
    void fillMonths();
    void fillScopes();
    void onMonthChosen(int index);
    void onDatesEdited();
    void updateFigures();
    void updateCharts();
    void updateTables();
    void exportWithDialog(const QString &format);
    void printWithDialog();
    QChartView *chartView(QWidget *host);

    std::unique_ptr<Ui::DashboardWindow> m_ui;
    Database &m_db;
    WorkingCalendar m_calendar;
    DashboardQuery m_query;
    SupervisionScope m_baseScope;
    bool m_agencyWide = false;
    QDateTime m_fixedNow;
    SupervisionStats m_stats;
    bool m_updating = false;
    FigureTableModel *m_unitModel = nullptr;
    FigureTableModel *m_officerModel = nullptr;
    FigureTableModel *m_overdueModel = nullptr;
    QChartView *m_statusView = nullptr;
    QChartView *m_weeklyView = nullptr;
    QChartView *m_ratingView = nullptr;
};

} // namespace lapor
