#include "core/caseprivacy.h"
#include "core/casestatus.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "store/caserepository.h"
#include "store/relatedcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor {

// The complaints the case view lists under "Laporan terkait", and why each matched. No
// reporter identity is ever printed: RelatedCase carries none. A rahasia title, and the
// words shared with a rahasia case (they are words of its complaint), are withheld as in
// `cases` unless --show-confidential is given.
int relatedCommand(CtlContext &context)
{
    bool ok = false;
    const qint64 caseId
        = context.arguments.size() == 1 ? context.arguments.first().toLongLong(&ok) : 0;
    if (!ok || caseId <= 0) {
        CtlOutput::line(context.err, Ctl::tr("Pemakaian: related NOMOR [--json]"));
        return Exit::Usage;
    }
    const CaseRepository cases(*context.database, WorkingCalendar());
    const auto source = cases.find(caseId);
    if (!source) {
        CtlOutput::line(context.err, Ctl::tr("Laporan #%1 tidak ada di profil ini.").arg(caseId));
        return Exit::Failed;
    }
    QString error;
    const auto related = RelatedCases(*context.database).find(caseId, &error);
    if (!related) {
        CtlOutput::line(context.err, error);
        return Exit::Failed;
    }
    const bool showConfidential = context.flag("show-confidential");
    QJsonArray rows;
    for (const RelatedCase &r : *related) {
        const CasePrivacy privacy(r.anonymous, r.confidential);
        const bool showTitle = showConfidential || privacy.showsContent();
        const bool showWords = showConfidential || (!source->confidential && !r.confidential);
        if (context.json) {
            QJsonArray words;
            for (const QString &word : r.sharedWords)
                words.append(word);
            QJsonArray reasons;
            for (const QString &reason : r.reasons(showWords))
                reasons.append(reason);
            rows.append(QJsonObject {
                { QStringLiteral("tracking_id"), r.trackingId },
                { QStringLiteral("status"), Status::key(r.status) },
                { QStringLiteral("title"), showTitle ? QJsonValue(r.title) : QJsonValue() },
                { QStringLiteral("anonymous"), r.anonymous },
                { QStringLiteral("confidential"), r.confidential },
                { QStringLiteral("same_category"), r.sameCategory },
                { QStringLiteral("same_reporter"), r.sameReporter },
                { QStringLiteral("shared_words"), showWords ? QJsonValue(words) : QJsonValue() },
                { QStringLiteral("shared_word_count"), int(r.sharedWords.size()) },
                { QStringLiteral("reasons"), reasons },
            });
        } else {
            CtlOutput::row(context.out,
                           { QString::number(r.trackingId), Status::key(r.status),
                             showTitle ? r.title : privacy.content(r.title),
                             r.reasons(showWords).join(QStringLiteral("; ")) });
        }
    }
    if (context.json)
        CtlOutput::json(context.out, QJsonDocument(rows));
    else if (related->isEmpty())
        CtlOutput::line(context.err, Ctl::tr("Tidak ada laporan terkait untuk #%1.").arg(caseId));
    context.out.flush();
    return Exit::Ok;
}

} // namespace lapor
