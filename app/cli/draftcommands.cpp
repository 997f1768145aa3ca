#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "reports/notadinas.h"
#include "store/actionwriter.h"
#include "store/draftrepository.h"
#include "store/inboxlookup.h"
#include "sync/hubaccount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

namespace lapor {

namespace {

// Writing commands work offline: they act as the user who last signed in on this profile.
std::unique_ptr<ActionWriter> writerFor(CtlContext &context)
{
    const HubAccount account(*context.profile, TokenStore::Backend::Memory);
    const User user = account.user();
    if (user.id.isEmpty()) {
        CtlOutput::line(context.err,
                        Ctl::tr("Belum ada pengguna pada profil ini. Jalankan dulu: login --hub "
                                "URL --user NAMA --password-stdin"));
        return nullptr;
    }
    return std::make_unique<ActionWriter>(*context.database, user);
}

int report(CtlContext &context, const ActionResult &result, const QString &done)
{
    if (!result) {
        CtlOutput::line(context.err, result.error);
        return Exit::Failed;
    }
    CtlOutput::line(context.out, done);
    return Exit::Ok;
}

// The nota dinas of a decision just taken, made as the desk makes it. The decision stands
// whatever happens here: a memo that cannot be made is only reported, and `nota-dinas`
// makes it later.
void makeNotaDinas(CtlContext &context, const ActionResult &result)
{
    if (!result)
        return;
    QString error;
    const auto memo = NotaDinas::make(*context.database, context.profile->dir(),
                                      context.profile->settings(), result.id, &error);
    if (memo) {
        CtlOutput::line(
            context.out,
            Ctl::tr("Nota dinas %1 dibuat: %2")
                .arg(memo->number,
                     QDir::toNativeSeparators(NotaDinas::path(context.profile->dir(), *memo))));
    } else {
        CtlOutput::line(context.err,
                        Ctl::tr("Keputusan tersimpan, tetapi nota dinasnya belum "
                                "dibuat: %1")
                            .arg(error));
    }
}

bool readTextFile(CtlContext &context, QString *text, const char *option = "text-file")
{
    const QString path = context.option(option);
    if (path.isEmpty()) {
        CtlOutput::line(context.err,
                        Ctl::tr("Perintah ini memerlukan --%1 BERKAS.").arg(QLatin1String(option)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CtlOutput::line(context.err,
                        Ctl::tr("Berkas %1 tidak dapat dibaca: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8(bytes);
    if (utf8.hasError()) {
        CtlOutput::line(
            context.err,
            Ctl::tr("Berkas %1 bukan teks UTF-8; simpan ulang sebagai UTF-8.").arg(path));
        return false;
    }
    return true;
}

qint64 caseOption(CtlContext &context)
{
    bool ok = false;
    const qint64 id = context.option("case").toLongLong(&ok);
    if (!ok || id <= 0) {
        CtlOutput::line(context.err, Ctl::tr("Perintah ini memerlukan --case NOMOR."));
        return 0;
    }
    return id;
}

int revisionOption(CtlContext &context)
{
    bool ok = false;
    const int revision = context.option("revision").toInt(&ok);
    if (!ok || revision <= 0) {
        CtlOutput::line(context.err, Ctl::tr("Perintah ini memerlukan --revision R."));
        return 0;
    }
    return revision;
}

int draftUsage(CtlContext &context)
{
    CtlOutput::line(context.err,
                    Ctl::tr("Pemakaian: draft new --case NOMOR --text-file BERKAS | draft edit ID "
                            "--text-file BERKAS | draft submit ID | draft resubmit ID | draft "
                            "discard ID | draft show ID"));
    return Exit::Usage;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The draft and every revision this desk knows, each with the decisions taken on it: what
// an approver or an auditor asks for when a reply went back and forth.
int showDraft(CtlContext &context, const QString &id)
{
    DraftRepository drafts(*context.database);
    const auto draft = drafts.find(id);
    if (!draft) {
        CtlOutput::line(context.err, Ctl::tr("Draf %1 tidak ada di profil ini.").arg(id));
        return Exit::Failed;
    }
    const auto revisions = drafts.revisions(id);
    const auto decisions = drafts.decisions(id);
    InboxLookup lookup(*context.database);
    auto name = [&](const QString &userId) -> QString {
        const QString known = lookup.userName(userId);
        return known.isEmpty() || known == userId ? userId
                                                  : QStringLiteral("%1 (%2)").arg(known, userId);
    };
    if (context.json) {
        QJsonArray revisionRows;
        for (const auto &r : revisions) {
            QJsonArray decided;
            for (const Decision &d : decisions) {
                if (d.revision != r.number)
                    continue;
                decided.append(
                    QJsonObject { { QStringLiteral("decision"),
                                    d.kind == DecisionKind::Approve ? QStringLiteral("approve")
                                                                    : QStringLiteral("return") },
                                  { QStringLiteral("approver_id"), d.approverId },
                                  { QStringLiteral("comment"), d.comment },
                                  { QStringLiteral("decided_at"), isoTime(d.decidedAt) } });
            }
            revisionRows.append(
                QJsonObject { { QStringLiteral("revision"), r.number },
                              { QStringLiteral("author_id"), r.authorId },
                              { QStringLiteral("created_at"), isoTime(r.createdAt) },
                              { QStringLiteral("text"), r.text },
                              { QStringLiteral("decisions"), decided } });
        }
        const QJsonObject out { { QStringLiteral("draft_id"), draft->id },
                                { QStringLiteral("case_id"), draft->caseId },
                                { QStringLiteral("state"), DraftStates::key(draft->state) },
                                { QStringLiteral("revision"), draft->revision },
                                { QStringLiteral("author_id"), draft->authorId },
                                { QStringLiteral("text"), draft->text },
                                { QStringLiteral("revisions"), revisionRows } };
        CtlOutput::json(context.out, QJsonDocument(out));
        return Exit::Ok;
    }
    const QLocale locale;
    auto when = [&](const QDateTime &time) {
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    CtlOutput::line(context.out,
                    Ctl::tr("Draf %1 · laporan %2 · %3 · revisi %4")
                        .arg(draft->id)
                        .arg(draft->caseId)
                        .arg(DraftStates::label(draft->state))
                        .arg(draft->revision));
    CtlOutput::line(context.out, Ctl::tr("Penulis: %1").arg(name(draft->authorId)));
    if (revisions.isEmpty())
        CtlOutput::line(context.out, Ctl::tr("Belum ada revisi yang diajukan."));
    for (const auto &r : revisions) {
        context.out << '\n';
        CtlOutput::line(
            context.out,
            Ctl::tr("Revisi %1 · %2 · %3").arg(r.number).arg(when(r.createdAt), name(r.authorId)));
        CtlOutput::block(context.out, r.text, QStringLiteral("    "));
        for (const Decision &d : decisions) {
            if (d.revision != r.number)
                continue;
            QString verdict = d.kind == DecisionKind::Approve
                ? Ctl::tr("Disetujui oleh %1 · %2").arg(name(d.approverId), when(d.decidedAt))
                : Ctl::tr("Dikembalikan oleh %1 · %2").arg(name(d.approverId), when(d.decidedAt));
            if (!d.comment.isEmpty())
                verdict += QStringLiteral(": ") + d.comment;
            CtlOutput::line(context.out, QStringLiteral("  ") + verdict);
        }
    }
    context.out.flush();
    return Exit::Ok;
}

} // namespace

int draftCommand(CtlContext &context)
{
    const QString sub = context.arguments.value(0);
    const QString id = context.arguments.value(1);
    if (sub.isEmpty() || (sub != QLatin1String("new") && id.isEmpty()))
        return draftUsage(context);
    // Reading needs no signed-in user.
    if (sub == QLatin1String("show"))
        return showDraft(context, id);
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    QString text;
    if (sub == QLatin1String("new")) {
        const qint64 caseId = caseOption(context);
        if (caseId == 0 || !readTextFile(context, &text))
            return Exit::Usage;
        const auto result = writer->createDraft(caseId, text);
        // The id is the last word, so scripts can take it with `awk '{print $NF}'`.
        return report(context, result, Ctl::tr("Draf dibuat: %1").arg(result.id));
    }
    if (sub == QLatin1String("edit")) {
        if (!readTextFile(context, &text))
            return Exit::Usage;
        return report(context, writer->saveDraftText(id, text), Ctl::tr("Draf disimpan."));
    }
    if (sub == QLatin1String("submit")) {
        const auto result = writer->submitDraft(id);
        return report(
            context, result,
            Ctl::tr("Revisi %1 diajukan; dikirim pada push berikutnya.").arg(result.revision));
    }
    if (sub == QLatin1String("resubmit")) {
        const auto result = writer->resolveConflictResubmit(id);
        return report(context, result,
                      Ctl::tr("Revisi %1 diajukan ulang; dikirim pada push berikutnya.")
                          .arg(result.revision));
    }
    if (sub == QLatin1String("discard"))
        return report(context, writer->discardDraft(id), Ctl::tr("Draf dibuang."));
    return draftUsage(context);
}

int approvalsCommand(CtlContext &context)
{
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    DraftRepository drafts(*context.database);
    QJsonArray rows;
    for (const Draft &draft : writer->awaitingApproval()) {
        const auto revisions = drafts.revisions(draft.id);
        const QString text = revisions.isEmpty() ? draft.text : revisions.last().text;
        if (context.json) {
            rows.append(QJsonObject { { QStringLiteral("draft_id"), draft.id },
                                      { QStringLiteral("case_id"), draft.caseId },
                                      { QStringLiteral("revision"), draft.revision },
                                      { QStringLiteral("author_id"), draft.authorId },
                                      { QStringLiteral("text"), text } });
        } else {
            // The start of the text as a preview: its lines joined, as a list shows it.
            QString preview = text.simplified();
            if (preview.size() > 80)
                preview.truncate(preview.at(79).isHighSurrogate() ? 79 : 80);
            CtlOutput::row(context.out,
                           { draft.id, QString::number(draft.caseId),
                             QString::number(draft.revision), draft.authorId, preview });
        }
    }
    if (context.json)
        CtlOutput::json(context.out, QJsonDocument(rows));
    context.out.flush();
    return Exit::Ok;
}

int approveCommand(CtlContext &context)
{
    const QString id = context.arguments.value(0);
    const int revision = revisionOption(context);
    if (id.isEmpty() || revision == 0)
        return Exit::Usage;
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    const ActionResult result = writer->approve(id, revision);
    const int code
        = report(context, result,
                 Ctl::tr("Revisi %1 disetujui; dikirim pada push berikutnya.").arg(revision));
    makeNotaDinas(context, result);
    return code;
}

int rejectCommand(CtlContext &context)
{
    const QString id = context.arguments.value(0);
    const int revision = revisionOption(context);
    if (id.isEmpty() || revision == 0)
        return Exit::Usage;
    if (context.option("comment").trimmed().isEmpty()) {
        CtlOutput::line(context.err, Ctl::tr("reject memerlukan --comment TEKS."));
        return Exit::Usage;
    }
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    const ActionResult result = writer->returnDraft(id, revision, context.option("comment"));
    const int code
        = report(context, result,
                 Ctl::tr("Revisi %1 dikembalikan; dikirim pada push berikutnya.").arg(revision));
    makeNotaDinas(context, result);
    return code;
}

// nota-dinas DRAFT_ID --out FILE: the memo of the draft's latest decision (approved or
// returned), made now if this desk has none yet.
int notaDinasCommand(CtlContext &context)
{
    const QString id = context.arguments.value(0);
    const QString out = context.option("out");
    if (id.isEmpty() || out.isEmpty()) {
        CtlOutput::line(context.err, Ctl::tr("nota-dinas memerlukan ID_DRAF --out BERKAS."));
        return Exit::Usage;
    }
    const auto draft = DraftRepository(*context.database).find(id);
    if (!draft) {
        CtlOutput::line(context.err, Ctl::tr("Draf %1 tidak ada di profil ini.").arg(id));
        return Exit::Failed;
    }
    const QString decisionId = NotaDinas::latestDecision(*context.database, id);
    if (decisionId.isEmpty()) {
        CtlOutput::line(context.err,
                        Ctl::tr("Draf %1 belum disetujui atau dikembalikan (status: %2), jadi "
                                "belum ada nota dinasnya.")
                            .arg(id, DraftStates::label(draft->state)));
        return Exit::Failed;
    }
    QString error;
    const auto memo = NotaDinas::make(*context.database, context.profile->dir(),
                                      context.profile->settings(), decisionId, &error);
    if (!memo) {
        CtlOutput::line(context.err, error);
        return Exit::Failed;
    }
    // Written from the kept content, so the copy is the memo as it was made.
    if (!NotaDinas::writePdf(NotaDinasContent::fromJson(memo->content), context.profile->dir(),
                             QFileInfo(out).absoluteFilePath(), &error)) {
        CtlOutput::line(context.err, error);
        return Exit::Failed;
    }
    CtlOutput::line(context.out, Ctl::tr("Nota dinas %1 ditulis ke %2").arg(memo->number, out));
    return Exit::Ok;
}

int forwardCommand(CtlContext &context)
{
    const qint64 caseId = caseOption(context);
    const QString unit = context.option("unit");
    if (caseId == 0 || unit.isEmpty()) {
        CtlOutput::line(context.err,
                        Ctl::tr("forward memerlukan --case NOMOR --unit UNIT [--note TEKS]."));
        return Exit::Usage;
    }
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    return report(context, writer->forward(caseId, unit, context.option("note")),
                  Ctl::tr("Disposisi ke %1 dicatat; dikirim pada push berikutnya.").arg(unit));
}

// The internal note and bukan wewenang of the case's action bar, on the same action path:
// queued in the outbox, offline included, and sent by the next push or sync.
int noteCommand(CtlContext &context)
{
    const qint64 caseId = caseOption(context);
    QString text;
    if (caseId == 0 || !readTextFile(context, &text))
        return Exit::Usage;
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    return report(context, writer->addNote(caseId, text),
                  Ctl::tr("Catatan internal untuk laporan #%1 disimpan; dikirim pada push "
                          "berikutnya.")
                      .arg(caseId));
}

int notAuthorityCommand(CtlContext &context)
{
    const qint64 caseId = caseOption(context);
    QString reason;
    if (caseId == 0 || !readTextFile(context, &reason, "reason-file"))
        return Exit::Usage;
    auto writer = writerFor(context);
    if (!writer)
        return Exit::Usage;
    return report(context, writer->returnNotAuthority(caseId, reason.trimmed()),
                  Ctl::tr("Laporan #%1 dikembalikan sebagai bukan wewenang; dikirim pada push "
                          "berikutnya.")
                      .arg(caseId));
}

} // namespace lapor
