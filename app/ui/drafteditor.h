#pragma once

#include "core/case.h"
#include "core/draft.h"
#include "core/draftchecks.h"
#include "core/replytemplates.h"
#include "core/user.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class DraftEditor;
}

namespace lapor {

class ActionWriter;
class Database;
class DraftAttachments;
class DraftRevisions;

// Writes a follow-up (tindak lanjut) for one case: plain text, reply templates, draft
// attachments, the revision history with a diff, and the checks that must pass before the
// draft goes to the head of unit. The text is autosaved: the first change after a save
// starts a timer, so no change waits longer than the autosave interval, and leaving or
// closing the editor saves at once.
class DraftEditor : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 3000;

    DraftEditor(Database &db, const QString &profileDir, const User &user,
                QWidget *parent = nullptr);
    ~DraftEditor() override;

    // Opens the user's open draft on the case, or an empty page that becomes a draft with
    // the first autosave. False with a reason when the case is not in the store.
    bool openCase(qint64 trackingId, QString *error);
    // Opens one draft (e.g. from the outbox panel after a conflict).
    bool openDraft(const QString &draftId, QString *error);

    qint64 trackingId() const { return m_case.trackingId; }
    QString draftId() const { return m_draftId; }
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }
    int autosaveInterval() const { return m_autosave.interval(); }
    bool isDirty() const { return m_dirty; }

    // Writes the text now if it changed; false (reason shown) when the store refused.
    bool saveNow();
    // Applies the template at `index` of the picker; `replace` replaces the whole text,
    // otherwise it is inserted at the cursor.
    bool applyTemplate(int index, bool replace, QString *error = nullptr);
    // Starting text from elsewhere (a related case's answer): it fills an empty page, or
    // is inserted at the cursor; one edit, so Ctrl+Z takes it back out. Saved like typing.
    void startFrom(const QString &text);
    // Failed checks for the current text and attachments, in plain words.
    QList<DraftCheckFailure> failedChecks() const;
    // Saves, checks and submits the draft as a new revision (or resubmits after a
    // conflict). False with a reason when a check failed or the store refused.
    bool submit(QString *error);
    // Adds a file as attachment (copied into the profile, a photo without its metadata);
    // false with a reason. On an anonymous or confidential case, one of the reporter's
    // own files is attached only after the user said yes; declining returns false with
    // an empty reason.
    bool addAttachment(const QString &path, QString *error);
    // Sends the attached photo `name`, made smaller when it was added, at its original
    // size instead; false with a reason, changing nothing, when the original is gone.
    bool restoreOriginalSize(const QString &name, QString *error);

signals:
    void saved(const QString &draftId);
    void submitted(qint64 trackingId, const QString &draftId, int revision);
    void discarded(qint64 trackingId, const QString &draftId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool loadCase(qint64 trackingId, QString *error);
    void loadDraft(const Draft &draft);
    void fillTemplates();
    void onTextChanged();
    void onApplyTemplateClicked();
    void updateChecks();
    void updateState();
    void onAddAttachmentClicked();
    void onOriginalSizeClicked();
    bool confirmReportersFile(const QString &path);
    void onSubmitClicked();
    void onDiscardClicked();
    void setSaveMessage(const QString &text, bool problem);
    TemplateContext templateContext() const;
    std::optional<Draft> currentDraft() const;

    std::unique_ptr<Ui::DraftEditor> m_ui;
    Database &m_db;
    User m_user;
    std::unique_ptr<ActionWriter> m_writer;
    std::unique_ptr<DraftAttachments> m_attachments;
    std::unique_ptr<DraftRevisions> m_revisions;
    Case m_case;
    QString m_unitName;
    QString m_draftId;
    QList<ReplyTemplate> m_templates;
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace lapor
