#pragma once

// A hand-built store for the supervision tests: fifteen cases around October 2026 in a
// WIB agency, with one extra holiday on Wednesday 7 October. Every expected figure is
// worked out by hand in tst_dashboardquery.cpp from the table below.

#include "core/case.h"
#include "core/unit.h"
#include "core/user.h"
#include "core/workingcalendar.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace lapor::SupervisionFixture {

inline const QDate kHoliday(2026, 10, 7);
// "Now": Wednesday 28 October 2026, 10:00 WIB.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 10, 28), QTime(3, 0), QTimeZone::utc());
}

inline WorkingCalendar calendar()
{
    WorkingCalendar c = WorkingCalendar::national(AgencyZone::WIB);
    c.addHoliday({ kHoliday, QStringLiteral("Libur uji"), false });
    return c;
}

// A WIB wall-clock time, "2026-10-01 08:00".
inline QDateTime wib(const char *text)
{
    QDateTime local
        = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    local.setTimeZone(QTimeZone(7 * 3600));
    return local.toUTC();
}

inline constexpr qint64 kBase = 1000000;
inline constexpr const char *kSecretTitle = "Dugaan pungli RAHASIA-JUDUL di loket";
inline constexpr const char *kSecretContent = "RAHASIA-ISI: oknum minta uang Rp 500rb";
inline constexpr const char *kHiddenName = "NAMA-TERSEMBUNYI";
inline constexpr const char *kSecretReporter = "Pelapor RAHASIA-NAMA";

struct Row
{
    int n; // tracking id = kBase + n
    const char *received;
    const char *disposed; // nullptr = not yet
    const char *followup; // first follow-up, nullptr = none
    CaseStatus status;
    const char *unit;
    const char *assignee;
    int rating;
    int tier;
    bool anonymous;
    bool confidential;
    const char *reporter;
    const char *title;
};

// clang-format off
inline const QList<Row> &rows()
{
    static const QList<Row> list {
        { 1, "2026-10-01 08:00", "2026-10-01 10:00", "2026-10-09 15:00", CaseStatus::Done, "dpupr", "petugas1", 5, 14, false, false, "Budi Santoso", "Jalan berlubang di Jl. Merdeka" },
        { 2, "2026-10-02 09:00", "2026-10-02 11:00", "2026-10-13 09:00", CaseStatus::InProgress, "dpupr", "petugas1", 0, 60, false, false, "Andi Pratama", "Drainase tersumbat" },
        { 3, "2026-10-05 08:00", "2026-10-05 09:00", "2026-10-13 16:00", CaseStatus::Done, "dinkes", "petugas2", 4, 14, false, false, "Dewi Lestari", "Antrean puskesmas panjang" },
        { 4, "2026-10-06 10:00", "2026-10-06 13:00", nullptr, CaseStatus::Disposed, "dpupr", "petugas1", 0, 14, true, false, "", "Jembatan retak, mohon dicek" },
        { 5, "2026-10-07 09:00", "2026-10-08 09:00", "2026-10-16 08:00", CaseStatus::InProgress, "dpupr", "petugas1", 0, 5, false, true, kSecretReporter, kSecretTitle },
        { 6, "2026-10-12 10:00", "2026-10-12 14:00", "2026-10-12 16:00", CaseStatus::Done, "dinkes", "petugas2", 3, 14, false, false, "Siti Aminah", "Obat di apotek RSUD kosong" },
        { 7, "2026-10-14 09:00", "2026-10-14 10:00", "2026-10-21 23:30", CaseStatus::Done, "dpupr", "", 1, 14, false, false, "Budi Santoso", "Lampu PJU mati" },
        { 8, "2026-10-16 09:00", "2026-10-16 10:00", nullptr, CaseStatus::Disposed, "dinkes", "petugas2", 0, 14, false, false, "Siti Aminah", "=1+1 nakes tidak ramah" },
        { 9, "2026-10-20 09:00", nullptr, nullptr, CaseStatus::Unverified, "", "", 0, 14, false, false, "Andi Pratama", "Pungutan di sekolah" },
        { 10, "2026-10-22 09:00", "2026-10-22 11:00", nullptr, CaseStatus::Disposed, "dpupr", "petugas1", 0, 14, false, false, "Dewi Lestari", "Trotoar dipakai parkir" },
        { 11, "2026-10-26 09:00", "2026-10-26 10:00", nullptr, CaseStatus::NotAuthority, "dinkes", "", 0, 14, false, false, "Rudi Hartono", "Jalan nasional rusak" },
        { 12, "2026-10-27 09:00", "2026-10-27 09:30", "2026-10-28 08:00", CaseStatus::InProgress, "dinkes", "petugas2", 0, 14, false, false, "Budi Santoso", "Vaksin anak belum tersedia" },
        { 13, "2026-09-15 09:00", "2026-09-15 10:00", nullptr, CaseStatus::Disposed, "dpupr", "petugas1", 0, 14, false, false, "Budi Santoso", "Jalan \"Ahmad Yani\", km 5 rusak" },
        { 14, "2026-09-28 09:00", "2026-09-28 10:00", "2026-10-01 10:00", CaseStatus::Done, "dpupr", "petugas1", 2, 14, false, false, "Siti Aminah", "Gorong-gorong ambles" },
        { 15, "2026-10-05 09:00", "2026-10-05 10:00", nullptr, CaseStatus::Disposed, "dpupr", "petugas1", 0, 14, false, false, "Andi Pratama", "Sudah pindah unit" },
    };
    return list;
}
// clang-format on

