#include "core/draftfiles.h"
#include "core/workingcalendar.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/database.h"
#include "store/draftrepository.h"
#include "store/outboxrepository.h"
#include "store/retention.h"
#include "store/syncstate.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace lapor;
using namespace lapor::test;
using namespace lapor::test::Sample::Corpus;
using Sample::utc;

// What leaves the desk and what stays (docs/privacy.md, "Retention"): a case that left the
// user's scope, closed cases past the retention period, a disabled account's store; and
// the files they leave behind, also after a crash between the commit and the deletion.
class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void leavingCaseTakesEverythingWithIt();
    void unsentWorkKeepsItsDraftUntilSettled();
    void unknownCaseIsNotFound();
    void crashBeforeTheFilesGoIsSweptLater();
    void sweepLeavesLinkedFoldersAlone();
    void sweepRemovesNothingWhenTheStoreCannotBeRead();
    void storeOutsideAProfileHasNoFiles();
    void cutoffCountsCalendarMonths();
    void closedCasesExpire();
    void keepForeverPurgesNothing();
    void removeAllCaseDataKeepsUnsentWork();
    void unsentTextSaysWhatWhichWhatAndWhen();

private:
    bool exec(const QString &sql, const QVariantList &binds = {});
    int count(const QString &sql, const QVariantList &binds = {});
    // A downloaded attachment of `caseId`: its row and its file attachments/<id>/<name>.
    QString addAttachment(const QString &id, qint64 caseId, bool finished = true);
    // The follow-up, reply, disposition and note a synced case has.
    void addHistory(qint64 caseId);
    QString attachmentFolder(const QString &id) const;
    ActionWriter officer() const;

    Database &db() const { return **m_store; }
    Profile &profile() const { return *m_store->profile(); }

    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<CaseRepository> m_cases;
    const WorkingCalendar m_calendar = WorkingCalendar::national(AgencyZone::WITA);
};

void TestRetention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRetention::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->openProfile());
    QVERIFY(m_store->addCorpus(m_calendar));
    m_cases = std::make_unique<CaseRepository>(db(), m_calendar);
}

void TestRetention::cleanup()
{
    m_cases.reset();
    m_store.reset();
}

bool TestRetention::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db().connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

int TestRetention::count(const QString &sql, const QVariantList &binds)
{
    return scalar(db().connection(), sql, binds).toInt();
}

QString TestRetention::attachmentFolder(const QString &id) const
{
    return QDir(profile().attachmentsDir()).filePath(id);
}

QString TestRetention::addAttachment(const QString &id, qint64 caseId, bool finished)
{
    // A scan, not a photo: draft copies of it are kept as they are.
    const QString name = QStringLiteral("surat_%1.pdf").arg(id);
    const QString file = finished ? name : QStringLiteral("download.part");
    if (!exec(QStringLiteral("INSERT INTO attachments (id, case_id, owner_kind, owner_id, "
                             "file_name, size, local_path, downloaded_bytes) "
                             "VALUES (?, ?, 'case', ?, ?, 4, ?, ?)"),
              { id, caseId, QString::number(caseId), name,
                finished ? QVariant(id + QLatin1Char('/') + name) : QVariant(), finished ? 4 : 2 }))
        return {};
    QDir().mkpath(attachmentFolder(id));
    QFile out(QDir(attachmentFolder(id)).filePath(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(finished ? "%PDF" : "%P") < 0)
        return {};
    return out.fileName();
}

void TestRetention::addHistory(qint64 caseId)
{
    const QString id = QString::number(caseId);
    QVERIFY(exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) "
                                "VALUES (?, ?, 'Sudah dijadwalkan penambalan', 0)"),
                 { QString(QStringLiteral("f-") + id), caseId }));
    QVERIFY(exec(QStringLiteral("INSERT INTO citizen_replies (id, case_id, text, created_at) "
                                "VALUES (?, ?, 'masih sama pak', 0)"),
                 { QString(QStringLiteral("r-") + id), caseId }));
    QVERIFY(exec(QStringLiteral("INSERT INTO dispositions (id, case_id, to_unit_id, at) "
                                "VALUES (?, ?, 'dinas-pupr', 0)"),
                 { QString(QStringLiteral("d-") + id), caseId }));
    QVERIFY(exec(QStringLiteral("INSERT INTO notes (id, case_id, author_id, text, created_at) "
                                "VALUES (?, ?, 'u-siti', 'Koordinasi dgn bidang jalan', 0)"),
                 { QString(QStringLiteral("n-") + id), caseId }));
}

