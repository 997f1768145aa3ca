#include "requests.h"

#include "strictjson.h"

namespace lapor::protocol::Writes {

namespace {

template<typename... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr qsizetype kIdLength = 64;
constexpr qsizetype kTextLength = 100'000;

} // namespace

Route route(const WriteRequest &request)
{
    return std::visit(Overloaded {
                          [](const SubmitRevision &) { return Route::DraftsSubmit; },
                          [](const DecideDraft &) { return Route::DraftsDecide; },
                          [](const ForwardCase &) { return Route::CasesForward; },
                          [](const ReturnNotAuthority &) { return Route::CasesNotAuthority; },
                          [](const AddNote &) { return Route::CasesNotes; },
                          [](const UploadAttachment &) { return Route::AttachmentsUpload; },
                      },
                      request);
}

QStringList pathArguments(const WriteRequest &request)
{
    return std::visit(Overloaded {
                          [](const SubmitRevision &r) { return QStringList { r.draftId }; },
                          [](const DecideDraft &r) { return QStringList { r.draftId }; },
                          [](const auto &r) { return QStringList { QString::number(r.caseId) }; },
                      },
                      request);
}

QJsonObject body(const WriteRequest &request)
{
    if (std::holds_alternative<UploadAttachment>(request))
        return {};
    return payload(request);
}

QUrlQuery query(const WriteRequest &request)
{
    QUrlQuery query;
    if (const auto *upload = std::get_if<UploadAttachment>(&request)) {
        query.addQueryItem(QStringLiteral("file_name"), upload->fileName);
        query.addQueryItem(QStringLiteral("owner_kind"), QStringLiteral("draft"));
        query.addQueryItem(QStringLiteral("owner_id"), upload->draftId);
    }
    return query;
}

QString entityId(const WriteRequest &request)
{
    return std::visit(Overloaded {
                          [](const SubmitRevision &r) { return r.draftId; },
                          [](const DecideDraft &r) { return r.draftId; },
                          [](const AddNote &r) { return r.id; },
                          [](const UploadAttachment &r) { return r.draftId; },
                          [](const auto &r) { return QString::number(r.caseId); },
                      },
                      request);
}

QJsonObject payload(const WriteRequest &request)
{
    return std::visit(
        Overloaded {
            [](const SubmitRevision &r) {
                return QJsonObject { { QStringLiteral("case_id"), r.caseId },
                                     { QStringLiteral("revision"), r.revision },
                                     { QStringLiteral("text"), r.text },
                                     { QStringLiteral("base_case_version"), r.baseCaseVersion } };
            },
            [](const DecideDraft &r) {
                QJsonObject o { { QStringLiteral("decision"),
                                  r.approve ? QStringLiteral("approve")
                                            : QStringLiteral("return") },
                                { QStringLiteral("revision"), r.revision } };
                // Optional members are left out rather than sent empty.
                if (!r.id.isEmpty())
                    o.insert(QStringLiteral("id"), r.id);
                if (!r.comment.isEmpty())
                    o.insert(QStringLiteral("comment"), r.comment);
                return o;
            },
            [](const ForwardCase &r) {
                QJsonObject o { { QStringLiteral("to_unit_id"), r.toUnitId } };
                if (!r.id.isEmpty())
                    o.insert(QStringLiteral("id"), r.id);
                if (!r.note.isEmpty())
                    o.insert(QStringLiteral("note"), r.note);
                return o;
            },
            [](const ReturnNotAuthority &r) {
                return QJsonObject { { QStringLiteral("reason"), r.reason } };
            },
            [](const AddNote &r) {
                return QJsonObject { { QStringLiteral("text"), r.text },
                                     { QStringLiteral("id"), r.id } };
            },
            [](const UploadAttachment &r) {
                return QJsonObject { { QStringLiteral("case_id"), r.caseId },
                                     { QStringLiteral("draft_id"), r.draftId },
                                     { QStringLiteral("file_name"), r.fileName },
                                     { QStringLiteral("file"), r.localFile },
                                     { QStringLiteral("mime_type"), r.mimeType },
                                     { QStringLiteral("size"), r.size },
                                     { QStringLiteral("sha256"), r.sha256 } };
            },
        },
        request);
}

std::optional<WriteRequest> fromPayload(Route route, qint64 caseId, const QString &entity,
                                        const QJsonObject &payload, QString *error)
{
    StrictJson json(payload, QStringLiteral("outbox.") + Routes::id(route));
    // Optional members were left out when empty.
    auto optionalText = [&](const char *key) {
        return payload.contains(QLatin1String(key)) ? json.string(key, kTextLength) : QString();
    };
    std::optional<WriteRequest> request;
    switch (route) {
    case Route::DraftsSubmit: {
        SubmitRevision r;
        r.draftId = entity;
        r.caseId = caseId;
        r.revision = int(json.integer("revision", 1, 1'000'000));
        r.text = json.string("text", kTextLength);
        r.baseCaseVersion = json.integer("base_case_version", 0, qint64(1) << 52);
        request = r;
        break;
    }
    case Route::DraftsDecide: {
        DecideDraft r;
        r.draftId = entity;
        r.approve
            = json.keyword("decision", { QStringLiteral("approve"), QStringLiteral("return") })
            == QLatin1String("approve");
        r.revision = int(json.integer("revision", 1, 1'000'000));
        r.id = optionalText("id");
        r.comment = optionalText("comment");
        request = r;
        break;
    }
    case Route::CasesForward: {
        ForwardCase r;
        r.caseId = caseId;
        r.toUnitId = json.string("to_unit_id", kIdLength, false);
        r.id = optionalText("id");
        r.note = optionalText("note");
        request = r;
        break;
    }
    case Route::CasesNotAuthority:
        request = ReturnNotAuthority { caseId, json.string("reason", kTextLength, false) };
        break;
    case Route::CasesNotes:
        request
            = AddNote { caseId, payload.contains(QLatin1String("id")) ? optionalText("id") : entity,
                        json.string("text", kTextLength, false) };
        break;
    case Route::AttachmentsUpload: {
        UploadAttachment r;
        r.caseId = caseId;
        r.draftId = entity;
        r.fileName = json.string("file_name", 255, false);
        r.localFile = json.string("file", 4096, false);
        r.mimeType = json.string("mime_type", 128);
        r.size = payload.contains(QLatin1String("size")) ? json.integer("size", 0, qint64(1) << 40)
                                                         : 0;
        r.sha256 = optionalText("sha256");
        request = r;
        break;
    }
    default:
        json.fail("kind", QStringLiteral("not a write the desk queues"));
        break;
    }
    if (!json.ok()) {
        if (error)
            *error = json.error();
        return std::nullopt;
    }
    return request;
}

} // namespace lapor::protocol::Writes
