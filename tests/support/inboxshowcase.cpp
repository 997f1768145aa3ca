// Hand-picked cases for screenshots and GUI tests: a long timeline, attachments, HTML in a
// complaint, an anonymous and confidential case.
#include "inboxdata.h"
#include "store/caserepository.h"
#include "store/changewriter.h"
#include "store/database.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>

namespace lapor::InboxData {

namespace {

bool exec(Database &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const auto &value : values)
        q.addBindValue(value);
    if (q.exec())
        return true;
    if (error)
        *error = sql;
    return false;
}

bool writePhoto(const QString &path)
{
    QImage image(640, 420, QImage::Format_RGB32);
    image.fill(QColor(0x8a, 0x9b, 0x6e));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x55, 0x55, 0x58));
    p.setPen(Qt::NoPen);
    p.drawPolygon(QPolygon({ { 200, 0 }, { 440, 0 }, { 640, 420 }, { 0, 420 } }));
    p.setBrush(QColor(0x2b, 0x25, 0x20));
    p.drawEllipse(QPoint(300, 250), 90, 40);
    p.drawEllipse(QPoint(420, 150), 50, 20);
    p.setBrush(QColor(0x7a, 0x9c, 0xc6));
    p.drawEllipse(QPoint(300, 255), 70, 25);
    p.end();
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "PNG");
}

} // namespace

