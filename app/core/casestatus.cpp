#include "casestatus.h"

#include <QCoreApplication>

#include <array>

namespace lapor::Status {

namespace {

struct StatusInfo
{
    CaseStatus status;
    const char *key;
    const char *label;
};

// Labels are the terms officers know from the national web console.
constexpr std::array kStatuses = {
    StatusInfo { CaseStatus::Unverified, "unverified",
                 QT_TRANSLATE_NOOP("lapor::Status", "Belum Terverifikasi") },
    StatusInfo { CaseStatus::Disposed, "disposed",
                 QT_TRANSLATE_NOOP("lapor::Status", "Terdisposisi, Belum Ditindaklanjuti") },
    StatusInfo { CaseStatus::InProgress, "in_progress",
                 QT_TRANSLATE_NOOP("lapor::Status", "Terdisposisi, Sedang Diproses") },
    StatusInfo { CaseStatus::Done, "done", QT_TRANSLATE_NOOP("lapor::Status", "Selesai") },
    StatusInfo { CaseStatus::Postponed, "postponed",
                 QT_TRANSLATE_NOOP("lapor::Status", "Tertunda") },
    StatusInfo { CaseStatus::Archived, "archived", QT_TRANSLATE_NOOP("lapor::Status", "Arsip") },
    StatusInfo { CaseStatus::NotAuthority, "not_authority",
                 QT_TRANSLATE_NOOP("lapor::Status", "Bukan Wewenang") },
};

struct Transition
{
    CaseStatus from;
    CaseStatus to;
};

// See docs/domain.md for why each edge exists.
constexpr std::array kTransitions = {
    Transition { CaseStatus::Unverified, CaseStatus::Disposed }, // verified and dispositioned
    Transition { CaseStatus::Unverified, CaseStatus::Archived }, // rejected at verification
    Transition { CaseStatus::Disposed, CaseStatus::InProgress }, // first follow-up published
    Transition { CaseStatus::Disposed, CaseStatus::NotAuthority }, // returned: not our authority
    Transition { CaseStatus::Disposed, CaseStatus::Postponed },
    Transition { CaseStatus::InProgress, CaseStatus::Done }, // resolved or auto-closed
    Transition { CaseStatus::InProgress, CaseStatus::Postponed },
    Transition { CaseStatus::InProgress, CaseStatus::NotAuthority },
    Transition { CaseStatus::Postponed, CaseStatus::InProgress }, // work resumes
    Transition { CaseStatus::Postponed, CaseStatus::Archived },
    Transition { CaseStatus::NotAuthority, CaseStatus::Disposed }, // re-dispositioned elsewhere
    Transition { CaseStatus::NotAuthority, CaseStatus::Archived },
    Transition { CaseStatus::Done, CaseStatus::InProgress }, // reporter disputes the answer
    Transition { CaseStatus::Done, CaseStatus::Archived },
};

const StatusInfo *find(CaseStatus status)
{
    for (const auto &info : kStatuses) {
        if (info.status == status)
            return &info;
    }
    return nullptr;
}

} // namespace

QList<CaseStatus> all()
{
    QList<CaseStatus> out;
    for (const auto &info : kStatuses)
        out.append(info.status);
    return out;
}

QString key(CaseStatus status)
{
    // Made once and shared: every case a sync stores or decodes asks for its key.
    static const std::array<QString, kStatuses.size()> keys = [] {
        std::array<QString, kStatuses.size()> out;
        for (size_t i = 0; i < kStatuses.size(); ++i)
            out[i] = QString::fromLatin1(kStatuses[i].key);
        return out;
    }();
    for (size_t i = 0; i < kStatuses.size(); ++i) {
        if (kStatuses[i].status == status)
            return keys[i];
    }
    return QString();
}

std::optional<CaseStatus> fromKey(const QString &key)
{
    for (const auto &info : kStatuses) {
        if (key == QLatin1String(info.key))
            return info.status;
    }
    return std::nullopt;
}

QString label(CaseStatus status)
{
    const auto *info = find(status);
    return info ? QCoreApplication::translate("lapor::Status", info->label) : QString();
}

QString shortLabel(CaseStatus status)
{
    // "Terdisposisi" is true of every case an agency works on; what tells two cases apart
    // is whether the agency has answered yet.
    switch (status) {
    case CaseStatus::Disposed:
        return QCoreApplication::translate("lapor::Status", "Belum Ditindaklanjuti");
    case CaseStatus::InProgress:
        return QCoreApplication::translate("lapor::Status", "Diproses");
    default:
        return label(status);
    }
}

bool canTransition(CaseStatus from, CaseStatus to)
{
    for (const auto &edge : kTransitions) {
        if (edge.from == from && edge.to == to)
            return true;
    }
    return false;
}

QList<CaseStatus> nextStatuses(CaseStatus from)
{
    QList<CaseStatus> out;
    for (const auto &edge : kTransitions) {
        if (edge.from == from)
            out.append(edge.to);
    }
    return out;
}

bool isOpen(CaseStatus status)
{
    return status == CaseStatus::Disposed || status == CaseStatus::InProgress
        || status == CaseStatus::Postponed || status == CaseStatus::Unverified;
}

} // namespace lapor::Status
