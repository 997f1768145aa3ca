#include "caseactions.h"

#include <QCoreApplication>

namespace lapor::CaseActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lapor::CaseActions", text);
}

bool hasDraftIn(const Context &c, std::initializer_list<DraftState> states, bool ownOnly = false)
{
    for (const auto &draft : c.drafts) {
        if (ownOnly && draft.authorId != c.userId)
            continue;
        for (auto state : states) {
            if (draft.state == state)
                return true;
        }
    }
    return false;
}

State shown(bool enabled, const QString &reason = {})
{
    return { true, enabled, enabled ? QString() : reason };
}

} // namespace

QList<CaseAction> all()
{
    return { CaseAction::WriteFollowup, CaseAction::ReviewDraft,  CaseAction::Forward,
             CaseAction::NotAuthority,  CaseAction::InternalNote, CaseAction::MarkUnread };
}

QString key(CaseAction action)
{
    switch (action) {
    case CaseAction::WriteFollowup:
        return QStringLiteral("write_followup");
    case CaseAction::ReviewDraft:
        return QStringLiteral("review_draft");
    case CaseAction::Forward:
        return QStringLiteral("forward");
    case CaseAction::NotAuthority:
        return QStringLiteral("not_authority");
    case CaseAction::InternalNote:
        return QStringLiteral("internal_note");
    case CaseAction::MarkUnread:
        return QStringLiteral("mark_unread");
    }
    return {};
}

QString label(CaseAction action)
{
    switch (action) {
    case CaseAction::WriteFollowup:
        return tr("Tulis tindak lanjut");
    case CaseAction::ReviewDraft:
        return tr("Tinjau draf");
    case CaseAction::Forward:
        return tr("Teruskan");
    case CaseAction::NotAuthority:
        return tr("Bukan wewenang");
    case CaseAction::InternalNote:
        return tr("Catatan internal");
    case CaseAction::MarkUnread:
        return tr("Tandai belum dibaca");
    }
    return {};
}

State state(CaseAction action, const Context &c)
{
    const QString outOfScope = tr("Laporan ini sudah tidak ada di unit Anda.");
    switch (action) {
    case CaseAction::WriteFollowup: {
        if (!Roles::canDraft(c.role))
            return {};
        if (!c.inScope)
            return shown(false, outOfScope);
        if (c.status != CaseStatus::Disposed && c.status != CaseStatus::InProgress)
            return shown(false, tr("Tindak lanjut hanya untuk laporan yang sedang ditangani."));
        // One follow-up at a time: a submitted or approved draft is still on its way.
        if (hasDraftIn(c, { DraftState::Submitted, DraftState::Approved }))
            return shown(false, tr("Ada draf yang sedang menunggu persetujuan."));
        return shown(true);
    }
    case CaseAction::ReviewDraft: {
        if (!Roles::canApprove(c.role))
            return {};
        for (const auto &draft : c.drafts) {
            if (draft.state == DraftState::Submitted && Decision::mayDecide(draft, c.userId))
                return shown(true);
        }
        if (hasDraftIn(c, { DraftState::Submitted }, true))
            return shown(false, tr("Draf Anda sendiri disetujui oleh kepala unit lain."));
        return shown(false, tr("Tidak ada draf yang menunggu persetujuan Anda."));
    }
    case CaseAction::Forward: {
        if (!Roles::seesWholeAgency(c.role))
            return {};
        if (!c.inScope)
            return shown(false, outOfScope);
        const bool reroute = c.status == CaseStatus::Disposed || c.status == CaseStatus::InProgress
            || c.status == CaseStatus::Postponed;
        // Only the national admin dispositions from outside the agency's own work.
        const bool dispose
            = c.role == Role::Admin && Status::canTransition(c.status, CaseStatus::Disposed);
        return shown(reroute || dispose, tr("Laporan dengan status ini tidak dapat diteruskan."));
    }
    case CaseAction::NotAuthority:
        if (!Roles::canReturnNotAuthority(c.role))
            return {};
        if (!c.inScope)
            return shown(false, outOfScope);
        return shown(Status::canTransition(c.status, CaseStatus::NotAuthority),
                     tr("Hanya laporan yang sedang ditangani yang dapat dikembalikan."));
    case CaseAction::InternalNote:
        if (!c.inScope)
            return shown(false, outOfScope);
        return shown(c.status != CaseStatus::Archived, tr("Laporan sudah diarsipkan."));
    case CaseAction::MarkUnread:
        return shown(true);
    }
    return {};
}

} // namespace lapor::CaseActions
