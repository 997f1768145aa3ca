#include "dashboardwindow.h"

#include "accessible.h"
#include "casesbehinddialog.h"
#include "dashboardcharts.h"
#include "errorbox.h"
#include "reports/figuretablemodel.h"
#include "reports/reportdocument.h"
#include "store/inboxlookup.h"
#include "ui_dashboardwindow.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QTextDocument>

namespace lapor {

namespace {

// QChartView::setChart releases the previous chart without deleting it.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString kpiText(const QString &value, const QString &caption)
{
    return value + QLatin1Char('\n') + caption;
}

} // namespace

DashboardWindow::DashboardWindow(Database &db, const WorkingCalendar &calendar,
                                 const SupervisionScope &scope, bool agencyWide, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::DashboardWindow>())
    , m_db(db)
    , m_calendar(calendar)
    , m_query(db, calendar)
    , m_baseScope(scope)
    , m_agencyWide(agencyWide)
{
    m_ui->setupUi(this);
    Accessible::nameInternals(this);
    m_ui->figureGrid->setRowStretch(0, 3);
    m_ui->figureGrid->setRowStretch(1, 2);
    m_ui->figureGrid->setColumnStretch(0, 4);
    m_ui->figureGrid->setColumnStretch(1, 3);
    m_ui->figureGrid->setColumnStretch(2, 3);
    for (auto *button : { m_ui->receivedButton, m_ui->onTimeButton, m_ui->averageButton,
                          m_ui->overdueButton, m_ui->ratingButton }) {
        QFont big = button->font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        button->setFont(big);
    }
    m_ui->reportCombo->addItem(tr("Rekap bulanan"), QStringLiteral("rekap"));
    m_ui->reportCombo->addItem(tr("Daftar terlambat"), QStringLiteral("overdue"));

    m_statusView = chartView(m_ui->statusChartHost);
    m_weeklyView = chartView(m_ui->weeklyChartHost);
    m_ratingView = chartView(m_ui->ratingChartHost);

    m_unitModel = new FigureTableModel(this);
    m_officerModel = new FigureTableModel(this);
    m_overdueModel = new FigureTableModel(this);
    const QList<std::pair<QTableView *, FigureTableModel *>> tables {
        { m_ui->unitTable, m_unitModel },
        { m_ui->officerTable, m_officerModel },
        { m_ui->overdueTable, m_overdueModel },
    };
    for (const auto &[view, model] : tables) {
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(FigureTableModel::SortRole);
        view->setModel(proxy);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view->horizontalHeader()->setStretchLastSection(false);
        connect(view, &QTableView::activated, this,
                [this, view = view, proxy, model = model](const QModelIndex &index) {
                    const int row = proxy->mapToSource(index).row();
                    showCasesBehind(model->behindAt(row),
                                    view->accessibleName() + QStringLiteral(": ")
                                        + model->index(row, 0).data().toString());
                });
    }

    fillScopes();
    const QDate today = m_calendar.localDate(m_query.now());
    fillMonths();
    m_ui->fromEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->toEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    setPeriod(ReportPeriod::monthOf(today));

    connect(m_ui->monthCombo, &QComboBox::activated, this, &DashboardWindow::onMonthChosen);
    connect(m_ui->fromEdit, &QDateEdit::editingFinished, this, &DashboardWindow::onDatesEdited);
    connect(m_ui->toEdit, &QDateEdit::editingFinished, this, &DashboardWindow::onDatesEdited);
    connect(m_ui->scopeCombo, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("pdf")); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { exportWithDialog(QStringLiteral("csv")); });
    connect(m_ui->printButton, &QPushButton::clicked, this, &DashboardWindow::printWithDialog);
    connect(m_ui->receivedButton, &QPushButton::clicked, this,
            [this] { showCasesBehind(m_stats.receivedBehind, tr("Laporan diterima")); });
    connect(m_ui->onTimeButton, &QPushButton::clicked, this, [this] {
        showCasesBehind(m_stats.response.onTimeBehind, tr("Dijawab ≤ 5 hari kerja"));
    });
    connect(m_ui->averageButton, &QPushButton::clicked, this,
            [this] { showCasesBehind(m_stats.answeredBehind, tr("Sudah ditindaklanjuti")); });
    connect(m_ui->overdueButton, &QPushButton::clicked, this,
            [this] { showCasesBehind(m_stats.overdue.behind, tr("Laporan terlambat")); });
    connect(m_ui->ratingButton, &QPushButton::clicked, this,
            [this] { showCasesBehind(m_stats.ratings.ratedBehind, tr("Laporan yang dinilai")); });
}

