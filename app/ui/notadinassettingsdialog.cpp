#include "notadinassettingsdialog.h"

#include "accessible.h"
#include "core/identity.h"
#include "core/notadinasnumber.h"
#include "core/notadinassettings.h"
#include "core/profile.h"
#include "errorbox.h"
#include "reports/notadinas.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lapor {

NotaDinasSettingsDialog::NotaDinasSettingsDialog(Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setWindowTitle(tr("Pengaturan nota dinas"));
    const auto &settings = m_profile.settings();
    const NotaDinasSettings nd = NotaDinasSettings::load(settings);
    const Identity identity = Identity::load(settings);

    auto *form = new QFormLayout;
    auto line = [&](const QString &label, const QString &value, const QString &fallback) {
        auto *edit = new QLineEdit(value, this);
        edit->setPlaceholderText(fallback);
        form->addRow(label, edit);
        return edit;
    };
    m_agency = line(tr("Nama instansi (kop)"), nd.agencyName, identity.agencyName);
    m_address = new QPlainTextEdit(nd.address, this);
    m_address->setPlaceholderText(tr("Alamat, telepon, laman (satu atau dua baris)"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Alamat (kop)"), m_address);

    auto *logoRow = new QHBoxLayout;
    m_keptLogo = nd.logoFile;
    m_logo = new QLineEdit(nd.logoFile, this);
    m_logo->setReadOnly(true);
    m_logo->setPlaceholderText(tr("tanpa logo"));
    auto *browse = new QPushButton(tr("Pilih…"), this);
    auto *clear = new QPushButton(tr("Hapus"), this);
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    logoRow->addWidget(clear);
    form->addRow(tr("Logo (kop)"), logoRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo instansi"), QString(),
                                                          tr("Gambar (*.png *.jpg *.jpeg)"));
        if (!file.isEmpty())
            m_logo->setText(QDir::toNativeSeparators(file));
    });
    connect(clear, &QPushButton::clicked, m_logo, &QLineEdit::clear);

    m_pattern = line(tr("Pola nomor"), nd.numberPattern, NotaDinasNumber::defaultPattern());
    m_pattern->setToolTip(tr("{n} nomor urut dalam tahun, {yyyy} atau {yy} tahun, {mm} bulan, "
                             "{romawi} bulan dalam angka Romawi, {unit} kode unit"));
    m_example = new QLabel(this);
    m_example->setWordWrap(true);
    form->addRow(QString(), m_example);
    m_unitCode = line(tr("Kode unit ({unit})"), nd.unitCode, identity.unitId.toUpper());
    m_from = line(tr("Dari"), nd.fromUnit, identity.unitName);
    m_recipient = line(tr("Kepada"), nd.recipient, NotaDinasSettings::defaultRecipient());
    m_signer = line(tr("Nama penanda tangan"), nd.signerName, identity.displayName);
    m_position = line(tr("Jabatan"), nd.signerPosition, tr("mis. Kepala Bidang Bina Marga"));
    m_nip = line(tr("NIP"), nd.signerNip, tr("18 angka"));
    // Each field is named by its form label; what it is for, a screen reader says here.
    m_agency->setAccessibleDescription(tr("Nama instansi di kop nota dinas."));
    m_address->setAccessibleName(tr("Alamat (kop)"));
    m_address->setAccessibleDescription(tr("Alamat, telepon dan laman di kop nota dinas."));
    m_logo->setAccessibleName(tr("Logo (kop)"));
    m_logo->setAccessibleDescription(tr("Berkas logo instansi di kop; kosong berarti tanpa logo."));
    browse->setAccessibleName(tr("Pilih logo"));
    browse->setAccessibleDescription(tr("Memilih gambar PNG atau JPEG sebagai logo."));
    clear->setAccessibleName(tr("Hapus logo"));
    clear->setAccessibleDescription(tr("Nota dinas berikutnya dibuat tanpa logo."));
    m_pattern->setAccessibleDescription(m_pattern->toolTip());
    m_unitCode->setAccessibleDescription(tr("Kode unit yang mengganti {unit} dalam pola nomor."));
    m_from->setAccessibleDescription(tr("Unit pengirim nota dinas."));
    m_recipient->setAccessibleDescription(tr("Pejabat yang menerima nota dinas."));
    m_signer->setAccessibleDescription(tr("Nama pejabat yang menandatangani."));
    m_position->setAccessibleDescription(tr("Jabatan pejabat yang menandatangani."));
    m_nip->setAccessibleDescription(tr("Nomor induk pegawai penanda tangan, 18 angka."));
    connect(m_pattern, &QLineEdit::textChanged, this, &NotaDinasSettingsDialog::updateExample);
    connect(m_unitCode, &QLineEdit::textChanged, this, &NotaDinasSettingsDialog::updateExample);

    auto *hint = new QLabel(
        tr("Nomor urut dihitung per tahun di komputer ini dan tidak pernah dipakai ulang. "
           "Bila beberapa pejabat menyetujui draf di komputer yang berbeda, beri pola yang "
           "berbeda (mis. kode unit atau bidangnya) agar nomornya tidak sama."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    Accessible::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    updateExample();
}

void NotaDinasSettingsDialog::updateExample()
{
    const QString pattern = m_pattern->text().trimmed().isEmpty()
        ? NotaDinasNumber::defaultPattern()
        : m_pattern->text().trimmed();
    const QString problem = NotaDinasNumber::check(pattern);
    const QString unit = m_unitCode->text().trimmed().isEmpty() ? m_unitCode->placeholderText()
                                                                : m_unitCode->text().trimmed();
    m_example->setText(
        problem.isEmpty()
            ? tr("Contoh: %1").arg(NotaDinasNumber::format(pattern, 12, QDate::currentDate(), unit))
            : problem);
    m_example->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void NotaDinasSettingsDialog::accept()
{
    NotaDinasSettings nd;
    nd.agencyName = m_agency->text().trimmed();
    nd.address = m_address->toPlainText().trimmed();
    nd.numberPattern = m_pattern->text().trimmed();
    nd.unitCode = m_unitCode->text().trimmed();
    nd.fromUnit = m_from->text().trimmed();
    nd.recipient = m_recipient->text().trimmed();
    nd.signerName = m_signer->text().trimmed();
    nd.signerPosition = m_position->text().trimmed();
    nd.signerNip = m_nip->text().trimmed();
    nd.logoFile = m_keptLogo;
    if (const QString problem = nd.problem(); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Pengaturan nota dinas"), problem);
        return;
    }
    const QString logo = m_logo->text().trimmed();
    if (logo.isEmpty()) {
        nd.logoFile.clear();
    } else if (logo != m_keptLogo) {
        QString relative;
        QString error;
        if (!NotaDinas::importLogo(m_profile.dir(), QDir::fromNativeSeparators(logo), &relative,
                                   &error)) {
            ErrorBox::warnAbout(
                this, tr("Logo instansi"),
                tr("Gambar ini tidak dapat dipakai sebagai logo. Pilih berkas PNG atau JPEG lain."),
                error);
            return;
        }
        nd.logoFile = relative;
    }
    auto &settings = m_profile.settings();
    nd.store(settings);
    settings.sync();
    QDialog::accept();
}

} // namespace lapor
