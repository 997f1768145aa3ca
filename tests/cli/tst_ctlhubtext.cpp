#include "core/identity.h"
#include "ctlrunner.h"
#include "sampledata.h"
#include "store/actionwriter.h"
#include "store/caserepository.h"
#include "store/syncstate.h"
#include "tempstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
namespace Sample = lapor::test::Sample;

namespace {

// Text as a hostile hub could send it: an escape sequence that retitles the terminal, an
// 8-bit CSI that clears it, a CR that rewrites the line, a bidi override, zero-width
// characters and a line break inside a one-line field.
const QString kHostile = QStringLiteral(
    "Jalan \x1b]0;DIRETAS\x07rusak \u202eknalb\u202c nol\u200bspasi\u2066\ufeff\r\nbaris2"
    "\u009b2J\rTIMPA\x7f");
const QString kSecretTitle = QStringLiteral("Pungli RAHASIA-JUDUL di loket KTP");
constexpr qint64 kHostileCase = 8200001;
constexpr qint64 kSecretCase = 8200002;

// The first character a terminal would act on (or hide), as text, or an empty string.
// Written out here rather than taken from the code under test.
QString actedOn(const QString &output, bool json)
{
    const auto codePoints = output.toUcs4();
    for (const char32_t c : codePoints) {
        if (c == U'\n' || (c == U'\t' && !json))
            continue;
        const bool bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e
            || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
            || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff;
        if (bad)
            return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

// Every lapordeskctl command that prints hub text, run for real on a profile whose store
// holds hostile titles, names, ids, drafts, comments, errors and a cursor: no output
// carries a character the terminal would act on, --json still gives the original text,
// and rahasia titles are shown only on request.
class TestCtlHubText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cases();
    void casesShowConfidential();
    void casesJson();
    void approvals();
    void draftShow();
    void outbox();
    void status();

private:
    CtlResult ctl(const QStringList &args);
    // Runs the command and checks both streams; the output for further checks.
    QString clean(const QStringList &args, bool json = false);

    lapor::test::TempStore m_store;
    QString m_profile;
    QString m_draftId;
    QString m_returnedDraftId;
};

void TestCtlHubText::initTestCase()
{
    QVERIFY(QFileInfo::exists(ctlBinary()));
    Database *db = m_store.openPerson(QStringLiteral("https://hub.example.go.id"),
                                      Sample::approver().username);
    QVERIFY(db);
    QVERIFY(m_store.addDesk());
    m_profile = m_store.homeDir();

    QString error;
    CaseRepository cases(*db, WorkingCalendar::national(AgencyZone::WIB));
    Case hostile = Sample::sampleCase(kHostileCase, kHostile, QStringLiteral("Isi"));
    hostile.agencyId = QStringLiteral("kab");
    hostile.unitId = QStringLiteral("dpupr");
    QVERIFY2(cases.upsert(hostile, &error), qPrintable(error));
    Case secret = Sample::sampleCase(kSecretCase, kSecretTitle, QStringLiteral("RAHASIA-ISI"));
    secret.agencyId = QStringLiteral("kab");
    secret.unitId = QStringLiteral("dpupr");
    secret.confidential = true;
    secret.reporterName = QStringLiteral("RAHASIA-NAMA");
    QVERIFY2(cases.upsert(secret, &error), qPrintable(error));

    // Names, a unit id and a cursor as a hostile hub would send them.
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("UPDATE users SET display_name = ? WHERE id = 'petugas1'"));
    q.addBindValue(QStringLiteral("Rina \x1b[8mPetugas"));
    QVERIFY(q.exec());
    q.prepare(QStringLiteral("UPDATE users SET display_name = ? WHERE id = 'kepala1'"));
    q.addBindValue(QStringLiteral("Hadi \u202eKepala"));
    QVERIFY(q.exec());
    const QString hostileUnit = QStringLiteral("dinsos\x1b[31m");
    q.prepare(QStringLiteral("INSERT INTO units (id, agency_id, name) VALUES (?, 'kab', ?)"));
    q.addBindValue(hostileUnit);
    q.addBindValue(kHostile);
    QVERIFY(q.exec());
    QVERIFY(SyncState(*db).setCursor(QStringLiteral("c_\x1b]0;x\x07"), &error));

    // A draft waiting for approval, and one returned with a comment; a forward.
    ActionWriter officer(*db, Sample::officer());
    const QString text = QStringLiteral("Yth. Pelapor,\nSudah kami cek.\x1b[2J\u202e\r\nSalam");
    auto created = officer.createDraft(Sample::kCase, text);
    QVERIFY2(created, qPrintable(created.error));
    m_draftId = created.id;
    QVERIFY(officer.submitDraft(m_draftId));
    auto other = officer.createDraft(Sample::kAnonymousCase, text);
    QVERIFY2(other, qPrintable(other.error));
    m_returnedDraftId = other.id;
    QVERIFY(officer.submitDraft(m_returnedDraftId));
    ActionWriter head(*db, Sample::approver());
    const auto returned = head.returnDraft(m_returnedDraftId, 1, kHostile);
    QVERIFY2(returned, qPrintable(returned.error));
    const auto forwarded = officer.forward(kHostileCase, hostileUnit, kHostile);
    QVERIFY2(forwarded, qPrintable(forwarded.error));
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET last_error = 'gagal \x1b]0;x\x07 lagi'")));

    // lapordeskctl acts as the head of unit.
    Identity identity = Identity::load(m_store.profile()->settings());
    identity.userId = Sample::approver().id;
    identity.username = Sample::approver().username;
    identity.displayName = Sample::approver().displayName;
    identity.role = Role::Approver;
    identity.unitId = QStringLiteral("dpupr");
    identity.agencyId = QStringLiteral("kab");
    identity.store(m_store.profile()->settings());
    m_store.profile()->settings().sync();
    m_store.close();
}

CtlResult TestCtlHubText::ctl(const QStringList &args)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), m_profile } + args;
    run.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
    run.environment.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
    return runCtl(run);
}

