#include "core/identity.h"
#include "core/notadinassettings.h"
#include "reports/notadinas.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/actionwriter.h"
#include "store/database.h"
#include "store/notadinasrepository.h"
#include "store/retention.h"
#include "store/timelinerepository.h"
#include "tempstore.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimeZone>
#include <QtTest>

using namespace lapor;
using namespace lapor::test;

namespace {
const QString kReporter = QStringLiteral("Budi Santoso");
const QString kTitle = QStringLiteral("Jalan berlubang di Jl. Ahmad Yani depan SDN 3");
const QString kReply = QStringLiteral("Yth. Bapak Budi Santoso,\n\nLubang di Jl. Ahmad Yani sudah "
                                      "kami tambal pada 1 Desember 2026. Terima kasih.");
} // namespace

// The nota dinas made when a draft is approved or returned: its number, its file and row,
// the timeline entry, and what the PDF says (docs/drafting.md, "Nota dinas").
class TestNotaDinas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void approvingMakesTheMemo();
    void returnRecordsTheComment();
    void numbersRunPerYearAndSurviveRestart();
    void badPatternTakesNoNumber();
    void logoIsCopiedIntoTheProfile();
    void leavesTheDeskWithItsCase();

private:
    QString decide(qint64 caseId, bool approve, const QString &comment = {},
                   const QString &text = kReply);
    std::optional<NotaDinasRecord> make(const QString &decisionId, QString *error);
    QString pdfText(const QString &path);
    QString layoutText(const NotaDinasRecord &record);

    std::unique_ptr<TempStore> m_store;
};

void TestNotaDinas::init()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY(m_store->openProfile());
    QVERIFY(m_store->addDesk());
    // kCase names its reporter and is made rahasia: neither the reporter nor the title
    // may reach the memo.
    QSqlQuery q((*m_store)->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET confidential = 1 WHERE tracking_id = %1")
                       .arg(Sample::kCase)));
    QSettings &settings = m_store->profile()->settings();
    Identity id;
    const User head = Sample::approver();
    id.userId = head.id;
    id.username = head.username;
    id.displayName = head.displayName;
    id.role = head.role;
    id.unitId = head.unitId;
    id.unitName = QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang");
    id.agencyId = head.agencyId;
    id.agencyName = QStringLiteral("Pemerintah Kabupaten Sukamaju");
    id.store(settings);
    NotaDinasSettings nd;
    nd.agencyName = QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang");
    nd.address = QStringLiteral("Jl. Merdeka No. 1, Sukamaju 75123");
    nd.numberPattern = QStringLiteral("800/{n}/DPUPR/{yyyy}");
    nd.signerName = QStringLiteral("Ir. Hadi Santosa, M.T.");
    nd.signerPosition = QStringLiteral("Kepala Bidang Bina Marga");
    nd.signerNip = QStringLiteral("197001011995031001");
    nd.store(settings);
    settings.sync();
}

void TestNotaDinas::cleanup()
{
    m_store.reset();
}

// A draft by the officer on `caseId`, submitted, then approved or returned by the head.
QString TestNotaDinas::decide(qint64 caseId, bool approve, const QString &comment,
                              const QString &text)
{
    ActionWriter officer(**m_store, Sample::officer());
    const auto created = officer.createDraft(caseId, text);
    if (!created || !officer.submitDraft(created.id)) {
        QTest::qFail("the draft could not be submitted", __FILE__, __LINE__);
        return {};
    }
    ActionWriter head(**m_store, Sample::approver());
    const auto decided
        = approve ? head.approve(created.id, 1) : head.returnDraft(created.id, 1, comment);
    if (!decided) {
        QTest::qFail(qPrintable(decided.error), __FILE__, __LINE__);
        return {};
    }
    return decided.id;
}

std::optional<NotaDinasRecord> TestNotaDinas::make(const QString &decisionId, QString *error)
{
    return NotaDinas::make(**m_store, m_store->profile()->dir(), m_store->profile()->settings(),
                           decisionId, error);
}

