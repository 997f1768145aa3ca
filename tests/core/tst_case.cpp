#include "core/case.h"

#include <QTest>
#include <QTimeZone>

using namespace lapor;

namespace {

// A complete, acceptable case; each test row changes one thing.
Case validCase()
{
    Case c;
    c.trackingId = 8112829;
    c.title = QStringLiteral("Lampu jalan mati di Jl. Sudirman");
    c.content = QStringLiteral("Sudah 2 minggu lampu jalan mati, rawan begal. Mohon segera "
                               "diperbaiki. Hub 0812-3456-7890.");
    c.category = QStringLiteral("Infrastruktur");
    c.channel = QStringLiteral("web");
    c.status = CaseStatus::Disposed;
    c.reporterName = QStringLiteral("Siti Aminah");
    c.receivedAt = QDateTime(QDate(2026, 3, 13), QTime(9, 15), QTimeZone(7 * 3600));
    return c;
}

enum class Field { None, TrackingId, Title, Content, Tier, Rating, Anonymous, ReceivedAt };

} // namespace

class TestCase : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void validate_data();
    void validate();
    void errorsDoNotLeakPrivateText_data();
    void errorsDoNotLeakPrivateText();
};

void TestCase::defaults()
{
    const Case c;
    QCOMPARE(c.status, CaseStatus::Unverified);
    QCOMPARE(c.resolutionDays, 14);
    QCOMPARE(c.rating, 0);
    QVERIFY(!c.anonymous);
    QVERIFY(!c.confidential);
    // A default-constructed case is not a valid record: it has no tracking id.
    QVERIFY(!c.validate().isEmpty());
}

void TestCase::validate_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("errorContains"); // empty: the case is valid

    const auto ok = QString();
    QTest::newRow("complete case") << Field::None << QVariant() << ok;

    // Tracking ids: 7 digits today, up to 10 digits accepted for the future.
    QTest::newRow("id 1") << Field::TrackingId << QVariant(qint64(1)) << ok;
    QTest::newRow("id max") << Field::TrackingId << QVariant(kMaxTrackingId) << ok;
    QTest::newRow("id 0") << Field::TrackingId << QVariant(qint64(0))
                          << QStringLiteral("tracking id");
    QTest::newRow("id negative") << Field::TrackingId << QVariant(qint64(-8112829))
                                 << QStringLiteral("tracking id");
    QTest::newRow("id max + 1") << Field::TrackingId << QVariant(kMaxTrackingId + 1)
                                << QStringLiteral("tracking id");
    QTest::newRow("id int64 max") << Field::TrackingId
                                  << QVariant(std::numeric_limits<qint64>::max())
                                  << QStringLiteral("tracking id");

    // Titles.
    QTest::newRow("empty title") << Field::Title << QVariant(QString())
                                 << QStringLiteral("no title");
    QTest::newRow("blank title") << Field::Title << QVariant(QStringLiteral(" \t\n "))
                                 << QStringLiteral("no title");
    QTest::newRow("title at limit")
        << Field::Title << QVariant(QString(kMaxTitleLength, QLatin1Char('a'))) << ok;
    QTest::newRow("title over limit")
        << Field::Title << QVariant(QString(kMaxTitleLength + 1, QLatin1Char('a')))
        << QStringLiteral("title longer");
    QTest::newRow("huge title") << Field::Title << QVariant(QString(1'000'000, QLatin1Char('x')))
                                << QStringLiteral("title longer");
    QTest::newRow("non-Latin title")
        << Field::Title << QVariant(QStringLiteral("Banjir \u26A0 di Kel. Kampung Melayu")) << ok;

    // Content.
    QTest::newRow("empty content") << Field::Content << QVariant(QString()) << ok;
    QTest::newRow("content at limit")
        << Field::Content << QVariant(QString(kMaxContentLength, QLatin1Char('b'))) << ok;
    QTest::newRow("content over limit")
        << Field::Content << QVariant(QString(kMaxContentLength + 1, QLatin1Char('b')))
        << QStringLiteral("content longer");
    QTest::newRow("huge content") << Field::Content
                                  << QVariant(QString(10 * kMaxContentLength, QLatin1Char('b')))
                                  << QStringLiteral("content longer");

    // Resolution tiers.
    for (int tier : { 5, 14, 60 })
        QTest::addRow("tier %d", tier) << Field::Tier << QVariant(tier) << ok;
    for (int tier : { 0, -5, 3, 10, 30, 61 })
        QTest::addRow("bad tier %d", tier)
            << Field::Tier << QVariant(tier) << QStringLiteral("resolution tier");

    // Ratings: 0 = not rated yet, 1..5 stars.
    for (int rating = 0; rating <= 5; ++rating)
        QTest::addRow("rating %d", rating) << Field::Rating << QVariant(rating) << ok;
    for (int rating : { -1, 6, 10 })
        QTest::addRow("bad rating %d", rating)
            << Field::Rating << QVariant(rating) << QStringLiteral("rating");

    // Anonymous with a name is a leak waiting to happen, so it is refused.
    QTest::newRow("anonymous with reporter name")
        << Field::Anonymous << QVariant(QStringLiteral("Siti Aminah"))
        << QStringLiteral("anonymous");
    QTest::newRow("anonymous without name") << Field::Anonymous << QVariant(QString()) << ok;

    QTest::newRow("no received time")
        << Field::ReceivedAt << QVariant(QDateTime()) << QStringLiteral("received");
}

