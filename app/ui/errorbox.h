#pragma once

#include <QString>

class QWidget;

namespace lapor::ErrorBox {

// A message's main text and its "Details" part.
struct Split
{
    QString text;
    QString details;
};

// `error` as a lower layer wrote it: kept as the main text when it reads as plain words,
// otherwise `plain` becomes the main text and `error` the details.
Split split(const QString &plain, const QString &error);

// A warning whose main text is `text`; `details`, when given, sits behind the box's
// "Show Details…" button.
void warn(QWidget *parent, const QString &title, const QString &text,
          const QString &details = QString());
// A warning about `error` from a lower layer, worded through split().
void warnAbout(QWidget *parent, const QString &title, const QString &plain, const QString &error);
// The same as a critical box, for the errors that stop the desk from starting.
void critical(QWidget *parent, const QString &title, const QString &plain, const QString &error);

} // namespace lapor::ErrorBox
