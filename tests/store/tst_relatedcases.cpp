#include "sampledata.h"
#include "store/caserepository.h"
#include "store/relatedcases.h"
#include "tempstore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace lapor;
namespace Sample = lapor::test::Sample;

namespace {

// The case looked at: a broken road in one village, reported by a named citizen.
constexpr qint64 kRoad = 9100001;
// Its neighbours, each alike for a reason the test knows.
constexpr qint64 kSameRoad = 9100002; // same words, same category
constexpr qint64 kOtherCategory = 9100003; // same words, filed under another category
constexpr qint64 kSameReporter = 9100004; // same reporter, one shared word, other category
constexpr qint64 kAnonymous = 9100005; // same words, anonim
constexpr qint64 kConfidential = 9100006; // same words, rahasia, the same name stored
// Not neighbours.
constexpr qint64 kReporterOnly = 9100007; // same reporter, nothing else in common
constexpr qint64 kOutOfScope = 9100008; // same words, but no longer the unit's
constexpr qint64 kOneWord = 9100009; // one shared word and nothing else
constexpr qint64 kKtp = 9100010; // a different matter entirely
// A rahasia case by the same person (same words): listed, never matched by reporter.
constexpr qint64 kSecretRoad = 9100011;

const QString kBudi = QStringLiteral("Budi Santoso");

Case make(qint64 id, const QString &title, const QString &content, const QString &category,
          const QString &reporter)
{
    Case c = Sample::sampleCase(id, title, content);
    c.category = category;
    c.reporterName = reporter;
    return c;
}

QList<qint64> ids(const QList<RelatedCase> &list)
{
    QList<qint64> out;
    for (const RelatedCase &r : list)
        out.append(r.trackingId);
    return out;
}

const RelatedCase *byId(const QList<RelatedCase> &list, qint64 id)
{
    for (const RelatedCase &r : list) {
        if (r.trackingId == id)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestRelatedCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keywordsDropStopWordsAndNumbers();
    void findsTheKnownNeighbours();
    void reasonsSayWhy();
    void anonymousAndConfidentialNeverMatchByReporter();
    void confidentialCaseUsesNoReporter();
    void limitKeepsTheBest();
    void unknownCaseIsAnError();
    void longComplaintStillFindsItsNeighbours();
    void linkNoteAndLatestAnswer();

private:
    lapor::test::TempStore m_store;
};

void TestRelatedCases::initTestCase()
{
    QVERIFY(m_store.open());
    CaseRepository cases(*m_store, WorkingCalendar::national(AgencyZone::WIB));
    const QString infra = QStringLiteral("Infrastruktur");
    const QString social = QStringLiteral("Sosial");
    Case anonymous = make(kAnonymous, QStringLiteral("Jalan desa Tanjung berlubang lagi"),
                          QStringLiteral("Jalan berlubang di desa Tanjung Sari makin parah."),
                          infra, QString());
    anonymous.anonymous = true;
    Case confidential
        = make(kConfidential, QStringLiteral("Jalan berlubang Tanjung Sari dibiarkan"),
               QStringLiteral("Lubang di jalan desa Tanjung Sari, pemborong kenal pejabat."),
               social, kBudi);
    confidential.confidential = true;
    Case secretRoad
        = make(kSecretRoad, QStringLiteral("Jalan berlubang desa Tanjung Sari, rahasia"),
               QStringLiteral("Jalan desa Tanjung Sari berlubang, tolong rahasiakan nama saya."),
               social, kBudi);
    secretRoad.confidential = true;
    const QList<Case> all {
        make(kRoad, QStringLiteral("Jalan berlubang di desa Tanjung Sari"),
             QStringLiteral("Mohon pak, jalan desa Tanjung Sari berlubang besar di depan "
                            "masjid. Sudah 3 bulan, hubungi saya 0812-3456-7890."),
             infra, kBudi),
        make(kSameRoad, QStringLiteral("Jalan desa Tanjung Sari berlubang dalam"),
             QStringLiteral("Lubang besar di jalan desa Tanjung Sari depan masjid, motor jatuh."),
             infra, QStringLiteral("Siti Aminah")),
        make(kOtherCategory, QStringLiteral("Jalan berlubang desa Tanjung Sari"),
             QStringLiteral("Jalan desa Tanjung Sari berlubang, anak sekolah susah lewat."), social,
             QStringLiteral("Andi Pratama")),
        make(kSameReporter, QStringLiteral("Drainase tersumbat dekat masjid"),
             QStringLiteral("Air hujan naik karena selokan di sebelah masjid tersumbat sampah."),
             social, kBudi),
        anonymous,
        confidential,
        make(kReporterOnly, QStringLiteral("Pelayanan KTP-el lambat"),
             QStringLiteral("Rekam KTP-el di kecamatan antre dari subuh."), infra, kBudi),
        make(kOutOfScope, QStringLiteral("Jalan berlubang desa Tanjung Sari parah"),
             QStringLiteral("Jalan desa Tanjung Sari berlubang besar."), infra,
             QStringLiteral("Dewi Lestari")),
        make(kOneWord, QStringLiteral("Lampu taman kota mati"),
             QStringLiteral("Lampu taman di alun-alun mati, jalan kaki gelap."), social,
             QStringLiteral("Rudi Hartono")),
        make(kKtp, QStringLiteral("Akta kelahiran belum terbit"),
             QStringLiteral("Sudah tiga bulan akta kelahiran anak belum terbit."), social,
             QStringLiteral("Rudi Hartono")),
        secretRoad,
    };
    QString error;
    for (const Case &c : all)
        QVERIFY2(cases.upsert(c, &error), qPrintable(error));
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE cases SET in_scope = 0 WHERE tracking_id = %1").arg(kOutOfScope)));
    // The agency's answers repeat in every case; they must not make cases alike.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO followups (id, case_id, text, published_at) VALUES "
                                  "('f1', %1, 'Jalan desa sudah ditambal, Tanjung Sari.', 100), "
                                  "('f2', %1, 'Perbaikan jalan desa Tanjung Sari selesai.', 200), "
                                  "('f3', %2, 'Jalan desa Tanjung Sari berlubang ditinjau.', 50)")
                       .arg(kSameRoad)
                       .arg(kKtp)));
}

