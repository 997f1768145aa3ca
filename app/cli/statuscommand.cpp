#include "core/casestatus.h"
#include "core/workingcalendar.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "store/caserepository.h"
#include "store/quarantinerepository.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lapor {

int statusCommand(CtlContext &context)
{
    if (!context.arguments.isEmpty()) {
        CtlOutput::line(context.err, Ctl::tr("status tidak menerima argumen."));
        return Exit::Usage;
    }
    const CaseRepository cases(*context.database, WorkingCalendar());
    const SyncState sync(*context.database);
    const auto counts = cases.countByStatus();
    const QString cursor = sync.cursor();
    const QDateTime lastSync = sync.lastSyncAt();
    const int quarantined = QuarantineRepository(*context.database).count();
    int total = 0;
    for (int count : counts)
        total += count;

    if (context.json) {
        QJsonObject byStatus;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            byStatus.insert(Status::key(it.key()), it.value());
        const QJsonObject root {
            { QStringLiteral("profile"), context.profile->dir() },
            { QStringLiteral("schema_version"), context.database->schemaVersion() },
            { QStringLiteral("cases"), total },
            { QStringLiteral("cases_by_status"), byStatus },
            { QStringLiteral("cursor"), cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor) },
            { QStringLiteral("last_sync_at"),
              lastSync.isValid() ? QJsonValue(lastSync.toUTC().toString(Qt::ISODate))
                                 : QJsonValue() },
            { QStringLiteral("quarantined"), quarantined },
        };
        CtlOutput::json(context.out, QJsonDocument(root));
        return Exit::Ok;
    }

    const QLocale locale;
    auto &out = context.out;
    CtlOutput::line(out, Ctl::tr("Profil: %1").arg(context.profile->dir()));
    CtlOutput::line(out, Ctl::tr("Versi skema: %1").arg(context.database->schemaVersion()));
    // The cursor is the hub's text.
    CtlOutput::line(
        out,
        Ctl::tr("Kursor sinkronisasi: %1").arg(cursor.isEmpty() ? Ctl::tr("(belum ada)") : cursor));
    CtlOutput::line(out,
                    Ctl::tr("Sinkron terakhir: %1")
                        .arg(lastSync.isValid()
                                 ? locale.toString(lastSync.toLocalTime(), QLocale::ShortFormat)
                                 : Ctl::tr("(belum pernah)")));
    CtlOutput::line(out, Ctl::tr("Laporan per status:"));
    for (auto it = counts.begin(); it != counts.end(); ++it)
        CtlOutput::line(out,
                        QStringLiteral("  %1 %2")
                            .arg(Status::label(it.key()), -40)
                            .arg(locale.toString(it.value()), 8));
    CtlOutput::line(
        out, QStringLiteral("  %1 %2").arg(Ctl::tr("Jumlah"), -40).arg(locale.toString(total), 8));
    // Records from the hub set aside because they could not be read (docs/sync.md).
    CtlOutput::line(
        out, Ctl::tr("Catatan hub yang tidak dapat dibaca: %1").arg(locale.toString(quarantined)));
    return Exit::Ok;
}

} // namespace lapor
