#pragma once

#include "core/profilehome.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

class QListWidgetItem;
class QPushButton;

namespace lapor {

// Signs in without blocking: the dialog stays open, shows progress and the hub's answer
// in plain words, and closes only when the sign-in succeeded. Two uses:
// - the people picker, like a login screen: the people who use this desk, and "someone
//   else" for a first sign-in (setPeople);
// - one person's session again, when it ended (setPerson): hub and name are fixed.
// Whoever shows it does the signing in: signInRequested() asks, showResult() answers.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    // `select`: the key of the person to preselect; empty picks the most recent one.
    void setPeople(const QList<ProfileHome::Person> &people, const QString &defaultHub,
                   const QString &select = {});
    void setPerson(const QString &hubUrl, const QString &username);
    // Real hubs: "Masuk lewat browser" besides the password form (training keeps only the
    // form: its hub is on this PC and its passwords are known to every trainee).
    void setBrowserSignIn(bool available);
    // The answer to the last signInRequested(): closes on success, shows why not otherwise.
    void showResult(bool ok, const QString &message);

    void accept() override;

signals:
    void signInRequested(const QString &hubUrl, const QString &username, const QString &password);
    // The person chose to sign in on the hub's page in the system browser; `usernameHint`
    // may be empty. Answered by showResult() as well.
    void browserSignInRequested(const QString &hubUrl, const QString &usernameHint);

private:
    void onPersonChosen(QListWidgetItem *item);
    void setBusy(bool busy, const QString &waiting = {});
    void requestBrowserSignIn();
    void showProblem(const QString &message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_defaultHub;
    bool m_fixedPerson = false;
    bool m_busy = false;
    QPushButton *m_browserButton = nullptr;
};

} // namespace lapor
