#include "settingsdialog.h"

#include "accessible.h"
#include "core/hubaddress.h"
#include "core/identity.h"
#include "core/language.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "notadinassettingsdialog.h"
#include "ui_settingsdialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lapor {

SettingsDialog::SettingsDialog(Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_profile(profile)
{
    m_ui->setupUi(this);
    Accessible::describeButtons(m_ui->buttonBox);
    // Language names are shown in their own language, as users look for them that way.
    m_ui->languageCombo->addItem(tr("Ikuti sistem"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const auto &settings = m_profile.settings();
    const Preferences preferences = Preferences::load(settings);
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(preferences.language)));
    m_ui->hubEdit->setText(Identity::load(settings).hubUrl);
    m_ui->caEdit->setText(preferences.caFile);
    m_ui->pinEdit->setText(preferences.pinSha256);
    m_ui->timeoutSpin->setValue(preferences.hubTimeoutSeconds);
    m_ui->intervalSpin->setValue(preferences.syncIntervalMinutes);
    m_ui->retentionSpin->setValue(qMax(0, preferences.retentionMonths));
    m_ui->prefetchSpin->setValue(preferences.prefetchMB);
    m_ui->unmeteredOnlyCheck->setChecked(preferences.prefetchUnmeteredOnly);
    m_ui->lockSpin->setValue(preferences.lockMinutes);
    m_ui->photoSideSpin->setRange(Preferences::kPhotoMinSide, Preferences::kPhotoMaxSide);
    m_ui->photoSideSpin->setValue(preferences.photoMaxSide);
    m_ui->photoQualitySpin->setRange(Preferences::kPhotoMinQuality, Preferences::kPhotoMaxQuality);
    m_ui->photoQualitySpin->setValue(preferences.photoQuality);
    // The nota dinas has settings of its own (letterhead, numbering, signature), kept as
    // they are saved there.
    auto *notaDinas = new QPushButton(tr("Nota dinas…"), this);
    notaDinas->setObjectName(QStringLiteral("notaDinasButton"));
    notaDinas->setToolTip(tr("Kop, pola nomor dan tanda tangan nota dinas"));
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->buttonBox), notaDinas, 0, Qt::AlignLeft);
    connect(notaDinas, &QPushButton::clicked, this, [this] {
        NotaDinasSettingsDialog dialog(m_profile, this);
        dialog.exec();
    });
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
    const QString pin = m_ui->pinEdit->text().trimmed();
    if (!pin.isEmpty() && !Preferences::isPin(pin)) {
        QMessageBox::warning(this, tr("Pin kunci hub"),
                             tr("Pin harus berupa base64 dari SHA-256 (44 karakter, diakhiri "
                                "\"=\"), seperti yang diberikan admin instansi Anda."));
        m_ui->pinEdit->setFocus();
        return;
    }
    auto &settings = m_profile.settings();
    Preferences preferences = Preferences::load(settings);
    const QString language = m_ui->languageCombo->currentData().toString();
    if (language != preferences.language) {
        preferences.language = language;
        Language::install(QApplication::instance(), language);
    }
    Identity identity = Identity::load(settings);
    identity.hubUrl = HubAddress::normalized(hub);
    identity.store(settings);
    // The hub connection reads these when it is next set up (the next sign-in or start).
    preferences.caFile = caFile;
    preferences.pinSha256 = pin;
    preferences.hubTimeoutSeconds = m_ui->timeoutSpin->value();
    preferences.syncIntervalMinutes = m_ui->intervalSpin->value();
    preferences.retentionMonths = m_ui->retentionSpin->value();
    preferences.prefetchMB = m_ui->prefetchSpin->value();
    preferences.prefetchUnmeteredOnly = m_ui->unmeteredOnlyCheck->isChecked();
    preferences.lockMinutes = m_ui->lockSpin->value();
    preferences.photoMaxSide = m_ui->photoSideSpin->value();
    preferences.photoQuality = m_ui->photoQualitySpin->value();
    preferences.store(settings);
    settings.sync();
    QDialog::accept();
}

} // namespace lapor
