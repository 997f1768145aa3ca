#pragma once

#include "core/casestatus.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace lapor {

// What the inbox shows, translated into SQL so the database does the filtering.
struct CaseFilter
{
    QList<CaseStatus> statuses; // empty = every status
    QString unitId;
    QString assigneeId;
    QString searchText; // full-text, prefix matching

    bool operator==(const CaseFilter &) const = default;

    // A WHERE clause over `cases c` with positional placeholders, and its values.
    QString whereClause() const;
    QVariantList bindValues() const;
};

} // namespace lapor
