#include "core/casestatus.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "store/caserepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor {

int casesCommand(CtlContext &context)
{
    const QString statusKey = context.option("status");
    if (!statusKey.isEmpty() && !Status::fromKey(statusKey)) {
        QStringList keys;
        for (auto status : Status::all())
            keys.append(Status::key(status));
        context.err << Ctl::tr("Status tidak dikenal: %1. Pilihan: %2")
                           .arg(statusKey, keys.join(QStringLiteral(", ")))
                    << Qt::endl;
        return Exit::Usage;
    }
    // Lists read the stored deadlines; no working calendar is needed.
    const CaseRepository cases(*context.database, WorkingCalendar());
    QString error;
    const auto summaries = cases.summaries(Status::fromKey(statusKey), &error);
    if (!summaries) {
        context.err << error << Qt::endl;
        return Exit::Failed;
    }
    QJsonArray rows;
    for (const CaseSummary &c : *summaries) {
        const QString status = Status::key(c.status);
        if (context.json) {
            rows.append(QJsonObject {
                { QStringLiteral("tracking_id"), c.trackingId },
                { QStringLiteral("status"), status },
                { QStringLiteral("unit_id"), c.unitId },
                { QStringLiteral("received_at"), c.receivedAt.toString(Qt::ISODate) },
                { QStringLiteral("due_at"),
                  c.dueAt.isValid() ? QJsonValue(c.dueAt.toUTC().toString(Qt::ISODate))
                                    : QJsonValue() },
                { QStringLiteral("version"), c.version },
                { QStringLiteral("anonymous"), c.anonymous },
                { QStringLiteral("confidential"), c.confidential },
                { QStringLiteral("title"), c.title },
            });
        } else {
            // One case per line, tab-separated, for grep and spreadsheets.
            context.out << c.trackingId << '\t' << status << '\t' << c.unitId << '\t'
                        << c.receivedAt.toString(Qt::ISODate) << '\t' << c.title.simplified()
                        << '\n';
        }
    }
    if (context.json)
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    context.out.flush();
    return Exit::Ok;
}

} // namespace lapor