void TestRelatedCases::keywordsDropStopWordsAndNumbers()
{
    QCOMPARE(RelatedCases::keywords(
                 QStringLiteral("Mohon pak, JALAN di desa Tanjung berlubang! Hubungi 0812-3456 "
                                "atau RT03. Jalan, jalan, CAFÉ")),
             (QStringList { QStringLiteral("jalan"), QStringLiteral("desa"),
                            QStringLiteral("tanjung"), QStringLiteral("berlubang"),
                            QStringLiteral("hubungi"), QStringLiteral("cafe") }));
    QVERIFY(RelatedCases::keywords(QStringLiteral("yang dan di ke 123")).isEmpty());
}

void TestRelatedCases::findsTheKnownNeighbours()
{
    QString error;
    const auto found = RelatedCases(*m_store).find(kRoad, &error, 10);
    QVERIFY2(found, qPrintable(error));
    const QList<qint64> got = ids(*found);
    // Exactly the six neighbours, whatever the order.
    QCOMPARE(got.size(), 6);
    for (qint64 id :
         { kSameRoad, kOtherCategory, kSameReporter, kAnonymous, kConfidential, kSecretRoad })
        QVERIFY2(got.contains(id), qPrintable(QString::number(id)));
    for (qint64 id : { kRoad, kReporterOnly, kOutOfScope, kOneWord, kKtp })
        QVERIFY2(!got.contains(id), qPrintable(QString::number(id)));
    // Same words and same category come before the same words alone.
    QVERIFY(got.indexOf(kSameRoad) < got.indexOf(kOtherCategory));
    // The panel's default: the best five of them.
    const auto five = RelatedCases(*m_store).find(kRoad, &error);
    QVERIFY2(five, qPrintable(error));
    QCOMPARE(ids(*five), got.mid(0, RelatedCases::kLimit));
}

void TestRelatedCases::reasonsSayWhy()
{
    QString error;
    const auto found = RelatedCases(*m_store).find(kRoad, &error);
    QVERIFY2(found, qPrintable(error));
    const RelatedCase *same = byId(*found, kSameRoad);
    QVERIFY(same);
    QVERIFY(same->sameCategory);
    QVERIFY(!same->sameReporter);
    QCOMPARE(
        same->sharedWords,
        (QStringList { QStringLiteral("jalan"), QStringLiteral("berlubang"), QStringLiteral("desa"),
                       QStringLiteral("tanjung"), QStringLiteral("sari") }));
    QCOMPARE(same->reasons(),
             (QStringList { QStringLiteral("kategori sama"),
                            QStringLiteral("kata: jalan, berlubang, desa, tanjung, sari") }));
    QCOMPARE(same->reasons(false),
             (QStringList { QStringLiteral("kategori sama"), QStringLiteral("5 kata sama") }));

    const RelatedCase *reporter = byId(*found, kSameReporter);
    QVERIFY(reporter);
    QVERIFY(reporter->sameReporter);
    QVERIFY(!reporter->sameCategory);
    QCOMPARE(reporter->sharedWords, QStringList { QStringLiteral("masjid") });
    QCOMPARE(reporter->reasons(),
             (QStringList { QStringLiteral("kata: masjid"), QStringLiteral("pelapor sama") }));
    QCOMPARE(reporter->status, CaseStatus::Disposed);
    QCOMPARE(reporter->title, QStringLiteral("Drainase tersumbat dekat masjid"));
}

