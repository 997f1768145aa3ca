// MainWindow: views, filters, search and saved views.

#include "core/profile.h"
#include "errorbox.h"
#include "mainwindow.h"
#include "models/caselistmodel.h"
#include "models/viewlistmodel.h"
#include "quarantinenotice.h"
#include "store/caserepository.h"
#include "store/inboxlookup.h"
#include "store/savedviewrepository.h"
#include "store/searchquery.h"
#include "ui_mainwindow.h"

#include <QInputDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace lapor {

namespace {

const QString kLastView = QStringLiteral("inbox/lastView");

// A one-letter prefix matches nearly every case, so searching it costs a full scan and
// shows nothing useful; while typing, such a last word waits for its second letter.
QString typeAhead(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    return text.size() - start == 1 ? text.left(start).trimmed() : text;
}

} // namespace

QString MainWindow::currentViewKey() const
{
    return m_ui->viewSidebar->currentKey();
}

bool MainWindow::selectView(const QString &key)
{
    if (m_views->rowForKey(key) < 0)
        return false;
    if (m_ui->viewSidebar->currentKey() == key)
        onViewSelected(key);
    else
        m_ui->viewSidebar->selectKey(key);
    return true;
}

CaseFilter MainWindow::effectiveFilter(bool complete) const
{
    CaseFilter filter;
    filter.view = m_baseView;
    m_ui->filterBar->applyTo(filter);
    const QString text = m_ui->searchEdit->text().trimmed();
    filter.searchText = complete || m_completeSearch ? text : typeAhead(text);
    return filter;
}

void MainWindow::applySearchNow()
{
    applyFilter();
}

void MainWindow::applyFilter()
{
    m_searchTimer->stop();
    const CaseFilter filter = effectiveFilter();
    updateFilterButton();
    m_ui->casePage->setHighlightTerms(SearchQuery::terms(filter.searchText));
    if (filter == m_model->filter())
        return;
    m_applying = true;
    m_model->setFilter(filter);
    m_applying = false;
    onModelReset(false);
}

void MainWindow::onModelReset(bool external)
{
    // Keep the open case selected when it still matches, so arrows continue from it.
    const int row = m_currentCase ? m_model->rowOf(m_currentCase) : -1;
    if (row >= 0) {
        m_applying = true;
        m_ui->caseTable->setCurrentIndex(m_model->index(row, 0));
        m_ui->caseTable->scrollTo(m_model->index(row, 0));
        m_applying = false;
    } else if (m_model->rowCount() == 0) {
        m_currentCase = 0;
    }
    if (external) {
        m_views->refreshCounts();
        if (m_currentCase)
            showCase(m_currentCase);
    }
    updateEmptyState();
}

void MainWindow::refresh()
{
    m_model->reload();
    m_quarantineNotice->refresh();
}

void MainWindow::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    m_cases->setCalendar(calendar);
    m_ui->casePage->setCalendar(calendar);
    m_views->setCalendar(calendar);
    m_model->setCalendar(calendar);
}

bool MainWindow::openCase(qint64 trackingId)
{
    showCase(trackingId);
    return trackingId && m_currentCase == trackingId;
}

void MainWindow::setUser(const QString &userId, Role role)
{
    if (userId == m_userId && role == m_role)
        return;
    m_userId = userId;
    m_role = role;
    m_ui->casePage->setUser(userId, role);
    m_views->setUser(userId, role);
    for (auto *action : std::as_const(m_viewActions)) {
        if (action->data().toString() == ViewListModel::builtinKey(InboxView::AwaitingApproval))
            action->setVisible(Roles::canApprove(role));
    }
    m_model->setUserId(userId);
    // A view the new user may not use falls back to everything.
    if (m_views->rowForKey(currentViewKey()) < 0)
        selectView(ViewListModel::builtinKey(InboxView::All));
    else
        applyFilter();
    if (m_currentCase)
        showCase(m_currentCase);
}

void MainWindow::onViewSelected(const QString &key)
{
    const auto filter = m_views->filterAt(m_views->rowForKey(key));
    if (!filter)
        return;
    m_baseView = filter->view;
    if (key.startsWith(QLatin1String("saved:"))) {
        // A saved view brings back its filters and its search.
        ensureFilterOptions();
        m_ui->filterBar->setFrom(*filter);
        m_ui->searchEdit->blockSignals(true);
        m_ui->searchEdit->setText(filter->searchText);
        m_ui->searchEdit->blockSignals(false);
        m_completeSearch = true;
    }
    for (auto *action : std::as_const(m_viewActions))
        action->setChecked(action->data().toString() == key);
    m_profile.settings().setValue(kLastView, key);
    applyFilter();
}

void MainWindow::ensureFilterOptions()
{
    // Read when first needed, so opening the window does not wait for it.
    if (m_ui->filterBar->hasOptions())
        return;
    // The snapshot knows who has cases; the store would read them all (0.3 s at 1M).
    const auto snapshot = m_model->snapshot();
    m_ui->filterBar->setOptions(m_lookup->units(),
                                snapshot ? m_lookup->assignees(snapshot->assigneeIds())
                                         : m_lookup->assignees());
}

bool MainWindow::saveCurrentView(const QString &name)
{
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Simpan tampilan"),
                                       tr("Nama tampilan (filter dan pencarian saat ini):"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    QString error;
    const QString json = QString::fromUtf8(
        QJsonDocument(effectiveFilter(true).toJson()).toJson(QJsonDocument::Compact));
    const auto id = m_savedViews->create(chosen, json, &error);
    if (!id) {
        if (name.isEmpty())
            ErrorBox::warnAbout(this, tr("Simpan tampilan"), tr("Tampilan tidak dapat disimpan."),
                                error);
        return false;
    }
    m_views->reload();
    selectView(ViewListModel::savedKey(*id));
    statusBar()->showMessage(tr("Tampilan \"%1\" disimpan.").arg(chosen.trimmed()), 4000);
    return true;
}

bool MainWindow::renameCurrentView(const QString &name)
{
    const QString key = currentViewKey();
    const int row = m_views->rowForKey(key);
    const qint64 id = m_views->index(row, 0).data(ViewListModel::SavedIdRole).toLongLong();
    if (!id)
        return false;
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getText(this, tr("Ganti nama tampilan"), tr("Nama baru:"),
                                       QLineEdit::Normal, m_views->index(row, 0).data().toString(),
                                       &ok);
        if (!ok)
            return false;
    }
    QString error;
    if (!m_savedViews->rename(id, chosen, &error)) {
        if (name.isEmpty())
            ErrorBox::warnAbout(this, tr("Ganti nama tampilan"),
                                tr("Nama tampilan tidak dapat diganti."), error);
        return false;
    }
    m_views->reload();
    selectView(key);
    return true;
}

bool MainWindow::deleteCurrentView(bool confirm)
{
    const QString key = currentViewKey();
    const int row = m_views->rowForKey(key);
    const qint64 id = m_views->index(row, 0).data(ViewListModel::SavedIdRole).toLongLong();
    if (!id)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Hapus tampilan"),
                                 tr("Hapus tampilan \"%1\"? Laporan di dalamnya tidak ikut "
                                    "terhapus.")
                                     .arg(m_views->index(row, 0).data().toString()))
            != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_savedViews->remove(id, &error))
        return false;
    m_views->reload();
    selectView(ViewListModel::builtinKey(InboxView::All));
    return true;
}

} // namespace lapor
