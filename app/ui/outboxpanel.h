#pragma once

#include "core/user.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class OutboxPanel;
}

namespace lapor {

enum class OutboxKind; // store/outboxrepository.h

class Database;
class OutboxModel;
struct OutboxEntry;

// Every action waiting to reach the hub (the outbox), with its state and the reason in
// plain words. Failed entries can be retried; a conflict offers two clear choices: review
// the case's new state and send again, or discard (after confirmation). Nothing leaves
// the list silently: sent and discarded entries stay visible on request.
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    OutboxPanel(Database &db, QWidget *parent = nullptr);
    ~OutboxPanel() override;

    void setUser(const User &user) { m_user = user; }
    OutboxModel *model() const { return m_model; }
    void reload();
    void refreshEntry(const QString &id);
    bool selectEntry(const QString &id);
    std::optional<OutboxEntry> selectedEntry() const;
    void setPushAvailable(bool available, const QString &reason);

    // The actions behind the buttons, without dialogs (tests, scripts).
    bool retrySelected(QString *error);
    bool discardSelected(QString *error);

signals:
    void pushRequested();
    void openCaseRequested(qint64 trackingId);
    // The user chose to review a conflict: show the case, then the draft or decision.
    void reviewRequested(qint64 trackingId, lapor::OutboxKind kind, const QString &entityId,
                         const QString &outboxId);
    void changed(); // an entry was retried or discarded here

private:
    void updateSummary();
    void updateButtons();
    void onDiscardClicked();

    std::unique_ptr<Ui::OutboxPanel> m_ui;
    Database &m_db;
    OutboxModel *m_model = nullptr;
    User m_user;
};

} // namespace lapor
