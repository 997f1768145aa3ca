#include "synclogdialog.h"

#include "accessible.h"
#include "quarantinedialog.h"
#include "sync/synccontroller.h"
#include "syncstatuswidget.h"
#include "ui_synclogdialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimeZone>

namespace lapor {

namespace {
constexpr int kTrafficDays = 14;
constexpr int kTrafficRuns = 500;
} // namespace

SyncLogDialog::SyncLogDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncLogDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    Accessible::describeButtons(m_ui->buttonBox);
    m_ui->logView->setPlainText(controller.log().join(QLatin1Char('\n')));
    connect(&controller, &SyncController::logAdded, this,
            [this](const QString &line) { m_ui->logView->appendPlainText(line); });
    connect(&controller, &SyncController::statusChanged, this, &SyncLogDialog::updateSummary);
    connect(m_ui->syncButton, &QPushButton::clicked, &controller, &SyncController::syncNow);
    connect(m_ui->quarantineButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QuarantineDialog(m_controller.quarantined(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(&controller, &SyncController::runRecorded, this, &SyncLogDialog::updateTraffic);
    m_ui->trafficView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    updateSummary();
    updateTraffic();
}

SyncLogDialog::~SyncLogDialog() = default;

void SyncLogDialog::updateTraffic()
{
    const QLocale locale;
    // In the units the attachment list uses (MB, kB).
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    // Without zone data (no tzdata) the system's zone is invalid; the local clock's current
    // offset then still groups the days as the user sees them.
    const QTimeZone system = QTimeZone::systemTimeZone();
    const QTimeZone zone
        = system.isValid() ? system : QTimeZone(QDateTime::currentDateTime().offsetFromUtc());
    m_ui->trafficView->clear();
    const auto days = m_controller.dailyTraffic(zone, kTrafficDays);
    const auto runs = m_controller.recentRuns(kTrafficRuns);
    for (const auto &day : days) {
        auto *dayItem = new QTreeWidgetItem(m_ui->trafficView);
        dayItem->setText(0, locale.toString(day.date, QLocale::ShortFormat));
        dayItem->setText(1, size(day.bytesUp));
        dayItem->setText(2, size(day.bytesDown));
        dayItem->setText(3, tr("%n sinkronisasi", nullptr, day.runs));
        for (const auto &run : runs) {
            const QDateTime started = run.startedAt.toTimeZone(zone);
            if (started.date() != day.date)
                continue;
            auto *runItem = new QTreeWidgetItem(dayItem);
            runItem->setText(0, locale.toString(started.time(), QLocale::ShortFormat));
            runItem->setText(1, size(run.bytesUp));
            runItem->setText(2, size(run.bytesDown));
            runItem->setText(3, run.ok ? tr("berhasil") : tr("gagal"));
        }
    }
    // Today open, earlier days folded.
    if (auto *today = m_ui->trafficView->topLevelItem(0))
        today->setExpanded(true);
}

void SyncLogDialog::updateSummary()
{
    const auto status = m_controller.status();
    QString text = SyncStatusWidget::describe(status, QDateTime::currentDateTimeUtc());
    if (!status.lastError.isEmpty())
        text += QLatin1Char('\n') + tr("Galat terakhir: %1").arg(status.lastError);
    if (status.quarantined > 0)
        text += QLatin1Char('\n')
            + tr("%n catatan dari hub tidak dapat dibaca.", nullptr, status.quarantined);
    m_ui->summary->setText(text);
    m_ui->syncButton->setEnabled(status.signedIn && !status.syncing);
    m_ui->quarantineButton->setVisible(status.quarantined > 0);
}

} // namespace lapor
