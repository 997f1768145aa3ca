#include "mainwindow.h"

#include "core/deadlines.h"
#include "core/profile.h"
#include "models/caselistmodel.h"
#include "settingsdialog.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/syncstate.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace lapor {

MainWindow::MainWindow(Profile &profile, Database &db, const WorkingCalendar &calendar,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(profile)
    , m_db(db)
    , m_cases(std::make_unique<CaseRepository>(db, calendar))
    , m_syncState(std::make_unique<SyncState>(db))
{
    m_ui->setupUi(this);
    m_model = new CaseListModel(db, calendar, this);
    m_ui->caseTable->setModel(m_model);
    m_ui->caseTable->sortByColumn(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    m_ui->caseTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->caseTable->horizontalHeader()->setSectionResizeMode(CaseListModel::TitleColumn,
                                                               QHeaderView::Interactive);
    m_ui->caseTable->setColumnWidth(CaseListModel::TitleColumn, 280);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_connectionLabel = new QLabel(this);
    m_syncLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_syncLabel);

    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    m_ui->caseHeader->setFont(titleFont);

    connectActions();
    retranslate();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->emptyAction, &QPushButton::clicked, this, &MainWindow::showPreferences);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_ui->caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showCase(current.isValid() ? m_model->trackingIdAt(current.row()) : 0);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, CaseListModel::ColumnCount - 1);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // Sync is not wired to a hub yet in this window; the action stays visible but off.
    m_ui->actionSyncNow->setEnabled(false);
    updateEmptyState();
    updateStatusBar();
    if (m_currentCase)
        showCase(m_currentCase);
}

void MainWindow::updateEmptyState()
{
    const bool hubConfigured =
        !m_profile.settings().value(QStringLiteral("hub/url")).toString().isEmpty();
    const int total = m_model->rowCount();
    m_ui->listSummary->setText(tr("%n laporan", nullptr, total));
    if (m_currentCase)
        return;
    m_ui->workspace->setCurrentWidget(m_ui->emptyPage);
    m_ui->emptyAction->setVisible(!hubConfigured);
    if (!hubConfigured) {
        m_ui->emptyTitle->setText(tr("Belum terhubung ke hub SP4N-LAPOR!"));
        m_ui->emptyBody->setText(
            tr("Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu "
               "masuk dengan akun SP4N-LAPOR! Anda.\n\nIngin mencoba dulu? Jalankan "
               "\"lapordesk --training\" untuk berlatih dengan laporan contoh tanpa "
               "menyentuh data sungguhan."));
    } else if (total == 0 && m_ui->searchEdit->text().isEmpty()) {
        m_ui->emptyTitle->setText(tr("Belum ada laporan di komputer ini"));
        m_ui->emptyBody->setText(
            tr("Sinkronkan (F5) saat tersambung ke internet untuk mengambil laporan yang "
               "didisposisikan ke unit Anda. Setelah itu semuanya bisa dikerjakan tanpa "
               "koneksi."));
    } else if (total == 0) {
        m_ui->emptyTitle->setText(tr("Tidak ada laporan yang cocok"));
        m_ui->emptyBody->setText(tr("Coba kata lain atau hapus pencarian."));
    } else {
        m_ui->emptyTitle->setText(tr("Pilih laporan"));
        m_ui->emptyBody->setText(
            tr("Pilih laporan di daftar sebelah kiri untuk membaca dan menindaklanjutinya."));
    }
}

void MainWindow::updateStatusBar()
{
    const bool hubConfigured =
        !m_profile.settings().value(QStringLiteral("hub/url")).toString().isEmpty();
    m_connectionLabel->setText(hubConfigured ? tr("Luring") : tr("Luring · hub belum diatur"));
    const QDateTime last = m_syncState->lastSyncAt();
    m_syncLabel->setText(last.isValid()
                             ? tr("Sinkron terakhir: %1")
                                   .arg(QLocale().toString(last.toLocalTime(),
                                                           QLocale::ShortFormat))
                             : tr("Belum pernah sinkron"));
}

void MainWindow::showCase(qint64 trackingId)
{
    m_currentCase = trackingId;
    const auto c = trackingId ? m_cases->find(trackingId) : std::nullopt;
    if (!c) {
        m_currentCase = 0;
        updateEmptyState();
        return;
    }
    m_ui->workspace->setCurrentWidget(m_ui->casePage);
    m_ui->caseHeader->setText(QStringLiteral("#%1 · %2").arg(c->trackingId).arg(c->title));
    QStringList meta { Status::label(c->status), c->category };
    if (c->anonymous)
        meta.append(tr("Anonim"));
    else if (!c->reporterName.isEmpty())
        meta.append(tr("Pelapor: %1").arg(c->reporterName));
    if (c->confidential)
        meta.append(tr("Rahasia"));
    m_ui->caseMeta->setText(meta.join(QStringLiteral(" · ")));
    // Complaint text is plain text, always: HTML in a complaint shows as typed.
    m_ui->caseContent->setPlainText(c->content);
    if (m_cases->setUnread(trackingId, false))
        m_model->markRead(trackingId);
}

void MainWindow::onSearchChanged(const QString &text)
{
    auto filter = m_model->filter();
    filter.searchText = text;
    m_currentCase = 0;
    m_model->setFilter(filter);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(m_profile, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateEmptyState();
        updateStatusBar();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("Tentang LAPOR Desk"),
        tr("LAPOR Desk %1\n\nMenindaklanjuti laporan SP4N-LAPOR! dari kantor, juga saat "
           "internet putus.\n\nProfil: %2")
            .arg(QStringLiteral(LAPOR_VERSION), m_profile.dir()));
}

void MainWindow::restoreState()
{
    auto &settings = m_profile.settings();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_ui->caseTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/caseColumns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    auto &settings = m_profile.settings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("window/caseColumns"),
                      m_ui->caseTable->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace lapor