void TestCase::validate()
{
    QFETCH(Field, field);
    QFETCH(QVariant, value);
    QFETCH(QString, errorContains);

    Case c = validCase();
    switch (field) {
    case Field::None:
        break;
    case Field::TrackingId:
        c.trackingId = value.toLongLong();
        break;
    case Field::Title:
        c.title = value.toString();
        break;
    case Field::Content:
        c.content = value.toString();
        break;
    case Field::Tier:
        c.resolutionDays = value.toInt();
        break;
    case Field::Rating:
        c.rating = value.toInt();
        break;
    case Field::Anonymous:
        c.anonymous = true;
        c.reporterName = value.toString();
        break;
    case Field::ReceivedAt:
        c.receivedAt = value.toDateTime();
        break;
    }

    const QString error = c.validate();
    if (errorContains.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        // Messages are for logs: bounded, whatever the size of the input.
        QVERIFY2(error.size() < 200, qPrintable(error.left(200)));
    }
}

void TestCase::errorsDoNotLeakPrivateText_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("secret");
    QTest::newRow("reporter name of an anonymous case")
        << Field::Anonymous << QStringLiteral("Siti Aminah");
    QTest::newRow("title of a confidential case")
        << Field::Title
        << QStringLiteral("Pungli oleh oknum petugas ") + QString(300, QLatin1Char('.'));
    QTest::newRow("content of a confidential case")
        << Field::Content
        << QStringLiteral("Nama pelaku Budi, rumah di Jl. Melati 5 ")
            + QString(kMaxContentLength, QLatin1Char('.'));
}

void TestCase::errorsDoNotLeakPrivateText()
{
    QFETCH(Field, field);
    QFETCH(QString, secret);
    Case c = validCase();
    c.confidential = true;
    if (field == Field::Anonymous) {
        c.anonymous = true;
        c.reporterName = secret;
    } else if (field == Field::Title) {
        c.title = secret;
    } else {
        c.content = secret;
    }
    const QString error = c.validate();
    QVERIFY(!error.isEmpty());
    // Validation messages end up in logs; they name the case only by its tracking id.
    QVERIFY2(!error.contains(secret.left(10)), qPrintable(error));
    QVERIFY(error.contains(QString::number(c.trackingId)));
}

QTEST_GUILESS_MAIN(TestCase)
#include "tst_case.moc"
