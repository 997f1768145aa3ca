#include "drafteditor.h"

#include "accessible.h"
#include "draftattachments.h"
#include "draftrevisions.h"
#include "errorbox.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/draftrepository.h"
#include "store/inboxlookup.h"
#include "store/timelinerepository.h"
#include "ui_drafteditor.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

namespace lapor {

DraftEditor::DraftEditor(Database &db, const QString &profileDir, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DraftEditor>())
    , m_db(db)
    , m_user(user)
    , m_writer(std::make_unique<ActionWriter>(db, user))
{
    m_ui->setupUi(this);
    Accessible::nameInternals(this);
    m_attachments = std::make_unique<DraftAttachments>(profileDir, *m_ui);
    m_revisions = std::make_unique<DraftRevisions>(db, *m_ui);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->returnedLabel->hide();
    m_ui->submitButton->setAccessibleName(tr("Ajukan untuk persetujuan"));
    m_ui->closeButton->setAccessibleName(tr("Tutup editor"));
    m_ui->discardButton->setAccessibleName(tr("Buang draf"));
    m_ui->addAttachmentButton->setAccessibleName(tr("Tambah lampiran"));
    m_ui->removeAttachmentButton->setAccessibleName(tr("Hapus lampiran"));
    m_ui->originalSizeButton->setAccessibleName(tr("Kirim foto dengan ukuran asli"));
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &DraftEditor::saveNow);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &DraftEditor::onTextChanged);
    connect(m_ui->applyTemplateButton, &QPushButton::clicked, this,
            &DraftEditor::onApplyTemplateClicked);
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this,
            &DraftEditor::onAddAttachmentClicked);
    connect(m_ui->originalSizeButton, &QPushButton::clicked, this,
            &DraftEditor::onOriginalSizeClicked);
    connect(m_attachments.get(), &DraftAttachments::changed, this, &DraftEditor::updateChecks);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &DraftEditor::onSubmitClicked);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DraftEditor::onDiscardClicked);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->historyTab)
            m_revisions->show(m_draftId, m_ui->textEdit->toPlainText());
    });
}

DraftEditor::~DraftEditor()
{
    // Whatever happens to the window, the last keystrokes reach the store.
    if (m_dirty)
        saveNow();
}

bool DraftEditor::loadCase(qint64 trackingId, QString *error)
{
    // The calendar only matters for deadlines, which the editor does not show.
    const auto found
        = CaseRepository(m_db, WorkingCalendar::national(AgencyZone::WIB)).find(trackingId);
    if (!found) {
        if (error)
            *error = tr("Laporan #%1 tidak ada di komputer ini.").arg(trackingId);
        return false;
    }
    m_case = *found;
    m_unitName = InboxLookup(m_db).unitName(m_case.unitId);
    // Rahasia: the title never reaches the window title (task bar, screen sharing).
    setWindowTitle(tr("Tindak lanjut #%1").arg(trackingId));
    QStringList flags;
    if (m_case.anonymous)
        flags.append(tr("Anonim: jangan menyebut identitas pelapor"));
    if (m_case.confidential)
        flags.append(tr("Rahasia"));
    m_ui->caseLabel->setText(
        QStringLiteral("#%1 · %2").arg(trackingId).arg(m_case.title)
        + (flags.isEmpty() ? QString() : QStringLiteral("\n") + flags.join(QStringLiteral(" · "))));
    fillTemplates();
    return true;
}

bool DraftEditor::openCase(qint64 trackingId, QString *error)
{
    if (!loadCase(trackingId, error))
        return false;
    std::optional<Draft> open;
    for (const Draft &draft : DraftRepository(m_db).forCase(trackingId)) {
        if (draft.authorId == m_user.id && draft.state != DraftState::Published
            && draft.state != DraftState::Discarded)
            open = draft; // the newest one wins
    }
    if (open) {
        loadDraft(*open);
    } else {
        m_draftId.clear();
        m_attachments->setDraft({});
        m_loading = true;
        m_ui->textEdit->clear();
        m_loading = false;
        m_dirty = false;
        setSaveMessage(tr("Draf baru; tersimpan otomatis setiap %n detik saat Anda mengetik.",
                          nullptr, m_autosave.interval() / 1000),
                       false);
    }
    updateState();
    updateChecks();
    m_ui->tabs->setCurrentWidget(m_ui->textTab);
    m_ui->textEdit->setFocus();
    return true;
}

bool DraftEditor::openDraft(const QString &draftId, QString *error)
{
    const auto draft = DraftRepository(m_db).find(draftId);
    if (!draft) {
        if (error)
            *error = tr("Draf tidak ditemukan.");
        return false;
    }
    if (!loadCase(draft->caseId, error))
        return false;
    loadDraft(*draft);
    updateState();
    updateChecks();
    return true;
}

