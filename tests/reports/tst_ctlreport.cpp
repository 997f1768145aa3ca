#include "core/profile.h"
#include "ctlrunner.h"
#include "supervisionfixture.h"
#include "tempstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;
namespace F = lapor::SupervisionFixture;

// `lapordeskctl report` on a profile holding the hand-built store, as a scheduler would
// run it at the end of a month.
class TestCtlReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rekapCsv();
    void overdueCsvForOneUnit();
    void rekapPdf();
    void overdueWithholdsPrivateCases();
    void usageErrors();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    // Run as on an Indonesian desk unless told otherwise: the labels follow the locale.
    Result ctl(const QStringList &args, const QString &locale = QStringLiteral("id_ID.UTF-8"));
    QByteArray read(const QString &path);
    QString m_binary;
    lapor::test::TempStore m_store; // the profile lapordeskctl reports on
    QString m_profile;
    const QString m_asOf = QStringLiteral("2026-10-28T10:00:00+07:00");
};

void TestCtlReport::initTestCase()
{
    m_binary = ctlBinary();
    QVERIFY2(QFileInfo::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_store.openPerson(QStringLiteral("https://hub.example.go.id"),
                               QStringLiteral("koordinator")));
    m_profile = m_store.homeDir();
    QString error;
    QVERIFY2(F::build(*m_store, &error), qPrintable(error));
    m_store.close(); // lapordeskctl opens it on its own
    // The extra holiday reaches the CLI through the store's holidays table, as from a hub.
    auto &s = m_store.profile()->settings();
    s.setValue(QStringLiteral("user/id"), QStringLiteral("koordinator"));
    s.setValue(QStringLiteral("user/role"), QStringLiteral("coordinator"));
    s.setValue(QStringLiteral("agency/name"), QStringLiteral("Pemkab Sukamaju"));
    s.setValue(QStringLiteral("agency/zone"), QStringLiteral("WIB"));
    s.sync();
}

TestCtlReport::Result TestCtlReport::ctl(const QStringList &args, const QString &locale)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), m_profile } + args;
    run.environment.insert(QStringLiteral("LC_ALL"), locale);
    run.environment.insert(QStringLiteral("LANG"), locale);
    const CtlResult result = runCtl(run);
    return { result.code, result.out, result.err };
}

QByteArray TestCtlReport::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCtlReport::rekapCsv()
{
    const QString out = m_store.filePath(QStringLiteral("rekap.csv"));
    const auto r
        = ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                QStringLiteral("--as-of"), m_asOf });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray csv = read(out);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    // The figures of tst_dashboardquery, with the holiday from the store.
    for (const char *line : { "Instansi,Pemkab Sukamaju\r\n", "Laporan diterima,12\r\n",
                              "Dijawab \xE2\x89\xA4 5 hari kerja (%),55.6\r\n",
                              "Rata-rata hari kerja sampai tindak lanjut pertama,4.0\r\n",
                              "Laporan terlambat saat ini,5\r\n", "Dinas PUPR,4,2,1,5.5\r\n" })
        QVERIFY2(csv.contains(line), line);
    QVERIFY(!csv.contains("RAHASIA"));

    // The same figures on an English desk.
    const auto english
        = ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                QStringLiteral("--as-of"), m_asOf },
              QStringLiteral("en_GB.UTF-8"));
    QVERIFY2(english.code == 0, qPrintable(english.err));
    const QByteArray translated = read(out);
    QVERIFY2(translated.contains("Agency,Pemkab Sukamaju\r\n"), translated.left(200).constData());
    QVERIFY(translated.contains("Cases received,12\r\n"));
}

void TestCtlReport::overdueCsvForOneUnit()
{
    const QString out = m_store.filePath(QStringLiteral("terlambat.csv"));
    const auto r
        = ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"),
                QStringLiteral("overdue"), QStringLiteral("--unit"), QStringLiteral("dinkes"),
                QStringLiteral("--out"), out, QStringLiteral("--as-of"), m_asOf });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray csv = read(out);
    QVERIFY(csv.contains("Laporan terlambat,1\r\n")); // #8 only
    QVERIFY(csv.contains("1000008,'=1+1 nakes tidak ramah,"));
}

void TestCtlReport::rekapPdf()
{
    const QString out = m_store.filePath(QStringLiteral("rekap.pdf"));
    const auto r
        = ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                QStringLiteral("--as-of"), m_asOf });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(out));
    const QByteArray pdf = read(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 2000);
}

void TestCtlReport::overdueWithholdsPrivateCases()
{
    // #4 is anonim; #5 is rahasia, with a reporter who gave their name.
    const QString csvPath = m_store.filePath(QStringLiteral("terlambat-semua.csv"));
    const QString pdfPath = m_store.filePath(QStringLiteral("terlambat-semua.pdf"));
    for (const QString &out : { csvPath, pdfPath }) {
        const auto r
            = ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                    QStringLiteral("--format"), QFileInfo(out).suffix(), QStringLiteral("--kind"),
                    QStringLiteral("overdue"), QStringLiteral("--out"), out,
                    QStringLiteral("--as-of"), m_asOf });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    const QByteArray csv = read(csvPath);
    QVERIFY(csv.contains("\r\n1000005,(rahasia),(rahasia),Dinas PUPR,"));
    QVERIFY(csv.contains("\r\n1000004,\"Jembatan retak, mohon dicek\",(anonim),Dinas PUPR,"));
    QVERIFY(csv.contains("\r\n1000013,\"Jalan \"\"Ahmad Yani\"\", km 5 rusak\",Budi Santoso,"));
    for (const char *secret : { "RAHASIA-JUDUL", "RAHASIA-NAMA", F::kSecretReporter })
        QVERIFY2(!csv.contains(secret), secret);

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(tool, { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral("1000005\\s+\\(rahasia\\)\\s+\\(rahasia\\)"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(anonim)")));
    // An open case keeps its reporter (a long name wraps within its cell).
    QVERIFY2(QRegularExpression(QStringLiteral("1000013\\s+Jalan \"Ahmad Yani\", km 5\\s+Budi\\b"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("RAHASIA")));
}

void TestCtlReport::usageErrors()
{
    const QString out = m_store.filePath(QStringLiteral("x"));
    QCOMPARE(
        ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("okt"),
              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out })
            .code,
        2);
    QCOMPARE(
        ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
              QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--out"), out })
            .code,
        2);
    QCOMPARE(ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                   QStringLiteral("--format"), QStringLiteral("csv") })
                 .code,
             2);
    QCOMPARE(ctl({ QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                   QStringLiteral("/nonexistent/dir/r.csv") })
                 .code,
             1);
}

QTEST_GUILESS_MAIN(TestCtlReport)
#include "tst_ctlreport.moc"
