#include "core/identity.h"
#include "ctlrunner.h"
#include "sampledata.h"
#include "store/caserepository.h"
#include "store/outboxrepository.h"
#include "tempstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
namespace Sample = lapor::test::Sample;

namespace {

// Cases for `related`: the sample case is a hole in Jl. Ahmad Yani by Budi Santoso.
constexpr qint64 kSameHole = 8300001; // same words, a named reporter
constexpr qint64 kSecretHole = 8300002; // same words, rahasia, Budi Santoso again
constexpr qint64 kAnonymousHole = 8300003; // same words, anonim
constexpr qint64 kUnrelated = 8300004;
const QString kSecretTitle = QStringLiteral("Jalan berlubang Ahmad Yani RAHASIA-JUDUL");

} // namespace

// note, not-authority and related through the real lapordeskctl, with no hub at all: the
// two actions queue in the outbox like the desk's, and related never prints a reporter.
class TestCtlCaseActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommands();
    void noteIsQueuedOffline();
    void notAuthorityIsQueuedOffline();
    void badInputIsRefusedPlainly();
    void relatedSaysWhy();
    void relatedJson();

private:
    CtlResult ctl(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QList<OutboxEntry> outbox(qint64 caseId);

    lapor::test::TempStore m_store;
    QString m_profile;
};

void TestCtlCaseActions::initTestCase()
{
    QVERIFY(QFileInfo::exists(ctlBinary()));
    Database *db = m_store.openPerson(QStringLiteral("https://hub.example.go.id"),
                                      Sample::approver().username);
    QVERIFY(db);
    QVERIFY(m_store.addDesk());
    m_profile = m_store.homeDir();

    QString error;
    CaseRepository cases(*db, WorkingCalendar::national(AgencyZone::WIB));
    auto road = [](qint64 id, const QString &title, const QString &reporter) {
        Case c = Sample::sampleCase(id, title, QStringLiteral("Jalan berlubang di Ahmad Yani."));
        c.agencyId = QStringLiteral("kab");
        c.unitId = QStringLiteral("dpupr");
        c.reporterName = reporter;
        return c;
    };
    QVERIFY2(cases.upsert(road(kSameHole, QStringLiteral("Jalan Ahmad Yani berlubang lagi"),
                               QStringLiteral("Siti Aminah")),
                          &error),
             qPrintable(error));
    Case secret = road(kSecretHole, kSecretTitle, QStringLiteral("Budi Santoso"));
    secret.confidential = true;
    QVERIFY2(cases.upsert(secret, &error), qPrintable(error));
    Case anonymous
        = road(kAnonymousHole, QStringLiteral("Jalan berlubang depan SDN Ahmad Yani"), QString());
    anonymous.anonymous = true;
    QVERIFY2(cases.upsert(anonymous, &error), qPrintable(error));
    QVERIFY2(cases.upsert(road(kUnrelated, QStringLiteral("Akta kelahiran belum terbit"),
                               QStringLiteral("Budi Santoso")),
                          &error),
             qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET content = 'Sudah tiga bulan akta belum "
                                  "terbit.' WHERE tracking_id = %1")
                       .arg(kUnrelated)));

    // lapordeskctl acts as the head of unit, who may also return a case.
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

CtlResult TestCtlCaseActions::ctl(const QStringList &args)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), m_profile } + args;
    run.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
    run.environment.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
    return runCtl(run);
}

QString TestCtlCaseActions::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_store.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QTest::qFail(qPrintable(QStringLiteral("cannot write ") + path), __FILE__, __LINE__);
    return path;
}

QList<OutboxEntry> TestCtlCaseActions::outbox(qint64 caseId)
{
    // Read from the store lapordeskctl wrote, closed again before the next run.
    auto opened = Database::open(m_store.profile()->databasePath());
    if (!opened.database) {
        QTest::qFail(qPrintable(opened.message), __FILE__, __LINE__);
        return {};
    }
    const auto &db = opened.database;
    return OutboxRepository(*db).forCase(caseId);
}

void TestCtlCaseActions::helpListsTheCommands()
{
    const CtlResult r = ctl({ QStringLiteral("--help") });
    QCOMPARE(r.code, 0);
    for (const char *line : { "  note  ", "  not-authority  ", "  related  ", "--reason-file" })
        QVERIFY2(r.out.contains(QLatin1String(line)), line);
}

void TestCtlCaseActions::noteIsQueuedOffline()
{
    const QString text = QStringLiteral("Sudah dicek ke lokasi bersama UPT Jalan.\nFoto menyusul.");
    const QString file = writeFile(QStringLiteral("note.txt"), text.toUtf8());
    const CtlResult r
        = ctl({ QStringLiteral("note"), QStringLiteral("--case"), QString::number(Sample::kCase),
                QStringLiteral("--text-file"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QString::number(Sample::kCase)));
    const auto entries = outbox(Sample::kCase);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, OutboxKind::CaseNote);
    QCOMPARE(entries.first().state, OutboxState::Waiting);
    QCOMPARE(entries.first().userId, Sample::approver().id);
    QVERIFY(QJsonDocument(entries.first().payload)
                .toJson()
                .contains(text.toUtf8().replace('\n', "\\n")));
}

