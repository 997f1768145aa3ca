#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace lapor {

class Profile;

// Per-profile preferences: interface language, the hub address and connection, sync,
// attachment prefetching, when the desk locks itself and how large draft photos are kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Profile &profile, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Profile &m_profile;
};

} // namespace lapor
