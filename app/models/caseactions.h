#pragma once

#include "core/casestatus.h"
#include "core/draft.h"
#include "core/role.h"

#include <QList>
#include <QString>

namespace lapor {

// What the case workspace's action bar may offer: decided by the user's role, the case's
// status and the drafts on it, never by the widget. docs/inbox.md lists the rules.
enum class CaseAction {
    WriteFollowup, // Tulis tindak lanjut
    ReviewDraft, // Tinjau draf (approve or return)
    Forward, // Teruskan (disposition to a unit)
    NotAuthority, // Bukan wewenang
    InternalNote, // Catatan internal
    MarkUnread, // Tandai belum dibaca
};

namespace CaseActions {

struct Context
{
    Role role = Role::Officer;
    QString userId;
    CaseStatus status = CaseStatus::Unverified;
    bool inScope = true;
    QList<Draft> drafts;
};

struct State
{
    bool visible = false;
    bool enabled = false;
    QString reason; // why it is disabled, for the tooltip
};

QList<CaseAction> all();
QString key(CaseAction action);
QString label(CaseAction action);
State state(CaseAction action, const Context &context);

} // namespace CaseActions

} // namespace lapor
