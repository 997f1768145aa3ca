#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

namespace lapor {

// What a locked desk shows in place of its windows' content: who is signed in, why it is
// locked, a password field, "Buka kunci" and "Masuk sebagai pengguna lain". It shows no
// case data; DeskLock decides what the password does and which window holds the screen.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);
    ~LockScreen() override;

    void setUserName(const QString &name);
    void setReason(const QString &reason);
    // Under the password: what to do, why the last try failed, or how long to wait.
    void setMessage(const QString &message);
    QString message() const;
    // Off while a try must wait or is being checked with the hub.
    void setInputEnabled(bool enabled);
    void clearPassword();
    void focusPassword();

signals:
    void unlockRequested(const QString &password);
    void switchUserRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();

    std::unique_ptr<Ui::LockScreen> m_ui;
};

} // namespace lapor
