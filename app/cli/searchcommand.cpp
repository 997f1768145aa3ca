#include "core/caseprivacy.h"
#include "core/casestatus.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "store/casesearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor {

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 1000;

} // namespace

// The cases a search finds, in rank order, with the words that matched
// (docs/inbox.md, "How search reads Indonesian"). No reporter identity is ever printed:
// CaseSearchHit carries none. The title of a rahasia case, and its matched words (words
// of its complaint), are withheld as in `cases` unless --show-confidential is given.
int searchCommand(CtlContext &context)
{
    const QString text = context.arguments.join(QLatin1Char(' ')).trimmed();
    int limit = kDefaultLimit;
    if (const QString given = context.option("limit"); !given.isEmpty()) {
        bool ok = false;
        limit = given.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            CtlOutput::line(context.err,
                            Ctl::tr("--limit harus bilangan 1 sampai %1.").arg(kMaxLimit));
            return Exit::Usage;
        }
    }
    if (text.isEmpty()) {
        CtlOutput::line(context.err, Ctl::tr("Pemakaian: search TEKS [--json] [--limit N]"));
        return Exit::Usage;
    }
    QString error;
    const auto hits = CaseSearch(*context.database).find(text, limit, &error);
    if (!hits) {
        CtlOutput::line(context.err, error);
        return Exit::Failed;
    }
    const bool showConfidential = context.flag("show-confidential");
    QJsonArray rows;
    for (const CaseSearchHit &hit : *hits) {
        const CasePrivacy privacy(hit.anonymous, hit.confidential);
        const bool showContent = showConfidential || privacy.showsContent();
        if (context.json) {
            QJsonArray words;
            for (const QString &word : hit.matchedWords)
                words.append(word);
            rows.append(QJsonObject {
                { QStringLiteral("tracking_id"), hit.trackingId },
                { QStringLiteral("status"), Status::key(hit.status) },
                { QStringLiteral("title"), showContent ? QJsonValue(hit.title) : QJsonValue() },
                { QStringLiteral("anonymous"), hit.anonymous },
                { QStringLiteral("confidential"), hit.confidential },
                { QStringLiteral("tier"), hit.tier },
                { QStringLiteral("score"), hit.score },
                { QStringLiteral("matched_words"), showContent ? QJsonValue(words) : QJsonValue() },
                { QStringLiteral("matched_word_count"), int(hit.matchedWords.size()) },
            });
        } else {
            CtlOutput::row(context.out,
                           { QString::number(hit.trackingId), Status::key(hit.status),
                             showContent ? hit.title : privacy.content(hit.title),
                             showContent ? hit.matchedWords.join(QStringLiteral(", "))
                                         : privacy.content(QString()) });
        }
    }
    if (context.json)
        CtlOutput::json(context.out, QJsonDocument(rows));
    else if (hits->isEmpty())
        CtlOutput::line(context.err,
                        Ctl::tr("Tidak ada laporan yang cocok dengan \"%1\".").arg(text));
    context.out.flush();
    return Exit::Ok;
}

} // namespace lapor
