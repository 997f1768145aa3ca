#include "protocol/records.h"

#include <QJsonArray>
#include <QtTest>

using namespace lapor;

// Every record kind of docs/hub-api.md decodes into the core type, field for field.
class TestWireRecords : public QObject
{
    Q_OBJECT

private slots:
    void decodesEachKind();
    void skipsUnknownKinds();
    void refusesBadEnvelope();
    void refusesBadFields_data();
    void refusesBadFields();
    void draftCarriesEveryRevision();
    void draftRevisionsAreStrict_data();
    void draftRevisionsAreStrict();
    void nextPageLinkIsRead_data();
    void nextPageLinkIsRead();
};

static QJsonObject change(const char *kind, const QJsonObject &data)
{
    return { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("data"), data } };
}

void TestWireRecords::decodesEachKind()
{
    QString error;
    auto followup = Wire::decodeChange(
        change("followup",
               { { QStringLiteral("id"), QStringLiteral("f1") },
                 { QStringLiteral("case_id"), 8112829 },
                 { QStringLiteral("author_id"), QStringLiteral("u1") },
                 { QStringLiteral("unit_id"), QStringLiteral("dinkes") },
                 { QStringLiteral("text"), QStringLiteral("Sudah kami tindak lanjuti.") },
                 { QStringLiteral("published_at"), QStringLiteral("2026-11-20T03:00:00Z") } }),
        &error);
    QVERIFY2(followup, qPrintable(error));
    const auto &f = std::get<Followup>(*followup);
    QCOMPARE(f.caseId, 8112829);
    QCOMPARE(f.publishedAt, QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC));

    auto reply = Wire::decodeChange(
        change("citizen_reply",
               { { QStringLiteral("id"), QStringLiteral("r1") },
                 { QStringLiteral("case_id"), 8112829 },
                 { QStringLiteral("text"), QString() },
                 { QStringLiteral("rating"), 4 },
                 { QStringLiteral("created_at"), QStringLiteral("2026-11-21T03:00:00Z") } }),
        &error);
    QVERIFY2(reply, qPrintable(error));
    QCOMPARE(std::get<CitizenReply>(*reply).rating, 4);

    auto unit
        = Wire::decodeChange(change("unit",
                                    { { QStringLiteral("id"), QStringLiteral("dinkes") },
                                      { QStringLiteral("agency_id"), QStringLiteral("hsu") },
                                      { QStringLiteral("name"), QStringLiteral("Dinas Kesehatan") },
                                      { QStringLiteral("short_name"), QStringLiteral("Dinkes") } }),
                             &error);
    QVERIFY2(unit, qPrintable(error));
    QCOMPARE(std::get<Unit>(*unit).name, QStringLiteral("Dinas Kesehatan"));

    auto holiday = Wire::decodeChange(
        change("holiday",
               { { QStringLiteral("date"), QStringLiteral("2027-03-10") },
                 { QStringLiteral("name"), QStringLiteral("Idul Fitri 1448 H") },
                 { QStringLiteral("kind"), QStringLiteral("cuti_bersama") } }),
        &error);
    QVERIFY2(holiday, qPrintable(error));
    QVERIFY(std::get<Holiday>(*holiday).collectiveLeave);

    auto removal
        = Wire::decodeChange(change("remove",
                                    { { QStringLiteral("case_id"), 8112829 },
                                      { QStringLiteral("reason"), QStringLiteral("forwarded") } }),
                             &error);
    QVERIFY2(removal, qPrintable(error));
    QCOMPARE(std::get<CaseRemoval>(*removal).trackingId, 8112829);

    auto decision = Wire::decodeChange(
        change("decision",
               { { QStringLiteral("id"), QStringLiteral("d1") },
                 { QStringLiteral("draft_id"), QStringLiteral("x1") },
                 { QStringLiteral("case_id"), 8112829 },
                 { QStringLiteral("revision"), 2 },
                 { QStringLiteral("approver_id"), QStringLiteral("kepala1") },
                 { QStringLiteral("decision"), QStringLiteral("return") },
                 { QStringLiteral("comment"), QStringLiteral("Lengkapi jadwal perbaikan.") },
                 { QStringLiteral("decided_at"), QStringLiteral("2026-11-22T03:00:00Z") } }),
        &error);
    QVERIFY2(decision, qPrintable(error));
    QCOMPARE(std::get<Decision>(*decision).kind, DecisionKind::Return);
    QCOMPARE(std::get<Decision>(*decision).revision, 2);
}

