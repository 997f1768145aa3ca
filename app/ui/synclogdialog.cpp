#include "synclogdialog.h"

#include "quarantinedialog.h"
#include "sync/synccontroller.h"
#include "syncstatuswidget.h"
#include "ui_synclogdialog.h"

namespace lapor {

SyncLogDialog::SyncLogDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncLogDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
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
    updateSummary();
}

SyncLogDialog::~SyncLogDialog() = default;

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