ActionWriter TestRetention::officer() const
{
    return ActionWriter(db(), QStringLiteral("u-siti"), Role::Officer,
                        QStringLiteral("dinas-pupr"));
}

void TestRetention::leavingCaseTakesEverythingWithIt()
{
    addHistory(kJalan);
    addHistory(kKtp);
    const QString photo = addAttachment(QStringLiteral("a-jalan-1"), kJalan);
    const QString partial = addAttachment(QStringLiteral("a-jalan-2"), kJalan, false);
    const QString other = addAttachment(QStringLiteral("a-ktp-1"), kKtp);
    QVERIFY(!photo.isEmpty() && !partial.isEmpty() && !other.isEmpty());
    // A draft being written, nothing queued for it.
    const auto editing = officer().createDraft(kJalan, QStringLiteral("Akan kami tinjau."));
    QVERIFY2(editing, qPrintable(editing.error));
    QVERIFY(DraftFiles(profile().dir(), editing.id).add(photo, AttachmentPolicy(), nullptr));
    // A note the hub already has: its settled entry holds the hub's answer.
    const auto note = officer().addNote(kJalan, QStringLiteral("Sudah survei lokasi."));
    QVERIFY2(note, qPrintable(note.error));
    QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'sent', response = '{\"case\": 1}'")));
    QVERIFY(exec(QStringLiteral("INSERT INTO decisions_waiting (id, draft_id, revision, "
                                "approver_id, kind, decided_at) VALUES ('dw', ?, 1, 'u-h', "
                                "'return', 0)"),
                 { editing.id }));
    QCOMPARE(m_cases->search(QStringLiteral("berlubang"), 10), QList<qint64> { kJalan });

    Retention retention(db());
    QString error;
    {
        Transaction transaction(db());
        QCOMPARE(retention.purgeCase(kJalan, &error), Retention::Outcome::Deleted);
        QVERIFY(transaction.commit());
    }
    QVERIFY(!m_cases->exists(kJalan));
    for (const char *table : { "followups", "citizen_replies", "dispositions", "notes",
                               "attachments", "drafts", "outbox" })
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = ?")
                           .arg(QLatin1String(table)),
                       { kJalan })
                     == 0,
                 table);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM draft_revisions")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions_waiting")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_search WHERE rowid = ?"), { kJalan }),
             0);
    QVERIFY(m_cases->search(QStringLiteral("berlubang"), 10).isEmpty());
    // The other case keeps everything.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM followups WHERE case_id = ?"), { kKtp }),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE case_id = ?"), { kKtp }),
             1);

    // The files go once the rows have committed: the finished one, the partial download
    // and the draft's copy; the other case's file stays.
    QVERIFY(QFile::exists(photo));
    QCOMPARE(retention.sweepFiles(), 3);
    QVERIFY(!QDir(attachmentFolder(QStringLiteral("a-jalan-1"))).exists());
    QVERIFY(!QDir(attachmentFolder(QStringLiteral("a-jalan-2"))).exists());
    QVERIFY(!QDir(DraftFiles(profile().dir(), editing.id).dir()).exists());
    QVERIFY(QFile::exists(other));
    QCOMPARE(retention.sweepFiles(), 0);
}

