#include "core/casestatus.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "store/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
    QSqlQuery q(context.database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT tracking_id, status, unit_id, received_at, due_at, version, anonymous, "
        "confidential, title FROM cases WHERE in_scope = 1 AND (? = '' OR status = ?) "
        "ORDER BY tracking_id"));
    q.addBindValue(Sql::text(statusKey));
    q.addBindValue(Sql::text(statusKey));
    if (!q.exec()) {
        context.err << q.lastQuery() << Qt::endl;
        return Exit::Failed;
    }
    QJsonArray rows;
    while (q.next()) {
        const auto received = Sql::toTime(q.value(3));
        const auto due = Sql::toTime(q.value(4));
        if (context.json) {
            rows.append(QJsonObject {
                { QStringLiteral("tracking_id"), q.value(0).toLongLong() },
                { QStringLiteral("status"), q.value(1).toString() },
                { QStringLiteral("unit_id"), q.value(2).toString() },
                { QStringLiteral("received_at"), received.toString(Qt::ISODate) },
                { QStringLiteral("due_at"),
                  due.isValid() ? QJsonValue(due.toUTC().toString(Qt::ISODate)) : QJsonValue() },
                { QStringLiteral("version"), q.value(5).toLongLong() },
                { QStringLiteral("anonymous"), q.value(6).toBool() },
                { QStringLiteral("confidential"), q.value(7).toBool() },
                { QStringLiteral("title"), q.value(8).toString() },
            });
        } else {
            // One case per line, tab-separated, for grep and spreadsheets.
            context.out << q.value(0).toLongLong() << '\t' << q.value(1).toString() << '\t'
                        << q.value(2).toString() << '\t' << received.toString(Qt::ISODate) << '\t'
                        << q.value(8).toString().simplified() << '\n';
        }
    }
    if (context.json)
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    context.out.flush();
    return Exit::Ok;
}

} // namespace lapor
