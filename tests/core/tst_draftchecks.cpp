#include "core/draftchecks.h"
#include "core/replytemplates.h"

#include <QtTest>

using namespace lapor;

namespace {

const QString kGood = QStringLiteral(
    "Yth. Bapak/Ibu Pelapor, laporan Anda telah kami tindak lanjuti dengan penambalan jalan.");

QStringList failedIds(const DraftCheckInput &input)
{
    QStringList ids;
    for (const auto &failure : DraftChecks::shipped().run(input))
        ids.append(failure.ruleId);
    return ids;
}

DraftCheckInput input(const QString &text, bool anonymous = false, int attachments = 0)
{
    DraftCheckInput in;
    in.text = text;
    in.anonymous = anonymous;
    in.attachmentCount = attachments;
    return in;
}

} // namespace

class TestDraftChecks : public QObject
{
    Q_OBJECT

private slots:
    void goodDraftPasses();
    void notEmpty();
    void minimumLength();
    void maximumLength();
    void placeholderLeft();
    void anonimIdentity_data();
    void anonimIdentity();
    void identityAllowedWhenNotAnonim();
    void promisedAttachment_data();
    void promisedAttachment();
    void messagesArePlainWords();
    void filledTemplatesPassExceptAttachment();
    void attachmentPolicy();
    void parseRejectsBadRules_data();
    void parseRejectsBadRules();
};

void TestDraftChecks::goodDraftPasses()
{
    QVERIFY(DraftChecks::shipped().run(input(kGood)).isEmpty());
    QVERIFY(DraftChecks::shipped().run(input(kGood, true)).isEmpty());
}

void TestDraftChecks::notEmpty()
{
    QCOMPARE(failedIds(input(QString())), QStringList { QStringLiteral("not_empty") });
    // Blank is empty; the length rule does not pile on.
    QCOMPARE(failedIds(input(QStringLiteral(" \n\t "))),
             QStringList { QStringLiteral("not_empty") });
}

void TestDraftChecks::minimumLength()
{
    QCOMPARE(failedIds(input(QStringLiteral("Sudah ditangani."))),
             QStringList { QStringLiteral("min_length") });
    // Exactly 40 characters, padded with spaces that do not count.
    const QString forty = QString(40, QLatin1Char('a'));
    QVERIFY(failedIds(input(forty)).isEmpty());
    QCOMPARE(failedIds(input(QStringLiteral("   ") + forty.left(39) + QStringLiteral("   "))),
             QStringList { QStringLiteral("min_length") });
    const auto failures = DraftChecks::shipped().run(input(QStringLiteral("Sudah ditangani.")));
    QVERIFY(failures.first().message.contains(QStringLiteral("40")));
}

void TestDraftChecks::maximumLength()
{
    QCOMPARE(failedIds(input(QString(20001, QLatin1Char('x')))),
             QStringList { QStringLiteral("max_length") });
}

void TestDraftChecks::placeholderLeft()
{
    const QString text = kGood + QStringLiteral(" Salam, {unit}. {nomor_laporan} {unit}");
    QCOMPARE(failedIds(input(text)), QStringList { QStringLiteral("no_placeholder") });
    const auto failures = DraftChecks::shipped().run(input(text));
    // Each leftover is named once.
    QCOMPARE(failures.first().message.count(QStringLiteral("{unit}")), 1);
    QVERIFY(failures.first().message.contains(QStringLiteral("{nomor_laporan}")));
    QCOMPARE(failedIds(input(kGood + QStringLiteral(" pada [isi: tanggal peninjauan]."))),
             QStringList { QStringLiteral("no_placeholder") });
    QVERIFY(failedIds(input(kGood + QStringLiteral(" [foto 1]"))).isEmpty());
}

void TestDraftChecks::anonimIdentity_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<bool>("fails");
    QTest::newRow("phone") << QStringLiteral("Kami hubungi 0812-3456-7890.") << true;
    QTest::newRow("phone +62") << QStringLiteral("Nomor +6281234567890 aktif.") << true;
    QTest::newRow("email") << QStringLiteral("Dikirim ke budi.s@gmail.com.") << true;
    QTest::newRow("nik") << QStringLiteral("NIK 3201234567890123 terdaftar.") << true;
    QTest::newRow("salutation with name") << QStringLiteral("Yth. Bapak Budi,") << true;
    QTest::newRow("sdr name") << QStringLiteral("Kepada Sdr. Andi") << true;
    QTest::newRow("neutral") << QStringLiteral("Yth. Bapak/Ibu Pelapor,") << false;
    QTest::newRow("official") << QStringLiteral("Ibu Kota dan Bapak Camat hadir.") << false;
    QTest::newRow("office phone short") << QStringLiteral("Hubungi (0361) 222333.") << false;
}

void TestDraftChecks::anonimIdentity()
{
    QFETCH(QString, extra);
    QFETCH(bool, fails);
    const QStringList ids = failedIds(input(kGood + QLatin1Char(' ') + extra, true));
    QCOMPARE(ids.contains(QStringLiteral("anonim_identity")), fails);
}

