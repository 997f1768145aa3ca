#include "draftattachments.h"

#include "core/draftfiles.h"
#include "core/imagemetadata.h"
#include "core/photoscaler.h"
#include "core/preferences.h"
#include "core/profile.h"
#include "drafteditor.h"
#include "store/timelinerepository.h"
#include "ui_drafteditor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace lapor {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Which item of the list is a photo kept smaller.
constexpr int kReducedRole = Qt::UserRole + 1;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

DraftAttachments::DraftAttachments(const QString &profileDir, Ui::DraftEditor &ui)
    : m_profileDir(profileDir)
    , m_ui(ui)
{
    connect(m_ui.removeAttachmentButton, &QPushButton::clicked, this,
            &DraftAttachments::removeCurrent);
    connect(m_ui.attachmentList, &QListWidget::currentRowChanged, this,
            &DraftAttachments::updateButtons);
    const AttachmentPolicy &policy = DraftChecks::shipped().attachments();
    m_ui.attachmentLimits->setText(
        DraftEditor::tr(
            "Boleh dilampirkan: %1; paling besar %2 per berkas, paling banyak %3 berkas. "
            "Berkas disalin ke profil, jadi berkas aslinya boleh dipindahkan.")
            .arg(
                policy.types.join(QLatin1String(", ")).toUpper(),
                QLocale().formattedDataSize(policy.maxBytes, 0, QLocale::DataSizeTraditionalFormat))
            .arg(policy.maxFiles));
}

DraftAttachments::~DraftAttachments() = default;

void DraftAttachments::setDraft(const QString &draftId)
{
    if (draftId.isEmpty())
        m_files.reset();
    else
        m_files = std::make_unique<DraftFiles>(m_profileDir, draftId);
    show();
}

int DraftAttachments::count() const
{
    return m_files ? int(m_files->list().size()) : 0;
}

bool DraftAttachments::add(const QString &path, QString *error, QStringList *removed)
{
    if (!m_files) {
        if (error)
            *error = DraftEditor::tr("Draf masih kosong.");
        return false;
    }
    // Read at each add, so a change in Pengaturan holds for the next photo.
    const Preferences preferences = Preferences::load(Profile(m_profileDir).settings());
    const PhotoScaler scaler(preferences.photoMaxSide, preferences.photoQuality);
    const bool ok
        = m_files->add(path, DraftChecks::shipped().attachments(), error, removed, &scaler);
    show();
    if (ok)
        emit changed();
    return ok;
}

QString DraftAttachments::currentReduced() const
{
    const auto *item = m_ui.attachmentList->currentItem();
    return item && item->data(kReducedRole).toBool() ? item->data(Qt::UserRole).toString()
                                                     : QString();
}

bool DraftAttachments::restoreOriginal(const QString &name, QString *error)
{
    if (!m_files) {
        if (error)
            *error = DraftEditor::tr("Draf masih kosong.");
        return false;
    }
    const bool ok = m_files->restoreOriginal(name, DraftChecks::shipped().attachments(), error);
    show();
    if (ok)
        emit changed();
    return ok;
}

bool DraftAttachments::isReportersFile(Database &db, qint64 caseId, const QString &path) const
{
    QList<TimelineRepository::Attachment> sent;
    for (const auto &a :
         TimelineRepository(db).attachments(caseId, Profile(m_profileDir).attachmentsDir())) {
        if (a.ownerKind == QLatin1String("case") || a.ownerKind == QLatin1String("reply"))
            sent.append(a);
    }
    const QFileInfo candidate(path);
    for (const auto &a : sent) {
        if (!a.localFile.isEmpty()
            && QFileInfo(a.localFile).canonicalFilePath() == candidate.canonicalFilePath())
            return true;
    }
    const qint64 maxBytes = DraftChecks::shipped().attachments().maxBytes;
    if (sent.isEmpty() || candidate.size() > maxBytes)
        return false;
    const QByteArray bytes = readAll(path);
    const QString sha256 = sha256Hex(bytes);
    const auto stripped = ImageMetadata::strip(bytes);
    const bool photo = stripped.ok && stripped.format != ImageMetadata::Format::Other;
    const QString strippedSha256 = photo ? sha256Hex(stripped.data) : QString();
    for (const auto &a : sent) {
        if (!a.sha256.isEmpty() && a.sha256 == sha256)
            return true;
        // A copy saved from a hidden case has lost its metadata: compare it the same way.
        if (!photo || a.localFile.isEmpty() || a.size > maxBytes)
            continue;
        const auto original = ImageMetadata::strip(readAll(a.localFile));
        if (original.ok && sha256Hex(original.data) == strippedSha256)
            return true;
    }
    return false;
}

void DraftAttachments::show()
{
    m_ui.attachmentList->clear();
    const auto files = m_files ? m_files->list() : QList<DraftFiles::File>();
    for (const auto &file : files) {
        const QString text = file.reduced()
            ? DraftEditor::tr("%1 — %2 → %3 (diperkecil)")
                  .arg(file.name, sizeText(file.originalSize), sizeText(file.size))
            : QStringLiteral("%1 (%2)").arg(file.name, sizeText(file.size));
        auto *item = new QListWidgetItem(text, m_ui.attachmentList);
        item->setData(Qt::UserRole, file.name);
        item->setData(kReducedRole, file.reduced());
        if (file.reduced())
            item->setToolTip(DraftEditor::tr("Foto ini diperkecil agar cepat terkirim. Pilih "
                                             "\"Kirim ukuran asli\" untuk mengirim foto aslinya."));
    }
    m_ui.tabs->setTabText(m_ui.tabs->indexOf(m_ui.attachmentsTab),
                          DraftEditor::tr("&Lampiran (%1)").arg(files.size()));
    updateButtons();
}

void DraftAttachments::updateButtons()
{
    m_ui.removeAttachmentButton->setEnabled(m_ui.attachmentList->currentRow() >= 0);
    m_ui.originalSizeButton->setEnabled(!currentReduced().isEmpty());
}

void DraftAttachments::removeCurrent()
{
    auto *item = m_ui.attachmentList->currentItem();
    if (!item || !m_files)
        return;
    m_files->remove(item->data(Qt::UserRole).toString());
    show();
    emit changed();
}

} // namespace lapor
