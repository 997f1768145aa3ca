#include "draftrevisions.h"

#include "core/textdiff.h"
#include "difftext.h"
#include "drafteditor.h"
#include "store/draftrepository.h"
#include "ui_drafteditor.h"

#include <QLocale>

namespace lapor {

namespace {
constexpr int kWorkingCopy = -1; // list entry for the text not yet submitted
} // namespace

DraftRevisions::DraftRevisions(Database &db, Ui::DraftEditor &ui)
    : m_db(db)
    , m_ui(ui)
{
    connect(m_ui.revisionList, &QListWidget::currentRowChanged, this, &DraftRevisions::showDiff);
}

void DraftRevisions::show(const QString &draftId, const QString &workingText)
{
    const QSignalBlocker blocker(m_ui.revisionList);
    m_ui.revisionList->clear();
    m_workingText = workingText;
    m_revisions
        = draftId.isEmpty() ? QList<DraftRevision>() : DraftRepository(m_db).revisions(draftId);
    if (m_revisions.isEmpty() || m_revisions.constLast().text != workingText) {
        auto *item = new QListWidgetItem(DraftEditor::tr("Teks saat ini (belum diajukan)"),
                                         m_ui.revisionList);
        item->setData(Qt::UserRole, kWorkingCopy);
    }
    for (auto it = m_revisions.crbegin(); it != m_revisions.crend(); ++it) {
        auto *item = new QListWidgetItem(
            DraftEditor::tr("Revisi %1 · %2")
                .arg(it->number)
                .arg(QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat)),
            m_ui.revisionList);
        item->setData(Qt::UserRole, it->number);
    }
    m_ui.revisionList->setCurrentRow(0);
    showDiff();
}

void DraftRevisions::showDiff()
{
    auto *item = m_ui.revisionList->currentItem();
    if (!item) {
        m_ui.diffSummary->setText(DraftEditor::tr("Belum ada revisi."));
        m_ui.diffView->clear();
        return;
    }
    const int number = item->data(Qt::UserRole).toInt();
    QString before;
    QString after;
    QString beforeName;
    if (number == kWorkingCopy) {
        after = m_workingText;
        if (!m_revisions.isEmpty()) {
            before = m_revisions.constLast().text;
            beforeName = DraftEditor::tr("revisi %1").arg(m_revisions.constLast().number);
        }
    } else {
        for (const auto &revision : std::as_const(m_revisions)) {
            if (revision.number < number) {
                before = revision.text;
                beforeName = DraftEditor::tr("revisi %1").arg(revision.number);
            } else if (revision.number == number) {
                after = revision.text;
            }
        }
    }
    const auto segments = TextDiff::diff(before, after);
    m_ui.diffSummary->setText((beforeName.isEmpty()
                                   ? DraftEditor::tr("Dibandingkan dengan draf kosong.")
                                   : DraftEditor::tr("Dibandingkan dengan %1.").arg(beforeName))
                              + QLatin1Char(' ') + DiffText::summary(segments));
    DiffText::show(m_ui.diffView, segments);
}

} // namespace lapor
