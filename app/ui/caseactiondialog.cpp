#include "caseactiondialog.h"

#include "accessible.h"
#include "errorbox.h"
#include "store/caserepository.h"
#include "store/inboxlookup.h"
#include "ui_caseactiondialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace lapor {

CaseActionDialog::CaseActionDialog(Kind kind, Database &db, const User &user, qint64 trackingId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseActionDialog>())
    , m_kind(kind)
    , m_db(db)
    , m_user(user)
    , m_trackingId(trackingId)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(
            tr("Menyimpan tindakan ini; tindakan dikirim ke hub saat sinkron."));
    Accessible::describeButtons(m_ui->buttonBox);
    m_ui->errorLabel->hide();
    auto *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    const bool forward = kind == Kind::Forward;
    m_ui->unitCaption->setVisible(forward);
    m_ui->unitCombo->setVisible(forward);
    switch (kind) {
    case Kind::Forward: {
        setWindowTitle(tr("Teruskan laporan #%1").arg(trackingId));
        m_ui->introLabel->setText(tr("Disposisi laporan ke unit lain di instansi Anda. Unit "
                                     "tujuan mendapat tenggat tindak lanjut 5 hari kerja yang "
                                     "baru."));
        m_ui->textCaption->setText(tr("Catatan untuk unit tujuan (boleh kosong):"));
        m_ui->textEdit->setAccessibleName(tr("Catatan disposisi"));
        ok->setText(tr("Teruskan"));
        const auto current
            = CaseRepository(db, WorkingCalendar::national(AgencyZone::WIB)).find(trackingId);
        for (const auto &unit : InboxLookup(db).units()) {
            if (!current || unit.id != current->unitId)
                m_ui->unitCombo->addItem(unit.name, unit.id);
        }
        break;
    }
    case Kind::NotAuthority:
        setWindowTitle(tr("Bukan wewenang · laporan #%1").arg(trackingId));
        m_ui->introLabel->setText(
            tr("Laporan dikembalikan ke admin nasional karena bukan wewenang instansi Anda. "
               "Tuliskan alasannya dan, bila tahu, instansi yang berwenang."));
        m_ui->textCaption->setText(
            tr("Alasan (minimal %1 karakter):").arg(ActionWriter::kMinReason));
        m_ui->textEdit->setAccessibleName(tr("Alasan bukan wewenang"));
        ok->setText(tr("Kembalikan"));
        break;
    case Kind::Note:
        setWindowTitle(tr("Catatan internal · laporan #%1").arg(trackingId));
        m_ui->introLabel->setText(
            tr("Catatan internal hanya terlihat oleh petugas instansi, tidak oleh pelapor."));
        m_ui->textCaption->setText(tr("Catatan:"));
        m_ui->textEdit->setAccessibleName(tr("Catatan internal"));
        ok->setText(tr("Simpan catatan"));
        break;
    }
    ok->setAccessibleName(ok->text());
    m_ui->textEdit->setFocus();
}

CaseActionDialog::~CaseActionDialog() = default;

void CaseActionDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

bool CaseActionDialog::selectUnit(const QString &unitId)
{
    const int index = m_ui->unitCombo->findData(unitId);
    if (index < 0)
        return false;
    m_ui->unitCombo->setCurrentIndex(index);
    return true;
}

void CaseActionDialog::accept()
{
    ActionWriter writer(m_db, m_user);
    const QString text = m_ui->textEdit->toPlainText();
    switch (m_kind) {
    case Kind::Forward:
        m_result = writer.forward(m_trackingId, m_ui->unitCombo->currentData().toString(), text);
        break;
    case Kind::NotAuthority:
        m_result = writer.returnNotAuthority(m_trackingId, text);
        break;
    case Kind::Note:
        m_result = writer.addNote(m_trackingId, text);
        break;
    }
    if (!m_result) {
        const auto said
            = ErrorBox::split(tr("Tindakan ini tidak dapat disimpan; coba lagi."), m_result.error);
        m_ui->errorLabel->setText(said.text);
        m_ui->errorLabel->setToolTip(said.details);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace lapor
