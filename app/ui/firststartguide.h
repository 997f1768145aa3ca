#pragma once

#include <QWizard>

#include <memory>

namespace Ui {
class FirstStartGuide;
}

namespace lapor {

// The first start on a PC: the language (applied at once), the agency's hub or training
// mode, and the first sign-in. Whoever shows it does the signing in, as with the people
// picker: signInRequested() asks, showResult() answers; the guide closes on success.
// Choosing training mode leads to a page that says what happens, and finishing it emits
// trainingRequested().
class FirstStartGuide : public QWizard
{
    Q_OBJECT

public:
    enum Page { LanguagePage, ConnectionPage, SignInPage, TrainingPage };

    // `language`: "id" or "en", the one the desk speaks now; `hub`: an address to offer.
    FirstStartGuide(const QString &language, const QString &hub, QWidget *parent = nullptr);
    ~FirstStartGuide() override;

    QString language() const;
    bool trainingChosen() const;
    QString hubUrl() const;
    // The answer to the last signInRequested().
    void showResult(bool ok, const QString &message);

    int nextId() const override;
    bool validateCurrentPage() override;

signals:
    void languageChosen(const QString &code);
    void signInRequested(const QString &hubUrl, const QString &username, const QString &password);
    void trainingRequested();

protected:
    void changeEvent(QEvent *event) override;
    void initializePage(int id) override;

private:
    void retranslate();
    void setBusy(bool busy);

    std::unique_ptr<Ui::FirstStartGuide> m_ui;
    bool m_busy = false;
    bool m_signedIn = false;
};

} // namespace lapor
