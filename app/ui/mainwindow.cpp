#include "mainwindow.h"

#include "accessible.h"
#include "core/identity.h"
#include "core/profile.h"
#include "desklayout.h"
#include "inboxitemdelegate.h"
#include "laporversion.h"
#include "models/caselistmodel.h"
#include "models/viewlistmodel.h"
#include "quarantinenotice.h"
#include "settingsdialog.h"
#include "slabadgedelegate.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/inboxlookup.h"
#include "store/savedviewrepository.h"
#include "store/searchquery.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace lapor {

namespace {

// Typing pause before the list follows the search box: fast typists see no flicker,
// and a single word still feels immediate.
constexpr int kSearchDelayMs = 150;
// SLA states move with the clock; counts are re-read this often even without a sync.
constexpr int kCountRefreshMs = 60 * 1000;

const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kCaseSplitter = QStringLiteral("window/caseSplitter");
const QString kColumns = QStringLiteral("window/inboxColumns");
const QString kLastView = QStringLiteral("inbox/lastView");
const QString kFiltersVisible = QStringLiteral("inbox/filtersVisible");

} // namespace

MainWindow::MainWindow(Profile &profile, Database &db, const WorkingCalendar &calendar,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(profile)
    , m_db(db)
    , m_calendar(calendar)
    , m_cases(std::make_unique<CaseRepository>(db, calendar))
    , m_savedViews(std::make_unique<SavedViewRepository>(db))
    , m_lookup(std::make_unique<InboxLookup>(db))
{
    m_ui->setupUi(this);
    Accessible::nameInternals(this);
    // The login code writes who is signed in; without it the desk is an officer's.
    const Identity identity = Identity::load(profile.settings());
    m_userId = identity.userId;
    m_role = identity.role;

    m_model = new CaseListModel(db, calendar, this);
    m_model->setUserId(m_userId);
    m_views = new ViewListModel(db, calendar, m_userId, m_role, this,
                                [model = m_model] { return model->snapshot(); });
    connect(m_model, &CaseListModel::snapshotReady, m_views, &ViewListModel::refreshCounts);
    m_ui->casePage->setup(profile, db, calendar);
    m_ui->casePage->setUser(m_userId, m_role);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_countTimer = new QTimer(this);
    m_countTimer->setInterval(kCountRefreshMs);
    m_countTimer->start();

    setupList();
    setupViews();
    m_quarantineNotice = new QuarantineNotice(db, m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, m_quarantineNotice);

    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);
    // Sync is wired by the sync code (DeskShell), which enables the action.
    m_ui->actionSyncNow->setEnabled(false);

    connectActions();
    restoreState();
    retranslate();
}

MainWindow::~MainWindow() = default;

CaseView *MainWindow::caseView() const
{
    return m_ui->casePage;
}

QAction *MainWindow::syncAction() const
{
    return m_ui->actionSyncNow;
}

QWidget *MainWindow::statusArea() const
{
    return statusBar();
}

