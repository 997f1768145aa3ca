#include "searchquality.h"

#include "core/workingcalendar.h"
#include "sampledata.h"
#include "store/caserepository.h"
#include "store/casesearch.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor::test::SearchQuality {

namespace {

QJsonObject dataSet()
{
    QFile file(QStringLiteral(":/testdata/search-complaints.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QString load(Database &db)
{
    const QJsonArray cases = dataSet().value(QLatin1String("cases")).toArray();
    if (cases.isEmpty())
        return QStringLiteral("the labelled set is missing from the resources");
    CaseRepository repository(db, WorkingCalendar::national(AgencyZone::WITA));
    QString error;
    for (const auto &value : cases) {
        const QJsonObject c = value.toObject();
        const Case row = Sample::sampleCase(kFirstId + c.value(QLatin1String("id")).toInt(),
                                            c.value(QLatin1String("title")).toString(),
                                            c.value(QLatin1String("content")).toString());
        if (!repository.upsert(row, &error))
            return error;
    }
    return {};
}

Result evaluate(Database &db)
{
    Result result;
    qsizetype relevantTotal = 0;
    qsizetype foundTotal = 0;
    double precisionSum = 0;
    const CaseSearch search(db);
    for (const auto &value : dataSet().value(QLatin1String("queries")).toArray()) {
        const QJsonObject q = value.toObject();
        QueryResult r;
        r.query = q.value(QLatin1String("query")).toString();
        for (const auto &id : q.value(QLatin1String("relevant")).toArray())
            r.relevant.append(kFirstId + id.toInt());
        QString error;
        if (const auto hits = search.find(r.query, kDepth, &error)) {
            for (const CaseSearchHit &hit : *hits)
                r.found.append(hit.trackingId);
        }
        qsizetype hitsFound = 0;
        for (qint64 id : std::as_const(r.relevant))
            hitsFound += r.found.contains(id) ? 1 : 0;
        const QList<qint64> top = r.found.mid(0, 10);
        qsizetype topRelevant = 0;
        for (qint64 id : top)
            topRelevant += r.relevant.contains(id) ? 1 : 0;
        r.recall = r.relevant.isEmpty() ? 1.0 : double(hitsFound) / double(r.relevant.size());
        r.precisionAt10 = top.isEmpty() ? 0.0 : double(topRelevant) / double(top.size());
        relevantTotal += r.relevant.size();
        foundTotal += hitsFound;
        precisionSum += r.precisionAt10;
        result.queries.append(r);
    }
    result.recall = relevantTotal ? double(foundTotal) / double(relevantTotal) : 0;
    result.precisionAt10 = result.queries.isEmpty() ? 0 : precisionSum / result.queries.size();
    return result;
}

} // namespace lapor::test::SearchQuality
