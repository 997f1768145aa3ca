// What a user keeps of their unsent work when the desk can no longer send it: plain text.
#include "outboxrepository.h"
#include "protocol/requests.h"
#include "retention.h"

#include <QLocale>

#include <algorithm>

namespace lapor {

namespace {

// The words the user wrote into the action, the part a hub never saw.
QString writtenText(const OutboxEntry &entry)
{
    if (entry.kind == OutboxKind::Unknown)
        return {};
    using namespace protocol;
    const auto write = Writes::fromPayload(OutboxKinds::route(entry.kind), entry.caseId,
                                           entry.entityId, entry.payload, nullptr);
    if (!write)
        return {};
    if (const auto *submit = std::get_if<SubmitRevision>(&*write))
        return submit->text;
    if (const auto *decide = std::get_if<DecideDraft>(&*write))
        return decide->comment;
    if (const auto *forward = std::get_if<ForwardCase>(&*write))
        return forward->note;
    if (const auto *notAuthority = std::get_if<ReturnNotAuthority>(&*write))
        return notAuthority->reason;
    if (const auto *note = std::get_if<AddNote>(&*write))
        return note->text;
    return {}; // an upload: its label names the file
}

QString indented(const QString &text, const QString &indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line.prepend(indent);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString Retention::unsentText(const QString &userId) const
{
    QList<OutboxEntry> entries = OutboxRepository(m_db).list();
    entries.removeIf([&userId](const OutboxEntry &entry) {
        return !OutboxStates::isPending(entry.state)
            || (!userId.isEmpty() && entry.userId != userId);
    });
    if (entries.isEmpty())
        return {};
    std::sort(entries.begin(), entries.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.seq < b.seq; });

    const QLocale locale;
    const QString indent = QStringLiteral("   ");
    QStringList out;
    out.append(tr("%n tindakan belum terkirim ke hub:", nullptr, int(entries.size())));
    int number = 0;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        out.append(QString());
        out.append(tr("%1. %2, laporan #%3")
                       .arg(QString::number(++number), entry.label(), entry.trackingId));
        out.append(indent
                   + tr("Diantrekan: %1")
                         .arg(locale.toString(entry.createdAt.toLocalTime(),
                                              QStringLiteral("d MMMM yyyy HH:mm"))));
        const QString state = OutboxStates::label(entry.state);
        out.append(indent
                   + (entry.lastError.isEmpty()
                          ? tr("Keadaan: %1").arg(state)
                          : tr("Keadaan: %1 (%2)").arg(state, entry.lastError)));
        const QString text = writtenText(entry);
        if (!text.trimmed().isEmpty()) {
            out.append(indent + tr("Teks:"));
            out.append(indented(text, indent + indent));
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lapor
