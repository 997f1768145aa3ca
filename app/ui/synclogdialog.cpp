#include "synclogdialog.h"

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
    updateSummary();
}

SyncLogDialog::~SyncLogDialog() = default;

void SyncLogDialog::updateSummary()
{
    const auto status = m_controller.status();
    QString text = SyncStatusWidget::describe(status, QDateTime::currentDateTimeUtc());
    if (!status.lastError.isEmpty())
        text += QLatin1Char('\n') + tr("Galat terakhir: %1").arg(status.lastError);
    m_ui->summary->setText(text);
    m_ui->syncButton->setEnabled(status.signedIn && !status.syncing);
}

} // namespace lapor
