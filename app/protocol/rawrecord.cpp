#include "rawrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace lapor::Wire {

namespace {

// Longer ids are not ids: cut so that a hostile record cannot fill the table's index.
constexpr qsizetype kMaxKeyLength = 128;

QString idText(const JsonRef &value)
{
    if (value.isString())
        return value.toString().left(kMaxKeyLength);
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers as integers, so 8112829 and 8112829.0 name the same case.
        if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

bool isReporterField(const QString &key)
{
    return key.startsWith(QLatin1String("reporter"));
}

QJsonValue redacted(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redacted(array.at(i));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    // Anything but an explicit false is treated as confidential: a record is here
    // because it broke the contract, so its flags cannot be trusted either.
    const QJsonValue confidential = object.value(QLatin1String("confidential"));
    const bool secret = !confidential.isUndefined() && confidential != QJsonValue(false);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isReporterField(it.key())
            || (secret && it.key() == QLatin1String("content") && !it.value().isNull()))
            it.value() = QString();
        else if (it.value().isObject() || it.value().isArray())
            it.value() = redacted(it.value());
    }
    return object;
}

} // namespace

RawRecordKey rawRecordKey(const JsonRef &entry)
{
    RawRecordKey key;
    const JsonRef kind = entry.member(QLatin1StringView("kind"));
    if (kind.isString())
        key.kind = kind.toString().left(kMaxKeyLength);
    const JsonRef data = entry.member(QLatin1StringView("data"));
    for (const char *field : { "tracking_id", "id", "date", "case_id" }) {
        key.entityId = idText(data.member(QLatin1StringView(field)));
        if (!key.entityId.isEmpty())
            break;
    }
    return key;
}

QString keptRecordText(const JsonRef &entry, qsizetype maxBytes)
{
    if (entry.isUndefined())
        return {};
    const QJsonValue clean = redacted(entry.toValue());
    QByteArray json;
    if (clean.isObject())
        json = QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact);
    else if (clean.isArray())
        json = QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact);
    else // a scalar: wrapped so QJsonDocument writes it, then unwrapped
        json = QJsonDocument(QJsonArray { clean }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (json.size() <= maxBytes)
        return QString::fromUtf8(json);
    const QByteArray ellipsis = QByteArrayLiteral("\xe2\x80\xa6");
    qsizetype cut = qMax<qsizetype>(0, maxBytes - ellipsis.size());
    // Never in the middle of a UTF-8 sequence.
    while (cut > 0 && (uchar(json.at(cut)) & 0xc0) == 0x80)
        --cut;
    return QString::fromUtf8(json.left(cut) + ellipsis);
}

} // namespace lapor::Wire
