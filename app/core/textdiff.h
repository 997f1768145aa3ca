#pragma once

#include <QList>
#include <QString>

namespace lapor {

// A word-level diff of two plain texts, for the revision history and the approval view.
// Lines are matched first (longest common subsequence); inside each run of changed lines
// the words are matched again, so a one-word edit in a long paragraph shows as one word.
namespace TextDiff {

enum class Op { Equal, Insert, Delete };

struct Segment
{
    Op op = Op::Equal;
    QString text;

    bool operator==(const Segment &other) const = default;
};

// Segments that rebuild `before` (Equal + Delete) and `after` (Equal + Insert) in order.
// Adjacent segments never share an op.
QList<Segment> diff(const QString &before, const QString &after);

// The longest common subsequence of two token lists, as pairs of matching indexes.
// Above `maxCells` (rows × columns) it gives up and returns no matches: the caller then
// shows the whole block as replaced rather than stalling the UI on a huge text.
QList<QPair<int, int>> lcs(const QStringList &a, const QStringList &b, qint64 maxCells = 4000000);

// Splits text into words and the whitespace between them; joined, they give the text back.
QStringList words(const QString &text);
// Splits text into lines, each keeping its line break; joined, they give the text back.
QStringList lines(const QString &text);

// Counts for a one-line summary ("+12 kata, -3 kata").
struct Stats
{
    int insertedWords = 0;
    int deletedWords = 0;
};
Stats stats(const QList<Segment> &segments);

// Rebuilds one side: Equal + Delete for `before`, Equal + Insert for `after`.
QString side(const QList<Segment> &segments, Op keep);

} // namespace TextDiff

} // namespace lapor
