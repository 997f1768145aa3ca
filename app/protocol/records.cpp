#include "records.h"

#include "core/keytable.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <utility>

namespace lapor {

namespace protocol::RecordKinds {

namespace {
constexpr KeyTable<RecordKind, 13> kKeys { { {
    { RecordKind::Case, "case" },
    { RecordKind::Followup, "followup" },
    { RecordKind::CitizenReply, "citizen_reply" },
    { RecordKind::Disposition, "disposition" },
    { RecordKind::Note, "note" },
    { RecordKind::Attachment, "attachment" },
    { RecordKind::Unit, "unit" },
    { RecordKind::User, "user" },
    { RecordKind::Agency, "agency" },
    { RecordKind::Holiday, "holiday" },
    { RecordKind::Draft, "draft" },
    { RecordKind::Decision, "decision" },
    { RecordKind::Remove, "remove" },
} } };
} // namespace

QString key(RecordKind kind)
{
    return kKeys.key(kind);
}

std::optional<RecordKind> fromKey(const QString &key)
{
    return kKeys.fromKey(key);
}

QList<RecordKind> all()
{
    return kKeys.all();
}

std::optional<RecordKind> of(const ChangeData &record)
{
    return std::visit(
        [](const auto &value) -> std::optional<RecordKind> {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Case>)
                return RecordKind::Case;
            else if constexpr (std::is_same_v<T, Followup>)
                return RecordKind::Followup;
            else if constexpr (std::is_same_v<T, CitizenReply>)
                return RecordKind::CitizenReply;
            else if constexpr (std::is_same_v<T, Disposition>)
                return RecordKind::Disposition;
            else if constexpr (std::is_same_v<T, InternalNote>)
                return RecordKind::Note;
            else if constexpr (std::is_same_v<T, AttachmentInfo>)
                return RecordKind::Attachment;
            else if constexpr (std::is_same_v<T, Unit>)
                return RecordKind::Unit;
            else if constexpr (std::is_same_v<T, User>)
                return RecordKind::User;
            else if constexpr (std::is_same_v<T, Holiday>)
                return RecordKind::Holiday;
            else if constexpr (std::is_same_v<T, HubDraft>)
                return RecordKind::Draft;
            else if constexpr (std::is_same_v<T, Decision>)
                return RecordKind::Decision;
            else if constexpr (std::is_same_v<T, CaseRemoval>)
                return RecordKind::Remove;
            else
                return std::nullopt;
        },
        record);
}

QHash<QString, QString> ignoredKinds()
{
    return {
        { QStringLiteral("agency"),
          QStringLiteral("the desk takes the agency's name and zone from the signed-in "
                         "user (auth.token), which names the agency it works for") },
    };
}

QHash<QString, QString> ignoredFields()
{
    // Nothing yet: every field of every kind the desk decodes is read.
    return {};
}

} // namespace protocol::RecordKinds

