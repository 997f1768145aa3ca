#include "logindialog.h"

#include "accessible.h"
#include "core/hubaddress.h"
#include "ui_logindialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace lapor {

namespace {
constexpr int kKeyRole = Qt::UserRole;
constexpr int kHubRole = Qt::UserRole + 1;
constexpr int kUserRole = Qt::UserRole + 2;
} // namespace

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Masuk ke hub dengan nama pengguna dan kata sandi ini."));
    Accessible::describeButtons(m_ui->buttonBox);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Masuk"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    m_browserButton
        = m_ui->buttonBox->addButton(tr("Masuk lewat browser"), QDialogButtonBox::ActionRole);
    m_browserButton->setObjectName(QStringLiteral("browserSignIn"));
    m_browserButton->setToolTip(tr("Kata sandi diketik di halaman hub pada peramban, bukan di "
                                   "LAPOR Desk."));
    m_browserButton->hide();
    connect(m_browserButton, &QPushButton::clicked, this, &LoginDialog::requestBrowserSignIn);
    m_ui->errorLabel->hide();
    m_ui->peopleLabel->hide();
    m_ui->peopleList->hide();
    connect(m_ui->peopleList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { onPersonChosen(item); });
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setPeople(const QList<ProfileHome::Person> &people, const QString &defaultHub,
                            const QString &select)
{
    m_fixedPerson = false;
    m_defaultHub = defaultHub;
    setWindowTitle(tr("Masuk ke LAPOR Desk"));
    m_ui->intro->setText(tr("Setiap orang punya data sendiri di LAPOR Desk ini: pilih nama Anda "
                            "dan isi kata sandi. Yang belum pernah masuk di sini memilih Orang "
                            "lain."));
    QListWidget *list = m_ui->peopleList;
    list->clear();
    QListWidgetItem *chosen = nullptr;
    for (const auto &person : people) {
        const QString host = QUrl(person.hubUrl).host();
        QStringList details;
        if (!person.unitName.isEmpty())
            details << person.unitName;
        details << (host.isEmpty() ? person.hubUrl : host);
        if (person.lastSignIn.isValid())
            details << tr("terakhir masuk %1")
                           .arg(QLocale().toString(person.lastSignIn.toLocalTime(),
                                                   QLocale::ShortFormat));
        auto *item = new QListWidgetItem(
            person.displayName + QLatin1Char('\n') + details.join(QStringLiteral(" · ")), list);
        item->setData(kKeyRole, person.key);
        item->setData(kHubRole, person.hubUrl);
        item->setData(kUserRole, person.username);
        item->setToolTip(person.username + QLatin1Char('@') + person.hubUrl);
        item->setIcon(QIcon::fromTheme(QStringLiteral("avatar-default")));
        item->setSizeHint(QSize(0, list->fontMetrics().height() * 3));
        if (!chosen && (select.isEmpty() || person.key == select))
            chosen = item;
    }
    auto *someoneElse = new QListWidgetItem(tr("Orang lain…\nMasuk pertama kali di sini"), list);
    someoneElse->setIcon(QIcon::fromTheme(QStringLiteral("list-add-user")));
    someoneElse->setSizeHint(QSize(0, list->fontMetrics().height() * 3));
    m_ui->peopleLabel->show();
    list->show();
    list->setCurrentItem(chosen ? chosen : someoneElse);
    onPersonChosen(list->currentItem());
}

void LoginDialog::setPerson(const QString &hubUrl, const QString &username)
{
    m_fixedPerson = true;
    m_ui->peopleLabel->hide();
    m_ui->peopleList->hide();
    m_ui->hubEdit->setText(hubUrl);
    m_ui->userEdit->setText(username);
    m_ui->hubEdit->setReadOnly(true);
    m_ui->userEdit->setReadOnly(true);
    m_ui->intro->setText(tr("Masuk lagi ke hub sebagai %1. Untuk bekerja sebagai orang lain, "
                            "pilih Berkas → Ganti pengguna.")
                             .arg(username));
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::setBrowserSignIn(bool available)
{
    m_browserButton->setVisible(available);
}

void LoginDialog::requestBrowserSignIn()
{
    if (m_busy)
        return;
    const QString hub = HubAddress::normalized(m_ui->hubEdit->text());
    if (const QString problem = HubAddress::problem(hub); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true, tr("Menunggu peramban…"));
    emit browserSignInRequested(hub, m_ui->userEdit->text().trimmed());
}

void LoginDialog::onPersonChosen(QListWidgetItem *item)
{
    if (!item || m_fixedPerson)
        return;
    const bool known = !item->data(kKeyRole).toString().isEmpty();
    m_ui->hubEdit->setReadOnly(known);
    m_ui->userEdit->setReadOnly(known);
    m_ui->hubEdit->setText(known ? item->data(kHubRole).toString() : m_defaultHub);
    m_ui->userEdit->setText(known ? item->data(kUserRole).toString() : QString());
    m_ui->passwordEdit->clear();
    m_ui->errorLabel->hide();
    if (known || !m_ui->hubEdit->text().isEmpty())
        (known ? m_ui->passwordEdit : m_ui->userEdit)->setFocus();
    else
        m_ui->hubEdit->setFocus();
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    const QString hub = HubAddress::normalized(m_ui->hubEdit->text());
    QString problem = HubAddress::problem(hub);
    if (problem.isEmpty() && m_ui->userEdit->text().trimmed().isEmpty())
        problem = tr("Isi nama pengguna.");
    if (problem.isEmpty() && m_ui->passwordEdit->text().isEmpty())
        problem = tr("Isi kata sandi.");
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true);
    emit signInRequested(hub, m_ui->userEdit->text().trimmed(), m_ui->passwordEdit->text());
}

void LoginDialog::showResult(bool ok, const QString &message)
{
    setBusy(false);
    if (ok) {
        m_ui->passwordEdit->clear();
        QDialog::accept();
        return;
    }
    showProblem(message);
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::showProblem(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void LoginDialog::setBusy(bool busy, const QString &waiting)
{
    m_busy = busy;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(busy ? (waiting.isEmpty() ? tr("Menghubungi hub…") : waiting) : tr("Masuk"));
    m_browserButton->setEnabled(!busy);
    for (QWidget *edit :
         { static_cast<QWidget *>(m_ui->peopleList), static_cast<QWidget *>(m_ui->hubEdit),
           static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit) })
        edit->setEnabled(!busy);
}

} // namespace lapor
