#pragma once

#include "core/draft.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Ui {
class DraftEditor;
}

namespace lapor {

class Database;

// The history tab of the draft editor: the draft's submitted revisions, and the text not
// yet submitted when it differs from the last one, each compared with the one before.
class DraftRevisions : public QObject
{
    Q_OBJECT

public:
    DraftRevisions(Database &db, Ui::DraftEditor &ui);

    // Lists the revisions of `draftId` ('' = no draft yet) and `workingText`, and shows
    // the newest.
    void show(const QString &draftId, const QString &workingText);

private:
    void showDiff();

    Database &m_db;
    Ui::DraftEditor &m_ui;
    QString m_workingText;
    QList<DraftRevision> m_revisions;
};

} // namespace lapor
