#include "draft.h"

#include "keytable.h"

#include <QCoreApplication>

namespace lapor::DraftStates {

namespace {
constexpr KeyTable<DraftState, 7> kKeys { { {
    { DraftState::Editing, "editing" },
    { DraftState::Submitted, "submitted" },
    { DraftState::Returned, "returned" },
    { DraftState::Approved, "approved" },
    { DraftState::Published, "published" },
    { DraftState::Conflict, "conflict" },
    { DraftState::Discarded, "discarded" },
} } };
} // namespace

QString key(DraftState state)
{
    return kKeys.key(state);
}

std::optional<DraftState> fromKey(const QString &key)
{
    return kKeys.fromKey(key);
}

QStringList keys()
{
    return kKeys.keys();
}

QString label(DraftState state)
{
    switch (state) {
    case DraftState::Editing:
        return QCoreApplication::translate("lapor::DraftStates", "Draf");
    case DraftState::Submitted:
        return QCoreApplication::translate("lapor::DraftStates", "Menunggu persetujuan");
    case DraftState::Returned:
        return QCoreApplication::translate("lapor::DraftStates", "Dikembalikan");
    case DraftState::Approved:
        return QCoreApplication::translate("lapor::DraftStates", "Disetujui");
    case DraftState::Published:
        return QCoreApplication::translate("lapor::DraftStates", "Terkirim");
    case DraftState::Conflict:
        return QCoreApplication::translate("lapor::DraftStates", "Konflik");
    case DraftState::Discarded:
        return QCoreApplication::translate("lapor::DraftStates", "Dibuang");
    }
    return {};
}

bool isEditable(DraftState state)
{
    return state == DraftState::Editing || state == DraftState::Returned
        || state == DraftState::Conflict;
}

} // namespace lapor::DraftStates
