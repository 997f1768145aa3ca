#include "casefilter.h"

#include "store/searchquery.h"

#include <QStringList>

namespace lapor {

QString CaseFilter::whereClause() const
{
    QStringList parts { QStringLiteral("c.in_scope = 1") };
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < statuses.size(); ++i)
            marks.append(QStringLiteral("?"));
        parts.append(QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!unitId.isEmpty())
        parts.append(QStringLiteral("c.unit_id = ?"));
    if (!assigneeId.isEmpty())
        parts.append(QStringLiteral("c.assignee_id = ?"));
    if (!SearchQuery::toFtsMatch(searchText).isEmpty())
        parts.append(QStringLiteral(
            "c.tracking_id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"));
    return parts.join(QLatin1String(" AND "));
}

QVariantList CaseFilter::bindValues() const
{
    QVariantList values;
    for (auto status : statuses)
        values.append(Status::key(status));
    if (!unitId.isEmpty())
        values.append(unitId);
    if (!assigneeId.isEmpty())
        values.append(assigneeId);
    if (const QString match = SearchQuery::toFtsMatch(searchText); !match.isEmpty())
        values.append(match);
    return values;
}

} // namespace lapor
