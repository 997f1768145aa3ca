#include "settingsdialog.h"

#include "core/hubaddress.h"
#include "core/language.h"
#include "core/profile.h"
#include "ui_settingsdialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace lapor {

namespace {
const QString kCaFile = QStringLiteral("hub/caFile");
const QString kTimeout = QStringLiteral("hub/timeoutSeconds");
const QString kInterval = QStringLiteral("sync/intervalMinutes");
const QString kPrefetch = QStringLiteral("attachments/prefetchMB");
} // namespace

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
    const auto &settings = m_profile.settings();
    m_ui->hubEdit->setText(settings.value(QStringLiteral("hub/url")).toString());
    m_ui->caEdit->setText(settings.value(kCaFile).toString());
    m_ui->timeoutSpin->setValue(settings.value(kTimeout, 30).toInt());
    m_ui->intervalSpin->setValue(settings.value(kInterval, 5).toInt());
    m_ui->prefetchSpin->setValue(settings.value(kPrefetch, 200).toInt());
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Sertifikat CA tambahan"), m_ui->caEdit->text(),
            tr("Sertifikat PEM (*.pem *.crt *.cer);;Semua berkas (*)"));
        if (!file.isEmpty())
            m_ui->caEdit->setText(file);
    });
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
    const QString caFile = m_ui->caEdit->text().trimmed();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable()) {
        QMessageBox::warning(this, tr("Sertifikat CA tambahan"),
                             tr("Berkas %1 tidak ada atau tidak dapat dibaca.").arg(caFile));
        m_ui->caEdit->setFocus();
        return;
    }
    auto &settings = m_profile.settings();
    const QString language = m_ui->languageCombo->currentData().toString();
    if (language != settings.value(QStringLiteral("ui/language")).toString()) {
        settings.setValue(QStringLiteral("ui/language"), language);
        Language::install(QApplication::instance(), language);
    }
    settings.setValue(QStringLiteral("hub/url"), HubAddress::normalized(hub));
    // The hub connection reads these when it is next set up (the next sign-in or start).
    settings.setValue(kCaFile, caFile);
    settings.setValue(kTimeout, m_ui->timeoutSpin->value());
    settings.setValue(kInterval, m_ui->intervalSpin->value());
    settings.setValue(kPrefetch, m_ui->prefetchSpin->value());
    settings.sync();
    QDialog::accept();
}

} // namespace lapor
