#include "lockscreen.h"

#include "ui_lockscreen.h"

#include <QKeyEvent>

namespace lapor {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->lockTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->lockTitle->setFont(titleFont);
    QFont nameFont = m_ui->lockUser->font();
    nameFont.setBold(true);
    m_ui->lockUser->setFont(nameFont);
    // The screen stands in front of whatever the window held: it paints all of it.
    setBackgroundRole(QPalette::Window);
    m_ui->card->setAutoFillBackground(true);
    m_ui->card->setBackgroundRole(QPalette::Base);
    setFocusProxy(m_ui->lockPassword);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_ui->lockPassword, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_ui->switchUserButton, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

LockScreen::~LockScreen() = default;

void LockScreen::setUserName(const QString &name)
{
    m_ui->lockUser->setText(name);
    m_ui->lockUser->setVisible(!name.isEmpty());
}

void LockScreen::setReason(const QString &reason)
{
    m_ui->lockReason->setText(reason);
}

void LockScreen::setMessage(const QString &message)
{
    m_ui->lockMessage->setText(message);
    m_ui->lockMessage->setVisible(!message.isEmpty());
}

QString LockScreen::message() const
{
    return m_ui->lockMessage->text();
}

void LockScreen::setInputEnabled(bool enabled)
{
    m_ui->lockPassword->setEnabled(enabled);
    m_ui->unlockButton->setEnabled(enabled);
    if (enabled)
        focusPassword();
}

void LockScreen::clearPassword()
{
    m_ui->lockPassword->clear();
}

void LockScreen::focusPassword()
{
    m_ui->lockPassword->setFocus(Qt::OtherFocusReason);
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // Keys the fields leave (Return, Escape) stop here: in a dialog holding the screen they
    // would press its default button or close it, answering for the user.
    event->accept();
}

void LockScreen::submit()
{
    if (!m_ui->unlockButton->isEnabled())
        return;
    const QString password = m_ui->lockPassword->text();
    // The field never keeps the password after a try, right or wrong.
    m_ui->lockPassword->clear();
    emit unlockRequested(password);
}

} // namespace lapor
