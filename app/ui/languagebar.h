#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace lapor {

// The first start's language offer where the guide is skipped (training mode, a hub given
// on the command line): a bar above the inbox that never blocks the window. A choice is
// applied at once; either answer or the close button ends the offer.
class LanguageBar : public QFrame
{
    Q_OBJECT

public:
    explicit LanguageBar(QWidget *parent = nullptr);

signals:
    void languageChosen(const QString &code);
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace lapor
