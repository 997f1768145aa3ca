#include "answers.h"

namespace lapor::Wire {

namespace {

using protocol::Route;

bool isDraftRoute(Route route)
{
    return route == Route::DraftsSubmit || route == Route::DraftsDecide
        || route == Route::DraftsGet;
}

// One member of an answer object, decoded as a record of its kind; the error names it.
template<typename Decoder>
bool take(const QJsonObject &body, const char *key, Decoder decode, bool nullable,
          QList<ChangeData> *records, QString *error)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (nullable && value.isNull())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("answer.%1: missing or not an object").arg(QLatin1String(key));
        return false;
    }
    auto decoded = decode(value.toObject(), error);
    if (!decoded)
        return false;
    records->append(ChangeData(std::move(*decoded)));
    return true;
}

template<typename Decoder>
bool whole(const QJsonObject &body, Decoder decode, QList<ChangeData> *records, QString *error)
{
    auto decoded = decode(body, error);
    if (!decoded)
        return false;
    records->append(ChangeData(std::move(*decoded)));
    return true;
}

} // namespace

std::optional<QList<ChangeData>> decodeAnswer(Route route, const QJsonObject &body, QString *error)
{
    QList<ChangeData> records;
    QString why;
    bool ok = false;
    switch (route) {
    case Route::DraftsSubmit:
    case Route::DraftsGet:
        ok = whole(body, decodeDraft, &records, &why);
        break;
    case Route::DraftsDecide:
        // The decision first: ChangeWriter then settles the draft it names.
        ok = take(body, "decision", decodeDecision, false, &records, &why)
            && take(body, "draft", decodeDraft, false, &records, &why)
            && take(body, "case", decodeCase, false, &records, &why)
            && take(body, "followup", decodeFollowup, true, &records, &why);
        break;
    case Route::CasesForward:
        ok = take(body, "disposition", decodeDisposition, false, &records, &why)
            && take(body, "case", decodeCase, false, &records, &why);
        break;
    case Route::CasesNotAuthority:
    case Route::CasesGet:
        ok = whole(body, decodeCase, &records, &why);
        break;
    case Route::CasesNotes:
        ok = whole(body, decodeNote, &records, &why);
        break;
    case Route::AttachmentsUpload:
        ok = whole(body, decodeAttachment, &records, &why);
        break;
    default:
        why = QStringLiteral("route %1 does not answer with records")
                  .arg(protocol::Routes::id(route));
        break;
    }
    if (!ok) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return records;
}

std::optional<ChangeData> decodeCurrent(Route route, const QJsonObject &problem)
{
    const QJsonValue current = problem.value(QLatin1String("current"));
    if (!current.isObject())
        return std::nullopt;
    QString why;
    if (isDraftRoute(route)) {
        if (auto draft = decodeDraft(current.toObject(), &why))
            return ChangeData(std::move(*draft));
        return std::nullopt;
    }
    if (auto c = decodeCase(current.toObject(), &why))
        return ChangeData(std::move(*c));
    return std::nullopt;
}

qint64 staleVersion(const QJsonObject &problem)
{
    const QJsonValue current = problem.value(QLatin1String("current_version"));
    if (problem.value(QLatin1String("status")).toInt() != 412 || !current.isDouble())
        return 0;
    return qint64(current.toDouble());
}

QJsonObject bareProblem(int status)
{
    return { { QStringLiteral("status"), status } };
}

qint64 answeredVersion(Route route, const QList<ChangeData> &records)
{
    for (const ChangeData &record : records) {
        if (isDraftRoute(route)) {
            if (const auto *draft = std::get_if<HubDraft>(&record))
                return draft->hubVersion;
        } else if (const auto *c = std::get_if<Case>(&record)) {
            return c->version;
        }
    }
    return 0;
}

} // namespace lapor::Wire