void TestRelatedCases::anonymousAndConfidentialNeverMatchByReporter()
{
    QString error;
    const auto found = RelatedCases(*m_store).find(kRoad, &error, 10);
    QVERIFY2(found, qPrintable(error));
    const RelatedCase *anonymous = byId(*found, kAnonymous);
    QVERIFY(anonymous);
    QVERIFY(anonymous->anonymous);
    QVERIFY(!anonymous->sameReporter);
    // The rahasia case stores the same name as the case looked at, and still is not
    // matched by it: it is listed for its words only.
    const RelatedCase *confidential = byId(*found, kConfidential);
    QVERIFY(confidential);
    QVERIFY(confidential->confidential);
    QVERIFY(!confidential->sameReporter);
    QVERIFY(!confidential->reasons().contains(QStringLiteral("pelapor sama")));
}

void TestRelatedCases::confidentialCaseUsesNoReporter()
{
    // Looked at from the rahasia case: the named reporter's other cases match by their
    // words, never by the name.
    QString error;
    const auto found = RelatedCases(*m_store).find(kSecretRoad, &error, 10);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(byId(*found, kRoad));
    for (const RelatedCase &r : *found)
        QVERIFY2(!r.sameReporter, qPrintable(QString::number(r.trackingId)));
    // The same reporter's case about drainage shares no word with it: not listed.
    QVERIFY(!byId(*found, kSameReporter));
    QVERIFY(!byId(*found, kReporterOnly));
}

void TestRelatedCases::limitKeepsTheBest()
{
    QString error;
    const auto all = RelatedCases(*m_store).find(kRoad, &error, 10);
    QVERIFY2(all, qPrintable(error));
    QVERIFY(all->size() >= 5);
    const auto two = RelatedCases(*m_store).find(kRoad, &error, 2);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(ids(*two), ids(all->mid(0, 2)));
    for (int i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).score >= all->at(i).score);
}

void TestRelatedCases::unknownCaseIsAnError()
{
    QString error;
    QVERIFY(!RelatedCases(*m_store).find(1234, &error));
    QVERIFY(error.contains(QStringLiteral("1234")));
    // A case with no usable word has no neighbours, and that is not an error.
    CaseRepository cases(*m_store, WorkingCalendar::national(AgencyZone::WIB));
    QVERIFY(cases.upsert(make(9100099, QStringLiteral("Yang di 123"), QStringLiteral("dan ke"),
                              QString(), QString()),
                         &error));
    const auto none = RelatedCases(*m_store).find(9100099, &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());
}

void TestRelatedCases::longComplaintStillFindsItsNeighbours()
{
    // A complaint of many pages: thousands of distinct words. The title's words are looked
    // up first, so the road's neighbours are still found.
    QString content;
    for (int i = 0; i < 6000; ++i) {
        QString word = QStringLiteral("w");
        for (int n = i; word.size() < 4; n /= 26)
            word += QChar(u'a' + n % 26);
        content += word + QLatin1Char(' ');
    }
    content += QStringLiteral("jalan berlubang");
    QVERIFY(content.size() < kMaxContentLength);
    QString error;
    CaseRepository cases(*m_store, WorkingCalendar::national(AgencyZone::WIB));
    QVERIFY2(cases.upsert(make(9100098, QStringLiteral("Jalan berlubang desa Tanjung Sari"),
                               content, QStringLiteral("Infrastruktur"), QString()),
                          &error),
             qPrintable(error));
    const auto found = RelatedCases(*m_store).find(9100098, &error, 10);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(byId(*found, kRoad));
    QVERIFY(byId(*found, kSameRoad));
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE tracking_id = 9100098")));
}

void TestRelatedCases::linkNoteAndLatestAnswer()
{
    QCOMPARE(RelatedCases::linkNote(RelatedCases::Link::Duplicate, kSameRoad),
             QStringLiteral("Duplikat dari laporan #9100002."));
    QCOMPARE(RelatedCases::linkNote(RelatedCases::Link::Related, kSameRoad),
             QStringLiteral("Terkait dengan laporan #9100002."));
    const RelatedCases related(*m_store);
    QCOMPARE(related.latestAnswer(kSameRoad),
             QStringLiteral("Perbaikan jalan desa Tanjung Sari selesai."));
    QVERIFY(related.latestAnswer(kRoad).isEmpty());
}

QTEST_GUILESS_MAIN(TestRelatedCases)
#include "tst_relatedcases.moc"
