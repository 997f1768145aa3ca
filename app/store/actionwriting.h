#pragma once

// Shared by ActionWriter's two files (actionwriter.cpp: drafts and decisions,
// actionwritercases.cpp: actions on a case); not for other classes.
#include "core/casestatus.h"
#include "sqlutil.h"

#include <QString>
#include <QVariantList>

namespace lapor {

class Database;

namespace ActionWriting {

QString newId();

// What an action needs to know of its case before it is queued.
struct CaseFacts
{
    bool found = false;
    bool inScope = false;
    QString unitId;
    CaseStatus status = CaseStatus::Unverified;
    qint64 version = 0;
};
CaseFacts caseFacts(Database &db, qint64 caseId);
qint64 draftHubVersion(Database &db, const QString &draftId);
QString lastRevisionText(Database &db, const QString &draftId);
using Sql::exec;

} // namespace ActionWriting

} // namespace lapor
