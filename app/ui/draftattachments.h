#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Ui {
class DraftEditor;
}

namespace lapor {

class DraftFiles;

// The attachments tab of the draft editor: the draft's files (copies in the profile, kept
// by DraftFiles), their list, the limits, and removing one. Adding goes through
// DraftEditor, which first makes sure there is a draft to attach to.
class DraftAttachments : public QObject
{
    Q_OBJECT

public:
    DraftAttachments(const QString &profileDir, Ui::DraftEditor &ui);
    ~DraftAttachments() override;

    // The draft whose files are shown; '' = none yet, so no files.
    void setDraft(const QString &draftId);
    bool hasDraft() const { return bool(m_files); }
    int count() const;
    // Copies `path` into the draft's files, after the shipped policy allowed it; false
    // with a reason (also when there is no draft).
    bool add(const QString &path, QString *error);

signals:
    void changed(); // a file was added or removed

private:
    void show();
    void removeCurrent();

    QString m_profileDir;
    Ui::DraftEditor &m_ui;
    std::unique_ptr<DraftFiles> m_files;
};

} // namespace lapor
