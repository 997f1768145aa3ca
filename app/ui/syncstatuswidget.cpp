#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace lapor {

SyncStatusWidget::SyncStatusWidget(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_button(new QToolButton(this))
    , m_progress(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button->setObjectName(QStringLiteral("syncStatusButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Kemajuan sinkronisasi"));
    m_progress->setAccessibleDescription(tr("Bagian catatan dari hub yang sudah diterima."));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncStatusWidget::clicked);
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusWidget::refresh);
    // "2 menit lalu" must keep counting while nothing else happens.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    m_tick.start();
    refresh();
}

QString SyncStatusWidget::ago(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("baru saja");
    if (seconds < 3600)
        return tr("%n menit lalu", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n jam lalu", nullptr, int(seconds / 3600));
    if (then.toLocalTime().date().addDays(1) == now.toLocalTime().date())
        return tr("kemarin");
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QString SyncStatusWidget::describe(const SyncController::Status &status, const QDateTime &now)
{
    const QLocale locale;
    if (!status.configured)
        return tr("Hub belum diatur");
    if (status.syncing) {
        if (status.total > 0)
            return tr("Sinkronisasi %1/%2")
                .arg(locale.toString(status.done), locale.toString(status.total));
        return tr("Sinkronisasi…");
    }
    const bool online = status.connection == Connectivity::State::Online;
    QString text = online ? tr("Daring") : tr("Luring");
    if (!status.signedIn)
        return text + QStringLiteral(" · ") + tr("belum masuk");
    if (!online && status.pendingActions > 0)
        return text + QStringLiteral(" · ")
            + tr("%n tindakan menunggu", nullptr, status.pendingActions);
    if (!status.lastError.isEmpty())
        return text + QStringLiteral(" · ") + tr("sinkron gagal");
    if (status.lastSyncAt.isValid())
        return text + QStringLiteral(" · ") + tr("sinkron %1").arg(ago(status.lastSyncAt, now));
    return text + QStringLiteral(" · ") + tr("belum pernah sinkron");
}

void SyncStatusWidget::refresh()
{
    const auto status = m_controller.status();
    const QString text = describe(status, QDateTime::currentDateTimeUtc());
    const QString hint = status.lastError.isEmpty() ? tr("Klik untuk melihat catatan sinkronisasi.")
                                                    : status.lastError;
    m_button->setText(text);
    m_button->setToolTip(hint);
    // A screen reader hears the state, and hears it change (setAccessibleName announces it).
    m_button->setAccessibleName(tr("Status sinkronisasi: %1").arg(text));
    m_button->setAccessibleDescription(hint);
    m_progress->setVisible(status.syncing);
    m_progress->setRange(0, status.total > 0 ? 1000 : 0);
    if (status.total > 0)
        m_progress->setValue(int(status.done * 1000 / status.total));
}

} // namespace lapor
