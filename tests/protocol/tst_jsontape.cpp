// JsonTape, the in-place reader of the change feed's pages: what it takes, what it
// refuses, and that every value it takes reads as QJsonDocument reads it.
#include "protocol/jsontape.h"
#include "protocol/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace lapor;
using namespace Qt::StringLiterals;

class TestJsonTape : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQJsonDocument_data();
    void readsAsQJsonDocument();
    void refusesWhatIsNotJson_data();
    void refusesWhatIsNotJson();
    void readsStrings();
    void readsNumbers();
    void findsMembers();
    void walksContainers();
    void limitsNesting();
    void readsTimesAsQt_data();
    void readsTimesAsQt();
};

void TestJsonTape::readsAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("empty array") << "[]"_ba;
    QTest::newRow("spaces") << " \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } }\n"_ba;
    QTest::newRow("literals") << R"([true,false,null])"_ba;
    QTest::newRow("numbers") << R"([0,-0,1.5,-2e3,1E+2,4.9e-324,9007199254740993,1e308])"_ba;
    QTest::newRow("escapes") << R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC"])"_ba;
    QTest::newRow("surrogates") << R"(["\ud83d\ude00", "\ud800", "x\udc00y"])"_ba;
    QTest::newRow("utf-8") << "[\"sekolah r\xc3\xb4ti \xe2\x82\xac \xf0\x9f\x98\x80\"]"_ba;
    QTest::newRow("control character") << "[\"a\x01z\"]"_ba;
    QTest::newRow("byte-order mark") << "\xef\xbb\xbf{\"a\":1}"_ba;
    QTest::newRow("duplicate names") << R"({"a":1,"b":2,"a":3})"_ba;
    QTest::newRow("escaped names") << R"({"\u0061":1,"b":2})"_ba;
    QTest::newRow("unsorted names") << R"({"z":1,"a":{"y":[],"b":null}})"_ba;
    QTest::newRow("nested") << R"({"records":[{"kind":"case","data":{"x":[[[]],{}]}}]})"_ba;
}

void TestJsonTape::readsAsQJsonDocument()
{
    QFETCH(QByteArray, text);
    QString error;
    const auto tape = JsonTape::parse(text, &error);
    QVERIFY2(tape, qPrintable(error));
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    const QJsonValue expected
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QCOMPARE(JsonRef(tape, 0).toValue(), expected);
}

void TestJsonTape::refusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("nothing") << ""_ba << u"not an object or array at byte 0"_s;
    QTest::newRow("a scalar") << "1"_ba << u"not an object or array at byte 0"_s;
    QTest::newRow("cut short") << R"({"a":[1,)"_ba << u"unexpected end at byte 8"_s;
    QTest::newRow("trailing comma") << "[1,]"_ba << u"not a value at byte 3"_s;
    QTest::newRow("more after") << "{} x"_ba << u"more after the end at byte 3"_s;
    QTest::newRow("no colon") << R"({"a" 1})"_ba << u"expected : at byte 5"_s;
    QTest::newRow("bare name") << "{a:1}"_ba << u"expected a member name at byte 1"_s;
    QTest::newRow("leading zero") << "[01]"_ba << u"expected , or ] at byte 2"_s;
    QTest::newRow("bare point") << "[1.]"_ba << u"not a number at byte 3"_s;
    QTest::newRow("bare fraction") << "[.5]"_ba << u"not a value at byte 1"_s;
    QTest::newRow("too large") << "[1e999]"_ba << u"number out of range at byte 6"_s;
    QTest::newRow("too small") << "[1e-999]"_ba << u"number out of range at byte 7"_s;
    QTest::newRow("bad literal") << "[tru]"_ba << u"not a value at byte 1"_s;
    QTest::newRow("bad escape") << R"(["\x"])"_ba << u"invalid escape at byte 3"_s;
    QTest::newRow("short \\u") << R"(["\u12"])"_ba << u"invalid \\u escape at byte 3"_s;
    QTest::newRow("unterminated") << R"(["abc)"_ba << u"unterminated string at byte 5"_s;
    QTest::newRow("invalid utf-8") << "[\"\xff\"]"_ba << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("overlong utf-8") << "[\"\xc0\xaf\"]"_ba << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("utf-8 surrogate") << "[\"\xed\xa0\x80\"]"_ba << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("cut utf-8") << "[\"\xe2\x82"_ba << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("past U+10FFFF") << "[\"\xf4\x90\x80\x80\"]"_ba << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("mismatched") << "[}"_ba << u"not a value at byte 1"_s;
    QTest::newRow("nul inside") << QByteArray("[1]\0", 4) << u"more after the end at byte 3"_s;
}

void TestJsonTape::refusesWhatIsNotJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!JsonTape::parse(text, &error));
    QCOMPARE(error, why);
}