inline bool build(Database &db, QString *error)
{
    const WorkingCalendar cal = calendar();
    CaseRepository cases(db, cal);
    ChangeWriter writer(db);
    Transaction tx(db);
    const QList<Unit> units {
        { QStringLiteral("dpupr"), QStringLiteral("kab"), QStringLiteral("Dinas PUPR"), {} },
        { QStringLiteral("dinkes"), QStringLiteral("kab"), QStringLiteral("Dinas Kesehatan"), {} }
    };
    for (const auto &unit : units) {
        if (!writer.upsertUnit(unit, error))
            return false;
    }
    const QList<User> users {
        { QStringLiteral("petugas1"), QStringLiteral("petugas1"), QStringLiteral("Rina Wulandari"),
          Role::Officer, QStringLiteral("dpupr"), QStringLiteral("kab") },
        { QStringLiteral("petugas2"), QStringLiteral("petugas2"), QStringLiteral("Agus Salim"),
          Role::Officer, QStringLiteral("dinkes"), QStringLiteral("kab") },
        { QStringLiteral("kepala1"), QStringLiteral("kepala1"), QStringLiteral("Hendra Gunawan"),
          Role::Approver, QStringLiteral("dpupr"), QStringLiteral("kab") },
    };
    for (const auto &user : users) {
        if (!writer.upsertUser(user, error))
            return false;
    }
    if (!writer.upsertHoliday({ kHoliday, QStringLiteral("Libur uji"), false }, error))
        return false;
    for (const Row &r : rows()) {
        Case c;
        c.trackingId = kBase + r.n;
        c.title = QString::fromUtf8(r.title);
        c.content = r.confidential ? QString::fromUtf8(kSecretContent)
                                   : QStringLiteral("Mohon segera ditindaklanjuti, terima kasih.");
        c.category = QStringLiteral("Infrastruktur");
        c.channel = QStringLiteral("web");
        c.status = r.status;
        c.agencyId = QStringLiteral("kab");
        c.unitId = QString::fromUtf8(r.unit);
        c.assigneeId = QString::fromUtf8(r.assignee);
        c.anonymous = r.anonymous;
        c.confidential = r.confidential;
        c.reporterName = QString::fromUtf8(r.reporter);
        c.receivedAt = wib(r.received);
        if (r.disposed)
            c.disposedAt = wib(r.disposed);
        if (r.followup) {
            c.firstFollowupAt = wib(r.followup);
            c.lastFollowupAt = c.firstFollowupAt;
        }
        c.rating = r.rating;
        c.resolutionDays = r.tier;
        c.version = 1;
        if (!cases.upsert(c, error))
            return false;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = %1")
                    .arg(kBase + 15))) {
        *error = QStringLiteral("in_scope: ") + q.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        *error = QStringLiteral("commit: ") + db.connection().lastError().text();
        return false;
    }
    return true;
}

// A row the schema would refuse (an anonymous case that still names its reporter), as a
// damaged or foreign store might hold it: the exports must still not show the name.
inline bool forceHiddenName(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"))
        && q.exec(QStringLiteral("UPDATE cases SET reporter_name = '%1' WHERE tracking_id = %2")
                      .arg(QLatin1String(kHiddenName))
                      .arg(kBase + 4))
        && q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
}

} // namespace lapor::SupervisionFixture
