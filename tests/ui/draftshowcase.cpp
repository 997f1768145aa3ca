// Shows the drafting screens in the state the documentation's screenshots need:
//   draftshowcase --shot editor|attachments|approval|outbox|synclog|related --profile DIR
// Run under Xvfb at 1366×768 and capture the screen (docs/drafting.md).
#include "core/case.h"
#include "core/profile.h"
#include "core/workingcalendar.h"
#include "inboxdata.h"
#include "models/caselistmodel.h"
#include "models/outboxmodel.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "store/syncrunlog.h"
#include "sync/synccontroller.h"
#include "ui/approvalview.h"
#include "ui/caseactioncontroller.h"
#include "ui/caseview.h"
#include "ui/drafteditor.h"
#include "ui/mainwindow.h"
#include "ui/outboxpanel.h"
#include "ui/relatedcasespanel.h"
#include "ui/synclogdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace lapor;

namespace {

constexpr qint64 kEditorCase = 8120415;
constexpr qint64 kApprovalCase = 8120533;
constexpr qint64 kForwardCase = 8120601;
const QString kRevision1 = QStringLiteral(
    "Yth. Bapak/Ibu Pelapor,\n\n"
    "Terima kasih atas laporan nomor 8120533. Tim Dinas PUPR sudah meninjau lokasi di "
    "Jl. Diponegoro. Saluran tersumbat sampah dan endapan lumpur sepanjang kurang lebih 40 "
    "meter.\n\n"
    "Pembersihan saluran akan dilaksanakan minggu depan.\n\n"
    "Hormat kami,\nDinas PUPR");
const QString kRevision2 = QStringLiteral(
    "Yth. Bapak/Ibu Pelapor,\n\n"
    "Terima kasih atas laporan nomor 8120533. Tim Dinas PUPR sudah meninjau lokasi di "
    "Jl. Diponegoro pada 12 Maret. Saluran tersumbat sampah dan endapan lumpur sepanjang "
    "kurang lebih 40 meter.\n\n"
    "Pembersihan saluran dijadwalkan pada Senin, 16 Maret 2026, bersama petugas kelurahan. "
    "Selama pekerjaan, satu lajur Jl. Diponegoro ditutup pukul 08.00–12.00.\n\n"
    "Hormat kami,\nDinas PUPR");

bool addCase(Database &db, const WorkingCalendar &calendar, qint64 id, const QString &title,
             const QString &content, bool anonymous, QString *error)
{
    Case c;
    c.trackingId = id;
    c.title = title;
    c.content = content;
    c.category = QStringLiteral("PEKERJAAN UMUM DAN PENATAAN RUANG");
    c.subcategory = QStringLiteral("Drainase");
    c.channel = QStringLiteral("web");
    c.status = CaseStatus::Disposed;
    c.agencyId = QStringLiteral("kab");
    c.unitId = QStringLiteral("dpupr");
    c.assigneeId = QStringLiteral("petugas1");
    c.anonymous = anonymous;
    c.reporterName = anonymous ? QString() : QStringLiteral("Siti Rahmawati");
    c.receivedAt = QDateTime::currentDateTimeUtc().addDays(-4);
    c.disposedAt = c.receivedAt.addSecs(6 * 3600);
    c.version = 5;
    return CaseRepository(db, calendar).upsert(c, error);
}

bool prepare(Profile &profile, Database &db, const WorkingCalendar &calendar, QString *error)
{
    InboxData::Options options;
    options.cases = 400;
    if (!InboxData::generate(db, calendar, options, error)
        || !InboxData::addShowcase(db, calendar, profile.attachmentsDir(),
                                   QDateTime::currentDateTimeUtc(), error)
        || !addCase(db, calendar, kEditorCase,
                    QStringLiteral("Jalan rusak dan berlubang di Jl. Merdeka Km 3"),
                    QStringLiteral("Jalan di Jl. Merdeka Km 3 rusak parah, banyak lubang. Sudah "
                                   "ada pengendara motor jatuh. Mohon segera diperbaiki."),
                    false, error)
        || !addCase(db, calendar, kApprovalCase,
                    QStringLiteral("Saluran air tersumbat di Jl. Diponegoro, banjir tiap hujan"),
                    QStringLiteral("Setiap hujan deras air meluap ke jalan dan rumah warga "
                                   "karena saluran tersumbat. Mohon dibersihkan."),
                    true, error)
        || !addCase(db, calendar, kForwardCase,
                    QStringLiteral("Lampu penerangan jalan mati di Gang Melati"),
                    QStringLiteral("Sudah dua minggu lampu jalan di Gang Melati mati, gelap "
                                   "dan rawan."),
                    false, error))
        return false;
    const User officer { QStringLiteral("petugas1"),       QStringLiteral("petugas1"),
                         QStringLiteral("Rina Wulandari"), Role::Officer,
                         QStringLiteral("dpupr"),          QStringLiteral("kab") };
    const User head { QStringLiteral("kepala1"),
                      QStringLiteral("kepala1"),
                      QStringLiteral("Ir. Hendra Gunawan"),
                      Role::Approver,
                      QStringLiteral("dpupr"),
                      QStringLiteral("kab") };
    ActionWriter writer(db, officer);
    const auto draft = writer.createDraft(kApprovalCase, kRevision1);
    if (!draft || !writer.submitDraft(draft.id)
        || !ActionWriter(db, head).returnDraft(
            draft.id, 1, QStringLiteral("Sebutkan tanggal pembersihan dan penutupan jalan."))
        || !writer.saveDraftText(draft.id, kRevision2) || !writer.submitDraft(draft.id)) {
        *error = QStringLiteral("could not prepare the approval draft");
        return false;
    }
    return true;
}

void prepareOutbox(Database &db)
{
    const User officer { QStringLiteral("petugas1"),       QStringLiteral("petugas1"),
                         QStringLiteral("Rina Wulandari"), Role::Officer,
                         QStringLiteral("dpupr"),          QStringLiteral("kab") };
    ActionWriter writer(db, officer);
    OutboxRepository outbox(db);
    QString error;
    auto settle = [&](const QString &id, OutboxState state, const QString &reason) {
        Transaction tx(db);
        outbox.markSending(id, &error);
        outbox.markDone(id, state, reason, {}, &error);
        tx.commit();
    };
    const auto sentNote = writer.addNote(kForwardCase, QStringLiteral("Sudah dicek ke lokasi."));
    settle(sentNote.outboxId, OutboxState::Sent, QString());
    // The approval draft of petugas1 was submitted twice; the second submission conflicts.
    const auto drafts = DraftRepository(db).forCase(kApprovalCase);
    for (const OutboxEntry &e : outbox.forCase(kApprovalCase)) {
        if (e.kind == OutboxKind::DraftSubmit
            && e.payload.value(QLatin1String("revision")).toInt() == 1)
            settle(e.id, OutboxState::Sent, QString());
        else if (e.kind == OutboxKind::DraftDecide)
            settle(e.id, OutboxState::Sent, QString());
        else if (e.kind == OutboxKind::DraftSubmit)
            settle(e.id, OutboxState::Conflict,
                   QStringLiteral("Laporan ini diubah di hub setelah draf diajukan (status kini "
                                  "Terdisposisi, Sedang Diproses). Tinjau keadaan laporan "
                                  "sebelum mengirim ulang."));
    }
    const auto forward = writer.forward(kForwardCase, QStringLiteral("dishub"),
                                        QStringLiteral("Lampu jalan wewenang Dinas Perhubungan."));
    settle(forward.outboxId, OutboxState::Failed,
           QStringLiteral("Hub menolak: unit Dinas Perhubungan tidak menerima disposisi dari "
                          "unit Anda."));
    const auto note
        = writer.addNote(kEditorCase, QStringLiteral("Pelapor menelepon lagi pagi ini."));
    outbox.markRetry(note.outboxId, QStringLiteral("Hub tidak dapat dihubungi (waktu habis)."),
                     QDateTime::currentDateTimeUtc().addSecs(90), &error);
    writer.addNote(kEditorCase, QStringLiteral("Foto lokasi sudah diminta ke kelurahan."));
}

// Complaints about the same road as the editor's case, as citizens send them again and
// again; one already answered, one anonymous.
void prepareRelated(Database &db, const WorkingCalendar &calendar)
{
    QString error;
    addCase(db, calendar, 8120702, QStringLiteral("Jl. Merdeka Km 3 berlubang, motor jatuh"),
            QStringLiteral("Lubang besar di Jl. Merdeka dekat Km 3, semalam motor saya jatuh."),
            false, &error);
    addCase(db, calendar, 8120688, QStringLiteral("Lubang jalan Merdeka belum ditambal"),
            QStringLiteral("Jalan Merdeka Km 3 masih rusak dan berlubang, sudah lapor bulan "
                           "lalu."),
            true, &error);
    addCase(db, calendar, 8119950, QStringLiteral("Jalan rusak parah di Jl. Merdeka"),
            QStringLiteral("Aspal Jl. Merdeka rusak, lubang di mana-mana dekat pasar."), false,
            &error);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                             "VALUES ('fu-8119950', 8119950, ?, ?)"));
    q.addBindValue(QStringLiteral(
        "Yth. Bapak/Ibu Pelapor,\n\nTerima kasih atas laporannya. Penambalan Jl. Merdeka "
        "Km 2–4 dijadwalkan minggu ini oleh UPT Jalan dan Jembatan.\n\nHormat kami,\nDinas "
        "PUPR"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch() - 86400);
    q.exec();
}

