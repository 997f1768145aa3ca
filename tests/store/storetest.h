#pragma once

#include "../support/testlocation.h"
// Small helpers shared by the store tests: a plain SQLite connection for poking at files
// behind the store's back, file checksums, and realistic sample cases.

#include "core/case.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QVariant>

namespace lapor::StoreTest {

// Fails the current test at the caller's line and lets the helper return its fallback.
inline void failAt(const QString &message, const TestLocation &where)
{
    QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
}

// A QSQLITE connection of its own, removed again when it goes out of scope. A connection
// that does not open fails the current test.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {},
                           TestLocation where = TestLocation::current())
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            failAt(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()), where);
    }
    ~RawConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; on failure returns false and leaves the reason in lastError.
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        lastError = q.lastError().text() + QLatin1String(" in: ") + sql;
        return false;
    }

    QString lastError;

private:
    QString m_name;
    bool m_open = false;
};

// The first column of the first row, or an invalid QVariant when there is none. A
// statement that fails fails the current test: its invalid QVariant would read as 0 or "".
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {},
                       TestLocation where = TestLocation::current())
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        failAt(q.lastError().text() + QLatin1String(" in: ") + sql, where);
        return {};
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        failAt(q.lastError().text() + QLatin1String(" in: ") + sql, where);
        return {};
    }
    if (!q.next())
        return {};
    return q.value(0);
}

// The SHA-256 of a file; an unreadable file fails the current test, since two missing
// files would otherwise have the same (empty) checksum.
inline QByteArray fileChecksum(const QString &path, TestLocation where = TestLocation::current())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failAt(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), where);
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QDateTime utc(const char *iso)
{
    auto dt = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

// A case as the hub would send it, with informal Indonesian text.
inline Case sampleCase(qint64 trackingId, const QString &title, const QString &content)
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

// Five cases of the kind officers search for, in informal Indonesian.
namespace Corpus {
inline constexpr qint64 kJalan = 8112829;
inline constexpr qint64 kKtp = 8112830;
inline constexpr qint64 kGuru = 8112831;
inline constexpr qint64 kLampu = 8112832;
inline constexpr qint64 kCafe = 8112833;

inline QList<Case> cases()
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
} // namespace Corpus

} // namespace lapor::StoreTest
