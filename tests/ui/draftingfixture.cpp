#include "draftingfixture.h"

#include "core/case.h"
#include "core/workingcalendar.h"
#include "store/caserepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lapor::DraftingFixture {

User officer()
{
    return { QStringLiteral("petugas1"),     QStringLiteral("petugas1"),
             QStringLiteral("Rina Petugas"), Role::Officer,
             QStringLiteral("dpupr"),        QStringLiteral("kab") };
}

User approver()
{
    return { QStringLiteral("kepala1"),         QStringLiteral("kepala1"),
             QStringLiteral("Ir. Hadi Kepala"), Role::Approver,
             QStringLiteral("dpupr"),           QStringLiteral("kab") };
}

std::unique_ptr<Desk> create(QString *error)
{
    auto desk = std::make_unique<Desk>();
    if (!desk->dir.isValid()) {
        *error = desk->dir.errorString();
        return nullptr;
    }
    desk->profile = std::make_unique<Profile>(desk->dir.filePath(QStringLiteral("profile")));
    if (!desk->profile->ensureExists(error))
        return nullptr;
    auto opened = Database::open(desk->profile->databasePath());
    if (!opened.database) {
        *error = opened.message;
        return nullptr;
    }
    desk->db = std::move(opened.database);
    QSqlQuery q(desk->db->connection());
    const QStringList setup {
        QStringLiteral("INSERT INTO units (id, agency_id, name) VALUES "
                       "('dpupr', 'kab', 'Dinas Pekerjaan Umum dan Penataan Ruang'), "
                       "('dinkes', 'kab', 'Dinas Kesehatan')"),
        QStringLiteral(
            "INSERT INTO users (id, username, display_name, role, unit_id, agency_id) "
            "VALUES ('petugas1', 'petugas1', 'Rina Petugas', 'officer', 'dpupr', 'kab'), "
            "('kepala1', 'kepala1', 'Ir. Hadi Kepala', 'approver', 'dpupr', 'kab')"),
    };
    for (const QString &sql : setup) {
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
            return nullptr;
        }
    }
    CaseRepository cases(*desk->db, WorkingCalendar::national(AgencyZone::WIB));
    for (const qint64 id : { kCase, kAnonymousCase }) {
        Case c;
        c.trackingId = id;
        c.title = id == kCase ? QStringLiteral("Jalan berlubang di Jl. Ahmad Yani depan SDN 3")
                              : QStringLiteral("Lampu jalan mati di Gang Melati");
        c.content = QStringLiteral("Mohon segera diperbaiki.");
        c.status = CaseStatus::Disposed;
        c.agencyId = QStringLiteral("kab");
        c.unitId = QStringLiteral("dpupr");
        c.assigneeId = QStringLiteral("petugas1");
        c.anonymous = id == kAnonymousCase;
        c.reporterName = c.anonymous ? QString() : QStringLiteral("Budi Santoso");
        c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        c.disposedAt = c.receivedAt;
        c.version = 4;
        if (!cases.upsert(c, error))
            return nullptr;
    }
    return desk;
}

} // namespace lapor::DraftingFixture
