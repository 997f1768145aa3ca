#pragma once

#include "sync/synccontroller.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace lapor {

// The status-bar indicator: "Daring · sinkron 2 menit lalu", "Luring · 3 tindakan
// menunggu", "Sinkronisasi 4.200/10.000" with a progress bar. Clicking opens the log.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController &controller, QWidget *parent = nullptr);

    // The indicator's text for a status at `now`; also used by the sync log.
    static QString describe(const SyncController::Status &status, const QDateTime &now);
    // "baru saja", "2 menit lalu", "3 jam lalu", "kemarin", or a date.
    static QString ago(const QDateTime &then, const QDateTime &now);

signals:
    void clicked();

private:
    void refresh();

    SyncController &m_controller;
    QToolButton *m_button;
    QProgressBar *m_progress;
    QTimer m_tick;
};

} // namespace lapor
