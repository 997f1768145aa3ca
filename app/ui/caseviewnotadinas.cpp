// The case's nota dinas in the case workspace: the toolbar's menu (open, print) and a
// double click on the timeline's entry (docs/drafting.md, "Nota dinas").
#include "caseview.h"
#include "core/profile.h"
#include "errorbox.h"
#include "reports/notadinas.h"
#include "store/notadinasrepository.h"
#include "timelinetext.h"
#include "ui_caseview.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace lapor {

void CaseView::createNotaDinasMenu()
{
    m_notaDinasMenu = new QMenu(this);
    m_notaDinasAction = new QAction(tr("Nota dinas"), this);
    m_notaDinasAction->setObjectName(QStringLiteral("action_nota_dinas"));
    m_notaDinasAction->setMenu(m_notaDinasMenu);
    m_toolBar->addAction(m_notaDinasAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_notaDinasAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_notaDinasAction->setVisible(false);
    m_ui->caseTimeline->viewport()->installEventFilter(this);
}

void CaseView::showNotaDinas(qint64 trackingId)
{
    m_notaDinasMenu->clear();
    const auto memos = m_db && trackingId ? NotaDinasRepository(*m_db).forCase(trackingId)
                                          : QList<NotaDinasRecord>();
    for (const NotaDinasRecord &memo : memos) {
        const QString file = memo.file;
        QMenu *menu = m_notaDinasMenu->addMenu(memo.kind == QLatin1String("return")
                                                   ? tr("%1 (pengembalian)").arg(memo.number)
                                                   : memo.number);
        connect(menu->addAction(tr("Buka")), &QAction::triggered, this,
                [this, file] { openNotaDinas(file); });
        connect(menu->addAction(tr("Cetak…")), &QAction::triggered, this,
                [this, file] { printNotaDinas(file); });
    }
    m_notaDinasAction->setVisible(!memos.isEmpty());
    m_notaDinasAction->setEnabled(!memos.isEmpty());
    m_notaDinasAction->setToolTip(tr("Nota dinas laporan ini: buka atau cetak"));
}

std::optional<NotaDinasRecord> CaseView::notaDinasFile(const QString &file, QString *path)
{
    if (!m_db || !m_profile || !m_trackingId)
        return std::nullopt;
    for (const NotaDinasRecord &memo : NotaDinasRepository(*m_db).forCase(m_trackingId)) {
        if (memo.file != file)
            continue;
        *path = NotaDinas::path(m_profile->dir(), memo);
        QString error;
        if (!QFileInfo::exists(*path)
            && !NotaDinas::writePdf(NotaDinasContent::fromJson(memo.content), m_profile->dir(),
                                    *path, &error)) {
            ErrorBox::warnAbout(this, tr("Nota dinas"), tr("Berkas nota dinas tidak dapat dibuat."),
                                error);
            return std::nullopt;
        }
        return memo;
    }
    return std::nullopt;
}

bool CaseView::openNotaDinas(const QString &file)
{
    QString path;
    if (!notaDinasFile(file, &path))
        return false;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        QMessageBox::warning(this, tr("Nota dinas"),
                             tr("Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di %1")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void CaseView::printNotaDinas(const QString &file)
{
    QString path;
    const auto memo = notaDinasFile(file, &path);
    if (!memo)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(25, 15, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(tr("Nota dinas %1").arg(memo->number));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Cetak nota dinas"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Printed from what the PDF was made of, laid out the same way.
    QTextDocument document;
    NotaDinas::layout(NotaDinasContent::fromJson(memo->content), m_profile->dir(), &document);
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        QMessageBox::warning(this, tr("Cetak nota dinas"), tr("Pencetak menolak dokumen ini."));
}

bool CaseView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->caseTimeline->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        const auto *click = static_cast<QMouseEvent *>(event);
        const int position
            = m_ui->caseTimeline->cursorForPosition(click->position().toPoint()).position();
        const QString file
            = TimelineText::notaDinasFileAt(m_ui->caseTimeline->document(), position);
        if (!file.isEmpty()) {
            openNotaDinas(file);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lapor
