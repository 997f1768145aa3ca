#include "draftchecks.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lapor {

namespace {

struct KindName
{
    const char *key;
    DraftChecks::Kind kind;
};

constexpr KindName kKinds[] = {
    { "not_empty", DraftChecks::Kind::NotEmpty },
    { "min_length", DraftChecks::Kind::MinLength },
    { "max_length", DraftChecks::Kind::MaxLength },
    { "no_placeholder", DraftChecks::Kind::NoPlaceholder },
    { "no_reporter_identity", DraftChecks::Kind::NoReporterIdentity },
    { "promised_attachment", DraftChecks::Kind::PromisedAttachment },
};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

// A word or phrase that stands on its own, not inside a longer word.
bool containsPhrase(const QString &haystack, const QString &phrase, QString *found)
{
    qsizetype from = 0;
    while ((from = haystack.indexOf(phrase, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + phrase.size();
        const bool startOk = from == 0 || !haystack.at(from - 1).isLetterOrNumber();
        const bool endOk = end >= haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startOk && endOk) {
            *found = haystack.mid(from, phrase.size());
            return true;
        }
        from = end;
    }
    return false;
}

} // namespace

QString AttachmentPolicy::refusal(const QString &fileName, qint64 size, int alreadyAttached) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!types.contains(suffix))
        return DraftChecks::tr("Jenis berkas .%1 tidak dapat dilampirkan; yang boleh: %2.")
            .arg(suffix.isEmpty() ? DraftChecks::tr("(tanpa akhiran)") : suffix,
                 types.join(QLatin1String(", ")));
    if (size > maxBytes)
        return DraftChecks::tr("Berkas %1 terlalu besar (%2); maksimal %3 per berkas.")
            .arg(QFileInfo(fileName).fileName(), sizeText(size), sizeText(maxBytes));
    if (alreadyAttached >= maxFiles)
        return DraftChecks::tr("Paling banyak %n lampiran per tindak lanjut.", nullptr, maxFiles);
    return {};
}

std::optional<DraftChecks> DraftChecks::parse(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<DraftChecks> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    DraftChecks out;
    const QJsonObject attachments = root.value(QLatin1String("attachments")).toObject();
    if (!attachments.isEmpty()) {
        out.m_attachments.maxBytes
            = attachments.value(QLatin1String("max_bytes")).toInteger(out.m_attachments.maxBytes);
        out.m_attachments.maxFiles
            = attachments.value(QLatin1String("max_files")).toInt(out.m_attachments.maxFiles);
        if (attachments.contains(QLatin1String("types")))
            out.m_attachments.types = stringList(attachments.value(QLatin1String("types")));
        if (out.m_attachments.maxBytes <= 0 || out.m_attachments.maxFiles <= 0)
            return fail(QStringLiteral("attachments: limits must be positive"));
        // A file the policy allows must not be refused by the hub after the approval.
        if (out.m_attachments.maxBytes > kMaxAttachmentBytes)
            return fail(QStringLiteral("attachments: max_bytes above the hub's limit of %1")
                            .arg(kMaxAttachmentBytes));
    }
    if (!root.value(QLatin1String("rules")).isArray())
        return fail(QStringLiteral("missing \"rules\" list"));
    for (const QJsonValue &value : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = value.toObject();
        Rule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString();
        const auto known = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const auto &k) {
            return kind == QLatin1String(k.key);
        });
        if (rule.id.isEmpty() || known == std::end(kKinds))
            return fail(QStringLiteral("rule %1: unknown kind \"%2\"").arg(rule.id, kind));
        rule.kind = known->kind;
        rule.number = o.value(QLatin1String(rule.kind == Kind::MaxLength ? "max" : "min")).toInt();
        QStringList patterns = stringList(o.value(QLatin1String("patterns")));
        if (o.contains(QLatin1String("pattern")))
            patterns.prepend(o.value(QLatin1String("pattern")).toString());
        for (const QString &p : std::as_const(patterns)) {
            QRegularExpression re(p, QRegularExpression::UseUnicodePropertiesOption);
            if (!re.isValid())
                return fail(QStringLiteral("rule %1: bad pattern %2").arg(rule.id, p));
            rule.patterns.append(re);
        }
        for (const QString &word : stringList(o.value(QLatin1String("words"))))
            rule.words.append(word.toLower());
        rule.allowed = stringList(o.value(QLatin1String("allowed")));
        if ((rule.kind == Kind::MinLength || rule.kind == Kind::MaxLength) && rule.number <= 0)
            return fail(QStringLiteral("rule %1: needs a positive length").arg(rule.id));
        if (rule.kind == Kind::NoPlaceholder && rule.patterns.isEmpty())
            return fail(QStringLiteral("rule %1: needs a pattern").arg(rule.id));
        if (rule.kind == Kind::PromisedAttachment && rule.words.isEmpty())
            return fail(QStringLiteral("rule %1: needs words").arg(rule.id));
        out.m_rules.append(rule);
    }
    return out;
}

