#include "ctlrunner.h"
#include "sampledata.h"
#include "store/caserepository.h"
#include "tempstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lapor;
namespace Sample = lapor::test::Sample;

namespace {

constexpr qint64 kRepair = 8400001; // "perbaikan" as typed, a named reporter
constexpr qint64 kRepaired = 8400002; // only "diperbaiki", "jln"
constexpr qint64 kSecret = 8400003; // rahasia, "diperbaiki"
constexpr qint64 kAnonymous = 8400004; // anonim, "blm diperbaiki"
constexpr qint64 kPolite = 8400005; // "baik pak": shares only the stem "baik"
const QString kSecretTitle = QStringLiteral("Jembatan RAHASIA-JUDUL diperbaiki");

} // namespace

// lapordeskctl search through the real program: rank order, matched words, and never a
// reporter's identity or a rahasia case's words.
class TestCtlSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ranksTypedFormFirst();
    void json();
    void limit();
    void badInputIsRefused();
    void nothingFound();

private:
    CtlResult ctl(const QStringList &args);

    lapor::test::TempStore m_store;
    QString m_profile;
};

void TestCtlSearch::initTestCase()
{
    QVERIFY(QFileInfo::exists(ctlBinary()));
    Database *db = m_store.openPerson(QStringLiteral("https://hub.example.go.id"),
                                      Sample::officer().username);
    QVERIFY(db);
    QVERIFY(m_store.addDesk());
    m_profile = m_store.homeDir();
    CaseRepository cases(*db, WorkingCalendar::national(AgencyZone::WIB));
    QString error;
    auto add = [&](qint64 id, const QString &title, const QString &content, const QString &reporter,
                   bool anonymous, bool confidential) {
        Case c = Sample::sampleCase(id, title, content);
        c.agencyId = QStringLiteral("kab");
        c.unitId = QStringLiteral("dpupr");
        c.reporterName = reporter;
        c.anonymous = anonymous;
        c.confidential = confidential;
        return cases.upsert(c, &error);
    };
    QVERIFY2(add(kRepair, QStringLiteral("Mohon perbaikan jalan desa"),
                 QStringLiteral("Jalan desa rusak sejak banjir."), QStringLiteral("Siti Aminah"),
                 false, false),
             qPrintable(error));
    QVERIFY2(add(kRepaired, QStringLiteral("Jln desa blm juga"),
                 QStringLiteral("jln sdh 3 bulan tdk diperbaiki"), QStringLiteral("Rahmat"), false,
                 false),
             qPrintable(error));
    QVERIFY2(add(kSecret, kSecretTitle, QStringLiteral("Jembatan sudah diperbaiki asal-asalan"),
                 QStringLiteral("Budi Santoso"), false, true),
             qPrintable(error));
    QVERIFY2(add(kAnonymous, QStringLiteral("Lampu jalan"), QStringLiteral("lampu blm diperbaiki"),
                 QString(), true, false),
             qPrintable(error));
    QVERIFY2(add(kPolite, QStringLiteral("baik pak"),
                 QStringLiteral("baik pak, sy tunggu kabarnya"), QStringLiteral("Yusuf"), false,
                 false),
             qPrintable(error));
    m_store.close();
}

CtlResult TestCtlSearch::ctl(const QStringList &args)
{
    CtlRun run;
    run.arguments = QStringList { QStringLiteral("--profile"), m_profile } + args;
    run.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8"));
    run.environment.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
    return runCtl(run);
}