void MainWindow::setupList()
{
    auto *table = m_ui->caseTable;
    table->setModel(m_model);
    table->setItemDelegate(new InboxItemDelegate(table));
    table->setItemDelegateForColumn(CaseListModel::DeadlineColumn,
                                    new SlaBadgeDelegate(CaseListModel::SlaRole, table));
    auto *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed row heights: the view never asks the model for rows it does not show.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    DeskLayout::fitColumns(table);
    // What an officer scans first comes first; a saved header state overrides this.
    const QList<int> order { CaseListModel::TrackingIdColumn, CaseListModel::TitleColumn,
                             CaseListModel::DeadlineColumn,   CaseListModel::StatusColumn,
                             CaseListModel::LocalStateColumn, CaseListModel::AssigneeColumn,
                             CaseListModel::ReceivedColumn,   CaseListModel::FlagsColumn,
                             CaseListModel::CategoryColumn,   CaseListModel::UnitColumn };
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    table->sortByColumn(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    table->installEventFilter(this);
    m_ui->searchEdit->installEventFilter(this);
    // Enter opens the selected case; shown in the menu, active only in the list.
    table->addAction(m_ui->actionOpenCase);
}

void MainWindow::setupViews()
{
    m_ui->viewSidebar->setModel(m_views);
    m_ui->viewSidebar->setViewActions(m_ui->actionSaveView, m_ui->actionRenameView,
                                      m_ui->actionDeleteView);
    int shortcut = 1;
    for (auto view : InboxViews::all()) {
        auto *action = m_ui->viewMenu->addAction(InboxViews::label(view));
        // Approvers only; shown or hidden again when another user signs in.
        action->setVisible(view != InboxView::AwaitingApproval || Roles::canApprove(m_role));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(shortcut++)));
        action->setData(ViewListModel::builtinKey(view));
        connect(action, &QAction::triggered, this,
                [this, action] { selectView(action->data().toString()); });
        m_viewActions.append(action);
    }
    m_caseMenu = new QMenu(tr("&Laporan"), this);
    m_caseMenu->setObjectName(QStringLiteral("caseMenu"));
    m_caseMenu->addActions(m_ui->casePage->actions());
    menuBar()->insertMenu(m_ui->settingsMenu->menuAction(), m_caseMenu);
    addActions(m_ui->casePage->actions());
}

