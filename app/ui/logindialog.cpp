#include "logindialog.h"

#include "core/hubaddress.h"
#include "sync/hubaccount.h"
#include "sync/synccontroller.h"
#include "ui_logindialog.h"

#include <QPushButton>

namespace lapor {

LoginDialog::LoginDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Masuk"));
    m_ui->hubEdit->setText(controller.account().hubUrl());
    m_ui->userEdit->setText(controller.account().username());
    m_ui->errorLabel->hide();
    if (!m_ui->hubEdit->text().isEmpty())
        (m_ui->userEdit->text().isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
    connect(&m_controller, &SyncController::loginFinished, this,
            [this](bool ok, const QString &message) {
                setBusy(false);
                if (ok) {
                    QDialog::accept();
                    return;
                }
                m_ui->errorLabel->setText(message);
                m_ui->errorLabel->show();
                m_ui->passwordEdit->selectAll();
                m_ui->passwordEdit->setFocus();
            });
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::accept()
{
    const QString hub = HubAddress::normalized(m_ui->hubEdit->text());
    QString problem = HubAddress::problem(hub);
    if (problem.isEmpty() && m_ui->userEdit->text().trimmed().isEmpty())
        problem = tr("Isi nama pengguna.");
    if (problem.isEmpty() && m_ui->passwordEdit->text().isEmpty())
        problem = tr("Isi kata sandi.");
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true);
    m_controller.login(hub, m_ui->userEdit->text().trimmed(), m_ui->passwordEdit->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(busy ? tr("Menghubungi hub…") : tr("Masuk"));
    for (QWidget *edit :
         { static_cast<QWidget *>(m_ui->hubEdit), static_cast<QWidget *>(m_ui->userEdit),
           static_cast<QWidget *>(m_ui->passwordEdit) })
        edit->setEnabled(!busy);
}

} // namespace lapor
