// The attachments tab of CaseView: thumbnails for downloaded images, open, save as.
#include "caseview.h"
#include "core/profile.h"
#include "store/timelinerepository.h"
#include "ui_caseview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>
#include <QUrl>

namespace lapor {

namespace {

constexpr int kThumbnail = 72;

// Attachment names come from the reporter: keep only a harmless last path component.
QString safeFileName(const QString &name)
{
    QString out;
    for (const QChar ch : name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1)) {
        if (ch.category() == QChar::Other_Control || QStringLiteral(":*?\"<>|").contains(ch))
            out += QLatin1Char('_');
        else
            out += ch;
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("lampiran") : out.left(120);
}

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
    m_ui->attachmentList->clear();
    const auto attachments = m_timeline->attachments(m_trackingId, m_profile->attachmentsDir());
    const QLocale locale;
    for (const auto &a : attachments) {
        const QString name = safeFileName(a.fileName);
        QString text = name + QLatin1Char('\n') + locale.formattedDataSize(a.size);
        if (a.localFile.isEmpty())
            text += QStringLiteral(" · ") + tr("belum diunduh");
        auto *item = new QListWidgetItem(text, m_ui->attachmentList);
        QIcon icon;
        if (!a.localFile.isEmpty() && a.mimeType.startsWith(QLatin1String("image/")))
            icon = thumbnail(a.localFile);
        if (icon.isNull())
            icon = style()->standardIcon(QStyle::SP_FileIcon);
        item->setIcon(icon);
        item->setData(Qt::UserRole, a.localFile);
        item->setData(Qt::UserRole + 1, name);
        item->setData(Qt::AccessibleTextRole, text);
    }
    m_ui->openAttachmentButton->setEnabled(false);
    m_ui->saveAttachmentButton->setEnabled(false);
    m_ui->caseTabs->setTabText(m_ui->caseTabs->indexOf(m_ui->attachmentsTab),
                               tr("Lampiran (%1)").arg(attachments.size()));
}

void CaseView::openAttachment()
{
    const auto *item = m_ui->attachmentList->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
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
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (path.isEmpty())
        return;
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Simpan lampiran"),
        QDir::home().filePath(item->data(Qt::UserRole + 1).toString()));
    if (target.isEmpty())
        return;
    // The dialog already asked before overwriting.
    if (QFile::exists(target))
        QFile::remove(target);
    if (!QFile::copy(path, target))
        QMessageBox::warning(this, tr("Simpan lampiran"),
                             tr("Lampiran tidak dapat disimpan ke %1.").arg(target));
}

} // namespace lapor