QString TestNotaDinas::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, { path, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        // An empty text would make "the name is not in the PDF" pass.
        QTest::qFail(
            qPrintable(QStringLiteral("pdftotext %1 failed: %2").arg(path, p.errorString())),
            __FILE__, __LINE__);
        return {};
    }
    // Lines wrap where the page ends them; words are what the checks look for.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString TestNotaDinas::layoutText(const NotaDinasRecord &record)
{
    QTextDocument document;
    NotaDinas::layout(NotaDinasContent::fromJson(record.content), m_store->profile()->dir(),
                      &document);
    return document.toPlainText().simplified();
}

void TestNotaDinas::approvingMakesTheMemo()
{
    const QString decisionId = decide(Sample::kCase, true);
    QVERIFY(!decisionId.isEmpty());
    QString error;
    const auto memo = make(decisionId, &error);
    QVERIFY2(memo, qPrintable(error));
    const int year
        = QDateTime::currentDateTime().toTimeZone(QTimeZone::systemTimeZone()).date().year();
    const QString number = QStringLiteral("800/1/DPUPR/%1").arg(year);
    QCOMPARE(memo->number, number);
    QCOMPARE(memo->sequence, 1);
    QCOMPARE(memo->kind, QStringLiteral("approve"));
    QCOMPARE(memo->caseId, Sample::kCase);
    const QString file = NotaDinas::path(m_store->profile()->dir(), *memo);
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QVERIFY(file.startsWith(m_store->profile()->dir() + QStringLiteral("/nota-dinas/8112829/")));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

    // Kept with the case: a row, and an entry in its timeline that names the number.
    const auto kept = NotaDinasRepository(**m_store).forCase(Sample::kCase);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().number, number);
    bool inTimeline = false;
    for (const auto &e : TimelineRepository(**m_store).events(Sample::kCase)) {
        if (e.kind == TimelineRepository::Event::Kind::NotaDinas) {
            inTimeline = true;
            QCOMPARE(e.subject, number);
            QCOMPARE(e.object, memo->file);
            QCOMPARE(e.actor, Sample::approver().displayName);
        }
    }
    QVERIFY(inTimeline);

    // What is printed: the number, the subject, the approver; never the reporter of a
    // rahasia case, nor its title.
    const QString laidOut = layoutText(*memo);
    QString pdf = pdfText(file);
    if (pdf.isEmpty())
        qWarning("pdftotext (poppler-utils) is not installed: checking the rendering input only");
    for (const QString &text : { laidOut, pdf }) {
        if (text.isEmpty())
            continue;
        const QStringList expected {
            QStringLiteral("NOTA DINAS"),
            QStringLiteral("Nomor: ") + number,
            QStringLiteral("Tindak lanjut Laporan #8112829: (rahasia)"),
            QStringLiteral("Ir. Hadi Santosa, M.T."),
            QStringLiteral("Kepala Bidang Bina Marga"),
            QStringLiteral("NIP. 197001011995031001"),
            QStringLiteral("Pejabat Penghubung SP4N-LAPOR!"),
            QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang"),
            QStringLiteral("sudah kami tambal pada 1 Desember 2026"),
            NotaDinas::longDate(QDate::currentDate()),
        };
        for (const QString &wanted : expected)
            QVERIFY2(text.contains(wanted), qPrintable(wanted + QStringLiteral(" in: ") + text));
        QVERIFY2(!text.contains(kReporter, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Jalan berlubang")), qPrintable(text));
    }

    // Asked again, the same memo comes back: no second number. A lost file is written
    // again from its row, with the same number.
    const auto again = make(decisionId, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->id, memo->id);
    QVERIFY(QFile::remove(file));
    const auto rewritten = make(decisionId, &error);
    QVERIFY2(rewritten, qPrintable(error));
    QCOMPARE(rewritten->number, number);
    QVERIFY(QFile::exists(file));
    QCOMPARE(NotaDinasRepository(**m_store).lastSequence(year), 1);
}

void TestNotaDinas::returnRecordsTheComment()
{
    const QString comment = QStringLiteral("Sebutkan tanggal penambalan dan nama pelaksananya.");
    const QString decisionId = decide(Sample::kAnonymousCase, false, comment);
    QVERIFY(!decisionId.isEmpty());
    QString error;
    const auto memo = make(decisionId, &error);
    QVERIFY2(memo, qPrintable(error));
    QCOMPARE(memo->kind, QStringLiteral("return"));
    const QString laidOut = layoutText(*memo);
    QVERIFY2(laidOut.contains(QStringLiteral("dikembalikan kepada penyusunnya")),
             qPrintable(laidOut));
    QVERIFY2(laidOut.contains(comment), qPrintable(laidOut));
    // Not rahasia: the title is the subject.
    QVERIFY2(laidOut.contains(QStringLiteral("Laporan #8112830: Lampu jalan mati di Gang Melati")),
             qPrintable(laidOut));
    const QString pdf = pdfText(NotaDinas::path(m_store->profile()->dir(), *memo));
    if (!pdf.isEmpty())
        QVERIFY2(pdf.contains(comment), qPrintable(pdf));
}

void TestNotaDinas::numbersRunPerYearAndSurviveRestart()
{
    const int year
        = QDateTime::currentDateTime().toTimeZone(QTimeZone::systemTimeZone()).date().year();
    QString error;
    const auto first = make(decide(Sample::kCase, true), &error);
    QVERIFY2(first, qPrintable(error));
    const auto second
        = make(decide(Sample::kAnonymousCase, false, QStringLiteral("Kurang lengkap")), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(first->sequence, 1);
    QCOMPARE(second->sequence, 2);
    QCOMPARE(second->number, QStringLiteral("800/2/DPUPR/%1").arg(year));

    // A restart keeps the counter: the store holds it.
    m_store->close();
    QVERIFY(m_store->openProfile());
    QCOMPARE(NotaDinasRepository(**m_store).lastSequence(year), 2);

    // A decision taken in the next year starts that year's counter at 1 …
    const QString nextYear = decide(Sample::kCase, true);
    const QDateTime newYear(QDate(year + 1, 1, 2), QTime(10, 0), QTimeZone::systemTimeZone());
    QSqlQuery q((*m_store)->connection());
    q.prepare(QStringLiteral("UPDATE decisions SET decided_at = ? WHERE id = ?"));
    q.addBindValue(newYear.toSecsSinceEpoch());
    q.addBindValue(nextYear);
    QVERIFY(q.exec());
    const auto third = make(nextYear, &error);
    QVERIFY2(third, qPrintable(error));
    QCOMPARE(third->number, QStringLiteral("800/1/DPUPR/%1").arg(year + 1));
    QCOMPARE(third->year, year + 1);
    // … and this year's goes on where it stood.
    const auto fourth = make(decide(Sample::kAnonymousCase, true), &error);
    QVERIFY2(fourth, qPrintable(error));
    QCOMPARE(fourth->number, QStringLiteral("800/3/DPUPR/%1").arg(year));

    // A number is never given again, even when its row is gone (a case purged by retention).
    QVERIFY(q.exec(QStringLiteral("DELETE FROM nota_dinas")));
    const auto fifth = make(decide(Sample::kCase, true), &error);
    QVERIFY2(fifth, qPrintable(error));
    QCOMPARE(fifth->sequence, 4);
}

void TestNotaDinas::badPatternTakesNoNumber()
{
    QSettings &settings = m_store->profile()->settings();
    settings.setValue(QStringLiteral("notaDinas/numberPattern"),
                      QStringLiteral("800/DPUPR/{yyyy}"));
    settings.sync();
    const QString decisionId = decide(Sample::kCase, true);
    QString error;
    QVERIFY(!make(decisionId, &error));
    QVERIFY2(error.contains(QStringLiteral("{n}")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Pengaturan")), qPrintable(error));
    QCOMPARE(
        scalar((*m_store)->connection(), QStringLiteral("SELECT count(*) FROM nota_dinas")).toInt(),
        0);
    QCOMPARE(
        scalar((*m_store)->connection(), QStringLiteral("SELECT count(*) FROM nota_dinas_counters"))
            .toInt(),
        0);
    // Fixed, the same decision gets its memo, numbered from 1.
    settings.setValue(QStringLiteral("notaDinas/numberPattern"),
                      QStringLiteral("800/{n}/DPUPR/{yyyy}"));
    settings.sync();
    const auto memo = make(decisionId, &error);
    QVERIFY2(memo, qPrintable(error));
    QCOMPARE(memo->sequence, 1);
}

void TestNotaDinas::logoIsCopiedIntoTheProfile()
{
    // A large emblem, as a scanned logo often is.
    const QString source = m_store->filePath(QStringLiteral("logo.png"));
    QImage logo(1200, 1400, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x1c, 0x5d, 0x99), 40));
        p.setBrush(QColor(0xf2, 0xc2, 0x1b));
        p.drawPolygon(
            QPolygonF({ { 100, 80 }, { 1100, 80 }, { 1100, 800 }, { 600, 1320 }, { 100, 800 } }));
        p.setBrush(QColor(0x1c, 0x5d, 0x99));
        p.drawEllipse(QPointF(600, 560), 300, 300);
    }
    QVERIFY(logo.save(source));
    QString relative;
    QString error;
    QVERIFY2(NotaDinas::importLogo(m_store->profile()->dir(), source, &relative, &error),
             qPrintable(error));
    QCOMPARE(relative, NotaDinas::logoName());
    QVERIFY(QFile::remove(source)); // the original may go: the profile has its copy
    const QImage kept(m_store->profile()->dir() + QLatin1Char('/') + relative);
    QVERIFY(!kept.isNull());
    QVERIFY(kept.height() <= 600 && kept.width() <= 600);

    QSettings &settings = m_store->profile()->settings();
    settings.setValue(QStringLiteral("notaDinas/logoFile"), relative);
    settings.sync();
    const auto memo = make(
        decide(Sample::kAnonymousCase, true, {},
               QStringLiteral(
                   "Terima kasih atas laporan Anda.\n\nPada 1 Desember 2026 petugas Bidang "
                   "Cipta Karya telah memeriksa lampu jalan di Gang Melati. Penyebabnya kabel "
                   "yang putus; kabel sudah diganti dan lampu menyala kembali sejak malam itu.\n\n"
                   "Bila lampu kembali padam, mohon laporkan melalui LAPOR! dengan menyebut "
                   "nomor tiang yang tertera.")),
        &error);
    QVERIFY2(memo, qPrintable(error));
    QCOMPARE(NotaDinasContent::fromJson(memo->content).logoFile, relative);
    // The sample for the documentation's screenshot (docs/drafting.md, "Screenshots").
    if (const QString sample = qEnvironmentVariable("LAPOR_NOTA_DINAS_SAMPLE"); !sample.isEmpty()) {
        QFile::remove(sample);
        QVERIFY(QFile::copy(NotaDinas::path(m_store->profile()->dir(), *memo), sample));
    }
    QTextDocument document;
    NotaDinas::layout(NotaDinasContent::fromJson(memo->content), m_store->profile()->dir(),
                      &document);
    QVERIFY(
        !document
             .resource(QTextDocument::ImageResource, QUrl(QStringLiteral("lapor-nota-dinas-logo")))
             .isNull());

    // Something that is not an image is refused in plain words.
    QFile text(m_store->filePath(QStringLiteral("logo.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("bukan gambar");
    text.close();
    QVERIFY(!NotaDinas::importLogo(m_store->profile()->dir(), text.fileName(), &relative, &error));
    QVERIFY2(error.contains(QStringLiteral("bukan gambar")), qPrintable(error));
}

void TestNotaDinas::leavesTheDeskWithItsCase()
{
    QString error;
    const auto memo = make(decide(Sample::kCase, true), &error);
    QVERIFY2(memo, qPrintable(error));
    const QString folder = m_store->profile()->dir() + QStringLiteral("/nota-dinas/8112829");
    QVERIFY(QFileInfo::exists(folder));
    // A sweep leaves a folder whose memo the store names.
    Retention retention(**m_store);
    QCOMPARE(retention.profileDir(), m_store->profile()->dir());
    retention.sweepFiles();
    QVERIFY(QFileInfo::exists(NotaDinas::path(m_store->profile()->dir(), *memo)));

    // The case leaves the unit: its memo's row goes with it, then its folder.
    {
        Transaction transaction(**m_store);
        QVERIFY2(retention.purgeCase(Sample::kCase, &error), qPrintable(error));
        QVERIFY(transaction.commit());
    }
    QVERIFY(NotaDinasRepository(**m_store).forCase(Sample::kCase).isEmpty());
    QVERIFY(retention.sweepFiles() >= 1);
    QVERIFY(!QFileInfo::exists(folder));
    // Its number stays taken.
    QCOMPARE(NotaDinasRepository(**m_store).lastSequence(memo->year), 1);
}

QTEST_MAIN(TestNotaDinas)
#include "tst_notadinas.moc"
