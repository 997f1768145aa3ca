#include "sampledata.h"

#include "core/workingcalendar.h"
#include "store/caserepository.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lapor::test::Sample {

QDateTime utc(const char *iso)
{
    auto dt = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

Case sampleCase(qint64 trackingId, const QString &title, const QString &content)
{
    Case c;
    c.trackingId = trackingId;
    c.title = title;
    c.content = content;
    c.category = QStringLiteral("Infrastruktur");
    c.subcategory = QStringLiteral("Jalan Rusak");
    c.channel = QStringLiteral("web");
    c.status = CaseStatus::Disposed;
    c.agencyId = QStringLiteral("pemkot-samarinda");
    c.unitId = QStringLiteral("dinas-pupr");
    c.receivedAt = utc("2026-03-02T01:15:00");
    c.disposedAt = utc("2026-03-03T02:00:00");
    c.version = 1;
    return c;
}

QList<Case> Corpus::cases()
{
    return {
        sampleCase(kJalan, QStringLiteral("Jalan berlubang di Jl. Ahmad Yani"),
                   QStringLiteral("Jalan berlubang di Jl. Ahmad Yani km 5, sudah 3 bulan tdk "
                                  "diperbaiki. Sdh bbrp kali motor jatuh pak, mohon segera "
                                  "ditambal. Kontak sy 0812-3456-7890")),
        sampleCase(kKtp, QStringLiteral("Pelayanan KTP-el di Disdukcapil lambat"),
                   QStringLiteral("Sudah 2 minggu bolak-balik ke kantor Disdukcapil utk rekam "
                                  "KTP-el tp blangko habis terus. Antri dari jam 6 pagi.")),
        sampleCase(kGuru, QStringLiteral("Guru honorer belum terima gaji"),
                   QStringLiteral("Guru honorer di SDN 012 Samarinda Ulu belum terima gaji "
                                  "4 bulan. Tolong ditindaklanjuti, anak2 sekolah kasian.")),
        sampleCase(kLampu, QStringLiteral("Lampu jalan mati"),
                   QStringLiteral("Lampu penerangan jalan umum di Jl. Juanda mati sejak "
                                  "lebaran, rawan begal kalau malam.")),
        sampleCase(kCafe, QStringLiteral("Limbah CAFÉ Kenangan ke selokan"),
                   QStringLiteral("Pemilik café buang limbah ke selokan warga RT 03, bau "
                                  "sekali. Sdh ditegur Pak RT tp tdk digubris.")),
    };
}

bool addCorpus(Database &db, const WorkingCalendar &calendar, QString *error)
{
    CaseRepository cases(db, calendar);
    for (const Case &c : Corpus::cases()) {
        if (!cases.upsert(c, error))
            return false;
    }
    return true;
}

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

bool addDesk(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
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
            return false;
        }
    }
    CaseRepository cases(db, WorkingCalendar::national(AgencyZone::WIB));
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
            return false;
    }
    return true;
}

} // namespace lapor::test::Sample
