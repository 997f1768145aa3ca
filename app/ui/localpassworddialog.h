#pragma once

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class LocalPasswordDialog;
}

namespace lapor {

// Asked once, right after a person's first browser sign-in on this PC: the desk never saw
// their hub password, yet the lock screen and an offline sign-in need something to check.
// The password chosen here is kept only as OfflineVerifier's hash in their own settings.
// It cannot be dismissed: a desk that cannot be unlocked would have to be signed out.
class LocalPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinLength = 8;

    explicit LocalPasswordDialog(QSettings &settings, QWidget *parent = nullptr);
    ~LocalPasswordDialog() override;

    void accept() override;
    void reject() override; // Escape and the close button do nothing

    // Empty when `password` and `repeat` may be kept; otherwise why not.
    static QString problem(const QString &password, const QString &repeat);

private:
    std::unique_ptr<Ui::LocalPasswordDialog> m_ui;
    QSettings &m_settings;
};

} // namespace lapor
