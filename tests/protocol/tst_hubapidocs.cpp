// docs/hub-api.md against the code: every JSON example marked `<!-- example: … -->` is
// read by the desk's decoders and given back unchanged by the encoders laporhub uses, and
// every route of the route table has its heading with the same method, path and id. So
// the page cannot drift from either side.
#include "protocol/answers.h"
#include "protocol/records.h"
#include "protocol/requests.h"
#include "protocol/routes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace lapor;
using protocol::Route;

namespace {

struct Example
{
    QString kind; // record, request, answer, page
    QString name; // the record kind or route id
    int line = 0;
    QJsonObject json;
    QString parseError;
};

QString docText()
{
    QFile file(QStringLiteral(LAPOR_HUB_API_DOC));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<Example> examples(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("^<!-- example: (record|request|answer|page)\\s*([a-z_.]*) -->$"));
    QList<Example> found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto match = marker.match(lines.at(i).trimmed());
        if (!match.hasMatch())
            continue;
        Example example { match.captured(1), match.captured(2), i + 1, {}, {} };
        int at = i + 1;
        if (at >= lines.size() || lines.at(at).trimmed() != QLatin1String("```json")) {
            example.parseError = QStringLiteral("no ```json block follows the marker");
            found.append(example);
            continue;
        }
        QStringList block;
        for (++at; at < lines.size() && lines.at(at).trimmed() != QLatin1String("```"); ++at)
            block.append(lines.at(at));
        QJsonParseError error;
        const auto document
            = QJsonDocument::fromJson(block.join(QLatin1Char('\n')).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            example.parseError = error.errorString();
        example.json = document.object();
        found.append(example);
        i = at;
    }
    return found;
}

QString where(const Example &example)
{
    return QStringLiteral("docs/hub-api.md:%1 (%2 %3)")
        .arg(example.line)
        .arg(example.kind, example.name);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The record decoded by the desk and encoded again as laporhub encodes it.
QJsonObject throughBothSides(const QString &kind, const QJsonObject &data, QString *error)
{
    if (kind == QLatin1String("agency")) {
        const auto agency = Wire::decodeAgency(data, error);
        return agency ? Wire::encode(*agency) : QJsonObject();
    }
    const auto record = Wire::decodeChange(
        QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("data"), data } }, error);
    if (!record)
        return {};
    return Wire::encodeChange(*record).value(QLatin1String("data")).toObject();
}

} // namespace

class TestHubApiDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplesAreJson();
    void everyRecordKindHasAnExample();
    void recordExamplesMatchBothSides();
    void requestExamplesMatchTheDesk();
    void answerExamplesAreRecords();
    void pageExampleDecodes();
    void routesHaveTheirHeadings();

private:
    QString m_text;
    QList<Example> m_examples;
};

void TestHubApiDocs::initTestCase()
{
    m_text = docText();
    QVERIFY2(!m_text.isEmpty(), LAPOR_HUB_API_DOC);
    m_examples = examples(m_text);
    QVERIFY(m_examples.size() >= 20);
}

void TestHubApiDocs::examplesAreJson()
{
    for (const Example &example : std::as_const(m_examples))
        QVERIFY2(example.parseError.isEmpty(),
                 qPrintable(where(example) + QStringLiteral(": ") + example.parseError));
}

void TestHubApiDocs::everyRecordKindHasAnExample()
{
    QStringList shown;
    for (const Example &example : std::as_const(m_examples)) {
        if (example.kind == QLatin1String("record"))
            shown.append(example.name);
    }
    for (const auto kind : protocol::RecordKinds::all())
        QVERIFY2(shown.contains(protocol::RecordKinds::key(kind)),
                 qPrintable(QStringLiteral("no example of the %1 record")
                                .arg(protocol::RecordKinds::key(kind))));
}

void TestHubApiDocs::recordExamplesMatchBothSides()
{
    for (const Example &example : std::as_const(m_examples)) {
        if (example.kind != QLatin1String("record"))
            continue;
        QVERIFY2(protocol::RecordKinds::fromKey(example.name),
                 qPrintable(where(example) + QStringLiteral(": not a record kind")));
        QString error;
        const QJsonObject again = throughBothSides(example.name, example.json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(where(example) + QStringLiteral(": ") + error));
        QVERIFY2(again == example.json,
                 qPrintable(where(example)
                            + QStringLiteral(":\n  page %1\n  code %2")
                                  .arg(compact(example.json), compact(again))));
    }
}

