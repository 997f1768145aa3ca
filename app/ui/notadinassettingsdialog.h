#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lapor {

class Profile;

// Pengaturan → Nota dinas: the letterhead (name, address, logo), the number's pattern and
// the signed-in person's signature (name, position, NIP), kept in the profile's
// settings.ini (NotaDinasSettings). The logo is copied into the profile.
class NotaDinasSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotaDinasSettingsDialog(Profile &profile, QWidget *parent = nullptr);

    void accept() override;
    // Tests: the fields, by what they hold.
    QLineEdit *patternEdit() const { return m_pattern; }
    QLineEdit *nipEdit() const { return m_nip; }
    QLineEdit *logoEdit() const { return m_logo; }

private:
    void updateExample();

    Profile &m_profile;
    QLineEdit *m_agency = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_logo = nullptr;
    QString m_keptLogo; // the logo already in the profile, relative to it
    QLineEdit *m_pattern = nullptr;
    QLabel *m_example = nullptr;
    QLineEdit *m_unitCode = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_signer = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_nip = nullptr;
};

} // namespace lapor
