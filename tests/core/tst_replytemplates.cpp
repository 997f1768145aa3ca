#include "core/replytemplates.h"

#include <QtTest>

using namespace lapor;

class TestReplyTemplates : public QObject
{
    Q_OBJECT

private slots:
    void shippedFileIsValid();
    void fillsEveryPlaceholder();
    void anonimNeverGetsAName();
    void templateNeedingNameRefusedForAnonim();
    void dateInUsersLocale();
    void agencyFallsBackToDefault();
    void parseRejectsBadData_data();
    void parseRejectsBadData();

private:
    static TemplateContext context();
};

TemplateContext TestReplyTemplates::context()
{
    TemplateContext c;
    c.trackingId = 8112829;
    c.reporterName = QStringLiteral("Budi Santoso");
    c.unitName = QStringLiteral("Dinas PUPR");
    c.date = QDate(2026, 3, 17);
    c.locale = QLocale(QLocale::Indonesian, QLocale::Indonesia);
    return c;
}

void TestReplyTemplates::shippedFileIsValid()
{
    const auto &shipped = ReplyTemplates::shipped();
    const auto list = shipped.forAgency(QStringLiteral("any-agency"));
    QVERIFY(list.size() >= 4);
    QVERIFY(list.size() <= 6);
    for (const ReplyTemplate &t : list) {
        QString error;
        const auto text = ReplyTemplates::apply(t, context(), &error);
        QVERIFY2(text, qPrintable(error));
        QVERIFY2(!text->contains(QLatin1Char('{')), qPrintable(t.id));
    }
}

void TestReplyTemplates::fillsEveryPlaceholder()
{
    ReplyTemplate t;
    t.text = QStringLiteral("{nama_pelapor}|{nomor_laporan}|{unit}|{tanggal}|{nomor_laporan}");
    const auto text = ReplyTemplates::apply(t, context(), nullptr);
    QVERIFY(text);
    QCOMPARE(*text, QStringLiteral("Budi Santoso|8112829|Dinas PUPR|17 Maret 2026|8112829"));
}

void TestReplyTemplates::anonimNeverGetsAName()
{
    ReplyTemplate t;
    t.text = QStringLiteral("Yth. Bapak/Ibu {nama_pelapor}");
    TemplateContext c = context();
    c.anonymous = true; // even if a name slipped into the context
    QCOMPARE(*ReplyTemplates::apply(t, c, nullptr), QStringLiteral("Yth. Bapak/Ibu Pelapor"));
    c.anonymous = false;
    c.reporterName.clear();
    QCOMPARE(*ReplyTemplates::apply(t, c, nullptr), QStringLiteral("Yth. Bapak/Ibu Pelapor"));
}

void TestReplyTemplates::templateNeedingNameRefusedForAnonim()
{
    ReplyTemplate t;
    t.title = QStringLiteral("Telepon");
    t.text = QStringLiteral("Kami telah menelepon {nama_pelapor}.");
    t.allowAnonymous = false;
    TemplateContext c = context();
    QVERIFY(ReplyTemplates::apply(t, c, nullptr));
    c.anonymous = true;
    QString error;
    QVERIFY(!ReplyTemplates::apply(t, c, &error));
    QVERIFY(error.contains(QStringLiteral("anonim")));
    // The shipped set has such a template, and it is marked.
    const auto list = ReplyTemplates::shipped().forAgency(QString());
    QVERIFY(std::any_of(list.begin(), list.end(),
                        [](const ReplyTemplate &r) { return !r.allowAnonymous; }));
}

void TestReplyTemplates::dateInUsersLocale()
{
    ReplyTemplate t;
    t.text = QStringLiteral("{tanggal}");
    TemplateContext c = context();
    c.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(*ReplyTemplates::apply(t, c, nullptr), QStringLiteral("17 March 2026"));
}

void TestReplyTemplates::agencyFallsBackToDefault()
{
    const QByteArray json = R"({"agencies": {
        "default": [{"id": "a", "title": "A", "text": "umum {unit}"}],
        "kab-x": [{"id": "b", "title": "B", "text": "khusus"}, {"id": "c", "title": "C", "text": "x"}]
    }})";
    QString error;
    const auto parsed = ReplyTemplates::parse(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->forAgency(QStringLiteral("kab-x")).size(), 2);
    QCOMPARE(parsed->forAgency(QStringLiteral("kab-y")).first().id, QStringLiteral("a"));
    QCOMPARE(parsed->forAgency(QString()).first().id, QStringLiteral("a"));
}

void TestReplyTemplates::parseRejectsBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no agencies") << QByteArray(R"({"templates": []})");
    QTest::newRow("agency not a list") << QByteArray(R"({"agencies": {"x": {}}})");
    QTest::newRow("no text") << QByteArray(
        R"({"agencies": {"x": [{"id": "a", "title": "A", "text": " "}]}})");
    QTest::newRow("unknown placeholder")
        << QByteArray(R"({"agencies": {"x": [{"id": "a", "title": "A", "text": "Halo {nama}"}]}})");
}

void TestReplyTemplates::parseRejectsBadData()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!ReplyTemplates::parse(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestReplyTemplates)
#include "tst_replytemplates.moc"
