#include "outboxpanel.h"

#include "errorbox.h"
#include "models/outboxmodel.h"
#include "store/actionwriter.h"
#include "store/outboxrepository.h"
#include "ui_outboxpanel.h"

#include <QHeaderView>
#include <QMessageBox>

namespace lapor {

OutboxPanel::OutboxPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutboxPanel>())
    , m_db(db)
    , m_model(new OutboxModel(db, this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    auto *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(OutboxModel::StateColumn, 90);
    header->resizeSection(OutboxModel::CaseColumn, 90);
    header->resizeSection(OutboxModel::KindColumn, 220);
    header->resizeSection(OutboxModel::AttemptsColumn, 80);
    header->resizeSection(OutboxModel::ReasonColumn, 420);
    header->moveSection(OutboxModel::UpdatedColumn, OutboxModel::AttemptsColumn + 1);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 10);
    m_ui->retryButton->setAccessibleName(tr("Coba kirim lagi"));
    m_ui->reviewButton->setAccessibleName(tr("Tinjau keadaan kasus dan kirim ulang"));
    m_ui->discardButton->setAccessibleName(tr("Buang tindakan"));
    m_ui->openCaseButton->setAccessibleName(tr("Buka laporan"));
    m_ui->pushButton->setAccessibleName(tr("Kirim sekarang"));
    m_ui->showFinishedCheck->setAccessibleName(tr("Tampilkan yang sudah terkirim"));

    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateButtons();
    });
    connect(m_ui->showFinishedCheck, &QCheckBox::toggled, m_model, &OutboxModel::setShowFinished);
    connect(m_ui->pushButton, &QPushButton::clicked, this, &OutboxPanel::pushRequested);
    connect(m_ui->openCaseButton, &QPushButton::clicked, this, [this] {
        if (const auto entry = selectedEntry())
            emit openCaseRequested(entry->caseId);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!retrySelected(&error))
            ErrorBox::warnAbout(this, tr("Coba lagi"),
                                tr("Tindakan ini tidak dapat dijadwalkan ulang."), error);
    });
    connect(m_ui->reviewButton, &QPushButton::clicked, this, [this] {
        if (const auto entry = selectedEntry())
            emit reviewRequested(entry->caseId, entry->kind, entry->entityId, entry->id);
    });
    connect(m_ui->discardButton, &QPushButton::clicked, this, &OutboxPanel::onDiscardClicked);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openCaseRequested(index.data(OutboxModel::CaseIdRole).toLongLong());
    });
    updateSummary();
    updateButtons();
}

OutboxPanel::~OutboxPanel() = default;

void OutboxPanel::reload()
{
    const auto current = selectedEntry();
    m_model->reload();
    if (current)
        selectEntry(current->id);
}

void OutboxPanel::refreshEntry(const QString &id)
{
    m_model->refreshEntry(id);
}

bool OutboxPanel::selectEntry(const QString &id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    m_ui->table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

std::optional<OutboxEntry> OutboxPanel::selectedEntry() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()) : std::nullopt;
}

void OutboxPanel::setPushAvailable(bool available, const QString &reason)
{
    m_ui->pushButton->setEnabled(available);
    m_ui->pushButton->setToolTip(reason);
}

void OutboxPanel::updateSummary()
{
    OutboxRepository repository(m_db);
    const int waiting
        = repository.count(OutboxState::Waiting) + repository.count(OutboxState::Sending);
    const int conflicts = repository.count(OutboxState::Conflict);
    const int failed = repository.count(OutboxState::Failed);
    if (waiting == 0 && conflicts == 0 && failed == 0) {
        m_ui->summaryLabel->setText(
            tr("Kotak keluar kosong: semua yang Anda kerjakan sudah terkirim. Tindak lanjut, "
               "disposisi dan catatan yang Anda simpan menunggu di sini sampai terkirim."));
        return;
    }
    QStringList parts;
    parts.append(tr("%n tindakan menunggu dikirim", nullptr, waiting));
    if (conflicts)
        parts.append(tr("%n konflik perlu ditinjau", nullptr, conflicts));
    if (failed)
        parts.append(tr("%n gagal", nullptr, failed));
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void OutboxPanel::updateButtons()
{
    const auto entry = selectedEntry();
    const bool conflict = entry && entry->state == OutboxState::Conflict;
    const bool failed = entry && entry->state == OutboxState::Failed;
    m_ui->openCaseButton->setEnabled(entry && entry->caseId);
    m_ui->retryButton->setEnabled(conflict || failed);
    m_ui->retryButton->setToolTip(
        conflict ? tr("Kirim lagi tanpa perubahan, berdasarkan keadaan laporan terbaru di hub.")
                 : tr("Kirim lagi tindakan yang ditolak atau gagal."));
    m_ui->reviewButton->setVisible(conflict);
    m_ui->discardButton->setEnabled(conflict || failed);
    if (!entry) {
        m_ui->detailLabel->setText(m_model->rowCount() == 0
                                       ? tr("Tidak ada tindakan yang menunggu. Semua sudah "
                                            "diterima hub.")
                                       : tr("Pilih satu tindakan untuk melihat keterangannya."));
        return;
    }
    QString detail = QStringLiteral("%1 · #%2 · %3")
                         .arg(entry->label())
                         .arg(entry->caseId)
                         .arg(OutboxModel::reason(*entry, QDateTime::currentDateTimeUtc()));
    if (conflict)
        detail += QLatin1Char('\n')
            + tr("Pilihan: tinjau keadaan laporan yang baru lalu kirim ulang, atau buang tindakan "
                 "ini. Tidak ada yang hilang sebelum Anda memilih.");
    if (!m_user.id.isEmpty() && !entry->userId.isEmpty() && entry->userId != m_user.id)
        detail += QLatin1Char('\n')
            + tr("Tindakan ini milik pengguna lain dan dikirim saat ia masuk.");
    m_ui->detailLabel->setText(detail);
}

bool OutboxPanel::retrySelected(QString *error)
{
    const auto entry = selectedEntry();
    if (!entry)
        return false;
    if (!OutboxRepository(m_db).retry(entry->id, error))
        return false;
    m_model->refreshEntry(entry->id);
    emit changed();
    emit pushRequested();
    return true;
}

bool OutboxPanel::discardSelected(QString *error)
{
    const auto entry = selectedEntry();
    if (!entry)
        return false;
    // A refused draft submission goes with its draft: the author keeps nothing half-sent.
    if (entry->kind == OutboxKind::DraftSubmit && entry->userId == m_user.id) {
        const auto result = ActionWriter(m_db, m_user).discardDraft(entry->entityId);
        if (!result) {
            if (error)
                *error = result.error;
            return false;
        }
    } else if (!OutboxRepository(m_db).discard(entry->id, error)) {
        return false;
    }
    m_model->reload();
    emit changed();
    return true;
}

void OutboxPanel::onDiscardClicked()
{
    const auto entry = selectedEntry();
    if (!entry)
        return;
    const QString what = entry->kind == OutboxKind::DraftSubmit
        ? tr("Draf tindak lanjut ini dibuang dan tidak akan dikirim ke hub.")
        : tr("Tindakan \"%1\" tidak akan dikirim ke hub.").arg(entry->label());
    const auto answer = QMessageBox::question(
        this, tr("Buang tindakan"),
        what + QLatin1Char(' ') + tr("Catatannya tetap tersimpan di kotak keluar. Lanjutkan?"));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!discardSelected(&error))
        ErrorBox::warnAbout(this, tr("Buang tindakan"), tr("Tindakan ini tidak dapat dibuang."),
                            error);
}

} // namespace lapor
