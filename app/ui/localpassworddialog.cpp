#include "localpassworddialog.h"

#include "accessible.h"
#include "hubapi/offlineverifier.h"
#include "ui_localpassworddialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>

namespace lapor {

LocalPasswordDialog::LocalPasswordDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LocalPasswordDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Menyimpan kata sandi kunci untuk komputer ini."));
    Accessible::describeButtons(m_ui->buttonBox);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Simpan"));
    m_ui->errorLabel->hide();
    setWindowFlag(Qt::WindowCloseButtonHint, false);
}

LocalPasswordDialog::~LocalPasswordDialog() = default;

QString LocalPasswordDialog::problem(const QString &password, const QString &repeat)
{
    if (password.size() < kMinLength)
        return tr("Kata sandi kunci paling sedikit %n karakter.", nullptr, kMinLength);
    if (password != repeat)
        return tr("Kedua kata sandi tidak sama.");
    return {};
}

void LocalPasswordDialog::accept()
{
    const QString password = m_ui->passwordEdit->text();
    if (const QString why = problem(password, m_ui->repeatEdit->text()); !why.isEmpty()) {
        m_ui->errorLabel->setText(why);
        m_ui->errorLabel->show();
        m_ui->repeatEdit->clear();
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    OfflineVerifier::remember(m_settings, password);
    m_settings.sync();
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    QDialog::accept();
}

void LocalPasswordDialog::reject() { }

} // namespace lapor