void TestCtlCaseActions::notAuthorityIsQueuedOffline()
{
    const QString reason
        = QStringLiteral("Jalan nasional, wewenang Balai Besar Pelaksanaan Jalan.");
    const QString file = writeFile(QStringLiteral("reason.txt"), reason.toUtf8() + "\n");
    const CtlResult r
        = ctl({ QStringLiteral("not-authority"), QStringLiteral("--case"),
                QString::number(Sample::kAnonymousCase), QStringLiteral("--reason-file"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto entries = outbox(Sample::kAnonymousCase);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, OutboxKind::CaseNotAuthority);
    QCOMPARE(entries.first().state, OutboxState::Waiting);
    QVERIFY(QJsonDocument(entries.first().payload).toJson().contains(reason.toUtf8()));
}

void TestCtlCaseActions::badInputIsRefusedPlainly()
{
    const qsizetype before = outbox(Sample::kCase).size();
    // A reason too short: the writer's own rule, in words; nothing queued.
    const QString shortReason = writeFile(QStringLiteral("short.txt"), "Bukan.");
    CtlResult r
        = ctl({ QStringLiteral("not-authority"), QStringLiteral("--case"),
                QString::number(Sample::kCase), QStringLiteral("--reason-file"), shortReason });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Alasan harus")), qPrintable(r.err));
    // No such file, no file given, a file that is not UTF-8, an empty note.
    r = ctl({ QStringLiteral("note"), QStringLiteral("--case"), QString::number(Sample::kCase),
              QStringLiteral("--text-file"), m_store.filePath(QStringLiteral("missing.txt")) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("tidak dapat dibaca")), qPrintable(r.err));
    r = ctl({ QStringLiteral("not-authority"), QStringLiteral("--case"),
              QString::number(Sample::kCase) });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--reason-file")), qPrintable(r.err));
    const QString latin1 = writeFile(QStringLiteral("latin1.txt"), "Jalan rusak \xe9\xe9 parah");
    r = ctl({ QStringLiteral("note"), QStringLiteral("--case"), QString::number(Sample::kCase),
              QStringLiteral("--text-file"), latin1 });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("UTF-8")), qPrintable(r.err));
    const QString empty = writeFile(QStringLiteral("empty.txt"), "  \n");
    r = ctl({ QStringLiteral("note"), QStringLiteral("--case"), QString::number(Sample::kCase),
              QStringLiteral("--text-file"), empty });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("kosong")), qPrintable(r.err));
    // A case this store does not hold.
    r = ctl({ QStringLiteral("note"), QStringLiteral("--case"), QStringLiteral("123"),
              QStringLiteral("--text-file"), writeFile(QStringLiteral("ok.txt"), "Catatan") });
    QCOMPARE(r.code, 1);
    QCOMPARE(outbox(Sample::kCase).size(), before);
    r = ctl({ QStringLiteral("related"), QStringLiteral("abc") });
    QCOMPARE(r.code, 2);
    r = ctl({ QStringLiteral("related"), QStringLiteral("123") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("#123")), qPrintable(r.err));
}

void TestCtlCaseActions::relatedSaysWhy()
{
    const CtlResult r = ctl({ QStringLiteral("related"), QString::number(Sample::kCase) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QMap<qint64, QStringList> rows;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4);
        rows.insert(fields.first().toLongLong(), fields);
    }
    QVERIFY(rows.contains(kSameHole));
    QVERIFY(rows.contains(kSecretHole));
    QVERIFY(rows.contains(kAnonymousHole));
    QVERIFY(!rows.contains(kUnrelated));
    QVERIFY(!rows.contains(Sample::kCase));
    QCOMPARE(rows.value(kSameHole).at(2), QStringLiteral("Jalan Ahmad Yani berlubang lagi"));
    QVERIFY2(rows.value(kSameHole).at(3).contains(QStringLiteral("kata: jalan, berlubang")),
             qPrintable(rows.value(kSameHole).at(3)));
    // The rahasia case: title and words withheld, and never matched by its reporter
    // although the name is the same.
    QCOMPARE(rows.value(kSecretHole).at(2), QStringLiteral("(rahasia)"));
    QVERIFY(rows.value(kSecretHole).at(3).contains(QStringLiteral("kata sama")));
    QVERIFY(!r.out.contains(QStringLiteral("pelapor sama")));
    QVERIFY(!r.out.contains(QStringLiteral("RAHASIA")));
    QVERIFY(!r.out.contains(QStringLiteral("Budi")));
    QVERIFY(!r.out.contains(QStringLiteral("Siti")));
}

void TestCtlCaseActions::relatedJson()
{
    const CtlResult r = ctl(
        { QStringLiteral("related"), QString::number(Sample::kCase), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    // The three holes, and the sample's anonymous case ("jalan", "diperbaiki").
    QCOMPARE(rows.size(), 4);
    bool sawSecret = false;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QVERIFY(!row.value(QStringLiteral("same_reporter")).toBool());
        QVERIFY(row.value(QStringLiteral("shared_word_count")).toInt() >= 2);
        if (row.value(QStringLiteral("tracking_id")).toInteger() == kSecretHole) {
            sawSecret = true;
            QVERIFY(row.value(QStringLiteral("confidential")).toBool());
            QVERIFY(row.value(QStringLiteral("title")).isNull());
            QVERIFY(row.value(QStringLiteral("shared_words")).isNull());
        } else {
            const QJsonArray words = row.value(QStringLiteral("shared_words")).toArray();
            QCOMPARE(words.size(), row.value(QStringLiteral("shared_word_count")).toInt());
            QCOMPARE(words.first().toString(), QStringLiteral("jalan"));
        }
    }
    QVERIFY(sawSecret);
    QVERIFY(!r.out.contains(QStringLiteral("Budi")));
    // On request the rahasia title is shown; the reporter still is not.
    const CtlResult shown
        = ctl({ QStringLiteral("related"), QString::number(Sample::kCase), QStringLiteral("--json"),
                QStringLiteral("--show-confidential") });
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QVERIFY(shown.out.contains(kSecretTitle));
    QVERIFY(!shown.out.contains(QStringLiteral("Budi")));
}

QTEST_GUILESS_MAIN(TestCtlCaseActions)
#include "tst_ctlcaseactions.moc"
