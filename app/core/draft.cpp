#include "draft.h"

#include <QCoreApplication>

namespace lapor::DraftStates {

QString key(DraftState state)
{
    switch (state) {
    case DraftState::Editing:
        return QStringLiteral("editing");
    case DraftState::Submitted:
        return QStringLiteral("submitted");
    case DraftState::Returned:
        return QStringLiteral("returned");
    case DraftState::Approved:
        return QStringLiteral("approved");
    case DraftState::Published:
        return QStringLiteral("published");
    case DraftState::Conflict:
        return QStringLiteral("conflict");
    case DraftState::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

std::optional<DraftState> fromKey(const QString &key)
{
    for (auto state :
         { DraftState::Editing, DraftState::Submitted, DraftState::Returned, DraftState::Approved,
           DraftState::Published, DraftState::Conflict, DraftState::Discarded }) {
        if (DraftStates::key(state) == key)
            return state;
    }
    return std::nullopt;
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
