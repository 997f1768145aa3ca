// The client's strict decoding of one GET /v1/changes page (docs/hub-api.md): the page is
// read in place as FeedPageJob and SyncEngine::onPage read it, through
// Wire::decodeFeedPage, and every record goes through Wire::decodeChange. Whatever it
// accepts must already satisfy the rules the store and the views rely on; whatever it
// refuses must say why. QJsonDocument reads the same text beside it: JsonTape may refuse
// more, never less, and both readings must decode every record alike.
#include "fuzzcheck.h"
#include "protocol/records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace lapor;

namespace {

void checkTime(const QDateTime &time, bool required, const char *what)
{
    if (!required && !time.isValid())
        return;
    FUZZ_CHECK(time.isValid(), "%s: invalid time accepted", what);
    FUZZ_CHECK(time.timeSpec() == Qt::UTC, "%s: time not in UTC", what);
}

void checkId(const QString &id, const char *what)
{
    FUZZ_CHECK(!id.trimmed().isEmpty() && id.size() <= 64, "%s: id [%s]", what,
               id.toUtf8().constData());
}

bool isLowerHex(const QString &text)
{
    for (const QChar ch : text) {
        if (!((ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
              || (ch >= QLatin1Char('a') && ch <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

struct Checker
{
    void operator()(std::monostate) const { }
    void operator()(const Case &c) const
    {
        FUZZ_CHECK(c.validate().isEmpty(), "case: %s", c.validate().toUtf8().constData());
        checkTime(c.receivedAt, true, "case.received_at");
        checkTime(c.disposedAt, false, "case.disposed_at");
        checkTime(c.firstFollowupAt, false, "case.first_followup_at");
        checkTime(c.lastFollowupAt, false, "case.last_followup_at");
        checkTime(c.lastReplyAt, false, "case.last_reply_at");
        FUZZ_CHECK(c.version >= 0, "case: negative version");
    }
    void operator()(const Followup &f) const
    {
        checkId(f.id, "followup");
        FUZZ_CHECK(f.caseId > 0 && f.caseId <= kMaxTrackingId, "followup: case id");
        checkTime(f.publishedAt, true, "followup.published_at");
    }
    void operator()(const CitizenReply &r) const
    {
        checkId(r.id, "citizen_reply");
        FUZZ_CHECK(r.rating >= 0 && r.rating <= 5, "citizen_reply: rating %d", r.rating);
        checkTime(r.createdAt, true, "citizen_reply.created_at");
    }
    void operator()(const Disposition &d) const
    {
        checkId(d.id, "disposition");
        checkId(d.toUnitId, "disposition.to_unit_id");
        checkTime(d.at, true, "disposition.at");
    }
    void operator()(const InternalNote &n) const
    {
        checkId(n.id, "note");
        FUZZ_CHECK(!n.text.trimmed().isEmpty(), "note: empty text");
        checkTime(n.createdAt, true, "note.created_at");
    }
    void operator()(const AttachmentInfo &a) const
    {
        checkId(a.id, "attachment");
        FUZZ_CHECK(!a.fileName.trimmed().isEmpty(), "attachment: no file name");
        FUZZ_CHECK(a.size >= 0, "attachment: negative size");
        // The download is verified against this digest (AttachmentFetcher).
        FUZZ_CHECK(a.sha256.size() == 64 && isLowerHex(a.sha256), "attachment: sha256 [%s]",
                   a.sha256.toUtf8().constData());
    }
    void operator()(const Unit &u) const
    {
        checkId(u.id, "unit");
        FUZZ_CHECK(!u.name.trimmed().isEmpty(), "unit: no name");
    }
    void operator()(const User &u) const
    {
        checkId(u.id, "user");
        FUZZ_CHECK(!u.username.trimmed().isEmpty(), "user: no username");
    }
    void operator()(const Holiday &h) const { FUZZ_CHECK(h.date.isValid(), "holiday: date"); }
    void operator()(const HubDraft &h) const
    {
        checkId(h.draft.id, "draft");
        checkId(h.draft.authorId, "draft.author_id");
        FUZZ_CHECK(h.draft.revision >= 0 && h.hubVersion >= 0, "draft: negative numbers");
        checkTime(h.draft.updatedAt, true, "draft.updated_at");
    }
    void operator()(const Decision &d) const
    {
        checkId(d.id, "decision");
        checkId(d.draftId, "decision.draft_id");
        FUZZ_CHECK(d.revision >= 1, "decision: revision %d", d.revision);
        checkTime(d.decidedAt, true, "decision.decided_at");
    }
    void operator()(const CaseRemoval &r) const
    {
        FUZZ_CHECK(r.trackingId > 0 && r.trackingId <= kMaxTrackingId, "remove: case id");
    }
};

// One record, read as the sync reads it (in a JsonTape) and as a QJsonValue tree: both
// readings must come to the same record, or refuse it for the same reason.
void checkRecord(const JsonRef &inPlace, const QJsonValue &tree)
{
    QString why;
    QString treeWhy;
    const auto record = Wire::decodeChange(inPlace, &why);
    const auto fromTree = Wire::decodeChange(tree.toObject(), &treeWhy);
    FUZZ_CHECK(bool(record) == bool(fromTree), "readings disagree: [%s] [%s]",
               why.toUtf8().constData(), treeWhy.toUtf8().constData());
    if (!record) {
        FUZZ_CHECK(!why.isEmpty(), "record refused without a reason");
        FUZZ_CHECK(why == treeWhy, "refused for other reasons: [%s] [%s]", why.toUtf8().constData(),
                   treeWhy.toUtf8().constData());
        return;
    }
    FUZZ_CHECK(Wire::encodeChange(*record) == Wire::encodeChange(*fromTree),
               "readings decode to different records");
    std::visit(Checker {}, *record);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(body, &parseError);
    const bool treeReads = parseError.error == QJsonParseError::NoError && doc.isObject();
    QString malformed;
    QString invalid;
    const auto decoded = Wire::decodeFeedPage(body, 4000, &malformed, &invalid);
    if (!malformed.isEmpty()) {
        // Stricter than QJsonDocument is allowed ("1.", "\\x"); the tree's records still go
        // through the decoders.
        FUZZ_CHECK(!decoded, "a page from text refused as malformed");
        if (treeReads)
            checkRecord(doc.object(), doc.object());
        return 0;
    }
    FUZZ_CHECK(treeReads, "JsonTape took what QJsonDocument refuses (%s)",
               parseError.errorString().toUtf8().constData());
    const QJsonObject page = doc.object();
    if (!decoded) {
        // A page the envelope decoder refuses is decoded as one record instead, so that
        // the fuzzer reaches the record decoders from short inputs too.
        FUZZ_CHECK(!invalid.isEmpty(), "page refused without a reason");
        checkRecord(JsonRef(JsonTape::parse(body, nullptr), 0), page);
        return 0;
    }
    FUZZ_CHECK(decoded->records.size() <= 4000, "page over its limit accepted");
    const QJsonArray tree = page.value(QLatin1String("records")).toArray();
    FUZZ_CHECK(decoded->records.size() == tree.size(), "readings count different records");
    for (qsizetype i = 0; i < tree.size(); ++i)
        checkRecord(decoded->records.at(i), tree.at(i));
    return 0;
}
