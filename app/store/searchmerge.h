#pragma once

#include <QString>

namespace lapor {

class Database;

// Merges the segments of the search index a step at a time (docs/store.md, "Merging the
// search index"). The end of a first sync builds the index without merging any of the
// segments its chunks write (BulkLoad): at a million cases about two hundred of them,
// which every search reads side by side. Merging them is work FTS5 would otherwise do
// inside the build, with the sync's end waiting; here it comes afterwards, while the desk
// is in use, one short transaction per step:
//
//   SearchMerge merge(db);
//   while (merge.step(&error) == SearchMerge::Step::More)
//       ;                      // one step per turn, or on a thread of its own (SearchMerger)
//
// Each step commits on its own: a merge cut off by a crash or by the end of the desk goes
// on from where it stood at the next one. Search finds the same rows at every step.
class SearchMerge
{
public:
    enum class Step { More, Done, Failed };

    explicit SearchMerge(Database &db);

    // Merges about kStepMs of the index in one transaction. Done when no level of the index
    // held segments enough to merge (then nothing was written).
    Step step(QString *error);
    // Steps that merged something.
    int steps() const { return m_steps; }

    // How many segments the search index has: what a search reads side by side.
    static int segmentCount(Database &db);

    static constexpr int kStepMs = 100;

private:
    Database &m_db;
    int m_pages = kFirstPages;
    int m_steps = 0;

    static constexpr int kFirstPages = 256;
    static constexpr int kMinPages = 64;
    static constexpr int kMaxPages = 16384;
};

} // namespace lapor
