#include "core/identity.h"
#include "core/notadinassettings.h"
#include "ctlrunner.h"
#include "sampledata.h"
#include "sqlcheck.h"
#include "store/actionwriter.h"
#include "tempstore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace lapor;
using namespace lapor::test;

namespace {
const QString kHub = QStringLiteral("https://hub.example.go.id");
} // namespace

// `lapordeskctl approve` makes the nota dinas as the desk does, and `nota-dinas DRAFT_ID
// --out FILE` writes it where a script wants it (docs/cli.md).
class TestCtlNotaDinas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void approveMakesItAndNotaDinasWritesIt();
    void noDecisionSaysSo();
    void usage();

private:
    CtlResult ctl(const QStringList &args);
    QString submitted(qint64 caseId);

    std::unique_ptr<TempStore> m_store;
};

void TestCtlNotaDinas::initTestCase()
{
    QVERIFY2(QFileInfo::exists(ctlBinary()), qPrintable(ctlBinary()));
}

void TestCtlNotaDinas::init()
{
    m_store = std::make_unique<TempStore>();
    // The head of unit is the person signed in on this profile.
    QVERIFY(m_store->openPerson(kHub, QStringLiteral("kepala1")));
    QVERIFY(m_store->addDesk());
    QSettings &settings = m_store->profile()->settings();
    Identity id = Identity::load(settings);
    const User head = Sample::approver();
    id.userId = head.id;
    id.displayName = head.displayName;
    id.role = head.role;
    id.unitId = head.unitId;
    id.agencyId = head.agencyId;
    id.store(settings);
    NotaDinasSettings nd;
    nd.agencyName = QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang");
    nd.numberPattern = QStringLiteral("800/{n}/DPUPR/{yyyy}");
    nd.signerPosition = QStringLiteral("Kepala Bidang Bina Marga");
    nd.signerNip = QStringLiteral("197001011995031001");
    nd.store(settings);
    settings.sync();
}

void TestCtlNotaDinas::cleanup()
{
    m_store.reset();
}

CtlResult TestCtlNotaDinas::ctl(const QStringList &args)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), m_store->homeDir() } + args;
    run.timeoutMs = 60000;
    return runCtl(run);
}

QString TestCtlNotaDinas::submitted(qint64 caseId)
{
    ActionWriter officer(**m_store, Sample::officer());
    const auto created = officer.createDraft(
        caseId, QStringLiteral("Lubang di Jl. Ahmad Yani sudah kami tambal pada 1 Desember 2026."));
    if (!created || !officer.submitDraft(created.id)) {
        QTest::qFail("the draft could not be submitted", __FILE__, __LINE__);
        return {};
    }
    return created.id;
}

void TestCtlNotaDinas::approveMakesItAndNotaDinasWritesIt()
{
    const QString draftId = submitted(Sample::kCase);
    QVERIFY(!draftId.isEmpty());
    m_store->close();
    const int year = QDate::currentDate().year();
    const QString number = QStringLiteral("800/1/DPUPR/%1").arg(year);

    const auto approved = ctl(
        { QStringLiteral("approve"), draftId, QStringLiteral("--revision"), QStringLiteral("1") });
    QCOMPARE(approved.code, 0);
    QVERIFY2(approved.out.contains(QStringLiteral("Nota dinas %1 dibuat").arg(number)),
             qPrintable(approved.out + approved.err));

    const QString out = m_store->filePath(QStringLiteral("nota.pdf"));
    const auto written
        = ctl({ QStringLiteral("nota-dinas"), draftId, QStringLiteral("--out"), out });
    QCOMPARE(written.code, 0);
    QVERIFY2(written.out.contains(number), qPrintable(written.out + written.err));
    QVERIFY(QFile::exists(out));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // The same memo again: asking twice takes no second number.
    const auto again = ctl({ QStringLiteral("nota-dinas"), draftId, QStringLiteral("--out"), out });
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(number), qPrintable(again.out));

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!tool.isEmpty()) {
        QProcess p;
        p.start(tool, { out, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Nomor: ") + number), qPrintable(text));
        QVERIFY2(text.contains(Sample::approver().displayName), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Laporan #8112829")), qPrintable(text));
    }
    QVERIFY(m_store->openPerson(kHub, QStringLiteral("kepala1")));
    QCOMPARE(
        scalar((*m_store)->connection(), QStringLiteral("SELECT count(*) FROM nota_dinas")).toInt(),
        1);
}

void TestCtlNotaDinas::noDecisionSaysSo()
{
    const QString draftId = submitted(Sample::kCase);
    QVERIFY(!draftId.isEmpty());
    m_store->close();
    const QString out = m_store->filePath(QStringLiteral("nota.pdf"));
    const auto waiting
        = ctl({ QStringLiteral("nota-dinas"), draftId, QStringLiteral("--out"), out });
    QCOMPARE(waiting.code, 1);
    QVERIFY2(waiting.err.contains(QStringLiteral("belum disetujui atau dikembalikan")),
             qPrintable(waiting.err));
    QVERIFY(!QFile::exists(out));

    const auto unknown = ctl({ QStringLiteral("nota-dinas"), QStringLiteral("tidak-ada"),
                               QStringLiteral("--out"), out });
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("tidak-ada")), qPrintable(unknown.err));

    // Returned: the memo records the return.
    const auto returned = ctl({ QStringLiteral("reject"), draftId, QStringLiteral("--revision"),
                                QStringLiteral("1"), QStringLiteral("--comment"),
                                QStringLiteral("Sebutkan tanggal penambalannya.") });
    QCOMPARE(returned.code, 0);
    QVERIFY2(returned.out.contains(QStringLiteral("Nota dinas")),
             qPrintable(returned.out + returned.err));
    const auto written
        = ctl({ QStringLiteral("nota-dinas"), draftId, QStringLiteral("--out"), out });
    QCOMPARE(written.code, 0);
    QVERIFY(QFile::exists(out));
}

void TestCtlNotaDinas::usage()
{
    m_store->close();
    QCOMPARE(ctl({ QStringLiteral("nota-dinas") }).code, 2);
    const auto noOut = ctl({ QStringLiteral("nota-dinas"), QStringLiteral("x") });
    QCOMPARE(noOut.code, 2);
    QVERIFY2(noOut.err.contains(QStringLiteral("--out")), qPrintable(noOut.err));
}

QTEST_GUILESS_MAIN(TestCtlNotaDinas)
#include "tst_ctlnotadinas.moc"
