#include "replytemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lapor {

namespace {

const QString kTracking = QStringLiteral("{nomor_laporan}");
const QString kReporter = QStringLiteral("{nama_pelapor}");
const QString kUnit = QStringLiteral("{unit}");
const QString kDate = QStringLiteral("{tanggal}");
const QString kDefaultAgency = QStringLiteral("default");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{[a-z_]+\\}"));
    return re;
}

} // namespace

QStringList ReplyTemplates::placeholders()
{
    return { kTracking, kReporter, kUnit, kDate };
}

QString ReplyTemplates::neutralReporter()
{
    return tr("Pelapor");
}

std::optional<ReplyTemplates> ReplyTemplates::parse(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ReplyTemplates> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonValue agencies = doc.object().value(QLatin1String("agencies"));
    if (!agencies.isObject())
        return fail(QStringLiteral("missing \"agencies\" object"));
    ReplyTemplates out;
    const QJsonObject byAgency = agencies.toObject();
    for (auto it = byAgency.begin(); it != byAgency.end(); ++it) {
        if (!it.value().isArray())
            return fail(QStringLiteral("agency %1: not a list").arg(it.key()));
        QList<ReplyTemplate> list;
        for (const QJsonValue &value : it.value().toArray()) {
            const QJsonObject o = value.toObject();
            ReplyTemplate t;
            t.id = o.value(QLatin1String("id")).toString();
            t.title = o.value(QLatin1String("title")).toString();
            t.text = o.value(QLatin1String("text")).toString();
            t.allowAnonymous = o.value(QLatin1String("anonymous")).toBool(true);
            if (t.id.isEmpty() || t.title.trimmed().isEmpty() || t.text.trimmed().isEmpty())
                return fail(
                    QStringLiteral("agency %1: template without id, title or text").arg(it.key()));
            auto matches = placeholderPattern().globalMatch(t.text);
            while (matches.hasNext()) {
                const QString name = matches.next().captured(0);
                if (!placeholders().contains(name))
                    return fail(
                        QStringLiteral("template %1: unknown placeholder %2").arg(t.id, name));
            }
            list.append(t);
        }
        out.m_byAgency.append({ it.key(), list });
    }
    return out;
}

const ReplyTemplates &ReplyTemplates::shipped()
{
    static const ReplyTemplates templates = [] {
        QFile file(QStringLiteral(":/data/reply-templates.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ReplyTemplates();
        return parse(file.readAll(), nullptr).value_or(ReplyTemplates());
    }();
    return templates;
}

QList<ReplyTemplate> ReplyTemplates::forAgency(const QString &agencyId) const
{
    QList<ReplyTemplate> fallback;
    for (const auto &[agency, list] : m_byAgency) {
        if (agency == agencyId && !agencyId.isEmpty())
            return list;
        if (agency == kDefaultAgency)
            fallback = list;
    }
    return fallback;
}

QStringList ReplyTemplates::agencies() const
{
    QStringList out;
    for (const auto &entry : m_byAgency)
        out.append(entry.first);
    return out;
}

std::optional<QString> ReplyTemplates::apply(const ReplyTemplate &tmpl,
                                             const TemplateContext &context, QString *error)
{
    if (context.anonymous && !tmpl.allowAnonymous) {
        if (error)
            *error = tr("Templat \"%1\" menyebut nama pelapor dan tidak dapat dipakai untuk "
                        "laporan anonim.")
                         .arg(tmpl.title);
        return std::nullopt;
    }
    // Anonim: the identity stays hidden whatever the store holds.
    const QString reporter = context.anonymous || context.reporterName.trimmed().isEmpty()
        ? neutralReporter()
        : context.reporterName.trimmed();
    const QString unit = context.unitName.isEmpty() ? tr("unit kami") : context.unitName;
    const QDate date = context.date.isValid() ? context.date : QDate::currentDate();
    QString text = tmpl.text;
    text.replace(kTracking, QString::number(context.trackingId));
    text.replace(kReporter, reporter);
    text.replace(kUnit, unit);
    // "29 November 2026": the form letters use, without the weekday.
    text.replace(kDate, context.locale.toString(date, QStringLiteral("d MMMM yyyy")));
    return text;
}

} // namespace lapor
