#pragma once

#include "entities.h"

#include <QByteArray>
#include <QString>

namespace lapor::hub {

class HubStore;

// Who is reading the feed: a unit's officers and approvers see their unit, agency-wide
// roles (coordinator, admin) see every unit of the agency.
struct Viewer
{
    QString userId;
    QString role;
    QString unitId;
    QString agencyId;
    bool agencyWide = false;

    bool canSee(const CaseRow &row) const;
};

struct FeedPage
{
    QByteArray records; // the records joined with ',' (no brackets)
    int count = 0;
    qint64 lastSeq = 0;
    bool more = false;
};

// The change feed (see the `changes` table in sql/001_initial.sql). Writers publish the
// current state of an entity; readers page through it with keyset paging on `seq`, so a
// page costs the same whether it is the first or the thousandth.
class ChangeLog
{
public:
    explicit ChangeLog(HubStore &store);

    void publishCase(const CaseRow &row);
    void publishFollowup(const Followup &f, const QString &unitId);
    void publishReply(const CitizenReply &r, const QString &unitId);
    void publishDisposition(const Disposition &d, const QString &unitId);
    void publishNote(const NoteRow &n, const QString &unitId);
    void publishDraft(const DraftRow &d);
    void publishDecision(const DecisionRow &d, const QString &unitId);
    void publishAttachment(const AttachmentRow &a, const QString &unitId);
    void publishGlobal(const char *kind, const QString &entityId, const QByteArray &payload);

    // A case left `unitId`: its rows there go away and one `remove` record takes their
    // place, visible to that unit only.
    void removeFromUnit(qint64 caseId, const QString &unitId, const QString &reason);
    // A case arrived in `unitId`: everything a unit may see about it is published there.
    void republishCase(qint64 caseId, const QString &unitId);

    // Raw insert used by the generator, which writes each entity exactly once.
    void append(const char *kind, const QString &entityId, qint64 caseId, const QString &unitId,
                bool anchor, const QByteArray &payload);

    FeedPage page(const Viewer &viewer, qint64 after, int limit);
    qint64 count(const Viewer &viewer, qint64 after);

private:
    void replace(const char *kind, const QString &entityId, qint64 caseId, const QString &unitId,
                 const QByteArray &payload);

    HubStore &m_store;
};

} // namespace lapor::hub