const DraftChecks &DraftChecks::shipped()
{
    static const DraftChecks checks = [] {
        QFile file(QStringLiteral(":/data/draft-checks.json"));
        QString error;
        if (file.open(QIODevice::ReadOnly)) {
            if (auto parsed = parse(file.readAll(), &error))
                return *parsed;
        }
        // Never submit unchecked: without the data file, at least refuse empty drafts.
        DraftChecks fallback;
        fallback.m_rules.append({ QStringLiteral("not_empty"), Kind::NotEmpty, 0, {}, {}, {} });
        return fallback;
    }();
    return checks;
}

QList<DraftCheckFailure> DraftChecks::run(const DraftCheckInput &input) const
{
    QList<DraftCheckFailure> out;
    for (const Rule &rule : m_rules) {
        if (auto failure = check(rule, input))
            out.append(*failure);
    }
    return out;
}

std::optional<DraftCheckFailure> DraftChecks::check(const Rule &rule,
                                                    const DraftCheckInput &input) const
{
    const QString text = input.text.trimmed();
    auto failed = [&rule](const QString &message) {
        return std::optional<DraftCheckFailure>(DraftCheckFailure { rule.id, message });
    };
    switch (rule.kind) {
    case Kind::NotEmpty:
        if (text.isEmpty())
            return failed(tr("Draf masih kosong."));
        break;
    case Kind::MinLength:
        // An empty draft is already reported as empty.
        if (!text.isEmpty() && text.size() < rule.number)
            return failed(tr("Draf terlalu pendek: %1 karakter, minimal %2.")
                              .arg(text.size())
                              .arg(rule.number));
        break;
    case Kind::MaxLength:
        if (input.text.size() > rule.number)
            return failed(tr("Draf terlalu panjang: %1 karakter, maksimal %2.")
                              .arg(input.text.size())
                              .arg(rule.number));
        break;
    case Kind::NoPlaceholder: {
        QStringList left;
        for (const QRegularExpression &re : rule.patterns) {
            auto matches = re.globalMatch(input.text);
            while (matches.hasNext()) {
                const QString found = matches.next().captured(0);
                if (!left.contains(found))
                    left.append(found);
            }
        }
        if (!left.isEmpty())
            return failed(tr("Masih ada isian templat yang belum diganti: %1.")
                              .arg(left.join(QLatin1String(", "))));
        break;
    }
    case Kind::NoReporterIdentity: {
        if (!input.anonymous)
            break;
        QString found;
        const QString name = input.reporterName.trimmed();
        if (!name.isEmpty() && containsPhrase(input.text, name, &found))
            return failed(
                tr("Laporan ini anonim, tetapi draf menyebut nama pelapor \"%1\".").arg(found));
        for (const QRegularExpression &re : rule.patterns) {
            auto matches = re.globalMatch(input.text);
            while (matches.hasNext()) {
                const QString match = matches.next().captured(0);
                const bool allowed = std::any_of(rule.allowed.begin(), rule.allowed.end(),
                                                 [&match](const QString &ok) {
                                                     return match.endsWith(ok, Qt::CaseInsensitive);
                                                 });
                if (!allowed)
                    return failed(tr("Laporan ini anonim, tetapi draf memuat \"%1\" yang dapat "
                                     "mengungkap identitas pelapor. Hapus atau samarkan.")
                                      .arg(match.simplified()));
            }
        }
        break;
    }
    case Kind::PromisedAttachment: {
        if (input.attachmentCount > 0)
            break;
        QString found;
        for (const QString &word : rule.words) {
            if (containsPhrase(input.text, word, &found))
                return failed(tr("Draf menyebut \"%1\", tetapi belum ada berkas yang dilampirkan.")
                                  .arg(found));
        }
        break;
    }
    }
    return std::nullopt;
}

} // namespace lapor