void TestWireRecords::skipsUnknownKinds()
{
    QString error;
    auto unknown = Wire::decodeChange(change("survey", { { QStringLiteral("x"), 1 } }), &error);
    QVERIFY(unknown);
    QVERIFY(std::holds_alternative<std::monostate>(*unknown));
}

void TestWireRecords::refusesBadEnvelope()
{
    QString error;
    QVERIFY(!Wire::decodeChange(QJsonObject { { QStringLiteral("kind"), QStringLiteral("case") } },
                                &error));
    QVERIFY(error.contains(QStringLiteral("data")));
    QVERIFY(!Wire::decodeChange(
        QJsonObject { { QStringLiteral("kind"), 3 }, { QStringLiteral("data"), QJsonObject() } },
        &error));
    QVERIFY(error.contains(QStringLiteral("kind")));
}

void TestWireRecords::refusesBadFields_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("field");
    const QJsonObject note { { QStringLiteral("id"), QStringLiteral("n1") },
                             { QStringLiteral("case_id"), 8112829 },
                             { QStringLiteral("author_id"), QStringLiteral("u1") },
                             { QStringLiteral("text"), QStringLiteral("Cek lapangan Senin.") },
                             { QStringLiteral("created_at"),
                               QStringLiteral("2026-11-20T03:00:00Z") } };
    auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject copy = note;
        copy.insert(QLatin1String(key), value);
        return change("note", copy);
    };
    QTest::newRow("id null") << with("id", QJsonValue()) << QStringLiteral("note.id");
    QTest::newRow("case id zero") << with("case_id", 0) << QStringLiteral("note.case_id");
    QTest::newRow("case id huge") << with("case_id", 1e17) << QStringLiteral("note.case_id");
    QTest::newRow("text empty") << with("text", QStringLiteral("  "))
                                << QStringLiteral("note.text");
    QTest::newRow("text number") << with("text", 5) << QStringLiteral("note.text");
    QTest::newRow("time garbage") << with("created_at", QStringLiteral("kemarin"))
                                  << QStringLiteral("note.created_at");
    QTest::newRow("time array") << with("created_at", QJsonArray())
                                << QStringLiteral("note.created_at");
}

void TestWireRecords::refusesBadFields()
{
    QFETCH(QJsonObject, record);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!Wire::decodeChange(record, &error));
    QVERIFY2(error.startsWith(field), qPrintable(error));
}

static QJsonObject draftRecord(const QJsonValue &revisions)
{
    QJsonObject d { { QStringLiteral("id"), QStringLiteral("x1") },
                    { QStringLiteral("case_id"), 8112829 },
                    { QStringLiteral("author_id"), QStringLiteral("u-petugas1") },
                    { QStringLiteral("unit_id"), QStringLiteral("dpupr") },
                    { QStringLiteral("state"), QStringLiteral("submitted") },
                    { QStringLiteral("revision"), 2 },
                    { QStringLiteral("text"), QStringLiteral("Revisi kedua.") },
                    { QStringLiteral("base_case_version"), 3 },
                    { QStringLiteral("version"), 2 },
                    { QStringLiteral("created_at"), QStringLiteral("2026-11-20T03:00:00Z") },
                    { QStringLiteral("updated_at"), QStringLiteral("2026-11-21T03:00:00Z") } };
    if (!revisions.isUndefined())
        d.insert(QStringLiteral("revisions"), revisions);
    return change("draft", d);
}

