#include "errorbox.h"

#include "core/technicaltext.h"

#include <QMessageBox>

namespace lapor::ErrorBox {

namespace {

void show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const Split &message)
{
    QMessageBox box(icon, title, message.text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!message.details.isEmpty())
        box.setDetailedText(message.details);
    box.exec();
}

} // namespace

Split split(const QString &plain, const QString &error)
{
    if (error.isEmpty())
        return { plain, {} };
    if (!TechnicalText::looksTechnical(error))
        return { error, {} };
    return { plain, error };
}

void warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    show(QMessageBox::Warning, parent, title, { text, details });
}

void warnAbout(QWidget *parent, const QString &title, const QString &plain, const QString &error)
{
    show(QMessageBox::Warning, parent, title, split(plain, error));
}

void critical(QWidget *parent, const QString &title, const QString &plain, const QString &error)
{
    show(QMessageBox::Critical, parent, title, split(plain, error));
}

} // namespace lapor::ErrorBox