void DraftEditor::loadDraft(const Draft &draft)
{
    m_draftId = draft.id;
    m_attachments->setDraft(draft.id);
    m_loading = true;
    m_ui->textEdit->setPlainText(draft.text);
    m_loading = false;
    m_dirty = false;
    m_ui->textEdit->moveCursor(QTextCursor::End);
    setSaveMessage(
        tr("Tersimpan %1.")
            .arg(QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)),
        false);
}

std::optional<Draft> DraftEditor::currentDraft() const
{
    if (m_draftId.isEmpty())
        return std::nullopt;
    return DraftRepository(m_db).find(m_draftId);
}

TemplateContext DraftEditor::templateContext() const
{
    TemplateContext context;
    context.trackingId = m_case.trackingId;
    context.anonymous = m_case.anonymous;
    context.reporterName = m_case.anonymous ? QString() : m_case.reporterName;
    context.unitName = m_unitName;
    context.date = QDate::currentDate();
    context.locale = QLocale();
    return context;
}

void DraftEditor::fillTemplates()
{
    m_templates = ReplyTemplates::shipped().forAgency(m_case.agencyId);
    m_ui->templateCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->templateCombo->model());
    for (const ReplyTemplate &t : std::as_const(m_templates)) {
        const bool usable = !m_case.anonymous || t.allowAnonymous;
        m_ui->templateCombo->addItem(usable ? t.title
                                            : tr("%1 (tidak untuk laporan anonim)").arg(t.title));
        if (!usable && model)
            model->item(model->rowCount() - 1)->setEnabled(false);
    }
    m_ui->applyTemplateButton->setEnabled(!m_templates.isEmpty());
}

bool DraftEditor::applyTemplate(int index, bool replace, QString *error)
{
    if (index < 0 || index >= m_templates.size())
        return false;
    const auto text = ReplyTemplates::apply(m_templates.at(index), templateContext(), error);
    if (!text)
        return false;
    m_ui->templateCombo->setCurrentIndex(index);
    QTextCursor cursor = m_ui->textEdit->textCursor();
    if (replace)
        cursor.select(QTextCursor::Document);
    // One edit through the cursor: Ctrl+Z takes the template back out.
    cursor.insertText(*text);
    m_ui->textEdit->setTextCursor(cursor);
    m_ui->textEdit->setFocus();
    return true;
}

void DraftEditor::startFrom(const QString &text)
{
    QTextCursor cursor = m_ui->textEdit->textCursor();
    if (m_ui->textEdit->toPlainText().trimmed().isEmpty())
        cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_ui->textEdit->setTextCursor(cursor);
    m_ui->textEdit->setFocus();
}

void DraftEditor::onApplyTemplateClicked()
{
    const int index = m_ui->templateCombo->currentIndex();
    bool replace = true;
    if (!m_ui->textEdit->toPlainText().trimmed().isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Gunakan templat"),
                        tr("Draf sudah berisi teks. Ganti seluruh teks dengan templat, atau "
                           "sisipkan templat di posisi kursor?"),
                        QMessageBox::NoButton, this);
        auto *replaceButton = box.addButton(tr("Ganti seluruh teks"), QMessageBox::DestructiveRole);
        auto *insertButton = box.addButton(tr("Sisipkan di kursor"), QMessageBox::AcceptRole);
        box.addButton(tr("Batal"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != replaceButton && box.clickedButton() != insertButton)
            return;
        replace = box.clickedButton() == replaceButton;
    }
    QString error;
    if (!applyTemplate(index, replace, &error) && !error.isEmpty())
        QMessageBox::information(this, tr("Gunakan templat"), error);
}

void DraftEditor::onTextChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    // Not restarted by later keystrokes: continuous typing is saved every interval.
    if (!m_autosave.isActive())
        m_autosave.start();
    setSaveMessage(tr("Perubahan belum tersimpan…"), false);
    updateChecks();
}

bool DraftEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty)
        return true;
    const QString text = m_ui->textEdit->toPlainText();
    ActionResult result;
    if (m_draftId.isEmpty()) {
        if (text.trimmed().isEmpty()) {
            m_dirty = false; // nothing worth a draft yet
            return true;
        }
        result = m_writer->createDraft(m_case.trackingId, text);
        if (result) {
            m_draftId = result.id;
            m_attachments->setDraft(m_draftId);
        }
    } else {
        result = m_writer->saveDraftText(m_draftId, text);
    }
    if (!result) {
        // Kept dirty: the next keystroke or leaving the editor tries again.
        const auto said = ErrorBox::split(tr("data di komputer ini tidak dapat ditulis. Teks Anda "
                                             "tetap di layar; disimpan lagi saat Anda mengetik."),
                                          result.error);
        setSaveMessage(tr("Belum tersimpan: %1").arg(said.text), true);
        m_ui->saveLabel->setToolTip(said.details);
        return false;
    }
    m_dirty = false;
    setSaveMessage(tr("Tersimpan otomatis pukul %1.")
                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                   false);
    updateState();
    emit saved(m_draftId);
    return true;
}