static QJsonObject revision(const QJsonValue &number, const QJsonValue &text)
{
    return { { QStringLiteral("revision"), number },
             { QStringLiteral("text"), text },
             { QStringLiteral("submitted_at"), QStringLiteral("2026-11-20T03:00:00Z") } };
}

void TestWireRecords::draftCarriesEveryRevision()
{
    QString error;
    const auto decoded = Wire::decodeChange(
        draftRecord(QJsonArray { revision(1, QStringLiteral("Revisi pertama.")),
                                 revision(2, QStringLiteral("Revisi kedua.")) }),
        &error);
    QVERIFY2(decoded, qPrintable(error));
    const auto &draft = std::get<HubDraft>(*decoded);
    QCOMPARE(draft.revisions.size(), 2);
    QCOMPARE(draft.revisions.at(0).number, 1);
    QCOMPARE(draft.revisions.at(0).text, QStringLiteral("Revisi pertama."));
    QCOMPARE(draft.revisions.at(0).authorId, QStringLiteral("u-petugas1"));
    QCOMPARE(draft.revisions.at(0).createdAt, QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC));

    // An older hub without the field: only the current revision is known.
    const auto older = Wire::decodeChange(draftRecord(QJsonValue::Undefined), &error);
    QVERIFY2(older, qPrintable(error));
    QVERIFY(std::get<HubDraft>(*older).revisions.isEmpty());
}

void TestWireRecords::draftRevisionsAreStrict_data()
{
    QTest::addColumn<QJsonValue>("revisions");
    QTest::newRow("not an array") << QJsonValue(QStringLiteral("1,2"));
    QTest::newRow("entry not an object") << QJsonValue(QJsonArray { 1 });
    QTest::newRow("revision zero") << QJsonValue(QJsonArray { revision(0, QStringLiteral("x")) });
    QTest::newRow("text missing") << QJsonValue(QJsonArray { revision(1, QJsonValue()) });
    QJsonArray many;
    for (int i = 1; i <= 1001; ++i)
        many.append(revision(i, QStringLiteral("x")));
    QTest::newRow("too many") << QJsonValue(many);
}

void TestWireRecords::draftRevisionsAreStrict()
{
    QFETCH(QJsonValue, revisions);
    QString error;
    QVERIFY(!Wire::decodeChange(draftRecord(revisions), &error));
    QVERIFY2(error.startsWith(QLatin1String("draft.revisions")), qPrintable(error));
}

void TestWireRecords::nextPageLinkIsRead_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("cursor"); // empty: no next page
    QTest::newRow("hub") << QByteArray(
        R"(</v1/changes?after=3be3a7c0-1234&limit=1000>; rel="next")")
                         << QStringLiteral("3be3a7c0-1234");
    QTest::newRow("unquoted, spaced")
        << QByteArray("< /v1/changes?limit=5&after=ab-9 > ;REL = next") << QStringLiteral("ab-9");
    QTest::newRow("among others") << QByteArray(
        R"(</v1/x>; rel="prev", </v1/changes?after=e-7>; rel="last next")")
                                  << QStringLiteral("e-7");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("not next") << QByteArray(R"(</v1/changes?after=e-7>; rel="prev")") << QString();
    QTest::newRow("no cursor") << QByteArray(R"(</v1/changes?limit=5>; rel="next")") << QString();
    QTest::newRow("unclosed") << QByteArray(R"(</v1/changes?after=e-7; rel="next")") << QString();
    QTest::newRow("odd characters")
        << QByteArray(R"(</v1/changes?after=e-7%22%3E%3Cscript>; rel="next")") << QString();
    QTest::newRow("too long") << (QByteArray("</v1/changes?after=") + QByteArray(129, 'a')
                                  + QByteArray(R"(>; rel="next")"))
                              << QString();
}

void TestWireRecords::nextPageLinkIsRead()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, cursor);
    const std::optional<QString> read = Wire::nextPageCursor(header);
    QCOMPARE(read.value_or(QString()), cursor);
    QCOMPARE(read.has_value(), !cursor.isEmpty());
}

QTEST_GUILESS_MAIN(TestWireRecords)
#include "tst_wirerecords.moc"