// A phone camera's size and grain, so that attaching it shows the saving.
void writePhoto(const QString &path)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    quint32 x = 2463534242u;
    for (int row = 0; row < image.height(); ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const bool road = row > 1250;
        for (int col = 0; col < image.width(); ++col) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            const int grain = int(x % 24);
            line[col] = road ? qRgb(0x44 + grain, 0x44 + grain, 0x48 + grain)
                             : qRgb(0x6d + grain, 0x7a + grain, 0x5a + grain);
        }
    }
    image.save(path, "JPG", 92);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption shotOption(
        QStringLiteral("shot"), QStringLiteral("screen"),
        QStringLiteral("editor|attachments|approval|outbox|synclog|related"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("dir"),
                                           QStringLiteral("DIR"));
    parser.addOptions({ shotOption, profileOption });
    parser.process(app);
    const QString shot = parser.value(shotOption);

    QDir(parser.value(profileOption)).removeRecursively();
    Profile profile(parser.value(profileOption));
    QString error;
    if (!profile.ensureExists(&error))
        qFatal("%s", qPrintable(error));
    const bool approver = shot == QLatin1String("approval");
    auto &settings = profile.settings();
    settings.setValue(QStringLiteral("hub/url"), QStringLiteral("https://hub.lapor.example"));
    settings.setValue(QStringLiteral("user/id"),
                      approver ? QStringLiteral("kepala1") : QStringLiteral("petugas1"));
    settings.setValue(QStringLiteral("user/role"),
                      approver ? QStringLiteral("approver") : QStringLiteral("officer"));
    settings.setValue(QStringLiteral("user/unit"), QStringLiteral("dpupr"));
    settings.setValue(QStringLiteral("agency/id"), QStringLiteral("kab"));
    settings.sync();
    auto opened = Database::open(profile.databasePath());
    if (!opened.database)
        qFatal("%s", qPrintable(opened.message));
    Database &db = *opened.database;
    const auto calendar = WorkingCalendar::national(AgencyZone::WIB);
    if (!prepare(profile, db, calendar, &error))
        qFatal("%s", qPrintable(error));
    if (shot == QLatin1String("outbox"))
        prepareOutbox(db);
    if (shot == QLatin1String("related"))
        prepareRelated(db, calendar);

    MainWindow window(profile, db, calendar);
    window.setUser(settings.value(QStringLiteral("user/id")).toString(),
                   approver ? Role::Approver : Role::Officer);
    CaseActionController actions(window, profile, db, nullptr);
    window.move(0, 0);
    window.resize(1366, 768);
    window.show();
    auto select = [&](qint64 id) {
        auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
        const int row = window.caseModel()->rowOf(id);
        if (table && row >= 0) {
            table->selectRow(row);
            table->scrollTo(window.caseModel()->index(row, 0));
        }
        actions.showCase(id);
    };

    QTimer::singleShot(300, &window, [&] {
        if (shot == QLatin1String("editor") || shot == QLatin1String("attachments")) {
            select(kEditorCase);
            DraftEditor *editor = actions.openEditor(kEditorCase);
            editor->applyTemplate(1, true);
            const QString photo = profile.dir() + QStringLiteral("/foto-lokasi-merdeka.jpg");
            writePhoto(photo);
            editor->addAttachment(photo, nullptr);
            editor->move(200, 70);
            editor->resize(960, 640);
            editor->saveNow();
            if (shot == QLatin1String("attachments")) {
                auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
                auto *page = editor->findChild<QWidget *>(QStringLiteral("attachmentsTab"));
                tabs->setCurrentWidget(page);
                if (auto *list = page->findChild<QListWidget *>())
                    list->setCurrentRow(0);
            }
        } else if (shot == QLatin1String("synclog")) {
            // A week of a thin link: the first sync's megabytes, then daily deltas.
            SyncRunLog runs(db);
            const QTimeZone zone = QTimeZone::systemTimeZone();
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
            auto at = [&](int daysAgo, int hour, int minute) {
                return QDateTime(today.addDays(-daysAgo), QTime(hour, minute), zone).toUTC();
            };
            const struct
            {
                int daysAgo, hour, minute, seconds;
                qint64 up, down;
                bool ok;
            } sample[] = {
                { 3, 8, 5, 52, 6900, 1605700, true },  { 3, 13, 40, 2, 1200, 21000, true },
                { 2, 8, 10, 1, 800, 9100, true },      { 2, 10, 15, 30, 0, 0, false },
                { 2, 10, 20, 4, 131000, 12000, true }, { 1, 8, 0, 1, 300, 8800, true },
                { 0, 8, 2, 1, 310, 9300, true },       { 0, 9, 30, 165, 5048200, 4100, true },
            };
            for (const auto &r : sample)
                runs.record({ at(r.daysAgo, r.hour, r.minute),
                              at(r.daysAgo, r.hour, r.minute).addSecs(r.seconds), r.up, r.down,
                              r.ok });
            static SyncController controller(profile, db);
            auto *log = new SyncLogDialog(controller, &window);
            log->move(260, 90);
            log->resize(840, 560);
            log->show();
        } else if (shot == QLatin1String("related")) {
            select(kEditorCase);
            RelatedCasesPanel *related = window.caseView()->relatedPanel();
            if (auto *tabs = window.caseView()->findChild<QTabWidget *>(QStringLiteral("caseTabs")))
                tabs->setCurrentWidget(related);
            related->select(8119950);
            related->list()->setFocus();
        } else if (shot == QLatin1String("approval")) {
            window.selectView(QStringLiteral("view:awaiting_approval"));
            select(kApprovalCase);
            ApprovalView *view = actions.openApproval(kApprovalCase);
            view->move(200, 70);
            view->resize(960, 640);
        } else {
            select(kApprovalCase);
            actions.outboxDock()->show();
            window.resizeDocks({ actions.outboxDock() }, { 300 }, Qt::Vertical);
            actions.outboxPanel()->reload();
            for (int row = 0; row < actions.outboxPanel()->model()->rowCount(); ++row) {
                const auto entry = actions.outboxPanel()->model()->entryAt(row);
                if (entry && entry->state == OutboxState::Conflict)
                    actions.outboxPanel()->selectEntry(entry->id);
            }
        }
    });
    return app.exec();
}