void MainWindow::connectActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSyncNow, &QAction::triggered, this, &MainWindow::syncRequested);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionFocusList, &QAction::triggered, this, [this] {
        m_ui->caseTable->setFocus(Qt::ShortcutFocusReason);
        if (!m_ui->caseTable->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->caseTable->selectRow(0);
    });
    connect(m_ui->actionOpenCase, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->caseTable->currentIndex();
        if (!current.isValid())
            return;
        showCase(m_model->trackingIdAt(current.row()));
        m_ui->casePage->findChild<QWidget *>(QStringLiteral("caseContent"))->setFocus();
    });
    connect(m_ui->actionFilters, &QAction::toggled, this, [this](bool on) {
        if (on)
            ensureFilterOptions();
        m_ui->filterBar->setVisible(on);
        m_ui->filterButton->setChecked(on);
    });
    connect(m_ui->filterButton, &QToolButton::toggled, m_ui->actionFilters, &QAction::setChecked);
    connect(m_ui->actionClearFilters, &QAction::triggered, this, [this] {
        m_ui->filterBar->clear();
        m_ui->searchEdit->clear();
        applySearchNow();
    });
    connect(m_ui->actionSaveView, &QAction::triggered, this, [this] { saveCurrentView(); });
    connect(m_ui->actionRenameView, &QAction::triggered, this, [this] { renameCurrentView(); });
    connect(m_ui->actionDeleteView, &QAction::triggered, this, [this] { deleteCurrentView(); });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->emptyAction, &QPushButton::clicked, this, &MainWindow::showPreferences);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        m_completeSearch = false;
        m_searchTimer->start();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_completeSearch = true;
        applyFilter();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->filterBar, &FilterBar::changed, this, &MainWindow::applyFilter);
    connect(m_ui->viewSidebar, &ViewSidebar::viewSelected, this, &MainWindow::onViewSelected);
    connect(m_countTimer, &QTimer::timeout, m_views, &ViewListModel::refreshCounts);
    connect(m_ui->caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_applying && current.isValid())
                    showCase(m_model->trackingIdAt(current.row()));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_applying)
            onModelReset(true);
    });
    connect(m_ui->casePage, &CaseView::actionRequested, this, &MainWindow::onCaseAction);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] { m_autoSplit = false; });
    m_ui->splitter->installEventFilter(this);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, CaseListModel::ColumnCount - 1);
        m_model->retranslate();
        m_views->reload();
        selectView(m_profile.settings().value(kLastView).toString());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    if (m_quarantineNotice)
        m_quarantineNotice->refresh();
    for (auto *action : std::as_const(m_viewActions)) {
        const auto view
            = InboxViews::fromKey(action->data().toString().section(QLatin1Char(':'), 1));
        if (view)
            action->setText(InboxViews::label(*view));
    }
    m_caseMenu->setTitle(tr("&Laporan"));
    updateFilterButton();
    updateEmptyState();
    if (m_currentCase)
        showCase(m_currentCase);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->splitter && event->type() == QEvent::Resize && m_autoSplit)
        splitForWidth();
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->searchEdit && key->key() == Qt::Key_Down) {
            // From the search box straight into the results.
            applySearchNow();
            m_ui->actionFocusList->trigger();
            return true;
        }
        if (watched == m_ui->searchEdit && key->key() == Qt::Key_Escape
            && !m_ui->searchEdit->text().isEmpty()) {
            m_ui->searchEdit->clear();
            applySearchNow();
            return true;
        }
        if (watched == m_ui->caseTable
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_ui->actionOpenCase->trigger();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateFilterButton()
{
    const int active = m_ui->filterBar->activeCount();
    m_ui->filterButton->setText(active ? tr("Filter (%1)").arg(active) : tr("Filter"));
}

void MainWindow::updateEmptyState()
{
    const bool hubConfigured = !Identity::load(m_profile.settings()).hubUrl.isEmpty();
    const int total = m_model->rowCount();
    m_ui->listSummary->setText(tr("%n laporan", nullptr, total));
    if (m_currentCase)
        return;
    m_ui->workspace->setCurrentWidget(m_ui->emptyPage);
    CaseFilter plain;
    plain.view = m_baseView;
    const bool searching = effectiveFilter() != plain;
    m_ui->emptyAction->setVisible(!hubConfigured && total == 0 && !searching);
    if (total == 0 && !searching && m_cases->count() == 0) {
        if (!hubConfigured) {
            m_ui->emptyTitle->setText(tr("Belum terhubung ke hub SP4N-LAPOR!"));
            m_ui->emptyBody->setText(
                tr("Masukkan alamat hub instansi Anda di Pengaturan → Preferensi (Ctrl+,), lalu "
                   "masuk dengan akun SP4N-LAPOR! Anda.\n\nIngin mencoba dulu? Jalankan "
                   "\"lapordesk --training\" untuk berlatih dengan laporan contoh tanpa "
                   "menyentuh data sungguhan."));
        } else {
            m_ui->emptyTitle->setText(tr("Belum ada laporan di komputer ini"));
            m_ui->emptyBody->setText(
                tr("Sinkronkan (F5) saat tersambung ke internet untuk mengambil laporan yang "
                   "didisposisikan ke unit Anda. Setelah itu semuanya bisa dikerjakan tanpa "
                   "koneksi."));
        }
    } else if (total == 0 && searching) {
        m_ui->emptyTitle->setText(tr("Tidak ada laporan yang cocok"));
        m_ui->emptyBody->setText(tr("Coba kata lain, hapus pencarian, atau atur ulang filter "
                                    "(Ctrl+Shift+X)."));
    } else if (total == 0 && m_baseView == InboxView::AwaitingApproval) {
        m_ui->emptyTitle->setText(tr("Tidak ada draf yang menunggu persetujuan"));
        m_ui->emptyBody->setText(
            tr("Draf yang diajukan petugas unit Anda muncul di sini setelah sinkronisasi "
               "(F5). Untuk saat ini tidak ada yang perlu Anda setujui."));
    } else if (total == 0) {
        m_ui->emptyTitle->setText(tr("Tampilan ini kosong"));
        m_ui->emptyBody->setText(
            tr("Tidak ada laporan di tampilan ini saat ini. Pilih tampilan lain di kiri "
               "(Ctrl+1 sampai Ctrl+8), atau sinkronkan (F5) untuk mengambil laporan baru."));
    } else {
        m_ui->emptyTitle->setText(tr("Pilih laporan"));
        m_ui->emptyBody->setText(tr("Pilih laporan di daftar untuk membaca dan "
                                    "menindaklanjutinya. Panah atas/bawah berpindah laporan, "
                                    "Enter membukanya."));
    }
}

void MainWindow::showCase(qint64 trackingId)
{
    if (!trackingId || !m_ui->casePage->showCase(trackingId)) {
        m_currentCase = 0;
        updateEmptyState();
        return;
    }
    m_currentCase = trackingId;
    m_ui->workspace->setCurrentWidget(m_ui->casePage);
    if (m_cases->setUnread(trackingId, false))
        m_model->markRead(trackingId);
}

void MainWindow::onCaseAction(CaseAction action, qint64 trackingId)
{
    if (action == CaseAction::MarkUnread) {
        if (m_cases->setUnread(trackingId, true))
            m_model->markRead(trackingId, false);
        statusBar()->showMessage(tr("Laporan #%1 ditandai belum dibaca.").arg(trackingId), 4000);
        return;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::caseActionRequested)))
        emit caseActionRequested(action, trackingId);
    else
        statusBar()->showMessage(
            tr("\"%1\" belum tersedia di versi ini.").arg(CaseActions::label(action)), 5000);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(m_profile, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateEmptyState();
        emit preferencesChanged();
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
    m_savedGeometry = restoreGeometry(settings.value(kGeometry).toByteArray());
    if (!m_savedGeometry) {
        // Never larger than the screen (1366x768 at 200 % leaves 683x384 logical pixels);
        // showForPerson() fills it on a first start.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            resize(size().boundedTo(screen->availableSize()));
    }
    auto *header = m_ui->caseTable->horizontalHeader();
    if (header->restoreState(settings.value(kColumns).toByteArray()))
        m_ui->caseTable->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_ui->actionFilters->setChecked(settings.value(kFiltersVisible, false).toBool());
    if (!selectView(settings.value(kLastView).toString()))
        selectView(ViewListModel::builtinKey(InboxView::All));
}

