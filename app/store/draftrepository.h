#pragma once

#include "core/draft.h"

#include <QList>

#include <optional>

namespace lapor {

class Database;

// Follow-up drafts and their numbered revisions. The working copy (drafts.text) is
// what autosave writes; a revision is a frozen copy made when the draft is submitted.
class DraftRepository
{
public:
    using Revision = DraftRevision;

    explicit DraftRepository(Database &db);

    std::optional<Draft> create(qint64 caseId, const QString &authorId, qint64 baseCaseVersion,
                                QString *error);
    std::optional<Draft> find(const QString &id) const;
    QList<Draft> forCase(qint64 caseId) const;
    // Refused when the draft is not editable in its current state.
    bool saveText(const QString &id, const QString &text, QString *error);
    // Freezes the working copy as the next revision and returns its number.
    std::optional<int> addRevision(const QString &id, QString *error);
    QList<Revision> revisions(const QString &id) const;
    // Every approval or return recorded for the draft, oldest first.
    QList<Decision> decisions(const QString &id) const;
    bool setState(const QString &id, DraftState state, QString *error);
    // The hub refused a revision: the author must review and resubmit or discard. No-op
    // for a draft already published or discarded.
    bool markConflict(const QString &id, QString *error);
    // The hub refused a decision: the draft waits for a fresh one. No-op unless the
    // decision was taken here (approved or returned).
    bool reopenForDecision(const QString &id, QString *error);

private:
    Database &m_db;
};

} // namespace lapor
