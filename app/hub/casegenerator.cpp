// Generator::writeCases: the case histories of the training dataset.
#include "changelog.h"
#include "core/casestatus.h"
#include "core/workingcalendar.h"
#include "fakefiles.h"
#include "generator.h"
#include "hubstore.h"
#include "textgen.h"

#include <QCryptographicHash>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
const char *const kChannels[] = { "web", "web", "web",      "android",  "android", "android",
                                  "ios", "sms", "whatsapp", "whatsapp", "twitter" };

CaseStatus statusForAge(Rng &rng, qint64 ageDays)
{
    const double p = rng.uniform();
    if (ageDays < 2)
        return CaseStatus::Disposed;
    if (ageDays < 14) {
        return p < 0.45 ? CaseStatus::Disposed
            : p < 0.90  ? CaseStatus::InProgress
            : p < 0.95  ? CaseStatus::Postponed
                        : CaseStatus::NotAuthority;
    }
    if (ageDays < 60) {
        return p < 0.10 ? CaseStatus::Disposed
            : p < 0.55  ? CaseStatus::InProgress
            : p < 0.90  ? CaseStatus::Done
            : p < 0.94  ? CaseStatus::Postponed
            : p < 0.97  ? CaseStatus::NotAuthority
                        : CaseStatus::Archived;
    }
    return p < 0.03 ? CaseStatus::Disposed
        : p < 0.13  ? CaseStatus::InProgress
        : p < 0.85  ? CaseStatus::Done
        : p < 0.95  ? CaseStatus::Archived
        : p < 0.97  ? CaseStatus::Postponed
                    : CaseStatus::NotAuthority;
}

int ratingDraw(Rng &rng)
{
    const double p = rng.uniform();
    return p < 0.35 ? 5 : p < 0.65 ? 4 : p < 0.80 ? 3 : p < 0.90 ? 2 : 1;
}

} // namespace