void TestRetention::unsentWorkKeepsItsDraftUntilSettled()
{
    addHistory(kJalan);
    const QString photo = addAttachment(QStringLiteral("a-jalan-1"), kJalan);
    const QString text = QStringLiteral("Penambalan dijadwalkan Senin.");
    const auto submitted = officer().createDraft(kJalan, text);
    QVERIFY(submitted && officer().submitDraft(submitted.id));
    const auto editing = officer().createDraft(kJalan, QStringLiteral("Catatan lain."));
    QVERIFY(editing);
    const int queued = OutboxRepository(db()).pendingCount();
    QCOMPARE(queued, 1);

    Retention retention(db());
    QString error;
    for (int round = 0; round < 2; ++round) {
        Transaction transaction(db());
        QCOMPARE(retention.purgeCase(kJalan, &error), Retention::Outcome::Kept);
        QVERIFY(transaction.commit());
    }
    QVERIFY(m_cases->exists(kJalan));
    QVERIFY(!m_cases->inScope(kJalan));
    QCOMPARE(m_cases->count(), 4);
    // The queued draft stays with its text, for the user to resolve; the other went.
    DraftRepository drafts(db());
    const auto kept = drafts.find(submitted.id);
    QVERIFY(kept);
    QCOMPARE(kept->state, DraftState::Conflict);
    QCOMPARE(kept->text, text);
    QVERIFY(!drafts.find(editing.id));
    QCOMPARE(OutboxRepository(db()).pendingCount(), queued);
    // Its history and files are not needed for that.
    for (const char *table :
         { "followups", "citizen_replies", "dispositions", "notes", "attachments" })
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(retention.sweepFiles(), 1);
    QVERIFY(!QFile::exists(photo));

    // Once the user discards it, the next sync's step takes the rest.
    QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'conflict'")));
    QVERIFY(
        OutboxRepository(db()).discard(OutboxRepository(db()).forCase(kJalan).first().id, &error));
    {
        Transaction transaction(db());
        QCOMPARE(retention.purgeSettled(&error), 1);
        QVERIFY(transaction.commit());
    }
    QVERIFY(!m_cases->exists(kJalan));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM drafts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestRetention::unknownCaseIsNotFound()
{
    Retention retention(db());
    QString error;
    QCOMPARE(retention.purgeCase(1234567, &error), Retention::Outcome::NotFound);
    QCOMPARE(m_cases->count(), 5);
}

// The rows commit, then the desk dies before it removes the files: the next sweep finds
// the folders no row names and removes them, and only those.
void TestRetention::crashBeforeTheFilesGoIsSweptLater()
{
    const QString gone = addAttachment(QStringLiteral("a-jalan-1"), kJalan);
    const QString kept = addAttachment(QStringLiteral("a-ktp-1"), kKtp);
    const QString resuming = addAttachment(QStringLiteral("a-ktp-2"), kKtp, false);
    QVERIFY(exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = ?"), { kJalan }));
    QVERIFY(QFile::exists(gone));
    // Something that is no attachment's folder at all.
    QFile stray(QDir(profile().attachmentsDir()).filePath(QStringLiteral("x.tmp")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    const auto draft = officer().createDraft(kKtp, QStringLiteral("Sedang dicek."));
    QVERIFY(draft);
    const QString draftsRoot = DraftFiles::rootDir(profile().dir());
    QVERIFY(QDir().mkpath(QDir(draftsRoot).filePath(draft.id)));
    QVERIFY(QDir().mkpath(QDir(draftsRoot).filePath(QStringLiteral("d-dibuang"))));

    m_cases.reset();
    m_store->close(); // the crash
    QVERIFY(m_store->openProfile());
    QCOMPARE(Retention(db()).sweepFiles(), 3);
    QVERIFY(!QFile::exists(gone));
    QVERIFY(!stray.exists());
    QVERIFY(QFile::exists(kept));
    QVERIFY(QFile::exists(resuming));
    QVERIFY(QDir(QDir(draftsRoot).filePath(draft.id)).exists());
    QVERIFY(!QDir(QDir(draftsRoot).filePath(QStringLiteral("d-dibuang"))).exists());
}

void TestRetention::sweepLeavesLinkedFoldersAlone()
{
    // A link in the profile to a folder elsewhere: the link goes, the folder does not.
    const QString outside = m_store->filePath(QStringLiteral("bersama"));
    QVERIFY(QDir().mkpath(outside));
    QFile shared(QDir(outside).filePath(QStringLiteral("penting.pdf")));
    QVERIFY(shared.open(QIODevice::WriteOnly));
    shared.close();
    QVERIFY(QDir().mkpath(profile().attachmentsDir()));
    const QString link = attachmentFolder(QStringLiteral("a-tautan"));
    QVERIFY(QFile::link(outside, link));
    QCOMPARE(Retention(db()).sweepFiles(), 1);
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(shared.exists());
}

void TestRetention::sweepRemovesNothingWhenTheStoreCannotBeRead()
{
    const QString file = addAttachment(QStringLiteral("a-jalan-1"), kJalan);
    QVERIFY(exec(QStringLiteral("ALTER TABLE attachments RENAME TO attachments_old")));
    QCOMPARE(Retention(db()).sweepFiles(), 0);
    QVERIFY(QFile::exists(file));
}

void TestRetention::storeOutsideAProfileHasNoFiles()
{
    const auto loose = m_store->openOther(QStringLiteral("lepas"));
    QVERIFY(loose);
    const QString beside = m_store->filePath(QStringLiteral("attachments/a-1"));
    QVERIFY(QDir().mkpath(beside));
    Retention retention(*loose);
    QVERIFY(retention.profileDir().isEmpty());
    QCOMPARE(retention.sweepFiles(), 0);
    QVERIFY(QDir(beside).exists());
    QCOMPARE(Retention(db()).profileDir(), profile().dir());
}

void TestRetention::cutoffCountsCalendarMonths()
{
    QCOMPARE(Retention::cutoff(utc("2026-03-31T10:00:00"), 24), utc("2024-03-31T10:00:00"));
    QCOMPARE(Retention::cutoff(utc("2026-03-31T10:00:00"), 1), utc("2026-02-28T10:00:00"));
    QVERIFY(!Retention::cutoff(utc("2026-03-31T10:00:00"), 0).isValid());
    QVERIFY(!Retention::cutoff(utc("2026-03-31T10:00:00"), -5).isValid());
}

void TestRetention::closedCasesExpire()
{
    // now 2026-03-01, 24 months: a closed case last changed before 2024-03-01 goes.
    const QDateTime now = utc("2026-03-01T00:00:00");
    auto set = [this](qint64 id, const char *status, const char *received, const char *last) {
        return exec(QStringLiteral("UPDATE cases SET status = ?, received_at = ?, disposed_at = ?, "
                                   "last_followup_at = ? WHERE tracking_id = ?"),
                    { QString::fromLatin1(status), utc(received).toSecsSinceEpoch(),
                      utc(received).toSecsSinceEpoch(), utc(last).toSecsSinceEpoch(), id });
    };
    QVERIFY(set(kJalan, "done", "2023-06-01T00:00:00", "2024-02-20T00:00:00"));
    QVERIFY(set(kKtp, "archived", "2023-01-10T00:00:00", "2023-02-01T00:00:00"));
    QVERIFY(set(kGuru, "not_authority", "2023-05-01T00:00:00", "2023-05-02T00:00:00"));
    QVERIFY(set(kLampu, "in_progress", "2022-01-01T00:00:00", "2022-02-01T00:00:00")); // open
    QVERIFY(set(kCafe, "done", "2023-01-01T00:00:00", "2024-03-01T00:00:00")); // on the day
    // A reply after the close is a change too.
    QVERIFY(exec(QStringLiteral("UPDATE cases SET last_reply_at = ? WHERE tracking_id = ?"),
                 { utc("2024-04-01T00:00:00").toSecsSinceEpoch(), kKtp }));
    const QString photo = addAttachment(QStringLiteral("a-guru-1"), kGuru);

    // Closed and old, but a draft is still open or an action unsent: kept.
    Case withDraft = Sample::sampleCase(8200001, QStringLiteral("Drainase"), QStringLiteral("x"));
    Case withNote = Sample::sampleCase(8200002, QStringLiteral("Sampah"), QStringLiteral("y"));
    Case withPublished
        = Sample::sampleCase(8200003, QStringLiteral("Trotoar"), QStringLiteral("z"));
    QString error;
    for (const Case &c : { withDraft, withNote, withPublished })
        QVERIFY2(m_cases->upsert(c, &error), qPrintable(error));
    QVERIFY(officer().createDraft(8200001, QStringLiteral("Belum selesai ditulis.")));
    QVERIFY(officer().addNote(8200002, QStringLiteral("Belum terkirim.")));
    const auto published = officer().createDraft(8200003, QStringLiteral("Sudah terbit."));
    QVERIFY(published && officer().submitDraft(published.id));
    QVERIFY(exec(QStringLiteral("UPDATE drafts SET state = 'published' WHERE id = ?"),
                 { published.id }));
    QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE entity_id = ?"),
                 { published.id }));
    for (qint64 id : { 8200001, 8200002, 8200003 })
        QVERIFY(set(id, "done", "2022-01-01T00:00:00", "2022-01-05T00:00:00"));

    Retention retention(db());
    const auto purged = retention.afterSync(now, 24, &error);
    QVERIFY2(purged, qPrintable(error));
    QCOMPARE(purged->closed, 3);
    QCOMPARE(purged->files, 1);
    QVERIFY(!QFile::exists(photo));
    QVERIFY(!m_cases->exists(kJalan));
    QVERIFY(!m_cases->exists(kGuru));
    QVERIFY(!m_cases->exists(8200003));
    for (qint64 id : { kKtp, kLampu, kCafe, qint64(8200001), qint64(8200002) })
        QVERIFY2(m_cases->exists(id), qPrintable(QString::number(id)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 0);
    QCOMPARE(OutboxRepository(db()).pendingCount(), 1);

    // A month on, the archived case's reply is old enough too.
    const auto later = retention.afterSync(utc("2026-04-02T00:00:00"), 24, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->closed, 2); // the archived case and the one closed on the day
    QVERIFY(!m_cases->exists(kKtp));
    QVERIFY(!m_cases->exists(kCafe));
}

void TestRetention::keepForeverPurgesNothing()
{
    QVERIFY(exec(QStringLiteral("UPDATE cases SET status = 'done', received_at = 0, "
                                "disposed_at = 0")));
    Retention retention(db());
    QString error;
    const auto purged = retention.afterSync(utc("2026-03-01T00:00:00"), 0, &error);
    QVERIFY2(purged, qPrintable(error));
    QCOMPARE(purged->closed, 0);
    QCOMPARE(m_cases->count(), 5);
    const auto yearly = retention.afterSync(utc("2026-03-01T00:00:00"), 12, &error);
    QVERIFY2(yearly, qPrintable(error));
    QCOMPARE(yearly->closed, 5);
}

void TestRetention::removeAllCaseDataKeepsUnsentWork()
{
    for (qint64 id : { kJalan, kKtp, kGuru })
        addHistory(id);
    const QString photo = addAttachment(QStringLiteral("a-jalan-1"), kJalan);
    const QString other = addAttachment(QStringLiteral("a-ktp-1"), kKtp);
    QVERIFY(exec(QStringLiteral("INSERT INTO units (id, agency_id, name) "
                                "VALUES ('dinas-pupr', 'pemkot-samarinda', 'Dinas PUPR')")));
    const QString text = QStringLiteral("Penambalan dijadwalkan Senin.");
    const auto queued = officer().createDraft(kJalan, text);
    QVERIFY(queued && officer().submitDraft(queued.id));
    QVERIFY(DraftFiles(profile().dir(), queued.id).add(photo, AttachmentPolicy(), nullptr));
    QVERIFY(officer().createDraft(kKtp, QStringLiteral("Belum diajukan.")));
    const auto note = officer().addNote(kGuru, QStringLiteral("Menunggu data dari sekolah."));
    QVERIFY(note);
    const auto sent = officer().addNote(kLampu, QStringLiteral("Sudah dicek."));
    QVERIFY(sent);
    QVERIFY(
        exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE entity_id = ?"), { sent.id }));
    QVERIFY(exec(QStringLiteral("INSERT INTO quarantine (kind, entity_id, reason, record, cursor, "
                                "received_at) VALUES ('case', '8112899', 'x', '{}', '', 0)")));
    QVERIFY(SyncState(db()).setCursor(QStringLiteral("3be3a7c0-1234")));

    // The inbox's copy on disk (InboxSnapshot) goes with the cases.
    {
        QFile cache(db().inboxCachePath());
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("snapshot");
    }
    Retention retention(db());
    QString error;
    const auto wiped = retention.removeAllCaseData(&error);
    QVERIFY2(wiped, qPrintable(error));
    QVERIFY(!QFile::exists(db().inboxCachePath()));
    QCOMPARE(wiped->cases, 3);
    QCOMPARE(wiped->kept, 2); // the queued draft's case and the queued note's
    QCOMPARE(wiped->files, 2); // both attachments; the queued draft keeps its copy

    // What the user still has to send stays, and what it needs.
    QCOMPARE(OutboxRepository(db()).pendingCount(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 2);
    DraftRepository drafts(db());
    QCOMPARE(drafts.find(queued.id)->text, text);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM drafts")), 1);
    QCOMPARE(DraftFiles(profile().dir(), queued.id).list().size(), 1);
    // Their cases stay only as anchors: out of the inbox, nothing of the complaint.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), 2);
    QCOMPARE(m_cases->count(), 0);
    for (qint64 id : { kJalan, kGuru }) {
        const auto anchor = m_cases->find(id);
        QVERIFY(anchor);
        QVERIFY(anchor->title.isEmpty() && anchor->content.isEmpty()
                && anchor->reporterName.isEmpty());
    }
    for (const char *table : { "followups", "citizen_replies", "dispositions", "notes",
                               "attachments", "quarantine", "decisions_waiting" })
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH "
                                  "'berlubang OR honorer OR ktp'")),
             0);
    QVERIFY(!QFile::exists(photo) && !QFile::exists(other));
    QVERIFY(SyncState(db()).cursor().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM units")), 1);

    // What was not sent can still be read, and sent once the account works again.
    const QString unsent = retention.unsentText();
    QVERIFY2(unsent.contains(text), qPrintable(unsent));
    QVERIFY2(unsent.contains(QStringLiteral("Menunggu data dari sekolah.")), qPrintable(unsent));
    QVERIFY(!unsent.contains(QStringLiteral("Sudah dicek.")));
}

void TestRetention::unsentTextSaysWhatWhichWhatAndWhen()
{
    Retention retention(db());
    QVERIFY(retention.unsentText().isEmpty());

    const auto draft
        = officer().createDraft(kJalan, QStringLiteral("Baris pertama.\r\nBaris kedua."));
    QVERIFY(draft);
    const auto submitted = officer().submitDraft(draft.id);
    QVERIFY(submitted);
    const auto note = officer().addNote(kKtp, QStringLiteral("Blangko sudah dipesan."));
    QVERIFY(note);
    ActionWriter colleague(db(), QStringLiteral("u-budi"), Role::Officer,
                           QStringLiteral("dinas-pupr"));
    QVERIFY(colleague.addNote(kGuru, QStringLiteral("Catatan orang lain.")));
    OutboxRepository outbox(db());
    QString error;
    QVERIFY(outbox.markDone(note.outboxId, OutboxState::Conflict,
                            QStringLiteral("Laporan ini tidak ada lagi di unit Anda."), {},
                            &error));
    const QDateTime queuedAt = outbox.find(submitted.outboxId)->createdAt;

    const QString text = retention.unsentText(QStringLiteral("u-siti"));
    const QString when
        = QLocale().toString(queuedAt.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm"));
    const QString expected
        = QStringLiteral("2 tindakan belum terkirim ke hub:\n"
                         "\n"
                         "1. Ajukan draf (revisi 1), laporan #%1\n"
                         "   Diantrekan: %3\n"
                         "   Keadaan: Menunggu\n"
                         "   Teks:\n"
                         "      Baris pertama.\n"
                         "      Baris kedua.\n"
                         "\n"
                         "2. Catatan internal, laporan #%2\n"
                         "   Diantrekan: %4\n"
                         "   Keadaan: Konflik (Laporan ini tidak ada lagi di unit Anda.)\n"
                         "   Teks:\n"
                         "      Blangko sudah dipesan.\n")
              .arg(QString::number(kJalan), QString::number(kKtp), when,
                   QLocale().toString(outbox.find(note.outboxId)->createdAt.toLocalTime(),
                                      QStringLiteral("d MMMM yyyy HH:mm")));
    QCOMPARE(text, expected);
    QVERIFY(retention.unsentText().contains(QStringLiteral("Catatan orang lain.")));

    // Sent and discarded entries are not unsent work.
    QVERIFY(outbox.discard(note.outboxId, &error));
    QVERIFY(!retention.unsentText(QStringLiteral("u-siti")).contains(QStringLiteral("Blangko")));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
