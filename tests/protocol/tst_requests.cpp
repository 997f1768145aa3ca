// The writes the desk queues: each kept in the outbox as a payload and read back as the
// same typed write, with its route, path and body, including payloads queued before
// optional members existed.
#include "protocol/requests.h"

#include <QTest>

using namespace lapor;
using namespace lapor::protocol;

class TestRequests : public QObject
{
    Q_OBJECT

private slots:
    void payloadRoundTrips_data();
    void payloadRoundTrips();
    void uploadTravelsAsQueryAndFile();
    void olderPayloadsStillRead();
    void brokenPayloadIsRefusedWithItsField();
};

void TestRequests::payloadRoundTrips_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("path");
    QTest::newRow("submit") << 0 << QStringLiteral("/v1/drafts/d-1/revisions");
    QTest::newRow("decide") << 1 << QStringLiteral("/v1/drafts/d-1/decision");
    QTest::newRow("forward") << 2 << QStringLiteral("/v1/cases/8000019/forward");
    QTest::newRow("not authority") << 3 << QStringLiteral("/v1/cases/8000019/not-authority");
    QTest::newRow("note") << 4 << QStringLiteral("/v1/cases/8000019/notes");
    QTest::newRow("upload") << 5 << QStringLiteral("/v1/cases/8000019/attachments");
}

void TestRequests::payloadRoundTrips()
{
    QFETCH(int, index);
    QFETCH(QString, path);
    const QList<WriteRequest> writes {
        SubmitRevision { QStringLiteral("d-1"), 8000019, 2, QStringLiteral("Teks revisi."), 4 },
        DecideDraft { QStringLiteral("d-1"), QStringLiteral("dec-1"), false, 2,
                      QStringLiteral("Lengkapi tanggalnya.") },
        ForwardCase { 8000019, QStringLiteral("disp-1"), QStringLiteral("dinkes"),
                      QStringLiteral("Kewenangan dinkes.") },
        ReturnNotAuthority { 8000019, QStringLiteral("Kewenangan provinsi.") },
        AddNote { 8000019, QStringLiteral("n-1"), QStringLiteral("Catatan.") },
        UploadAttachment { 8000019, QStringLiteral("d-1"), QStringLiteral("foto.jpg"),
                           QStringLiteral("image/jpeg"), QStringLiteral("drafts/d-1/foto.jpg"),
                           2048, QString(64, QLatin1Char('a')) },
    };
    const WriteRequest &write = writes.at(index);
    const QString entity = Writes::entityId(write);
    QString error;
    const auto back = Writes::fromPayload(Writes::route(write), 8000019, entity,
                                          Writes::payload(write), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(Writes::route(*back), Writes::route(write));
    QCOMPARE(Writes::payload(*back), Writes::payload(write));
    QCOMPARE(Writes::body(*back), Writes::body(write));
    QCOMPARE(Routes::path(Writes::route(*back), Writes::pathArguments(*back)), path);
}

void TestRequests::uploadTravelsAsQueryAndFile()
{
    const UploadAttachment upload { 8000019,
                                    QStringLiteral("d-1"),
                                    QStringLiteral("foto jalan.jpg"),
                                    QStringLiteral("image/jpeg"),
                                    QStringLiteral("drafts/d-1/foto jalan.jpg"),
                                    2048,
                                    {} };
    QVERIFY(Writes::body(upload).isEmpty());
    const QUrlQuery query = Writes::query(upload);
    QCOMPARE(query.queryItemValue(QStringLiteral("file_name")), QStringLiteral("foto jalan.jpg"));
    QCOMPARE(query.queryItemValue(QStringLiteral("owner_kind")), QStringLiteral("draft"));
    QCOMPARE(query.queryItemValue(QStringLiteral("owner_id")), QStringLiteral("d-1"));
    // The profile path stays on the desk.
    QVERIFY(!query.toString().contains(QStringLiteral("drafts/")));
}

void TestRequests::olderPayloadsStillRead()
{
    // Queued by a desk that sent no ids and no empty optional members.
    QString error;
    const auto decide
        = Writes::fromPayload(Route::DraftsDecide, 8000019, QStringLiteral("d-1"),
                              { { QStringLiteral("decision"), QStringLiteral("approve") },
                                { QStringLiteral("revision"), 1 } },
                              &error);
    QVERIFY2(decide, qPrintable(error));
    QCOMPARE(Writes::body(*decide),
             QJsonObject({ { QStringLiteral("decision"), QStringLiteral("approve") },
                           { QStringLiteral("revision"), 1 } }));
    const auto note
        = Writes::fromPayload(Route::CasesNotes, 8000019, QStringLiteral("n-9"),
                              { { QStringLiteral("text"), QStringLiteral("Catatan.") } }, &error);
    QVERIFY2(note, qPrintable(error));
    QCOMPARE(std::get<AddNote>(*note).id, QStringLiteral("n-9"));
}

void TestRequests::brokenPayloadIsRefusedWithItsField()
{
    QString error;
    QVERIFY(!Writes::fromPayload(Route::DraftsSubmit, 8000019, QStringLiteral("d-1"),
                                 { { QStringLiteral("revision"), QStringLiteral("dua") } },
                                 &error));
    QVERIFY2(error.contains(QStringLiteral("revision")), qPrintable(error));
    QVERIFY(!Writes::fromPayload(Route::Changes, 8000019, QString(), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