QString TestCtlHubText::clean(const QStringList &args, bool json)
{
    const CtlResult r = ctl(args);
    const QString command = args.join(u' ');
    if (r.code != 0)
        QTest::qFail(qPrintable(command + QStringLiteral(": exit ") + QString::number(r.code)
                                + QLatin1Char(' ') + r.err),
                     __FILE__, __LINE__);
    const QString out = actedOn(r.out, json);
    const QString err = actedOn(r.err, false);
    if (!out.isEmpty() || !err.isEmpty())
        QTest::qFail(
            qPrintable(
                QStringLiteral("%1 printed %2 %3:\n%4").arg(command, out, err, r.out + r.err)),
            __FILE__, __LINE__);
    return r.out;
}

void TestCtlHubText::cases()
{
    const QString out = clean({ QStringLiteral("cases") });
    QVERIFY(!QTest::currentTestFailed());
    QStringList hostileRows;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QString::number(kHostileCase)))
            hostileRows.append(line);
    }
    // One row of five columns, with every hidden character shown.
    QCOMPARE(hostileRows.size(), 1);
    const QStringList fields = hostileRows.first().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(4),
             QStringLiteral("Jalan \\x1b]0;DIRETAS\\x07rusak <U+202E>knalb<U+202C> "
                            "nol<U+200B>spasi<U+2066><U+FEFF>\\nbaris2\\x9b2J\\rTIMPA\\x7f"));
    // Rahasia titles stay in the profile unless asked for.
    QVERIFY(out.contains(
        QString(QString::number(kSecretCase) + QStringLiteral("\tdisposed\tdpupr\t"))));
    QVERIFY(out.contains(QStringLiteral("\t(rahasia)\n")));
    QVERIFY(!out.contains(QStringLiteral("RAHASIA")));
}

void TestCtlHubText::casesShowConfidential()
{
    const QString out = clean({ QStringLiteral("cases"), QStringLiteral("--show-confidential") });
    QVERIFY(out.contains(QString(QLatin1Char('\t') + kSecretTitle + QLatin1Char('\n'))));
    QVERIFY(!out.contains(QStringLiteral("(rahasia)")));
}