void TestDraftChecks::identityAllowedWhenNotAnonim()
{
    QVERIFY(failedIds(input(kGood + QStringLiteral(" Bapak Budi, 0812-3456-7890"))).isEmpty());
    // A name known to the client is caught on an anonim case even without a salutation.
    DraftCheckInput in = input(kGood + QStringLiteral(" budi santoso"), true);
    in.reporterName = QStringLiteral("Budi Santoso");
    QCOMPARE(failedIds(in), QStringList { QStringLiteral("anonim_identity") });
}

void TestDraftChecks::promisedAttachment_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<int>("attachments");
    QTest::addColumn<bool>("fails");
    QTest::newRow("terlampir") << QStringLiteral("Foto terlampir.") << 0 << true;
    QTest::newRow("Lampiran capitalised") << QStringLiteral("Lihat Lampiran.") << 0 << true;
    QTest::newRow("kami lampirkan") << QStringLiteral("Kami lampirkan berita acara.") << 0 << true;
    QTest::newRow("attached") << QStringLiteral("Foto terlampir.") << 1 << false;
    QTest::newRow("word inside another") << QStringLiteral("Melampirkan nanti.") << 0 << false;
    QTest::newRow("no promise") << QString() << 0 << false;
}

void TestDraftChecks::promisedAttachment()
{
    QFETCH(QString, extra);
    QFETCH(int, attachments);
    QFETCH(bool, fails);
    const QStringList ids = failedIds(input(kGood + QLatin1Char(' ') + extra, false, attachments));
    QCOMPARE(ids.contains(QStringLiteral("promised_attachment")), fails);
}

void TestDraftChecks::messagesArePlainWords()
{
    const auto failures = DraftChecks::shipped().run(
        input(QStringLiteral("Foto terlampir {unit}, Bapak Budi"), true));
    QCOMPARE(failures.size(), 4);
    for (const auto &failure : failures) {
        QVERIFY(!failure.message.isEmpty());
        QVERIFY2(!failure.message.contains(failure.ruleId), qPrintable(failure.message));
    }
}

void TestDraftChecks::filledTemplatesPassExceptAttachment()
{
    TemplateContext context;
    context.trackingId = 8112829;
    context.unitName = QStringLiteral("Dinas PUPR");
    context.date = QDate(2026, 3, 17);
    context.anonymous = true;
    for (const ReplyTemplate &t : ReplyTemplates::shipped().forAgency(QString())) {
        const auto text = ReplyTemplates::apply(t, context, nullptr);
        if (!text)
            continue; // not for anonim cases
        QStringList ids = failedIds(input(*text, true));
        ids.removeAll(QStringLiteral("promised_attachment"));
        ids.removeAll(QStringLiteral("no_placeholder")); // blanks left for the officer
        QVERIFY2(ids.isEmpty(), qPrintable(t.id + QLatin1Char(' ') + ids.join(QLatin1Char(','))));
    }
}

void TestDraftChecks::attachmentPolicy()
{
    const AttachmentPolicy &policy = DraftChecks::shipped().attachments();
    QCOMPARE(policy.maxBytes, 10 * 1024 * 1024);
    QVERIFY(policy.refusal(QStringLiteral("berita-acara.PDF"), 1000, 0).isEmpty());
    QVERIFY(policy.refusal(QStringLiteral("foto.jpg"), 10 * 1024 * 1024, 4).isEmpty());
    QVERIFY(policy.refusal(QStringLiteral("foto.jpg"), 10 * 1024 * 1024 + 1, 0)
                .contains(QStringLiteral("terlalu besar")));
    QVERIFY(policy.refusal(QStringLiteral("skrip.exe"), 10, 0).contains(QStringLiteral(".exe")));
    QVERIFY(!policy.refusal(QStringLiteral("tanpa-akhiran"), 10, 0).isEmpty());
    QVERIFY(!policy.refusal(QStringLiteral("foto.png"), 10, policy.maxFiles).isEmpty());
}

void TestDraftChecks::parseRejectsBadRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("[");
    QTest::newRow("no rules") << QByteArray(R"({"attachments": {}})");
    QTest::newRow("unknown kind") << QByteArray(R"({"rules": [{"id": "x", "kind": "spelling"}]})");
    QTest::newRow("no id") << QByteArray(R"({"rules": [{"kind": "not_empty"}]})");
    QTest::newRow("min without number")
        << QByteArray(R"({"rules": [{"id": "m", "kind": "min_length"}]})");
    QTest::newRow("bad regex") << QByteArray(
        R"({"rules": [{"id": "p", "kind": "no_placeholder", "pattern": "("}]})");
    QTest::newRow("no words") << QByteArray(
        R"({"rules": [{"id": "a", "kind": "promised_attachment"}]})");
    QTest::newRow("zero size") << QByteArray(R"({"attachments": {"max_bytes": 0}, "rules": []})");
}

void TestDraftChecks::parseRejectsBadRules()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!DraftChecks::parse(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftChecks)
#include "tst_draftchecks.moc"
