#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SyncLogDialog;
}

namespace lapor {

class SyncController;

// Every sync event in plain words, newest last, updated live; below it the data each
// sync sent and received, with a total per day.
class SyncLogDialog : public QDialog
{
    Q_OBJECT

public:
    SyncLogDialog(SyncController &controller, QWidget *parent = nullptr);
    ~SyncLogDialog() override;

private:
    void updateSummary();
    // Bytes up and down per day (the user's time zone) and, under each day, per run.
    void updateTraffic();

    std::unique_ptr<Ui::SyncLogDialog> m_ui;
    SyncController &m_controller;
};

} // namespace lapor
