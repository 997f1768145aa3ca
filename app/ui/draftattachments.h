#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class DraftEditor;
}

namespace lapor {

class Database;
class DraftFiles;

// The attachments tab of the draft editor: the draft's files (copies in the profile, kept
// by DraftFiles), their list with what making a photo smaller saved, the limits, removing
// one and putting a photo back to its original size. Adding goes through DraftEditor,
// which first makes sure there is a draft to attach to.
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
    // Copies `path` into the draft's files, after the shipped policy allowed it, a photo
    // without its metadata (`removed` says what went); false with a reason (also when
    // there is no draft).
    // A photo is made smaller as Pengaturan says (PhotoScaler).
    bool add(const QString &path, QString *error, QStringList *removed = nullptr);
    // The file selected in the list, when it is a photo that was made smaller; '' if not.
    QString currentReduced() const;
    // Replaces the photo `name`, kept smaller, with its original; false with a reason,
    // changing nothing, when the original is gone or has changed.
    bool restoreOriginal(const QString &name, QString *error);
    // Whether `path` is one of the files the reporter sent with case `caseId` (the
    // complaint's or a reply's): the downloaded file itself, the same bytes, or the same
    // photo saved without its metadata.
    bool isReportersFile(Database &db, qint64 caseId, const QString &path) const;

signals:
    void changed(); // a file was added or removed

private:
    void show();
    void removeCurrent();
    void updateButtons();

    QString m_profileDir;
    Ui::DraftEditor &m_ui;
    std::unique_ptr<DraftFiles> m_files;
};

} // namespace lapor
