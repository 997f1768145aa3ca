#include "core/caseprivacy.h"
#include "core/casestatus.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
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
        CtlOutput::line(context.err,
                        Ctl::tr("Status tidak dikenal: %1. Pilihan: %2")
                            .arg(statusKey, keys.join(QStringLiteral(", "))));
        return Exit::Usage;
    }
    // Lists read the stored deadlines; no working calendar is needed.
    const CaseRepository cases(*context.database, WorkingCalendar());
    QString error;
    const auto summaries = cases.summaries(Status::fromKey(statusKey), &error);
    if (!summaries) {
        CtlOutput::line(context.err, error);
        return Exit::Failed;
    }
    // A listing ends up in scheduler logs and shared screens: rahasia titles only on request.
    const bool showConfidential = context.flag("show-confidential");
    QJsonArray rows;
    for (const CaseSummary &c : *summaries) {
        const QString status = Status::key(c.status);
        const CasePrivacy privacy(c.anonymous, c.confidential);
        const bool showTitle = showConfidential || privacy.showsContent();
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
                { QStringLiteral("title"), showTitle ? QJsonValue(c.title) : QJsonValue() },
            });
        } else {
            // One case per line, tab-separated, for grep and spreadsheets.
            CtlOutput::row(context.out,
                           { QString::number(c.trackingId), status, c.unitId,
                             c.receivedAt.toString(Qt::ISODate),
                             showTitle ? c.title : privacy.content(c.title) });
        }
    }
    if (context.json)
        CtlOutput::json(context.out, QJsonDocument(rows));
    context.out.flush();
    return Exit::Ok;
}

} // namespace lapor
