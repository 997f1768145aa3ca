#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lapor {

// Lifecycle of a complaint as an agency sees it (SP4N-LAPOR!). The string keys are
// the wire and storage form; never renumber or rename them.
enum class CaseStatus {
    Unverified, // Belum Terverifikasi
    Disposed, // Terdisposisi, Belum Ditindaklanjuti
    InProgress, // Terdisposisi, Sedang Diproses
    Done, // Selesai
    Postponed, // Tertunda
    Archived, // Arsip
    NotAuthority, // Bukan Wewenang
};

namespace Status {
QList<CaseStatus> all();
QString key(CaseStatus status);
std::optional<CaseStatus> fromKey(const QString &key);
// Translated label in the user's language.
QString label(CaseStatus status);
// A few words for a narrow column (the inbox); label() says it in full, e.g. in a tooltip.
QString shortLabel(CaseStatus status);

// The status machine: which transitions an agency-side actor may cause.
bool canTransition(CaseStatus from, CaseStatus to);
QList<CaseStatus> nextStatuses(CaseStatus from);
// True while the agency still owes the reporter something.
bool isOpen(CaseStatus status);
} // namespace Status

} // namespace lapor