qint64 addShowcase(Database &db, const WorkingCalendar &calendar, const QString &attachmentsDir,
                   const QDateTime &now, QString *error)
{
    CaseRepository cases(db, calendar);
    ChangeWriter writer(db);
    Transaction tx(db);
    const qint64 id = 8112829;
    const QDateTime received = now.addDays(-16);
    Case c;
    c.trackingId = id;
    c.title = QStringLiteral("Jalan berlubang di Jl. Ahmad Yani depan SDN 3, sudah makan korban");
    c.content = QStringLiteral(
        "Selamat pagi bapak/ibu admin LAPOR.\n\n"
        "Saya mau melaporkan jalan berlubang di Jl. Ahmad Yani tepat di depan SDN 3 "
        "Sukamaju. Lubangnya ada 3, yang paling besar kira2 1 meter lebarnya dan dalamnya "
        "sejengkal. Kalau hujan tergenang air jadi tdk kelihatan.\n\n"
        "Minggu lalu ada ibu2 bonceng anak sekolah jatuh disitu, untung cuma lecet. "
        "Sudah lapor ke kelurahan 2 bulan lalu tapi blm ada perbaikan sama sekali. Jalan ini "
        "jalur utama anak sekolah dan angkot.\n\n"
        "Mohon segera ditambal sebelum ada korban lagi. Foto terlampir. Kalau perlu "
        "konfirmasi bisa hubungi saya di 0812-3456-7890.\n\nTerima kasih.");
    c.category = QStringLiteral("PEKERJAAN UMUM DAN PENATAAN RUANG");
    c.subcategory = QStringLiteral("Jalan");
    c.channel = QStringLiteral("android");
    c.status = CaseStatus::InProgress;
    c.agencyId = QStringLiteral("kab");
    c.unitId = QStringLiteral("dpupr");
    c.assigneeId = QStringLiteral("petugas1");
    c.reporterName = QStringLiteral("Budi Santoso");
    c.receivedAt = received;
    c.disposedAt = received.addSecs(20 * 3600);
    c.firstFollowupAt = received.addDays(6);
    c.lastFollowupAt = c.firstFollowupAt;
    c.lastReplyAt = received.addDays(8);
    c.rating = 2;
    c.resolutionDays = 14;
    if (!cases.upsert(c, error))
        return 0;

    auto at = [&](double days) {
        return received.addSecs(qint64(days * 86400));
    };
    const QList<Disposition> dispositions {
        { QStringLiteral("sd1"), id, QString(), QStringLiteral("kab"), QStringLiteral("admin"),
          QStringLiteral("Diteruskan ke Pemerintah Kabupaten sesuai lokasi."), at(0.4) },
        { QStringLiteral("sd2"), id, QStringLiteral("kab"), QStringLiteral("dpupr"),
          QStringLiteral("koordinator"), QStringLiteral("Mohon ditindaklanjuti, jalan kabupaten."),
          at(0.8) },
    };
    for (const auto &d : dispositions) {
        if (!writer.upsertDisposition(d, error))
            return 0;
    }
    const QList<InternalNote> notes {
        { QStringLiteral("sn1"), id, QStringLiteral("petugas1"),
          QStringLiteral("Sudah cek ke bidang Bina Marga: ruas ini masuk paket pemeliharaan rutin "
                         "tapi anggarannya baru cair bulan depan."),
          at(2.1) },
        { QStringLiteral("sn2"), id, QStringLiteral("kepala1"),
          QStringLiteral("Tolong jangan janjikan tanggal pasti. Sebutkan tambal sementara dulu."),
          at(3.9) },
        { QStringLiteral("sn3"), id, QStringLiteral("petugas1"),
          QStringLiteral("Tim UPT sudah tambal sementara 2 lubang, lubang ketiga menunggu aspal."),
          at(10.2) },
    };
    for (const auto &n : notes) {
        if (!writer.upsertNote(n, error))
            return 0;
    }
    const QString draft = QStringLiteral("sdraft");
    const QString first = QStringLiteral(
        "Terima kasih atas laporannya. Lokasi sudah kami tinjau dan perbaikan akan dilakukan "
        "tanggal 20.");
    const QString second = QStringLiteral(
        "Terima kasih atas laporan Bapak. Tim UPT Jalan sudah meninjau lokasi dan akan "
        "melakukan penambalan sementara minggu ini. Perbaikan permanen masuk paket "
        "pemeliharaan rutin bulan depan.");
    const QString followupText = second;
    bool ok
        = exec(db,
               QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, text, "
                              "revision, created_at, updated_at) VALUES "
                              "(?, ?, 'petugas1', 'published', ?, 2, ?, ?)"),
               { draft, id, second, at(3.0).toSecsSinceEpoch(), at(5.9).toSecsSinceEpoch() }, error)
        && exec(db,
                QStringLiteral("INSERT INTO draft_revisions VALUES (?, 1, ?, 'petugas1', ?), "
                               "(?, 2, ?, 'petugas1', ?)"),
                { draft, first, at(3.2).toSecsSinceEpoch(), draft, second,
                  at(5.1).toSecsSinceEpoch() },
                error)
        && exec(db,
                QStringLiteral("INSERT INTO decisions VALUES "
                               "('sx1', ?, 1, 'kepala1', 'return', ?, ?), "
                               "('sx2', ?, 2, 'kepala1', 'approve', '', ?)"),
                { draft, QStringLiteral("Jangan sebut tanggal pasti, anggaran belum cair."),
                  at(4.0).toSecsSinceEpoch(), draft, at(5.8).toSecsSinceEpoch() },
                error);
    if (!ok)
        return 0;
    if (!writer.upsertFollowup({ QStringLiteral("sf1"), id, QStringLiteral("petugas1"),
                                 QStringLiteral("dpupr"), followupText, c.firstFollowupAt },
                               error)
        || !writer.upsertReply({ QStringLiteral("sr1"), id,
                                 QStringLiteral("Sudah seminggu belum ada yang datang menambal. "
                                                "Tadi pagi ada motor jatuh lagi."),
                                 2, c.lastReplyAt },
                               error))
        return 0;
    ok = exec(db,
              QStringLiteral("INSERT INTO drafts (id, case_id, author_id, state, text, revision, "
                             "created_at, updated_at) VALUES ('sdraft2', ?, 'petugas1', "
                             "'submitted', ?, 1, ?, ?)"),
              { id,
                QStringLiteral("Mohon maaf atas keterlambatan. Dua lubang sudah ditambal "
                               "sementara; lubang ketiga dijadwalkan minggu depan."),
                at(11.0).toSecsSinceEpoch(), at(11.2).toSecsSinceEpoch() },
              error)
        && exec(db,
                QStringLiteral("INSERT INTO draft_revisions VALUES ('sdraft2', 1, ?, "
                               "'petugas1', ?)"),
                { QStringLiteral("Mohon maaf atas keterlambatan. Dua lubang sudah ditambal "
                                 "sementara; lubang ketiga dijadwalkan minggu depan."),
                  at(11.2).toSecsSinceEpoch() },
                error)
        && exec(db,
                QStringLiteral("UPDATE cases SET local_state = 'awaiting_approval', unread = 1 "
                               "WHERE tracking_id = ?"),
                { id }, error);
    if (!ok)
        return 0;

    const QString photo = QStringLiteral("%1/foto-lubang.png").arg(id);
    if (!writePhoto(QDir(attachmentsDir).filePath(photo)))
        return 0;
    const qint64 photoSize = QFileInfo(QDir(attachmentsDir).filePath(photo)).size();
    ok = exec(db,
              QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, file_name, "
                             "mime_type, size, local_path, downloaded_bytes) VALUES "
                             "('sa1', ?, 'case', 'foto-lubang.png', 'image/png', ?, ?, ?), "
                             "('sa2', ?, 'case', 'video-kejadian.mp4', 'video/mp4', 12582912, "
                             "NULL, 0)"),
              { id, photoSize, photo, photoSize, id }, error);
    if (!ok)
        return 0;

    Case html;
    html.trackingId = 8112830;
    html.title = QStringLiteral("<b>Pungli</b> di loket <i>KTP</i>");
    html.content = QStringLiteral("<b>Tolong</b> <img src=x> segera ditangani, petugas minta "
                                  "50rb.");
    html.category = QStringLiteral("KEPENDUDUKAN");
    html.status = CaseStatus::Disposed;
    html.unitId = QStringLiteral("dukcapil");
    html.receivedAt = now.addDays(-1);
    html.disposedAt = now.addSecs(-3600 * 20);
    html.anonymous = true;
    html.confidential = true;
    if (!cases.upsert(html, error))
        return 0;
    return tx.commit() ? id : 0;
}

} // namespace lapor::InboxData
