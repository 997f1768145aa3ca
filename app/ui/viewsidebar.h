#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QTreeView;

namespace Ui {
class ViewSidebar;
}

namespace lapor {

class ViewListModel;

// The list of views on the left: built-in views and saved views with their counts.
// Creating, renaming and deleting saved views is asked for here and carried out by the
// window, which owns the store.
class ViewSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit ViewSidebar(QWidget *parent = nullptr);
    ~ViewSidebar() override;

    void setModel(ViewListModel *model);
    QTreeView *list() const;

    QString currentKey() const;
    // Selects the view; false when it does not exist (e.g. a deleted saved view).
    bool selectKey(const QString &key);
    // True when the current view is a saved one (rename and delete apply).
    bool currentIsSaved() const;

    // Rename and delete act on the current saved view; the actions go in the menus too.
    void setViewActions(QAction *save, QAction *rename, QAction *remove);

signals:
    void viewSelected(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();

    std::unique_ptr<Ui::ViewSidebar> m_ui;
    ViewListModel *m_model = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace lapor
