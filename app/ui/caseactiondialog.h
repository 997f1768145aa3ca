#pragma once

#include "core/user.h"
#include "store/actionwriter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CaseActionDialog;
}

namespace lapor {

class Database;

// One small form for the case actions that are a text and maybe a unit: disposisi to
// another unit with a note, return as bukan wewenang with a reason, and an internal note.
// Each is queued through ActionWriter (row and outbox entry in one transaction); the
// dialog stays open with the refusal in plain words until the action is accepted.
class CaseActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Forward, NotAuthority, Note };

    CaseActionDialog(Kind kind, Database &db, const User &user, qint64 trackingId,
                     QWidget *parent = nullptr);
    ~CaseActionDialog() override;

    Kind kind() const { return m_kind; }
    const ActionResult &result() const { return m_result; }
    // For tests and scripts: fill the form without typing.
    void setText(const QString &text);
    bool selectUnit(const QString &unitId);

    void accept() override;

private:
    std::unique_ptr<Ui::CaseActionDialog> m_ui;
    Kind m_kind;
    Database &m_db;
    User m_user;
    qint64 m_trackingId;
    ActionResult m_result;
};

} // namespace lapor