DashboardWindow::~DashboardWindow() = default;

QChartView *DashboardWindow::chartView(QWidget *host)
{
    auto *view = new QChartView(host);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(host->accessibleName());
    // The view starts with an empty chart of its own; replacing it here would release that
    // chart without deleting it (replaceChart() deletes the one it replaces).
    host->layout()->addWidget(view);
    return view;
}

void DashboardWindow::fillScopes()
{
    m_ui->scopeCombo->clear();
    if (m_agencyWide) {
        m_ui->scopeCombo->addItem(tr("Seluruh instansi (%1)").arg(m_baseScope.agencyName),
                                  QString());
        for (const auto &unit : InboxLookup(m_db).units())
            m_ui->scopeCombo->addItem(unit.name, unit.id);
    } else {
        m_ui->scopeCombo->addItem(m_baseScope.unitName.isEmpty() ? m_baseScope.unitId
                                                                 : m_baseScope.unitName,
                                  m_baseScope.unitId);
        m_ui->scopeCombo->setEnabled(false);
    }
}

void DashboardWindow::fillMonths()
{
    const QLocale locale;
    const QDate today = m_calendar.localDate(m_query.now());
    m_ui->monthCombo->clear();
    for (int i = 0; i < 24; ++i) {
        const ReportPeriod month = ReportPeriod::monthOf(today.addMonths(-i));
        m_ui->monthCombo->addItem(month.label(locale), month.from);
    }
    m_ui->monthCombo->addItem(tr("Rentang lain"), QDate());
}

SupervisionScope DashboardWindow::scope() const
{
    SupervisionScope s = m_baseScope;
    if (m_agencyWide) {
        s.unitId = m_ui->scopeCombo->currentData().toString();
        s.unitName = s.unitId.isEmpty() ? QString() : m_ui->scopeCombo->currentText();
    }
    return s;
}

void DashboardWindow::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    m_query.setNow(now);
    fillMonths();
    setPeriod(ReportPeriod::monthOf(m_calendar.localDate(m_query.now())));
}

void DashboardWindow::setPeriod(const ReportPeriod &period)
{
    m_updating = true;
    m_ui->fromEdit->setDate(period.from);
    m_ui->toEdit->setDate(period.to);
    const int index = m_ui->monthCombo->findData(period.from);
    m_ui->monthCombo->setCurrentIndex(index >= 0 && period == ReportPeriod::monthOf(period.from)
                                          ? index
                                          : m_ui->monthCombo->count() - 1);
    m_updating = false;
}

ReportPeriod DashboardWindow::period() const
{
    return { m_ui->fromEdit->date(), m_ui->toEdit->date() };
}

void DashboardWindow::onMonthChosen(int index)
{
    const QDate first = m_ui->monthCombo->itemData(index).toDate();
    if (!first.isValid()) {
        m_ui->fromEdit->setFocus();
        return;
    }
    setPeriod(ReportPeriod::monthOf(first));
    refresh();
}

void DashboardWindow::onDatesEdited()
{
    if (m_updating)
        return;
    if (m_ui->toEdit->date() < m_ui->fromEdit->date())
        m_ui->toEdit->setDate(m_ui->fromEdit->date());
    setPeriod(period());
    if (period() != m_stats.period)
        refresh();
}

void DashboardWindow::showProblem(const QString &text, const QString &details)
{
    const auto said = ErrorBox::split(text, details);
    m_ui->statusLabel->setText(said.text);
    m_ui->statusLabel->setToolTip(said.details);
}