void TestHubApiDocs::requestExamplesMatchTheDesk()
{
    int checked = 0;
    for (const Example &example : std::as_const(m_examples)) {
        if (example.kind != QLatin1String("request"))
            continue;
        const auto route = protocol::Routes::fromId(example.name);
        QVERIFY2(route, qPrintable(where(example) + QStringLiteral(": not a route id")));
        QString error;
        const auto request = protocol::Writes::fromPayload(
            *route, 8000019, QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"), example.json,
            &error);
        QVERIFY2(request, qPrintable(where(example) + QStringLiteral(": ") + error));
        QCOMPARE(protocol::Writes::route(*request), *route);
        const QJsonObject body = protocol::Writes::body(*request);
        QVERIFY2(body == example.json,
                 qPrintable(where(example)
                            + QStringLiteral(":\n  page %1\n  desk %2")
                                  .arg(compact(example.json), compact(body))));
        ++checked;
    }
    QCOMPARE(checked, 5);
}

void TestHubApiDocs::answerExamplesAreRecords()
{
    int checked = 0;
    for (const Example &example : std::as_const(m_examples)) {
        if (example.kind != QLatin1String("answer"))
            continue;
        const auto route = protocol::Routes::fromId(example.name);
        QVERIFY2(route, qPrintable(where(example)));
        QString error;
        const auto records = Wire::decodeAnswer(*route, example.json, &error);
        QVERIFY2(records, qPrintable(where(example) + QStringLiteral(": ") + error));
        // Each member is a record of the feed, given back unchanged.
        QJsonObject again;
        for (const ChangeData &record : *records) {
            const QJsonObject change = Wire::encodeChange(record);
            QString member = change.value(QLatin1String("kind")).toString();
            again.insert(member, change.value(QLatin1String("data")));
        }
        QVERIFY2(again == example.json, qPrintable(where(example)));
        ++checked;
    }
    QVERIFY(checked >= 1);
}

void TestHubApiDocs::pageExampleDecodes()
{
    int checked = 0;
    for (const Example &example : std::as_const(m_examples)) {
        if (example.kind != QLatin1String("page"))
            continue;
        QString error;
        const auto page = Wire::decodeFeedPage(example.json, 1000, &error);
        QVERIFY2(page, qPrintable(where(example) + QStringLiteral(": ") + error));
        for (const JsonRef &record : page->records)
            QVERIFY2(Wire::decodeChange(record, &error),
                     qPrintable(where(example) + QStringLiteral(": ") + error));
        ++checked;
    }
    QCOMPARE(checked, 1);
}

void TestHubApiDocs::routesHaveTheirHeadings()
{
    // "### `POST /v1/drafts/{draft_id}/decision` [drafts.decide]"
    static const QRegularExpression heading(
        QStringLiteral("^### `([A-Z]+) ([^` ?]+)[^`]*` \\[([a-z_.]+)\\]$"),
        QRegularExpression::MultilineOption);
    QHash<QString, QPair<QString, QString>> documented; // id -> method, path with {}
    for (auto it = heading.globalMatch(m_text); it.hasNext();) {
        const auto match = it.next();
        QString path = match.captured(2);
        path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("{}"));
        documented.insert(match.captured(3), { match.captured(1), path });
    }
    for (const Route route : protocol::Routes::all()) {
        if (protocol::Routes::isSimulation(route))
            continue;
        const QString id = protocol::Routes::id(route);
        QVERIFY2(documented.contains(id), qPrintable(id + QStringLiteral(" has no heading")));
        const auto &spec = protocol::Routes::spec(route);
        QCOMPARE(documented.value(id).first, QString::fromLatin1(spec.method));
        QCOMPARE(documented.value(id).second, QString::fromLatin1(spec.path));
    }
}

QTEST_GUILESS_MAIN(TestHubApiDocs)
#include "tst_hubapidocs.moc"
