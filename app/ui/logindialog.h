#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace lapor {

class SyncController;

// Signs in to the hub without blocking: the dialog stays open, shows progress and the
// hub's answer in plain words, and closes only when the login succeeded.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(SyncController &controller, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void accept() override;

private:
    void setBusy(bool busy);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    SyncController &m_controller;
};

} // namespace lapor
