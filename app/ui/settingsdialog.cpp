#include "settingsdialog.h"

#include "core/hubaddress.h"
#include "core/language.h"
#include "core/profile.h"
#include "ui_settingsdialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace lapor {

SettingsDialog::SettingsDialog(Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_profile(profile)
{
    m_ui->setupUi(this);
    // Language names are shown in their own language, as users look for them that way.
    m_ui->languageCombo->addItem(tr("Ikuti sistem"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = m_profile.settings().value(QStringLiteral("ui/language")).toString();
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(current)));
    m_ui->hubEdit->setText(m_profile.settings().value(QStringLiteral("hub/url")).toString());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const QString hub = m_ui->hubEdit->text().trimmed();
    if (!hub.isEmpty()) {
        if (const QString problem = HubAddress::problem(hub); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Alamat hub tidak valid"), problem);
            m_ui->hubEdit->setFocus();
            return;
        }
    }
    auto &settings = m_profile.settings();
    const QString language = m_ui->languageCombo->currentData().toString();
    if (language != settings.value(QStringLiteral("ui/language")).toString()) {
        settings.setValue(QStringLiteral("ui/language"), language);
        Language::install(QApplication::instance(), language);
    }
    settings.setValue(QStringLiteral("hub/url"), HubAddress::normalized(hub));
    settings.sync();
    QDialog::accept();
}

} // namespace lapor
