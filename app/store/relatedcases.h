#pragma once

#include "core/casestatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor {

class Database;

// One complaint that is likely about the same thing as the case being looked at, and why.
// It never carries a reporter's identity: "same reporter" is a yes or no, and only ever
// yes when neither case is anonim or rahasia (docs/privacy.md, "Related complaints").
struct RelatedCase
{
    qint64 trackingId = 0;
    QString title;
    CaseStatus status = CaseStatus::Unverified;
    bool anonymous = false;
    bool confidential = false;
    bool sameCategory = false;
    bool sameReporter = false;
    QStringList sharedWords; // words of the case found in this one, in the case's order
    double score = 0;

    // "kategori sama", "kata: jalan, berlubang, desa", "pelapor sama", in the user's
    // language. With `showWords` false the words are counted, not named (a rahasia case
    // on a terminal).
    QStringList reasons(bool showWords = true) const;
};

// Likely related complaints in the local store (docs/drafting.md, "Related complaints"):
// the case's own title and complaint words, stop words and numbers dropped, matched with
// FTS5 bm25 against the title and complaint of every other case in scope; the same
// category and the same reporter raise a candidate that shares words. Reads only.
class RelatedCases
{
    Q_DECLARE_TR_FUNCTIONS(lapor::RelatedCases)

public:
    static constexpr int kLimit = 5;
    // How many of the case's rarest words are looked up: at least kMinQueryWords, more
    // (up to kQueryWords) while the cases holding them stay within kPostingBudget. More
    // words find more but cost more, since every case holding any of them is ranked.
    static constexpr int kMinQueryWords = 3;
    static constexpr int kQueryWords = 8;
    static constexpr qint64 kPostingBudget = 20'000;
    // Words of the title, then the complaint, whose case counts are read: a complaint of
    // many pages would otherwise cost a count per distinct word.
    static constexpr int kLookedUpWords = 24;
    // Case counts of words kept between lookups (see find()); forgotten all at once
    // beyond this.
    static constexpr int kKeptCounts = 50'000;

    explicit RelatedCases(Database &db);

    // Up to `limit` cases, best first; an empty list when nothing is alike. nullopt with
    // `error` when the case is not in the store or the store cannot be read.
    std::optional<QList<RelatedCase>> find(qint64 trackingId, QString *error,
                                           int limit = kLimit) const;

    // The words of a title and complaint a match may use: lower case, once each, in
    // order; stop words, words of fewer than three letters and anything with a digit
    // (phone numbers, house numbers) dropped.
    static QStringList keywords(const QString &text);

    enum class Link { Related, Duplicate };
    // The internal note that records a link, e.g. "Duplikat dari laporan #8112829."
    static QString linkNote(Link link, qint64 otherId);
    // The case's published answer (its latest follow-up), the starting text a new draft
    // may take; empty when it has none.
    QString latestAnswer(qint64 trackingId) const;

private:
    Database &m_db;
    mutable QHash<QString, qint64> m_docs; // word -> cases holding it
};

} // namespace lapor
