#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SyncLogDialog;
}

namespace lapor {

class SyncController;

// Every sync event in plain words, newest last, updated live.
class SyncLogDialog : public QDialog
{
    Q_OBJECT

public:
    SyncLogDialog(SyncController &controller, QWidget *parent = nullptr);
    ~SyncLogDialog() override;

private:
    void updateSummary();

    std::unique_ptr<Ui::SyncLogDialog> m_ui;
    SyncController &m_controller;
};

} // namespace lapor
