#include "viewsidebar.h"

#include "models/viewlistmodel.h"
#include "ui_viewsidebar.h"

#include <QAction>
#include <QHeaderView>

namespace lapor {

ViewSidebar::ViewSidebar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ViewSidebar>())
{
    m_ui->setupUi(this);
}

ViewSidebar::~ViewSidebar() = default;

QTreeView *ViewSidebar::list() const
{
    return m_ui->viewList;
}

void ViewSidebar::setModel(ViewListModel *model)
{
    m_model = model;
    m_ui->viewList->setModel(model);
    auto *header = m_ui->viewList->header();
    header->setSectionResizeMode(ViewListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ViewListModel::CountColumn, QHeaderView::ResizeToContents);
    connect(m_ui->viewList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                if (current.isValid() && !m_model->keyAt(current.row()).isEmpty())
                    emit viewSelected(m_model->keyAt(current.row()));
            });
    // A reset (saved views changed) loses the selection; the window reselects by key.
    connect(model, &QAbstractItemModel::modelReset, this, &ViewSidebar::updateActions);
}

QString ViewSidebar::currentKey() const
{
    const QModelIndex current = m_ui->viewList->currentIndex();
    return m_model && current.isValid() ? m_model->keyAt(current.row()) : QString();
}

bool ViewSidebar::selectKey(const QString &key)
{
    const int row = m_model ? m_model->rowForKey(key) : -1;
    if (row < 0)
        return false;
    m_ui->viewList->setCurrentIndex(m_model->index(row, ViewListModel::NameColumn));
    return true;
}

bool ViewSidebar::currentIsSaved() const
{
    return currentKey().startsWith(QLatin1String("saved:"));
}

void ViewSidebar::setViewActions(QAction *save, QAction *rename, QAction *remove)
{
    m_rename = rename;
    m_remove = remove;
    connect(m_ui->saveViewButton, &QPushButton::clicked, save, &QAction::trigger);
    // Context menu and F2/Del on the list itself.
    m_ui->viewList->addAction(rename);
    m_ui->viewList->addAction(remove);
    updateActions();
}

void ViewSidebar::updateActions()
{
    const bool saved = currentIsSaved();
    if (m_rename)
        m_rename->setEnabled(saved);
    if (m_remove)
        m_remove->setEnabled(saved);
}

void ViewSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace lapor
