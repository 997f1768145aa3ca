#pragma once

#include "core/casestatus.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor {

class Database;

// One case a search found. It never carries a reporter's identity.
struct CaseSearchHit
{
    qint64 trackingId = 0;
    QString title;
    CaseStatus status = CaseStatus::Unverified;
    bool anonymous = false;
    bool confidential = false;
    // 2 for each query word found as typed (or as the start of a word), 1 through an
    // abbreviation, 0 through a stem only: what orders the hits first.
    int tier = 0;
    double score = 0; // bm25, lower is better: what orders hits of one tier
    QStringList matchedWords; // the words of the case that matched, lower case, once each
};

// Search over the cases in scope, in rank order (docs/inbox.md, "How search reads
// Indonesian"): the words as typed rank above their abbreviations and stems, then bm25
// with the title weighing most. Reads only.
class CaseSearch
{
public:
    explicit CaseSearch(Database &db);

    std::optional<QList<CaseSearchHit>> find(const QString &text, int limit, QString *error) const;

private:
    Database &m_db;
};

} // namespace lapor