void MainWindow::showForPerson()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (m_savedGeometry || !screen) {
        show();
        return;
    }
    // First start: the whole screen (docs/usability.md). The normal geometry is the
    // available area too, so that a desktop without a window manager shows the same.
    const auto placement = DeskLayout::firstStart(screen->availableGeometry());
    setGeometry(placement.geometry);
    if (placement.maximised)
        showMaximized();
    else
        show();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splittersRestored)
        return;
    // Splitter sizes are absolute: restored once the window has its real size, so the
    // first layout pass does not rescale them.
    m_splittersRestored = true;
    const auto &settings = m_profile.settings();
    // Without a saved state the list gets what it needs first, and the split follows the
    // window until the person moves it.
    m_autoSplit = !m_ui->splitter->restoreState(settings.value(kSplitter).toByteArray());
    if (m_autoSplit)
        splitForWidth();
    if (!m_ui->casePage->splitter()->restoreState(settings.value(kCaseSplitter).toByteArray()))
        m_ui->casePage->splitter()->setSizes({ 170, 330 });
}

void MainWindow::splitForWidth()
{
    QSplitter *splitter = m_ui->splitter;
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int total = splitter->width() - 2 * splitter->handleWidth();
    if (total <= 0)
        return;
    // The sidebar's names in full where there is room; a sixth of a narrow window (a large
    // screen at 200 %), where the list's columns matter more.
    int sidebar = qMax(m_ui->viewSidebar->sizeHint().width(), 20 * em);
    sidebar = qMin(qMin(sidebar, 24 * em), qMax(12 * em, total / 6));
    const int caseMinimum = qMin(36 * em, (total - sidebar) / 3);
    splitter->setSizes(DeskLayout::splitterSizes(
        total, sidebar, DeskLayout::listWidthNeeded(m_ui->caseTable), caseMinimum));
}

void MainWindow::saveState()
{
    auto &settings = m_profile.settings();
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kSplitter, m_ui->splitter->saveState());
    settings.setValue(kCaseSplitter, m_ui->casePage->splitter()->saveState());
    settings.setValue(kColumns, m_ui->caseTable->horizontalHeader()->saveState());
    settings.setValue(kFiltersVisible, m_ui->actionFilters->isChecked());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace lapor