void Generator::writeCases(const GeneratorOptions &options)
{
    if (options.cases <= 0)
        return;
    ChangeLog log(m_store);
    Rng rng(options.seed);
    const auto zone = Zones::fromKey(m_text.agencyZone()).value_or(AgencyZone::WITA);
    // The dataset's "now" is the start of `today` in the agency's zone: nothing lies ahead.
    const qint64 end
        = QDateTime(options.today, QTime(0, 0), Zones::timeZone(zone)).toSecsSinceEpoch();
    const qint64 start = end - 365 * kDay;
    const qint64 slot = qMax<qint64>(1, 365 * kDay / options.cases);
    const QList<UnitSpec> &units = m_text.units();
    auto officers = [&](int unit) {
        if (unit == 0)
            return QStringList { u"u-petugas1"_s, u"u-petugas2"_s };
        if (unit == 1)
            return QStringList { u"u-petugas3"_s };
        return QStringList { u"u-%1-staf"_s.arg(units[unit].id) };
    };
    auto approver = [&](int unit) {
        return unit == 0 ? u"u-kepala1"_s
            : unit == 1  ? u"u-kepala2"_s
                         : u"u-%1-kepala"_s.arg(units[unit].id);
    };

    qint64 trackingId = 8'000'000;
    for (int i = 0; i < options.cases; ++i) {
        trackingId += rng.range(1, 2);
        const int unit = m_text.pickUnit(rng);
        const QString unitId = units[unit].id;
        const TopicSpec &topic = m_text.pickTopic(rng, unit);
        const qint64 received = start + i * slot + rng.below(slot);

        CaseRow row;
        Case &c = row.c;
        c.trackingId = trackingId;
        c.title = m_text.title(rng, topic);
        c.content = m_text.content(rng, topic);
        c.category = topic.category;
        c.subcategory = topic.subcategory;
        c.channel = QLatin1String(kChannels[rng.below(std::size(kChannels))]);
        c.agencyId = m_text.agencyId();
        c.unitId = unitId;
        c.anonymous = rng.chance(0.15);
        c.confidential = rng.chance(0.08);
        if (!c.anonymous)
            c.reporterName = m_text.personName(rng);
        c.receivedAt = Records::dateTime(received);
        c.resolutionDays = rng.chance(0.2) ? 5 : rng.chance(0.8) ? 14 : 60;
        c.status = statusForAge(rng, (end - received) / kDay);
        c.version = 1;

        // Dispositions: the national admin sends it to a unit; some land in the wrong unit
        // first and the coordinator forwards them.
        QList<Disposition> dispositions;
        qint64 t = qMin(received + rng.range(kHour / 2, 2 * kDay), end - 60);
        if (rng.chance(0.08)) {
            const int wrong = (unit + 1 + int(rng.below(units.size() - 1))) % int(units.size());
            dispositions.append({ rng.uuid(), trackingId, QString(), units[wrong].id, QString(),
                                  QString(), Records::dateTime(t) });
            t = qMin(t + rng.range(kHour, 3 * kDay), end - 30);
            dispositions.append({ rng.uuid(), trackingId, units[wrong].id, unitId,
                                  u"u-koordinator"_s, m_text.forwardNote(rng),
                                  Records::dateTime(t) });
        } else {
            dispositions.append({ rng.uuid(), trackingId, QString(), unitId, QString(), QString(),
                                  Records::dateTime(t) });
        }
        c.disposedAt = Records::dateTime(t);
        c.version += dispositions.size();

        QList<Followup> followups;
        const bool answered = c.status == CaseStatus::InProgress || c.status == CaseStatus::Done
            || c.status == CaseStatus::Archived || c.status == CaseStatus::Postponed;
        if (answered) {
            const int count
                = c.status == CaseStatus::InProgress ? int(rng.range(1, 2)) : int(rng.range(1, 3));
            qint64 at = t + rng.range(3 * kHour, 6 * kDay);
            for (int k = 0; k < count && at < end; ++k) {
                const QStringList staff = officers(unit);
                followups.append({ rng.uuid(), trackingId, rng.pick(staff), unitId,
                                   m_text.followup(rng, units[unit].name, Records::dateTime(at)),
                                   Records::dateTime(at) });
                at += rng.range(kDay, 10 * kDay);
            }
            if (followups.isEmpty())
                c.status = CaseStatus::Disposed;
        }
        if (!followups.isEmpty()) {
            c.firstFollowupAt = followups.first().publishedAt;
            c.lastFollowupAt = followups.last().publishedAt;
            c.version += followups.size();
            if (c.status == CaseStatus::InProgress)
                c.assigneeId = followups.last().authorId;
        }

        QList<CitizenReply> replies;
        if (!followups.isEmpty()) {
            const bool closed = c.status == CaseStatus::Done || c.status == CaseStatus::Archived;
            const qint64 at = Records::secs(c.lastFollowupAt) + rng.range(kHour, 5 * kDay);
            if (at < end && rng.chance(closed ? 0.7 : 0.3)) {
                const int rating = closed ? ratingDraw(rng) : 0;
                replies.append({ rng.uuid(), trackingId, m_text.reply(rng, rating), rating,
                                 Records::dateTime(at) });
                c.rating = rating;
                c.lastReplyAt = Records::dateTime(at);
                c.version += 1;
            }
        }
        if (c.status == CaseStatus::NotAuthority) {
            row.c.notAuthorityReason = m_text.notAuthorityReason(rng);
            c.version += 1;
        }

        m_store.saveCase(row);
        log.append("case", QString::number(trackingId), trackingId, unitId, true,
                   Records::envelope("case", Records::caseJson(row)));
        for (const Disposition &d : dispositions) {
            m_store.insertDisposition(d);
            log.append("disposition", d.id, trackingId, unitId, false,
                       Records::envelope("disposition", Records::dispositionJson(d)));
        }
        for (const Followup &f : followups) {
            m_store.insertFollowup(f, {});
            log.append("followup", f.id, trackingId, unitId, false,
                       Records::envelope("followup", Records::followupJson(f)));
        }
        for (const CitizenReply &r : replies) {
            m_store.insertReply(r);
            log.append("citizen_reply", r.id, trackingId, unitId, false,
                       Records::envelope("citizen_reply", Records::replyJson(r)));
        }
        if (rng.chance(0.10)) {
            const NoteRow n { rng.uuid(), trackingId, officers(unit).first(), m_text.note(rng),
                              qMin(t + rng.range(kHour, 2 * kDay), end - 1) };
            m_store.insertNote(n);
            log.append("note", n.id, trackingId, unitId, false,
                       Records::envelope("note", Records::noteJson(n)));
        }
        if (rng.chance(0.18)) {
            const int files = rng.chance(0.7) ? 1 : 2;
            for (int k = 0; k < files; ++k) {
                const bool image = rng.chance(0.65);
                QByteArray content;
                if (image) {
                    // Draws in their own statements: argument order is unspecified.
                    const auto pixels = quint32(rng.next());
                    const int height = int(rng.range(8, 24));
                    const int width = int(rng.range(8, 24));
                    content = FakeFiles::png(width, height, pixels);
                } else {
                    content = FakeFiles::pdf(u"Lampiran laporan %1"_s.arg(trackingId));
                }
                AttachmentRow a;
                a.id = rng.uuid();
                a.caseId = trackingId;
                a.ownerKind = u"case"_s;
                a.ownerId = QString::number(trackingId);
                a.fileName = image ? u"foto_%1_%2.png"_s.arg(trackingId).arg(k + 1)
                                   : u"surat_pengaduan_%1_%2.pdf"_s.arg(trackingId).arg(k + 1);
                a.mimeType = image ? u"image/png"_s : u"application/pdf"_s;
                a.size = content.size();
                a.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                a.createdAt = received;
                m_store.insertAttachment(a, content);
                log.append("attachment", a.id, trackingId, unitId, false,
                           Records::envelope("attachment", Records::attachmentJson(a)));
            }
        }
        // Units A and B get drafts waiting for their head, some after a first return.
        const bool open = c.status == CaseStatus::Disposed || c.status == CaseStatus::InProgress;
        if (unit <= 1 && open && rng.chance(0.12)) {
            DraftRow d;
            d.id = rng.uuid();
            d.caseId = trackingId;
            d.authorId = rng.pick(officers(unit));
            d.unitId = unitId;
            d.createdAt = qMin(t + rng.range(kHour, 3 * kDay), end - 120);
            d.version = 1;
            d.revisions.append(
                { 1, m_text.followup(rng, units[unit].name, c.disposedAt), d.createdAt });
            if (rng.chance(0.3)) {
                const DecisionRow back { rng.uuid(),
                                         d.id,
                                         trackingId,
                                         1,
                                         approver(unit),
                                         u"return"_s,
                                         m_text.returnComment(rng),
                                         d.createdAt + 30 };
                m_store.insertDecision(back);
                log.append("decision", back.id, trackingId, unitId, false,
                           Records::envelope("decision", Records::decisionJson(back)));
                d.revisions.append(
                    { 2, d.revisions.first().text + u" Terima kasih."_s, d.createdAt + 60 });
                d.version = 3;
            }
            d.state = u"submitted"_s;
            d.revision = d.revisions.last().revision;
            d.text = d.revisions.last().text;
            d.baseCaseVersion = c.version;
            d.updatedAt = d.revisions.last().submittedAt;
            for (qsizetype r = 0; r < d.revisions.size(); ++r) {
                DraftRow partial = d;
                partial.revisions = d.revisions.mid(0, r + 1);
                m_store.saveDraft(partial);
            }
            log.append("draft", d.id, trackingId, unitId, false,
                       Records::envelope("draft", Records::draftJson(d)));
        }
    }
}

} // namespace lapor::hub