void TestCtlSearch::ranksTypedFormFirst()
{
    const CtlResult r = ctl({ QStringLiteral("search"), QStringLiteral("perbaikan") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QList<qint64> ids;
    QMap<qint64, QStringList> rows;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4);
        // The desk's own two cases may match too; these are the ones of this test.
        if (fields.first().toLongLong() / 100 != kRepair / 100)
            continue;
        ids.append(fields.first().toLongLong());
        rows.insert(ids.constLast(), fields);
    }
    // The word as typed first; "diperbaiki" through its stem; never "baik pak".
    QCOMPARE(ids.size(), 4);
    QCOMPARE(ids.first(), kRepair);
    QVERIFY(ids.contains(kRepaired));
    QVERIFY(ids.contains(kSecret));
    QVERIFY(ids.contains(kAnonymous));
    QVERIFY(!ids.contains(kPolite));
    QCOMPARE(rows.value(kRepair).at(3), QStringLiteral("perbaikan"));
    QCOMPARE(rows.value(kRepaired).at(3), QStringLiteral("diperbaiki"));
    QCOMPARE(rows.value(kAnonymous).at(2), QStringLiteral("Lampu jalan"));
    // rahasia: neither title nor words.
    QCOMPARE(rows.value(kSecret).at(2), QStringLiteral("(rahasia)"));
    QCOMPARE(rows.value(kSecret).at(3), QStringLiteral("(rahasia)"));
    for (const char *never : { "RAHASIA", "asal", "Budi", "Siti", "Rahmat", "Yusuf" })
        QVERIFY2(!r.out.contains(QLatin1String(never)), never);

    // Abbreviations both ways: "belum" finds "blm", and the matched word is the one written.
    const CtlResult notYet
        = ctl({ QStringLiteral("search"), QStringLiteral("belum"), QStringLiteral("jalan") });
    QVERIFY2(notYet.code == 0, qPrintable(notYet.err));
    QVERIFY(notYet.out.contains(QStringLiteral("%1\t").arg(kRepaired)));
    QVERIFY(notYet.out.contains(QStringLiteral("%1\t").arg(kAnonymous)));
    QVERIFY2(notYet.out.contains(QStringLiteral("jln, blm")), qPrintable(notYet.out));
}

void TestCtlSearch::json()
{
    const CtlResult r
        = ctl({ QStringLiteral("search"), QStringLiteral("diperbaiki"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonArray rows;
    for (const QJsonValue &value : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("tracking_id")).toInteger() / 100
            == kRepair / 100)
            rows.append(value);
    }
    QCOMPARE(rows.size(), 4);
    int lastTier = 1000;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const int tier = row.value(QStringLiteral("tier")).toInt();
        QVERIFY(tier <= lastTier);
        lastTier = tier;
        QVERIFY(!row.contains(QStringLiteral("reporter")));
        if (row.value(QStringLiteral("tracking_id")).toInteger() == kSecret) {
            QVERIFY(row.value(QStringLiteral("title")).isNull());
            QVERIFY(row.value(QStringLiteral("matched_words")).isNull());
            QCOMPARE(row.value(QStringLiteral("matched_word_count")).toInt(), 1);
        } else {
            QVERIFY(!row.value(QStringLiteral("matched_words")).toArray().isEmpty());
        }
    }
    // "perbaikan" in kRepair matches only through the stem: the others come first.
    QVERIFY(rows.last().toObject().value(QStringLiteral("tracking_id")).toInteger() == kRepair);
    for (const char *never : { "RAHASIA", "Budi", "Siti", "Rahmat" })
        QVERIFY2(!r.out.contains(QLatin1String(never)), never);

    const CtlResult shown
        = ctl({ QStringLiteral("search"), QStringLiteral("diperbaiki"), QStringLiteral("--json"),
                QStringLiteral("--show-confidential") });
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QVERIFY(shown.out.contains(kSecretTitle));
    QVERIFY(!shown.out.contains(QStringLiteral("Budi")));
}

void TestCtlSearch::limit()
{
    const CtlResult r = ctl({ QStringLiteral("search"), QStringLiteral("diperbaiki"),
                              QStringLiteral("--limit"), QStringLiteral("2") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
}

void TestCtlSearch::badInputIsRefused()
{
    for (const QStringList &args :
         { QStringList { QStringLiteral("search") },
           QStringList { QStringLiteral("search"), QStringLiteral("jalan"),
                         QStringLiteral("--limit"), QStringLiteral("0") },
           QStringList { QStringLiteral("search"), QStringLiteral("jalan"),
                         QStringLiteral("--limit"), QStringLiteral("lima") } }) {
        const CtlResult r = ctl(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }
    // FTS5 syntax typed as text finds by the words, never fails.
    const CtlResult hostile
        = ctl({ QStringLiteral("search"), QStringLiteral("\"jalan\" OR NEAR( ~baik ^belum * :") });
    QCOMPARE(hostile.code, 0);
}

void TestCtlSearch::nothingFound()
{
    const CtlResult r
        = ctl({ QStringLiteral("search"), QStringLiteral("zqxwv"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    const CtlResult plain = ctl({ QStringLiteral("search"), QStringLiteral("zqxwv") });
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.isEmpty());
    QVERIFY(!plain.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCtlSearch)
#include "tst_ctlsearch.moc"