void TestJsonTape::readsStrings()
{
    const auto tape
        = JsonTape::parse(R"(["", "plain", "a\nb", "\u00e9t\u00E9", "\ud83d\ude00"])"_ba, nullptr);
    QVERIFY(tape);
    const JsonRef array(tape, 0);
    QVERIFY(array.at(0).isString());
    QVERIFY(!array.at(0).toString().isNull()); // empty, as QJsonValue gives it
    QCOMPARE(array.at(0).toString(), QString());
    QCOMPARE(array.at(1).toString(), u"plain"_s);
    QCOMPARE(array.at(2).toString(), u"a\nb"_s);
    QCOMPARE(array.at(3).toString(), u"\u00e9t\u00e9"_s);
    QCOMPARE(array.at(4).toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
    // Not a string: null, as QJsonValue::toString() gives it.
    QVERIFY(JsonRef(tape, 0).toString().isNull());
}

void TestJsonTape::readsNumbers()
{
    const auto tape = JsonTape::parse("[8112829, -0, 2.5e1, 9007199254740993, true]"_ba, nullptr);
    QVERIFY(tape);
    const JsonRef array(tape, 0);
    QCOMPARE(array.at(0).toDouble(), 8112829.0);
    QCOMPARE(array.at(1).toDouble(), 0.0);
    QCOMPARE(array.at(2).toDouble(), 25.0);
    QCOMPARE(array.at(3).toDouble(), 9007199254740992.0);
    QVERIFY(array.at(4).isBool());
    QVERIFY(std::isnan(array.at(4).toDouble()));
}

void TestJsonTape::findsMembers()
{
    // Sorted as the hub writes them, and not: both must find the same.
    for (const QByteArray &text : { R"({"a":1,"case_id":2,"id":"x","text":"t"})"_ba,
                                    R"({"text":"t","id":"x","case_id":2,"a":1})"_ba }) {
        const auto tape = JsonTape::parse(text, nullptr);
        QVERIFY(tape);
        const JsonRef object(tape, 0);
        QCOMPARE(object.member("a"_L1).toDouble(), 1.0);
        QCOMPARE(object.member("case_id"_L1).toDouble(), 2.0);
        QCOMPARE(object.member("id"_L1).toString(), u"x"_s);
        QCOMPARE(object.member("text"_L1).toString(), u"t"_s);
        QVERIFY(object.member("b"_L1).isUndefined());
        QVERIFY(object.member("zzz"_L1).isUndefined());
        QVERIFY(object.member(""_L1).isUndefined());
        QVERIFY(object.contains("id"_L1));
        QCOMPARE(object.size(), 4);
    }
    // A name given twice: the last counts, as in QJsonObject.
    const auto twice = JsonTape::parse(R"({"a":1,"b":2,"a":3})"_ba, nullptr);
    QCOMPARE(JsonRef(twice, 0).member("a"_L1).toDouble(), 3.0);
    // An escaped name is still its name.
    const auto escaped = JsonTape::parse(R"({"\u0069d":"x"})"_ba, nullptr);
    QCOMPARE(JsonRef(escaped, 0).member("id"_L1).toString(), u"x"_s);
    // Members of something else than an object do not exist.
    const auto array = JsonTape::parse(R"([{"id":1}])"_ba, nullptr);
    QVERIFY(JsonRef(array, 0).member("id"_L1).isUndefined());
    QVERIFY(JsonRef().member("id"_L1).isUndefined());
}

void TestJsonTape::walksContainers()
{
    const auto tape = JsonTape::parse(
        R"({"records":[{"a":[1,[2,3],{}]},[],"s",null],"more":true})"_ba, nullptr);
    QVERIFY(tape);
    const JsonRef records = JsonRef(tape, 0).member("records"_L1);
    QCOMPARE(records.size(), 4);
    const QList<JsonRef> entries = records.entries();
    QCOMPARE(entries.size(), 4);
    QVERIFY(entries.at(0).isObject());
    QVERIFY(entries.at(1).isArray());
    QCOMPARE(entries.at(1).size(), 0);
    QCOMPARE(entries.at(2).toString(), u"s"_s);
    QVERIFY(entries.at(3).isNull());
    QVERIFY(records.at(4).isUndefined());
    QVERIFY(JsonRef(tape, 0).member("more"_L1).toBool());
    QCOMPARE(entries.at(0).toValue(),
             QJsonValue(
                 QJsonObject { { u"a"_s, QJsonArray { 1, QJsonArray { 2, 3 }, QJsonObject() } } }));
    // The same reads from a QJsonValue.
    const JsonRef tree(JsonRef(tape, 0).toValue());
    QCOMPARE(tree.member("records"_L1).size(), 4);
    QCOMPARE(tree.member("records"_L1).at(2).toString(), u"s"_s);
}

void TestJsonTape::limitsNesting()
{
    const QByteArray deepest
        = QByteArray(JsonTape::kMaxDepth, '[') + QByteArray(JsonTape::kMaxDepth, ']');
    QVERIFY(JsonTape::parse(deepest, nullptr));
    QString error;
    const QByteArray deeper
        = QByteArray(JsonTape::kMaxDepth + 1, '[') + QByteArray(JsonTape::kMaxDepth + 1, ']');
    QVERIFY(!JsonTape::parse(deeper, &error));
    QVERIFY(error.startsWith(u"nested too deeply"_s));
    // Far deeper is refused as quickly, without a recursion to overflow.
    QVERIFY(!JsonTape::parse(QByteArray(1'000'000, '['), &error));
}

void TestJsonTape::readsTimesAsQt_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         { "2026-11-28T03:15:00Z", "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z",
           "2026-13-01T00:00:00Z", "2026-11-28T24:00:00Z", "2026-11-28T23:59:60Z",
           "2026-11-28T03:15:00.250Z", "2026-11-28T03:15Z", "2026-11-28T03:15:00+07:00",
           "0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2026-1a-28T03:15:00Z",
           "2026-11-28 03:15:00Z", "+026-11-28T03:15:00Z", "2026-11-28T03:15:00z" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestJsonTape::readsTimesAsQt()
{
    QFETCH(QString, text);
    const QByteArray json = QJsonDocument(QJsonObject { { u"at"_s, text } }).toJson();
    const auto tape = JsonTape::parse(json, nullptr);
    QVERIFY(tape);
    StrictJson json1(JsonRef(tape, 0), u"t"_s);
    const QDateTime read = json1.time("at");
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
    const bool takes = text.endsWith(u'Z') && qt.isValid();
    QCOMPARE(json1.ok(), takes);
    if (takes) {
        QCOMPARE(read, qt.toUTC());
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestJsonTape)
#include "tst_jsontape.moc"
