#include "accessible.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>

namespace lapor::Accessible {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::Accessible", text);
}
} // namespace

void describeButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (!button->accessibleDescription().isEmpty() || !button->toolTip().isEmpty())
            continue;
        switch (box->buttonRole(button)) {
        case QDialogButtonBox::AcceptRole:
        case QDialogButtonBox::YesRole:
            button->setAccessibleDescription(tr("Menyimpan isian lalu menutup jendela ini."));
            break;
        case QDialogButtonBox::RejectRole:
        case QDialogButtonBox::NoRole:
            button->setAccessibleDescription(
                box->standardButton(button) == QDialogButtonBox::Close
                    ? tr("Menutup jendela ini.")
                    : tr("Menutup jendela ini tanpa menyimpan perubahan."));
            break;
        default:
            button->setAccessibleDescription(tr("Menjalankan tindakan ini."));
            break;
        }
    }
}

void nameInternals(QWidget *window)
{
    // A tab bar is named by its current tab; Qt 6.4 gives it no description of its own.
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        // Shown only when the tabs do not fit.
        for (QToolButton *scroll : bar->findChildren<QToolButton *>()) {
            if (scroll->accessibleDescription().isEmpty())
                scroll->setAccessibleDescription(tr("Menggeser deretan tab yang tidak muat."));
        }
    }
    for (QToolBar *toolBar : window->findChildren<QToolBar *>()) {
        // Shown only when the tool bar's actions do not fit.
        for (QToolButton *more : toolBar->findChildren<QToolButton *>(
                 QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly)) {
            more->setAccessibleName(tr("Tindakan lainnya"));
            more->setAccessibleDescription(
                tr("Menampilkan tindakan yang tidak muat di bilah ini."));
        }
    }
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        for (QAction *clear : edit->findChildren<QAction *>(
                 QStringLiteral("_q_qlineeditclearaction"), Qt::FindDirectChildrenOnly)) {
            clear->setText(tr("Kosongkan"));
            clear->setToolTip(tr("Mengosongkan isian ini."));
        }
    }
}

} // namespace lapor::Accessible
