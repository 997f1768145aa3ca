// The attachments tab of CaseView: thumbnails for downloaded images, open, save as (a
// photo of an anonymous or confidential case without its metadata).
#include "caseview.h"
#include "core/filenames.h"
#include "core/imagemetadata.h"
#include "core/profile.h"
#include "errorbox.h"
#include "store/caserepository.h"
#include "store/timelinerepository.h"
#include "sync/attachmentfetcher.h"
#include "ui_caseview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QUrl>

namespace lapor {

namespace {

constexpr int kThumbnail = 72;

QIcon thumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image));
}

} // namespace

void CaseView::showAttachments()
{
    const auto *selected = m_ui->attachmentList->currentItem();
    const QString selectedId = selected ? selected->data(Qt::UserRole + 2).toString() : QString();
    m_ui->attachmentList->clear();
    const auto attachments = m_timeline->attachments(m_trackingId, m_profile->attachmentsDir());
    const QLocale locale;
    for (const auto &a : attachments) {
        const QString name = FileNames::sanitise(a.fileName);
        QString text = name + QLatin1Char('\n') + locale.formattedDataSize(a.size);
        if (a.localFile.isEmpty())
            text += QStringLiteral(" · ")
                + (m_waitingAttachments.contains(a.id) ? tr("mengunduh…") : tr("belum diunduh"));
        auto *item = new QListWidgetItem(text, m_ui->attachmentList);
        QIcon icon;
        if (!a.localFile.isEmpty() && a.mimeType.startsWith(QLatin1String("image/")))
            icon = thumbnail(a.localFile);
        if (icon.isNull())
            icon = style()->standardIcon(QStyle::SP_FileIcon);
        item->setIcon(icon);
        item->setData(Qt::UserRole, a.localFile);
        item->setData(Qt::UserRole + 1, name);
        item->setData(Qt::UserRole + 2, a.id);
        item->setData(Qt::AccessibleTextRole, text);
    }
    m_ui->openAttachmentButton->setEnabled(false);
    m_ui->saveAttachmentButton->setEnabled(false);
    if (const int row = attachmentRow(selectedId); row >= 0)
        m_ui->attachmentList->setCurrentRow(row);
    m_ui->caseTabs->setTabText(m_ui->caseTabs->indexOf(m_ui->attachmentsTab),
                               tr("Lampiran (%1)").arg(attachments.size()));
}

int CaseView::attachmentRow(const QString &id) const
{
    for (int row = 0; row < m_ui->attachmentList->count() && !id.isEmpty(); ++row) {
        if (m_ui->attachmentList->item(row)->data(Qt::UserRole + 2).toString() == id)
            return row;
    }
    return -1;
}

void CaseView::setAttachmentFetcher(AttachmentFetcher *fetcher)
{
    if (m_fetcher)
        m_fetcher->disconnect(this);
    m_fetcher = fetcher;
    m_waitingAttachments.clear();
    if (fetcher) {
        connect(fetcher, &AttachmentFetcher::downloaded, this, &CaseView::onAttachmentDownloaded);
        connect(fetcher, &AttachmentFetcher::failed, this, &CaseView::onAttachmentFailed);
    }
    if (m_trackingId)
        showAttachments();
}

QString CaseView::attachmentFile(bool thenOpen)
{
    const auto *item = m_ui->attachmentList->currentItem();
    if (!item)
        return {};
    const QString path = item->data(Qt::UserRole).toString();
    if (!path.isEmpty() || !m_fetcher)
        return path;
    const QString id = item->data(Qt::UserRole + 2).toString();
    m_waitingAttachments.insert(id, thenOpen);
    m_fetcher->fetch(id);
    showAttachments();
    return {};
}

void CaseView::onAttachmentDownloaded(const QString &id, const QString &path)
{
    Q_UNUSED(path)
    if (!m_trackingId)
        return;
    const auto waiting = m_waitingAttachments.find(id);
    const bool wanted = waiting != m_waitingAttachments.end();
    const bool open = wanted && *waiting;
    if (wanted)
        m_waitingAttachments.erase(waiting);
    else if (attachmentRow(id) < 0)
        return; // a prefetch for another case
    showAttachments(); // thumbnails of prefetched images appear as they arrive
    if (!wanted)
        return;
    m_ui->attachmentList->setCurrentRow(attachmentRow(id));
    if (open)
        openAttachment();
    else
        saveAttachment();
}

void CaseView::onAttachmentFailed(const QString &id, const QString &message)
{
    if (!m_waitingAttachments.remove(id))
        return; // a prefetch: the sync log has it
    showAttachments();
    const auto said = ErrorBox::split({}, message);
    if (said.details.isEmpty())
        ErrorBox::warn(this, tr("Unduh lampiran"),
                       tr("Lampiran belum dapat diunduh: %1").arg(message));
    else
        ErrorBox::warn(this, tr("Unduh lampiran"),
                       tr("Lampiran belum dapat disimpan di komputer ini. Periksa ruang disk "
                          "lalu coba lagi."),
                       message);
}

void CaseView::openAttachment()
{
    const QString path = attachmentFile(true);
    if (path.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Buka lampiran"),
                             tr("Tidak ada aplikasi untuk membuka berkas ini. Gunakan "
                                "\"Simpan sebagai\" lalu buka dari folder tujuan."));
}

void CaseView::saveAttachment()
{
    const auto *item = m_ui->attachmentList->currentItem();
    const QString path = attachmentFile(false);
    if (path.isEmpty())
        return;
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Simpan lampiran"),
        QDir::home().filePath(item->data(Qt::UserRole + 1).toString()));
    if (target.isEmpty())
        return;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Simpan lampiran"),
                             tr("Lampiran tidak dapat dibaca dari profil."));
        return;
    }
    QByteArray bytes = in.readAll();
    // A copy outside the profile may travel on: from an anonymous or confidential case it
    // leaves without where, when and with what the reporter took the photo. An ordinary
    // case keeps it; the position often says where the problem is.
    const auto c = m_cases->find(m_trackingId);
    if (!c || c->anonymous || c->confidential) {
        const auto stripped = ImageMetadata::strip(bytes);
        if (!stripped.ok) {
            QMessageBox::warning(
                this, tr("Simpan lampiran"),
                tr("Laporan ini anonim atau rahasia, dan metadata foto ini tidak dapat dibuang "
                   "karena %1, jadi lampiran tidak disimpan. Gunakan \"Buka\" untuk "
                   "melihatnya.")
                    .arg(stripped.error));
            return;
        }
        bytes = stripped.data;
    }
    // The dialog already asked before overwriting; QSaveFile replaces the file whole.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        QMessageBox::warning(this, tr("Simpan lampiran"),
                             tr("Lampiran tidak dapat disimpan ke %1.").arg(target));
}

} // namespace lapor