void DraftEditor::setSaveMessage(const QString &text, bool problem)
{
    m_ui->saveLabel->setText(text);
    if (!problem)
        m_ui->saveLabel->setToolTip(QString());
    m_ui->saveLabel->setStyleSheet(problem ? QStringLiteral("color: #b01e1e; font-weight: bold;")
                                           : QString());
}

QList<DraftCheckFailure> DraftEditor::failedChecks() const
{
    DraftCheckInput input;
    input.text = m_ui->textEdit->toPlainText();
    input.anonymous = m_case.anonymous;
    input.reporterName = m_case.reporterName;
    input.attachmentCount = m_attachments->count();
    return DraftChecks::shipped().run(input);
}

void DraftEditor::updateChecks()
{
    const auto failures = failedChecks();
    QStringList lines;
    for (const auto &failure : failures)
        lines.append(QStringLiteral("• ") + failure.message);
    if (failures.isEmpty()) {
        m_ui->checksLabel->setText(tr("✓ Semua pemeriksaan terpenuhi; draf siap diajukan."));
        m_ui->checksLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_ui->checksLabel->setText(tr("Belum dapat diajukan:") + QLatin1Char('\n')
                                   + lines.join(QLatin1Char('\n')));
        m_ui->checksLabel->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    }
    const auto draft = currentDraft();
    const bool waiting = draft
        && (draft->state == DraftState::Submitted || draft->state == DraftState::Approved)
        && !m_dirty;
    m_ui->submitButton->setEnabled(failures.isEmpty() && !waiting);
    m_ui->submitButton->setToolTip(
        waiting ? tr("Revisi ini sudah diajukan; ubah teks untuk membuat revisi baru.")
                : lines.join(QLatin1Char('\n')));
}

void DraftEditor::updateState()
{
    const auto draft = currentDraft();
    QString state = tr("Belum tersimpan");
    if (draft) {
        state = DraftStates::label(draft->state);
        if (draft->revision > 0)
            state = tr("%1 · revisi %2").arg(state).arg(draft->revision);
    }
    m_ui->stateLabel->setText(state);
    const bool conflict = draft && draft->state == DraftState::Conflict;
    m_ui->submitButton->setText(conflict ? tr("&Ajukan ulang setelah ditinjau")
                                         : tr("&Ajukan untuk persetujuan"));
    m_ui->discardButton->setEnabled(bool(draft));
    // The approver's reason stays in sight while the author revises.
    QString returned;
    if (draft && (draft->state == DraftState::Returned || conflict)) {
        const auto events = TimelineRepository(m_db).events(m_case.trackingId);
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->kind == TimelineRepository::Event::Kind::Decision
                && it->subject == QLatin1String("return")) {
                returned = tr("Dikembalikan oleh %1 (revisi %2): %3")
                               .arg(it->actor)
                               .arg(it->number)
                               .arg(it->text);
                break;
            }
        }
        if (conflict)
            returned = tr("Konflik: keadaan laporan di hub berubah sejak draf diajukan. Tinjau "
                          "laporan, sesuaikan teks bila perlu, lalu ajukan ulang.");
    }
    m_ui->returnedLabel->setText(returned);
    m_ui->returnedLabel->setVisible(!returned.isEmpty());
    m_ui->returnedLabel->setStyleSheet(QStringLiteral(
        "background: #fff3c4; color: #5c4400; padding: 6px; border: 1px solid #e0c870;"));
}

