#pragma once

#include "store/quarantinerepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class QuarantineDialog;
}

namespace lapor {

// The records from the hub the desk set aside, in plain text the officer can copy and
// send to the agency's admin: kind, id, reason, when it arrived, and the record itself
// (without the reporter's identity).
class QuarantineDialog : public QDialog
{
    Q_OBJECT

public:
    QuarantineDialog(const QList<QuarantinedRecord> &records, QWidget *parent = nullptr);
    ~QuarantineDialog() override;

    static QString detailsText(const QList<QuarantinedRecord> &records);

private:
    std::unique_ptr<Ui::QuarantineDialog> m_ui;
};

} // namespace lapor
