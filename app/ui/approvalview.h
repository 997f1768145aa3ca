#pragma once

#include "core/draft.h"
#include "core/user.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApprovalView;
}

namespace lapor {

class ActionWriter;
class Database;

// The head of unit's review of one submitted draft: the revision under review, the
// changes against the previous revision, and Setujui / Kembalikan. A decision names the
// revision shown here, so an edit made meanwhile makes it stale rather than approving
// text nobody saw. Nobody decides on their own draft: the buttons say why they are off,
// and ActionWriter refuses as well.
class ApprovalView : public QDialog
{
    Q_OBJECT

public:
    ApprovalView(Database &db, const User &user, QWidget *parent = nullptr);
    ~ApprovalView() override;

    // The case's submitted draft: the one this user may decide, else any (shown with the
    // reason it cannot be decided). False with a reason when none waits.
    bool openCase(qint64 trackingId, QString *error);
    bool openDraft(const QString &draftId, QString *error);

    QString draftId() const { return m_draft.id; }
    int revision() const { return m_draft.revision; }
    bool canDecide() const;
    QString cannotDecideReason() const;

    bool approve(QString *error);
    bool returnDraft(const QString &comment, QString *error);

signals:
    void decided(qint64 trackingId, const QString &draftId, int revision, bool approved);

private:
    void showDraft(const Draft &draft);
    void onApproveClicked();
    void onReturnClicked();
    void updateButtons();

    std::unique_ptr<Ui::ApprovalView> m_ui;
    Database &m_db;
    User m_user;
    std::unique_ptr<ActionWriter> m_writer;
    Draft m_draft;
};

} // namespace lapor