namespace Wire {

std::optional<ChangeData> decodeChange(const JsonRef &o, QString *error)
{
    StrictJson json(o, QStringLiteral("change"));
    const QString kind = json.string("kind", 32, false);
    const JsonRef data = json.object("data");
    if (!json.ok()) {
        if (error)
            *error = json.error();
        return std::nullopt;
    }
    auto wrap = [](auto decoded) -> std::optional<ChangeData> {
        if (!decoded)
            return std::nullopt;
        return ChangeData(std::move(*decoded));
    };
    using protocol::RecordKind;
    switch (protocol::RecordKinds::fromKey(kind).value_or(RecordKind::Agency)) {
    case RecordKind::Case:
        return wrap(decodeCase(data, error));
    case RecordKind::Followup:
        return wrap(decodeFollowup(data, error));
    case RecordKind::CitizenReply:
        return wrap(decodeReply(data, error));
    case RecordKind::Disposition:
        return wrap(decodeDisposition(data, error));
    case RecordKind::Note:
        return wrap(decodeNote(data, error));
    case RecordKind::Attachment:
        return wrap(decodeAttachment(data, error));
    case RecordKind::Unit:
        return wrap(decodeUnit(data, error));
    case RecordKind::User:
        return wrap(decodeUser(data, error));
    case RecordKind::Holiday:
        return wrap(decodeHoliday(data, error));
    case RecordKind::Draft:
        return wrap(decodeDraft(data, error));
    case RecordKind::Decision:
        return wrap(decodeDecision(data, error));
    case RecordKind::Remove:
        return wrap(decodeRemoval(data, error));
    case RecordKind::Agency: // skipped on purpose (RecordKinds::ignoredKinds), or unknown
        break;
    }
    return ChangeData(std::monostate());
}

std::optional<protocol::FeedPage> decodeFeedPage(const JsonRef &o, qsizetype maxRecords,
                                                 QString *error)
{
    const JsonRef records = o.member(QLatin1StringView("records"));
    const JsonRef next = o.member(QLatin1StringView("next_cursor"));
    const JsonRef more = o.member(QLatin1StringView("more"));
    if (!records.isArray() || !next.isString() || !more.isBool()) {
        if (error)
            *error = QStringLiteral("change page lacks records, next_cursor or more");
        return std::nullopt;
    }
    if (const qsizetype count = records.size(); count > maxRecords) {
        if (error)
            *error
                = QStringLiteral("page of %1 records for a limit of %2").arg(count).arg(maxRecords);
        return std::nullopt;
    }
    protocol::FeedPage page;
    page.records = records.entries();
    page.nextCursor = next.toString();
    page.more = more.toBool();
    return page;
}

std::optional<protocol::FeedPage> decodeFeedPage(const QByteArray &body, qsizetype maxRecords,
                                                 QString *malformed, QString *error)
{
    const auto tape = JsonTape::parse(body, malformed);
    if (!tape)
        return std::nullopt;
    if (tape->at(0).type != JsonTape::Type::Object) {
        if (malformed)
            *malformed = QStringLiteral("not an object");
        return std::nullopt;
    }
    return decodeFeedPage(JsonRef(tape, 0), maxRecords, error);
}

std::optional<QString> nextPageCursor(const QByteArray &linkHeader)
{
    // Each link-value is `<target>` followed by `; name=value` parameters.
    constexpr qsizetype kMaxCursor = 128;
    qsizetype at = 0;
    while ((at = linkHeader.indexOf('<', at)) >= 0) {
        const qsizetype close = linkHeader.indexOf('>', at);
        if (close < 0)
            return std::nullopt;
        const QByteArray target = linkHeader.mid(at + 1, close - at - 1).trimmed();
        const qsizetype nextValue = linkHeader.indexOf('<', close);
        const QByteArray params
            = linkHeader.mid(close + 1, nextValue < 0 ? -1 : nextValue - close - 1);
        at = close + 1;
        bool next = false;
        for (const QByteArray &param : params.split(';')) {
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.endsWith(','))
                value.chop(1);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            for (const QByteArray &rel : value.simplified().split(' '))
                next = next || rel.toLower() == "next";
        }
        if (!next)
            continue;
        const QUrlQuery query(QUrl::fromEncoded(target));
        const QString cursor = query.queryItemValue(QStringLiteral("after"));
        const bool plain = !cursor.isEmpty() && cursor.size() <= kMaxCursor
            && std::all_of(cursor.cbegin(), cursor.cend(), [](QChar c) {
                   return c.isDigit() || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                       || c == u'-' || c == u'_' || c == u'.' || c == u'~';
               });
        return plain ? std::optional<QString>(cursor) : std::nullopt;
    }
    return std::nullopt;
}

// --- encoders: what laporhub sends

QString time(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue optionalTime(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(time(value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject encodeChange(const ChangeData &record)
{
    const auto kind = protocol::RecordKinds::of(record);
    if (!kind)
        return {};
    QJsonObject o;
    o.insert(QLatin1String("kind"), protocol::RecordKinds::key(*kind));
    o.insert(QLatin1String("data"),
             std::visit(
                 [](const auto &value) -> QJsonObject {
                     if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::monostate>)
                         return {};
                     else
                         return encode(value);
                 },
                 record));
    return o;
}

QByteArray envelope(protocol::RecordKind kind, const QJsonObject &data)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), protocol::RecordKinds::key(kind));
    o.insert(QLatin1String("data"), data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Wire

} // namespace lapor