void TestCtlHubText::casesJson()
{
    for (const bool show : { false, true }) {
        QStringList args { QStringLiteral("--json"), QStringLiteral("cases") };
        if (show)
            args.append(QStringLiteral("--show-confidential"));
        const QString out = clean(args, true);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QHash<qint64, QJsonObject> byId;
        for (const auto &row : rows)
            byId.insert(row[QStringLiteral("tracking_id")].toInteger(), row.toObject());
        // The program reading it gets the title exactly as the hub sent it.
        QCOMPARE(byId.value(kHostileCase).value(QStringLiteral("title")).toString(), kHostile);
        const QJsonObject secret = byId.value(kSecretCase);
        QVERIFY(secret.value(QStringLiteral("confidential")).toBool());
        if (show)
            QCOMPARE(secret.value(QStringLiteral("title")).toString(), kSecretTitle);
        else
            QVERIFY(secret.value(QStringLiteral("title")).isNull());
        QCOMPARE(out.contains(QStringLiteral("RAHASIA")), show);
    }
}

void TestCtlHubText::approvals()
{
    const QString out = clean({ QStringLiteral("approvals") });
    QVERIFY(out.startsWith(QString(m_draftId + QLatin1Char('\t'))));
    QVERIFY(out.contains(QStringLiteral("\\x1b[2J<U+202E>")));
    QCOMPARE(out.count(QLatin1Char('\n')), 1);
    const QString json = clean({ QStringLiteral("--json"), QStringLiteral("approvals") }, true);
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0)[QStringLiteral("text")].toString(),
             QStringLiteral("Yth. Pelapor,\nSudah kami cek.\x1b[2J\u202e\r\nSalam"));
}

void TestCtlHubText::draftShow()
{
    const QString out = clean({ QStringLiteral("draft"), QStringLiteral("show"), m_draftId });
    // Names and the text shown, the text's own lines kept and indented.
    QVERIFY2(out.contains(QStringLiteral("Rina \\x1b[8mPetugas (petugas1)")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("    Yth. Pelapor,\n    Sudah kami cek.\\x1b[2J<U+202E>\n"
                                        "    Salam\n")));
    const QString returned
        = clean({ QStringLiteral("draft"), QStringLiteral("show"), m_returnedDraftId });
    QVERIFY2(returned.contains(QStringLiteral("Hadi <U+202E>Kepala (kepala1)")),
             qPrintable(returned));
    // The comment stays on its line.
    QVERIFY(returned.contains(QStringLiteral(": Jalan \\x1b]0;DIRETAS\\x07rusak")));
    QVERIFY(returned.contains(QStringLiteral("\\nbaris2\\x9b2J\\rTIMPA\\x7f\n")));
    const QString json = clean({ QStringLiteral("--json"), QStringLiteral("draft"),
                                 QStringLiteral("show"), m_returnedDraftId },
                               true);
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject decision
        = root[QStringLiteral("revisions")][0][QStringLiteral("decisions")][0].toObject();
    QCOMPARE(decision.value(QStringLiteral("comment")).toString(), kHostile);
}

void TestCtlHubText::outbox()
{
    const QString out = clean({ QStringLiteral("outbox") });
    QVERIFY2(out.contains(QStringLiteral("Disposisi ke unit dinsos\\x1b[31m")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("gagal \\x1b]0;x\\x07 lagi")));
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QCOMPARE(line.count(QLatin1Char('\t')), 5);
    const QString json = clean({ QStringLiteral("--json"), QStringLiteral("outbox") }, true);
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    QVERIFY(rows.size() >= 4);
    QCOMPARE(rows.at(0)[QStringLiteral("last_error")].toString(),
             QStringLiteral("gagal \x1b]0;x\x07 lagi"));
}

void TestCtlHubText::status()
{
    const QString out = clean({ QStringLiteral("status") });
    QVERIFY2(out.contains(QStringLiteral("c_\\x1b]0;x\\x07\n")), qPrintable(out));
    const QString json = clean({ QStringLiteral("--json"), QStringLiteral("status") }, true);
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8())[QStringLiteral("cursor")].toString(),
             QStringLiteral("c_\x1b]0;x\x07"));
}

QTEST_GUILESS_MAIN(TestCtlHubText)
#include "tst_ctlhubtext.moc"