bool DraftEditor::confirmReportersFile(const QString &path)
{
    const QString hidden = m_case.anonymous && m_case.confidential ? tr("anonim dan rahasia")
        : m_case.anonymous                                         ? tr("anonim")
                                                                   : tr("rahasia");
    // The file name may be the reporter's: shown as plain text.
    QMessageBox box(
        QMessageBox::Question, tr("Lampiran dari pelapor"),
        tr("%1 adalah berkas kiriman pelapor, dan laporan ini %2. Foto pelapor dapat "
           "membuka siapa pelapornya atau isi yang dirahasiakan (wajah, rumah, tulisan pada "
           "foto) kepada setiap pembaca tindak lanjut. Metadata foto tetap dibuang.\n\n"
           "Tetap lampirkan berkas ini?")
            .arg(QFileInfo(path).fileName(), hidden),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool DraftEditor::addAttachment(const QString &path, QString *error)
{
    // Asked before anything is written: declining leaves no draft behind.
    if ((m_case.anonymous || m_case.confidential)
        && m_attachments->isReportersFile(m_db, m_case.trackingId, path)
        && !confirmReportersFile(path)) {
        if (error)
            error->clear(); // the user's own choice; nothing to report
        return false;
    }
    if (!m_draftId.isEmpty() || !m_ui->textEdit->toPlainText().trimmed().isEmpty())
        saveNow(); // creates the draft when there is text
    if (m_draftId.isEmpty()) {
        // Files belong to a draft: create it now, even before any text.
        const auto result = m_writer->createDraft(m_case.trackingId, m_ui->textEdit->toPlainText());
        if (!result) {
            if (error)
                *error = result.error;
            return false;
        }
        m_draftId = result.id;
        m_dirty = false;
        m_attachments->setDraft(m_draftId);
        updateState();
    }
    QStringList removed;
    if (!m_attachments->add(path, error, &removed))
        return false;
    if (!removed.isEmpty())
        setSaveMessage(removed.contains(QLatin1String("GPS"))
                           ? tr("Lokasi GPS dan metadata lain dibuang dari foto %1.")
                                 .arg(QFileInfo(path).fileName())
                           : tr("Metadata dibuang dari foto %1.").arg(QFileInfo(path).fileName()),
                       false);
    return true;
}

void DraftEditor::onAddAttachmentClicked()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Tambah lampiran"), QString(), tr("Dokumen dan foto (*.pdf *.jpg *.jpeg *.png)"));
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        if (!addAttachment(path, &error) && !error.isEmpty())
            problems.append(error);
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Lampiran"), problems.join(QLatin1Char('\n')));
}

bool DraftEditor::restoreOriginalSize(const QString &name, QString *error)
{
    if (!m_attachments->restoreOriginal(name, error))
        return false;
    setSaveMessage(tr("Foto %1 dikirim dengan ukuran asli (metadatanya tetap dibuang).").arg(name),
                   false);
    return true;
}

void DraftEditor::onOriginalSizeClicked()
{
    const QString name = m_attachments->currentReduced();
    if (name.isEmpty())
        return;
    QString error;
    if (!restoreOriginalSize(name, &error))
        ErrorBox::warnAbout(
            this, tr("Ukuran asli"),
            tr("Foto aslinya tidak dapat dibaca lagi; lampiran yang diperkecil tetap dipakai."),
            error);
}

bool DraftEditor::submit(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!saveNow())
        return fail(m_ui->saveLabel->text());
    const auto failures = failedChecks();
    if (!failures.isEmpty())
        return fail(failures.first().message);
    const auto draft = currentDraft();
    if (!draft)
        return fail(tr("Draf masih kosong."));
    const ActionResult result = draft->state == DraftState::Conflict
        ? m_writer->resolveConflictResubmit(m_draftId)
        : m_writer->submitDraft(m_draftId);
    if (!result)
        return fail(result.error);
    setSaveMessage(tr("Revisi %1 diajukan; menunggu persetujuan kepala unit. Dikirim ke hub "
                      "saat tersambung.")
                       .arg(result.revision),
                   false);
    updateState();
    updateChecks();
    emit submitted(m_case.trackingId, m_draftId, result.revision);
    return true;
}

void DraftEditor::onSubmitClicked()
{
    QString error;
    if (!submit(&error)) {
        ErrorBox::warnAbout(this, tr("Draf belum dapat diajukan"),
                            tr("Draf belum dapat diajukan; teksnya tetap tersimpan."), error);
        return;
    }
    close();
}

void DraftEditor::onDiscardClicked()
{
    if (m_draftId.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Buang draf"),
        tr("Draf ini dan lampirannya dibuang, dan tindakan yang belum terkirim untuk draf ini "
           "dibatalkan. Lanjutkan?"));
    if (answer != QMessageBox::Yes)
        return;
    m_autosave.stop();
    const auto result = m_writer->discardDraft(m_draftId);
    if (!result) {
        ErrorBox::warnAbout(this, tr("Buang draf"),
                            tr("Draf tidak dapat dibuang; teksnya tetap tersimpan."), result.error);
        return;
    }
    m_dirty = false;
    const QString id = m_draftId;
    emit discarded(m_case.trackingId, id);
    m_draftId.clear();
    close();
}

void DraftEditor::closeEvent(QCloseEvent *event)
{
    saveNow();
    QDialog::closeEvent(event);
}

void DraftEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QDialog::hideEvent(event);
}

void DraftEditor::changeEvent(QEvent *event)
{
    // Leaving the editor for another window saves at once.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow() && m_dirty)
        saveNow();
    QDialog::changeEvent(event);
}

} // namespace lapor
