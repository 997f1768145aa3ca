#include "reports/dashboardquery.h"
#include "reports/reportdocument.h"
#include "supervisionfixture.h"
#include "tempstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// The recap and the overdue list carry exactly the figures tst_dashboardquery works out by
// hand, in the report model, in the CSV and in the PDF's text; anonim reporters and
// rahasia content appear in none of them.
class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rekapModel();
    void overdueModel();
    void rekapCsv();
    void overdueCsvQuoting();
    void rekapPdf();
    void overduePdf();
    void privacy();
    void privacyOfEveryCombination();
    void unwritablePath();

private:
    QString pdfText(const QString &path);
    lapor::test::TempStore m_store;
    Database *m_db = nullptr;
    ReportDocument m_rekap;
    ReportDocument m_overdue;
    const QLocale m_id { QLocale::Indonesian, QLocale::Indonesia };
};

void TestReportExport::initTestCase()
{
    m_db = m_store.open();
    QVERIFY(m_db);
    QString error;
    QVERIFY2(F::build(*m_db, &error), qPrintable(error));
    QVERIFY(F::forceHiddenName(*m_db));

    DashboardQuery query(*m_db, F::calendar());
    query.setNow(F::now());
    const SupervisionScope agency { {}, {}, QStringLiteral("Pemerintah Kabupaten Sukamaju") };
    const auto period = *ReportPeriod::fromMonth(QStringLiteral("2026-10"));
    auto stats = query.compute(agency, period, &error);
    QVERIFY2(stats, qPrintable(error));
    m_rekap = Reports::rekap(*stats, F::now());
    auto overdue = query.overdueCases(agency, period, -1, &error);
    QVERIFY2(overdue, qPrintable(error));
    m_overdue = Reports::overdue(agency, period, *overdue, F::calendar(), F::now());
}

void TestReportExport::rekapModel()
{
    const ReportTable *summary = m_rekap.table(QStringLiteral("Ringkasan"));
    QVERIFY(summary);
    const QList<QVariantList> expected {
        { QStringLiteral("Laporan diterima"), 12 },
        { QStringLiteral("Sudah ditindaklanjuti"), 7 },
        { QStringLiteral("Ditindaklanjuti ≤ 5 hari kerja"), 5 },
        { QStringLiteral("Ditindaklanjuti > 5 hari kerja"), 2 },
        { QStringLiteral("Belum ditindaklanjuti, lewat 5 hari kerja"), 2 },
        { QStringLiteral("Belum ditindaklanjuti, masih dalam 5 hari kerja"), 1 },
        { QStringLiteral("Dijawab ≤ 5 hari kerja (%)"), 55.6 },
        { QStringLiteral("Rata-rata hari kerja sampai tindak lanjut pertama"), 4.0 },
        { QStringLiteral("Laporan terlambat saat ini"), 5 },
        { QStringLiteral("Penilaian warga: jumlah"), 4 },
        { QStringLiteral("Penilaian warga: rata-rata (1–5)"), 3.3 },
    };
    QCOMPARE(summary->rows, expected);
    const ReportTable *weeks
        = m_rekap.table(QStringLiteral("Diterima dan ditindaklanjuti per minggu"));
    QVERIFY(weeks);
    QCOMPARE(weeks->rows.size(), 5);
    QCOMPARE(weeks->rows.at(2),
             (QVariantList { QStringLiteral("2026-W42"), QDate(2026, 10, 12), QDate(2026, 10, 18),
                             3, 4 }));
    const ReportTable *units = m_rekap.table(QStringLiteral("Tindak lanjut pertama per unit"));
    QVERIFY(units);
    QCOMPARE(units->rows,
             (QList<QVariantList> { { QStringLiteral("Dinas Kesehatan"), 3, 3, 1, 2.0 },
                                    { QStringLiteral("Dinas PUPR"), 4, 2, 1, 5.5 } }));
    const ReportTable *officers
        = m_rekap.table(QStringLiteral("Tindak lanjut pertama per petugas"));
    QVERIFY(officers);
    QCOMPARE(officers->rows,
             (QList<QVariantList> { { QStringLiteral("Agus Salim"), 3, 3, 1, 2.0 },
                                    { QStringLiteral("Rina Wulandari"), 3, 1, 1, 5.7 },
                                    { QStringLiteral("(belum ditugaskan)"), 1, 1, 0, 5.0 } }));
    const ReportTable *ratings = m_rekap.table(QStringLiteral("Penilaian warga"));
    QVERIFY(ratings);
    QCOMPARE(ratings->rows,
             (QList<QVariantList> { { 1, 1 }, { 2, 0 }, { 3, 1 }, { 4, 1 }, { 5, 1 } }));
    const ReportTable *late
        = m_rekap.table(QStringLiteral("Laporan terlambat menurut lama keterlambatan"));
    QVERIFY(late);
    QCOMPARE(late->rows.at(0).at(1), QVariant(2));
    QCOMPARE(late->rows.at(3).at(1), QVariant(1));
}

