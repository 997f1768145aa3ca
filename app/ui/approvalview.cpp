#include "approvalview.h"

#include "accessible.h"
#include "core/textdiff.h"
#include "difftext.h"
#include "errorbox.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/draftrepository.h"
#include "store/inboxlookup.h"
#include "ui_approvalview.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace lapor {

ApprovalView::ApprovalView(Database &db, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApprovalView>())
    , m_db(db)
    , m_user(user)
    , m_writer(std::make_unique<ActionWriter>(db, user))
{
    m_ui->setupUi(this);
    Accessible::nameInternals(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->approveButton->setAccessibleName(tr("Setujui revisi"));
    m_ui->returnButton->setAccessibleName(tr("Kembalikan ke penulis"));
    m_ui->closeButton->setAccessibleName(tr("Tutup"));
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ApprovalView::onApproveClicked);
    connect(m_ui->returnButton, &QPushButton::clicked, this, &ApprovalView::onReturnClicked);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, &ApprovalView::updateButtons);
}

ApprovalView::~ApprovalView() = default;

bool ApprovalView::openCase(qint64 trackingId, QString *error)
{
    std::optional<Draft> pick;
    for (const Draft &draft : DraftRepository(m_db).forCase(trackingId)) {
        if (draft.state != DraftState::Submitted)
            continue;
        if (!pick
            || (Decision::mayDecide(draft, m_user.id) && !Decision::mayDecide(*pick, m_user.id)))
            pick = draft;
    }
    if (!pick) {
        if (error)
            *error
                = tr("Tidak ada draf yang menunggu persetujuan pada laporan #%1.").arg(trackingId);
        return false;
    }
    showDraft(*pick);
    return true;
}

bool ApprovalView::openDraft(const QString &draftId, QString *error)
{
    const auto draft = DraftRepository(m_db).find(draftId);
    if (!draft) {
        if (error)
            *error = tr("Draf tidak ditemukan.");
        return false;
    }
    showDraft(*draft);
    return true;
}

void ApprovalView::showDraft(const Draft &draft)
{
    m_draft = draft;
    setWindowTitle(tr("Tinjau draf · laporan #%1").arg(draft.caseId));
    const auto found
        = CaseRepository(m_db, WorkingCalendar::national(AgencyZone::WIB)).find(draft.caseId);
    m_ui->caseLabel->setText(found ? QStringLiteral("#%1 · %2").arg(draft.caseId).arg(found->title)
                                     + (found->anonymous ? tr(" · Anonim") : QString())
                                   : QStringLiteral("#%1").arg(draft.caseId));
    QFont bold = m_ui->caseLabel->font();
    bold.setBold(true);
    m_ui->caseLabel->setFont(bold);

    const auto revisions = DraftRepository(m_db).revisions(draft.id);
    QString shown;
    QString previous;
    int previousNumber = 0;
    QDateTime submittedAt;
    for (const auto &revision : revisions) {
        if (revision.number < draft.revision) {
            previous = revision.text;
            previousNumber = revision.number;
        } else if (revision.number == draft.revision) {
            shown = revision.text;
            submittedAt = revision.createdAt;
        }
    }
    const QString author = InboxLookup(m_db).userName(draft.authorId);
    m_ui->draftLabel->setText(
        tr("Revisi %1 oleh %2, diajukan %3 · status: %4")
            .arg(draft.revision)
            .arg(author, QLocale().toString(submittedAt.toLocalTime(), QLocale::ShortFormat),
                 DraftStates::label(draft.state)));
    const auto segments = TextDiff::diff(previous, shown);
    m_ui->diffSummary->setText(
        (previousNumber ? tr("Dibandingkan dengan revisi %1 (hijau: ditambahkan, merah dicoret: "
                             "dihapus).")
                              .arg(previousNumber)
                        : tr("Revisi pertama: seluruh teks baru."))
        + QLatin1Char(' ') + DiffText::summary(segments));
    DiffText::show(m_ui->diffView, segments);
    m_ui->textView->setPlainText(shown);
    m_ui->approveButton->setText(tr("&Setujui revisi %1").arg(draft.revision));
    m_ui->tabs->setCurrentWidget(previousNumber ? m_ui->diffTab : m_ui->textTab);
    updateButtons();
}

bool ApprovalView::canDecide() const
{
    return cannotDecideReason().isEmpty();
}

QString ApprovalView::cannotDecideReason() const
{
    if (m_draft.id.isEmpty())
        return tr("Tidak ada draf yang ditinjau.");
    if (!Roles::canApprove(m_user.role))
        return tr("Hanya kepala unit yang dapat menyetujui atau mengembalikan draf.");
    if (m_draft.authorId == m_user.id)
        return tr("Ini draf Anda sendiri. Draf harus disetujui pejabat lain (prinsip empat "
                  "mata).");
    if (!Decision::mayDecide(m_draft, m_user.id))
        return tr("Penulis draf tidak diketahui; draf ini tidak dapat diputuskan.");
    if (m_draft.state != DraftState::Submitted)
        return tr("Draf ini tidak sedang menunggu persetujuan (status: %1).")
            .arg(DraftStates::label(m_draft.state));
    return {};
}

void ApprovalView::updateButtons()
{
    const QString reason = cannotDecideReason();
    const bool may = reason.isEmpty();
    const bool hasComment = !m_ui->commentEdit->toPlainText().trimmed().isEmpty();
    m_ui->approveButton->setEnabled(may);
    m_ui->approveButton->setToolTip(
        may ? tr("Menyetujui tepat revisi %1 yang tampil di sini.").arg(m_draft.revision) : reason);
    m_ui->returnButton->setEnabled(may && hasComment);
    m_ui->returnButton->setToolTip(!may ? reason
                                       : hasComment
                                       ? tr("Mengembalikan draf ke penulis dengan komentar Anda.")
                                       : tr("Tulis komentar untuk penulis terlebih dahulu."));
    m_ui->commentEdit->setEnabled(may);
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!may);
    m_ui->reasonLabel->setStyleSheet(QStringLiteral("color: #b01e1e;"));
}

bool ApprovalView::approve(QString *error)
{
    const auto result = m_writer->approve(m_draft.id, m_draft.revision);
    if (!result) {
        if (error)
            *error = result.error;
        return false;
    }
    m_draft.state = DraftState::Approved;
    updateButtons();
    emit decided(m_draft.caseId, m_draft.id, m_draft.revision, true);
    return true;
}

bool ApprovalView::returnDraft(const QString &comment, QString *error)
{
    const auto result = m_writer->returnDraft(m_draft.id, m_draft.revision, comment);
    if (!result) {
        if (error)
            *error = result.error;
        return false;
    }
    m_draft.state = DraftState::Returned;
    updateButtons();
    emit decided(m_draft.caseId, m_draft.id, m_draft.revision, false);
    return true;
}

void ApprovalView::onApproveClicked()
{
    QString error;
    if (!approve(&error)) {
        ErrorBox::warnAbout(
            this, tr("Persetujuan"),
            tr("Persetujuan tidak dapat disimpan; draf tetap menunggu keputusan Anda."), error);
        return;
    }
    close();
}

void ApprovalView::onReturnClicked()
{
    QString error;
    if (!returnDraft(m_ui->commentEdit->toPlainText(), &error)) {
        ErrorBox::warnAbout(
            this, tr("Kembalikan draf"),
            tr("Pengembalian tidak dapat disimpan; draf tetap menunggu keputusan Anda."), error);
        return;
    }
    close();
}

} // namespace lapor