bool DashboardWindow::refresh()
{
    QString error;
    auto stats = m_query.compute(scope(), period(), &error);
    if (!stats) {
        showProblem(tr("Angka tidak dapat dihitung. Tutup lalu buka lagi dasbor ini."), error);
        return false;
    }
    m_stats = *stats;
    setWindowTitle(tr("Dasbor Pengawasan — %1 — %2")
                       .arg(m_stats.scope.name(), m_stats.period.label(QLocale())));
    updateFigures();
    updateCharts();
    updateTables();
    const QLocale locale;
    m_ui->statusLabel->setText(
        tr("Dihitung %1 dari data di komputer ini. Terlambat dihitung per saat ini; angka "
           "lain untuk laporan yang diterima dalam periode.")
            .arg(locale.toString(m_stats.now.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void DashboardWindow::updateFigures()
{
    const QLocale locale;
    const auto percent = m_stats.response.onTimePercent();
    const QString none = QStringLiteral("–");
    m_ui->receivedButton->setText(
        kpiText(locale.toString(m_stats.received), tr("laporan diterima")));
    m_ui->onTimeButton->setText(
        kpiText(percent ? locale.toString(*percent, 'f', 1) + QStringLiteral(" %") : none,
                tr("dijawab ≤ 5 hari kerja")));
    m_ui->onTimeButton->setToolTip(
        tr("%1 dari %2 laporan yang tenggat tindak lanjut pertamanya sudah lewat atau sudah "
           "dijawab, dijawab dalam 5 hari kerja")
            .arg(locale.toString(m_stats.response.onTime),
                 locale.toString(m_stats.response.decided())));
    m_ui->averageButton->setText(
        kpiText(m_stats.answered ? locale.toString(m_stats.averageDays, 'f', 1) : none,
                tr("hari kerja ke tindak lanjut")));
    m_ui->averageButton->setToolTip(
        tr("Rata-rata hari kerja dari disposisi sampai tindak lanjut pertama, atas %1 laporan")
            .arg(locale.toString(m_stats.answered)));
    m_ui->overdueButton->setText(
        kpiText(locale.toString(m_stats.overdue.count), tr("terlambat saat ini")));
    m_ui->overdueButton->setToolTip(tr("Terlambat paling lama %1 hari kerja")
                                        .arg(locale.toString(m_stats.overdue.maxDaysLate)));
    m_ui->ratingButton->setText(
        kpiText(m_stats.ratings.rated
                    ? locale.toString(m_stats.ratings.average, 'f', 1) + QStringLiteral(" ★")
                    : none,
                tr("penilaian warga")));
    m_ui->ratingButton->setToolTip(
        tr("%1 penilaian warga").arg(locale.toString(m_stats.ratings.rated)));
    m_ui->overdueButton->setStyleSheet(m_stats.overdue.count > 0 ? QStringLiteral("color: #b71c1c;")
                                                                 : QString());
}

void DashboardWindow::updateCharts()
{
    const auto open = [this](const CasesBehind &behind, const QString &title) {
        showCasesBehind(behind, title);
    };
    replaceChart(m_statusView, DashboardCharts::statusChart(m_stats.byStatus, open));
    replaceChart(m_weeklyView, DashboardCharts::weeklyChart(m_stats.weeks, open));
    replaceChart(m_ratingView, DashboardCharts::ratingChart(m_stats.ratings, open));
}

void DashboardWindow::updateTables()
{
    const ReportDocument doc = Reports::rekap(m_stats, m_stats.now);
    auto groups
        = [&](const QString &heading, const QList<GroupFigure> &figures, FigureTableModel *model) {
              const ReportTable *table = doc.table(heading);
              QList<CasesBehind> behind;
              for (const auto &g : figures)
                  behind.append(g.behind);
              if (table)
                  model->setTable(table->columns, table->rows, behind);
          };
    groups(Reports::tr("Tindak lanjut pertama per unit"), m_stats.byUnit, m_unitModel);
    groups(Reports::tr("Tindak lanjut pertama per petugas"), m_stats.byOfficer, m_officerModel);

    const ReportDocument overdue = Reports::overdue(m_stats.scope, m_stats.period,
                                                    m_stats.overdue.worst, m_calendar, m_stats.now);
    const ReportTable *list = overdue.table(Reports::tr("Laporan terlambat"));
    QList<CasesBehind> behind;
    for (const auto &c : m_stats.overdue.worst) {
        CaseFilter one;
        one.byTrackingIds = true;
        one.trackingIds = { c.trackingId };
        behind.append({ one, {} });
    }
    if (list)
        m_overdueModel->setTable(list->columns, list->rows, behind);
    m_ui->tableTabs->setTabText(2,
                                m_stats.overdue.count > m_stats.overdue.worst.size()
                                    ? tr("Terlambat (%1 terlama dari %2)")
                                          .arg(m_stats.overdue.worst.size())
                                          .arg(QLocale().toString(m_stats.overdue.count))
                                    : tr("Terlambat (%1)").arg(m_stats.overdue.count));
    for (auto *view : { m_ui->unitTable, m_ui->officerTable, m_ui->overdueTable }) {
        view->resizeColumnsToContents();
        // The name column takes the room left; numbers keep their width.
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_ui->overdueTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->overdueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

CasesBehindDialog *DashboardWindow::showCasesBehind(const CasesBehind &behind, const QString &title)
{
    QString error;
    const CaseFilter filter = m_query.filterFor(behind, &error);
    if (!error.isEmpty()) {
        showProblem(tr("Daftar laporan tidak dapat dibuka."), error);
        return nullptr;
    }
    auto *dialog = new CasesBehindDialog(m_db, m_calendar, filter, m_stats.now, title, this);
    connect(dialog, &CasesBehindDialog::openCaseRequested, this,
            &DashboardWindow::openCaseRequested);
    dialog->show();
    return dialog;
}

std::optional<ReportDocument> DashboardWindow::reportDocument(const QString &kind, QString *error)
{
    const QDateTime generated = QDateTime::currentDateTimeUtc();
    if (kind == QLatin1String("overdue")) {
        auto cases = m_query.overdueCases(m_stats.scope, m_stats.period, -1, error);
        if (!cases)
            return std::nullopt;
        return Reports::overdue(m_stats.scope, m_stats.period, *cases, m_calendar, generated);
    }
    return Reports::rekap(m_stats, generated);
}

bool DashboardWindow::exportReport(const QString &kind, const QString &format, const QString &path,
                                   QString *error)
{
    const auto doc = reportDocument(kind, error);
    if (!doc)
        return false;
    return format == QLatin1String("pdf") ? Reports::writePdf(*doc, path, QLocale(), error)
                                          : Reports::writeCsv(*doc, path, error);
}

bool DashboardWindow::printReport(const QString &kind, QPrinter *printer, QString *error)
{
    const auto doc = reportDocument(kind, error);
    if (!doc)
        return false;
    printer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4),
                    Reports::needsLandscape(*doc) ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer->setDocName(doc->title);
    QTextDocument text;
    Reports::layout(*doc, QLocale(), &text);
    text.print(printer);
    if (printer->printerState() == QPrinter::Error) {
        if (error)
            *error = tr("Pencetak menolak dokumen ini.");
        return false;
    }
    return true;
}

void DashboardWindow::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Cetak laporan"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printReport(m_ui->reportCombo->currentData().toString(), &printer, &error))
        ErrorBox::warnAbout(this, tr("Cetak laporan"),
                            tr("Laporan tidak dapat dicetak. Periksa pencetak lalu coba lagi."),
                            error);
}

void DashboardWindow::exportWithDialog(const QString &format)
{
    const QString kind = m_ui->reportCombo->currentData().toString();
    const QString suggested
        = QStringLiteral("%1-%2.%3")
              .arg(kind == QLatin1String("overdue") ? tr("terlambat") : tr("rekap"),
                   m_stats.period.from.toString(QStringLiteral("yyyy-MM")), format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Ekspor laporan"), suggested,
                                                      format == QLatin1String("pdf")
                                                          ? tr("Dokumen PDF (*.pdf)")
                                                          : tr("CSV untuk lembar kerja (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(kind, format, path, &error))
        ErrorBox::warnAbout(this, tr("Ekspor laporan"),
                            tr("Laporan tidak dapat disimpan di tempat itu. Pilih folder lain, "
                               "misalnya Dokumen, lalu coba lagi."),
                            error);
    else
        m_ui->statusLabel->setText(tr("Laporan disimpan ke %1").arg(path));
}

} // namespace lapor
