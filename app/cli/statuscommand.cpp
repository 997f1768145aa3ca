#include "core/casestatus.h"
#include "core/workingcalendar.h"
#include "ctl.h"
#include "ctlcontext.h"
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
        context.err << Ctl::tr("status tidak menerima argumen.") << Qt::endl;
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
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Exit::Ok;
    }

    const QLocale locale;
    context.out << Ctl::tr("Profil: %1").arg(context.profile->dir()) << '\n'
                << Ctl::tr("Versi skema: %1").arg(context.database->schemaVersion()) << '\n'
                << Ctl::tr("Kursor sinkronisasi: %1")
                       .arg(cursor.isEmpty() ? Ctl::tr("(belum ada)") : cursor)
                << '\n'
                << Ctl::tr("Sinkron terakhir: %1")
                       .arg(lastSync.isValid()
                                ? locale.toString(lastSync.toLocalTime(), QLocale::ShortFormat)
                                : Ctl::tr("(belum pernah)"))
                << '\n'
                << Ctl::tr("Laporan per status:") << '\n';
    for (auto it = counts.begin(); it != counts.end(); ++it)
        context.out << QStringLiteral("  %1 %2\n")
                           .arg(Status::label(it.key()), -40)
                           .arg(locale.toString(it.value()), 8);
    context.out
        << QStringLiteral("  %1 %2\n").arg(Ctl::tr("Jumlah"), -40).arg(locale.toString(total), 8);
    // Records from the hub set aside because they could not be read (docs/sync.md).
    context.out
        << Ctl::tr("Catatan hub yang tidak dapat dibaca: %1").arg(locale.toString(quarantined))
        << '\n';
    return Exit::Ok;
}

} // namespace lapor
