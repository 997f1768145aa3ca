#include "firststartguide.h"

#include "core/hubaddress.h"
#include "core/language.h"
#include "ui_firststartguide.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace lapor {

FirstStartGuide::FirstStartGuide(const QString &language, const QString &hub, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::FirstStartGuide>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstStartGuide"));
    (language == QLatin1String("en") ? m_ui->englishButton : m_ui->indonesianButton)
        ->setChecked(true);
    m_ui->hubEdit->setText(hub);
    m_ui->hubButton->setChecked(true);
    m_ui->connectionProblem->hide();
    m_ui->signInResult->hide();
    auto choose = [this](const QString &code) {
        // At once: the rest of the guide is read in the language just chosen.
        Language::install(qApp, code);
        emit languageChosen(code);
    };
    connect(m_ui->indonesianButton, &QRadioButton::toggled, this, [choose](bool on) {
        if (on)
            choose(QStringLiteral("id"));
    });
    connect(m_ui->englishButton, &QRadioButton::toggled, this, [choose](bool on) {
        if (on)
            choose(QStringLiteral("en"));
    });
    connect(m_ui->trainingButton, &QRadioButton::toggled, this, [this](bool training) {
        m_ui->hubEdit->setEnabled(!training);
        m_ui->connectionProblem->hide();
    });
    // Typing an address means the hub: no need to pick the option first.
    connect(m_ui->hubEdit, &QLineEdit::textEdited, this,
            [this] { m_ui->hubButton->setChecked(true); });
    retranslate();
}

FirstStartGuide::~FirstStartGuide() = default;

QString FirstStartGuide::language() const
{
    return m_ui->englishButton->isChecked() ? QStringLiteral("en") : QStringLiteral("id");
}

bool FirstStartGuide::trainingChosen() const
{
    return m_ui->trainingButton->isChecked();
}

QString FirstStartGuide::hubUrl() const
{
    return HubAddress::normalized(m_ui->hubEdit->text());
}

int FirstStartGuide::nextId() const
{
    switch (currentId()) {
    case LanguagePage:
        return ConnectionPage;
    case ConnectionPage:
        return trainingChosen() ? TrainingPage : SignInPage;
    default:
        return -1;
    }
}

void FirstStartGuide::initializePage(int id)
{
    QWizard::initializePage(id);
    retranslate(); // the finish button says what it does on this page
    // Straight to what is typed next, so the guide goes by keyboard alone. Queued: the
    // wizard gives the focus to the page's first control after this.
    QWidget *first = id == ConnectionPage && !trainingChosen() ? m_ui->hubEdit
        : id == SignInPage                                     ? m_ui->userEdit
                                                               : nullptr;
    if (first)
        QTimer::singleShot(0, first, [first] { first->setFocus(Qt::TabFocusReason); });
}

bool FirstStartGuide::validateCurrentPage()
{
    switch (currentId()) {
    case TrainingPage:
        emit trainingRequested();
        return true;
    case ConnectionPage:
        if (trainingChosen())
            return true;
        if (const QString problem = HubAddress::problem(hubUrl()); !problem.isEmpty()) {
            m_ui->connectionProblem->setText(problem);
            m_ui->connectionProblem->show();
            m_ui->hubEdit->setFocus();
            return false;
        }
        m_ui->connectionProblem->hide();
        return true;
    case SignInPage: {
        if (m_signedIn)
            return true;
        if (m_busy)
            return false;
        QString problem;
        if (m_ui->userEdit->text().trimmed().isEmpty())
            problem = tr("Isi nama pengguna.");
        else if (m_ui->passwordEdit->text().isEmpty())
            problem = tr("Isi kata sandi.");
        if (!problem.isEmpty()) {
            m_ui->signInResult->setText(problem);
            m_ui->signInResult->show();
            return false;
        }
        setBusy(true);
        emit signInRequested(hubUrl(), m_ui->userEdit->text().trimmed(),
                             m_ui->passwordEdit->text());
        // The answer comes through showResult(), which finishes the guide.
        return false;
    }
    default:
        return true;
    }
}

void FirstStartGuide::showResult(bool ok, const QString &message)
{
    setBusy(false);
    if (ok) {
        m_signedIn = true;
        m_ui->passwordEdit->clear();
        accept();
        return;
    }
    m_ui->signInResult->setText(message);
    m_ui->signInResult->show();
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
}

void FirstStartGuide::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->userEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    button(FinishButton)->setEnabled(!busy);
    button(BackButton)->setEnabled(!busy);
    if (busy) {
        m_ui->signInResult->setText(tr("Menghubungi hub…"));
        m_ui->signInResult->show();
    }
}

void FirstStartGuide::retranslate()
{
    setButtonText(NextButton, tr("&Lanjut >"));
    setButtonText(BackButton, tr("< &Kembali"));
    setButtonText(CancelButton, tr("&Batal"));
    setButtonText(FinishButton,
                  currentId() == TrainingPage ? tr("&Mulai pelatihan") : tr("&Masuk"));
}

void FirstStartGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizard::changeEvent(event);
}

} // namespace lapor