void TestReportExport::overdueModel()
{
    const ReportTable *list = m_overdue.table(QStringLiteral("Laporan terlambat"));
    QVERIFY(list);
    QCOMPARE(list->rows.size(), 5);
    QCOMPARE(list->rows.at(0),
             (QVariantList { F::kBase + 13, QStringLiteral("Jalan \"Ahmad Yani\", km 5 rusak"),
                             QStringLiteral("Budi Santoso"), QStringLiteral("Dinas PUPR"),
                             QStringLiteral("Rina Wulandari"),
                             QStringLiteral("Terdisposisi, Belum Ditindaklanjuti"),
                             QDate(2026, 9, 22), 25 }));
    QCOMPARE(list->rows.at(1).at(2), QVariant(QStringLiteral("(anonim)")));
    QCOMPARE(list->rows.at(1).at(6), QVariant(QDate(2026, 10, 14)));
    QCOMPARE(list->rows.at(2).at(1), QVariant(QStringLiteral("(rahasia)")));
    QCOMPARE(list->rows.at(2).at(2), QVariant(QStringLiteral("(rahasia)")));
    QCOMPARE(list->rows.at(2).at(7), QVariant(9));
}

void TestReportExport::rekapCsv()
{
    const QByteArray csv = Reports::toCsv(m_rekap);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.contains(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    auto has = [&](const QString &line) {
        if (!lines.contains(line))
            qWarning().noquote() << "missing CSV line:" << line;
        return lines.contains(line);
    };
    QVERIFY(has(QStringLiteral("Instansi,Pemerintah Kabupaten Sukamaju")));
    QVERIFY(has(QStringLiteral("Periode,2026-10-01,2026-10-31")));
    QVERIFY(has(QStringLiteral("Laporan diterima,12")));
    QVERIFY(has(QStringLiteral("Dijawab ≤ 5 hari kerja (%),55.6")));
    QVERIFY(has(QStringLiteral("Rata-rata hari kerja sampai tindak lanjut pertama,4.0")));
    QVERIFY(has(QStringLiteral("Laporan terlambat saat ini,5")));
    QVERIFY(has(QStringLiteral("Penilaian warga: rata-rata (1–5),3.3")));
    QVERIFY(has(QStringLiteral("\"Terdisposisi, Belum Ditindaklanjuti\",3")));
    QVERIFY(has(QStringLiteral("Selesai,4")));
    QVERIFY(has(QStringLiteral("2026-W40,2026-10-01,2026-10-04,2,1")));
    QVERIFY(has(QStringLiteral("2026-W44,2026-10-26,2026-10-31,2,1")));
    QVERIFY(has(QStringLiteral("Dinas PUPR,4,2,1,5.5")));
    QVERIFY(has(QStringLiteral("Rina Wulandari,3,1,1,5.7")));
    QVERIFY(has(QStringLiteral("(belum ditugaskan),1,1,0,5.0")));
    QVERIFY(has(QStringLiteral("1,1")));
    QVERIFY(has(QStringLiteral("> 20 hari kerja,1")));
    const QRegularExpression generated(QStringLiteral("^Dibuat,2026-10-28T\\d\\d:00:00"));
    QVERIFY(std::any_of(lines.begin(), lines.end(),
                        [&](const QString &l) { return generated.match(l).hasMatch(); }));
}

void TestReportExport::overdueCsvQuoting()
{
    const QString text = QString::fromUtf8(Reports::toCsv(m_overdue).mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // Quotes doubled, commas quoted; a title that starts like a formula stays text.
    QVERIFY(lines.contains(QStringLiteral(
        "1000013,\"Jalan \"\"Ahmad Yani\"\", km 5 rusak\",Budi Santoso,Dinas PUPR,Rina Wulandari,"
        "\"Terdisposisi, Belum Ditindaklanjuti\",2026-09-22,25")));
    QVERIFY(lines.contains(
        QStringLiteral("1000008,'=1+1 nakes tidak ramah,Siti Aminah,Dinas Kesehatan,Agus Salim,"
                       "\"Terdisposisi, Belum Ditindaklanjuti\",2026-10-23,3")));
    QVERIFY(lines.contains(QStringLiteral("Laporan terlambat,5")));
}

QString TestReportExport::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        // An empty text would make "the name is not in the PDF" pass.
        QTest::qFail(qPrintable(QStringLiteral("pdftotext %1 failed: %2 %3")
                                    .arg(path, p.errorString(),
                                         QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReportExport::rekapPdf()
{
    const QString path = m_store.filePath(QStringLiteral("rekap.pdf"));
    QString error;
    QVERIFY2(Reports::writePdf(m_rekap, path, m_id, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    auto line = [&](const QString &pattern) {
        const bool found = QRegularExpression(pattern).match(text).hasMatch();
        if (!found)
            qWarning().noquote() << "not in PDF:" << pattern;
        return found;
    };
    QVERIFY(line(QStringLiteral("Rekapitulasi Pengelolaan Pengaduan")));
    QVERIFY(line(QStringLiteral("Pemerintah Kabupaten Sukamaju")));
    QVERIFY(line(QStringLiteral("Periode: Oktober 2026")));
    QVERIFY(line(QStringLiteral("Dibuat: .*2026")));
    QVERIFY(line(QStringLiteral("Laporan diterima\\s+12\\b")));
    QVERIFY(line(QStringLiteral("Dijawab ≤ 5 hari kerja \\(%\\)\\s+55,6\\b")));
    QVERIFY(line(QStringLiteral("tindak lanjut pertama\\s+4,0\\b")));
    QVERIFY(line(QStringLiteral("Laporan terlambat saat ini\\s+5\\b")));
    QVERIFY(line(QStringLiteral("rata-rata \\(1–5\\)\\s+3,3\\b")));
    QVERIFY(line(QStringLiteral("Selesai\\s+4\\b")));
    QVERIFY(line(QStringLiteral("2026-W42\\s+12/10/26\\s+18/10/26\\s+3\\s+4\\b"))
            || line(QStringLiteral("2026-W42\\s+\\S+\\s+\\S+\\s+3\\s+4\\b")));
    QVERIFY(line(QStringLiteral("Dinas PUPR\\s+4\\s+2\\s+1\\s+5,5\\b")));
    QVERIFY(line(QStringLiteral("Rina Wulandari\\s+3\\s+1\\s+1\\s+5,7\\b")));
    QVERIFY(line(QStringLiteral("> 20 hari kerja\\s+1\\b")));
}

void TestReportExport::overduePdf()
{
    const QString path = m_store.filePath(QStringLiteral("terlambat.pdf"));
    QString error;
    QVERIFY2(Reports::writePdf(m_overdue, path, m_id, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.contains(QStringLiteral("Daftar Laporan Terlambat")));
    // A long title may wrap onto the next line of the row.
    QVERIFY2(QRegularExpression(QStringLiteral("1000013\\s+Jalan \"Ahmad Yani\".*\\b25\\b"),
                                QRegularExpression::DotMatchesEverythingOption)
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
    QVERIFY(QRegularExpression(QStringLiteral("1000005\\s+\\(rahasia\\)")).match(text).hasMatch());
    QVERIFY(text.contains(QStringLiteral("(anonim)")));
}

void TestReportExport::privacy()
{
    // The secret title, content and reporter of #5, and the name forced into anonymous #4,
    // appear in no export of either report.
    const QStringList secrets { QStringLiteral("RAHASIA-JUDUL"), QStringLiteral("RAHASIA-ISI"),
                                QStringLiteral("RAHASIA-NAMA"),
                                QString::fromLatin1(F::kHiddenName) };
    for (const ReportDocument *doc : { &m_rekap, &m_overdue }) {
        const QString csv = QString::fromUtf8(Reports::toCsv(*doc));
        const QString path = m_store.filePath(doc->kind + QStringLiteral("-privacy.pdf"));
        QString error;
        QVERIFY2(Reports::writePdf(*doc, path, m_id, &error), qPrintable(error));
        const QString pdf = pdfText(path);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        for (const QString &secret : secrets) {
            QVERIFY2(!csv.contains(secret), qPrintable(doc->kind + QLatin1Char(' ') + secret));
            QVERIFY2(!pdf.contains(secret), qPrintable(doc->kind + QLatin1Char(' ') + secret));
            QVERIFY(!bytes.contains(secret.toUtf8()));
        }
    }
    // The rows themselves, byte for byte as a spreadsheet reads them.
    const QByteArray csv = Reports::toCsv(m_overdue);
    QVERIFY(csv.contains("\r\n1000005,(rahasia),(rahasia),Dinas PUPR,Rina Wulandari,"));
    QVERIFY(csv.contains("\r\n1000004,\"Jembatan retak, mohon dicek\",(anonim),Dinas PUPR,"));
}

void TestReportExport::privacyOfEveryCombination()
{
    // A list that still carries every title and name, as a list read some other way might:
    // the report applies the rule itself, in the CSV, the PDF and the printed page.
    struct Flags
    {
        bool anonymous;
        bool confidential;
        const char *shownTitle;
        const char *shownReporter;
    };
    const QList<Flags> flags { { false, false, "JUDUL-0", "NAMA-0" },
                               { true, false, "JUDUL-1", "(anonim)" },
                               { false, true, "(rahasia)", "(rahasia)" },
                               { true, true, "(rahasia)", "(anonim)" } };
    QList<OverdueCase> cases;
    for (int i = 0; i < flags.size(); ++i) {
        OverdueCase c;
        c.trackingId = 9000000 + i;
        c.title = QStringLiteral("JUDUL-%1").arg(i);
        c.reporter = QStringLiteral("NAMA-%1").arg(i);
        c.anonymous = flags.at(i).anonymous;
        c.confidential = flags.at(i).confidential;
        c.unitName = QStringLiteral("Dinas PUPR");
        c.assigneeName = QStringLiteral("Rina Wulandari");
        c.dueAt = F::now().addDays(-10);
        c.workingDaysLate = 7;
        cases.append(c);
    }
    const SupervisionScope agency { {}, {}, QStringLiteral("Pemerintah Kabupaten Sukamaju") };
    const auto doc = Reports::overdue(agency, *ReportPeriod::fromMonth(QStringLiteral("2026-10")),
                                      cases, F::calendar(), F::now());

    const QString path = m_store.filePath(QStringLiteral("combinations.csv"));
    QString error;
    QVERIFY2(Reports::writeCsv(doc, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    for (int i = 0; i < flags.size(); ++i) {
        const QByteArray row = QByteArray::number(9000000 + i) + ',' + flags.at(i).shownTitle + ','
            + flags.at(i).shownReporter + ",Dinas PUPR,";
        QVERIFY2(csv.contains(QByteArray("\r\n" + row)), row.constData());
    }
    const QByteArrayList withheld { "JUDUL-2", "JUDUL-3", "NAMA-1", "NAMA-2", "NAMA-3" };
    for (const QByteArray &secret : withheld)
        QVERIFY2(!csv.contains(secret), secret.constData());

    // The page that is printed and the PDF made from it.
    QTextDocument page;
    Reports::layout(doc, m_id, &page);
    const QString printed = page.toPlainText();
    const QString pdfPath = m_store.filePath(QStringLiteral("combinations.pdf"));
    QVERIFY2(Reports::writePdf(doc, pdfPath, m_id, &error), qPrintable(error));
    const QString pdf = pdfText(pdfPath);
    QVERIFY(printed.contains(QStringLiteral("JUDUL-0"))
            && printed.contains(QStringLiteral("NAMA-0")));
    for (const QByteArray &secret : withheld) {
        QVERIFY2(!printed.contains(QString::fromLatin1(secret)), secret.constData());
        QVERIFY2(!pdf.contains(QString::fromLatin1(secret)), secret.constData());
    }
    if (pdf.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(QRegularExpression(QStringLiteral("9000002\\s+\\(rahasia\\)\\s+\\(rahasia\\)"))
                 .match(pdf)
                 .hasMatch(),
             qPrintable(pdf));
    QVERIFY(QRegularExpression(QStringLiteral("9000003\\s+\\(rahasia\\)\\s+\\(anonim\\)"))
                .match(pdf)
                .hasMatch());
    QVERIFY(
        QRegularExpression(QStringLiteral("9000000\\s+JUDUL-0\\s+NAMA-0")).match(pdf).hasMatch());
}

void TestReportExport::unwritablePath()
{
    QString error;
    QVERIFY(!Reports::writeCsv(m_rekap, QStringLiteral("/nonexistent/dir/r.csv"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!Reports::writePdf(m_rekap, QStringLiteral("/nonexistent/dir/r.pdf"), m_id, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
