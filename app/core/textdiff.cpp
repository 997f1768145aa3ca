#include "textdiff.h"

#include <vector>

namespace lapor::TextDiff {

namespace {

void append(QList<Segment> &out, Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append({ op, text });
}

// Words of a changed block of lines, matched against each other.
void diffWords(QList<Segment> &out, const QString &before, const QString &after)
{
    const QStringList a = words(before);
    const QStringList b = words(after);
    const auto matches = lcs(a, b);
    int i = 0;
    int j = 0;
    for (const auto &[mi, mj] : matches) {
        for (; i < mi; ++i)
            append(out, Op::Delete, a.at(i));
        for (; j < mj; ++j)
            append(out, Op::Insert, b.at(j));
        append(out, Op::Equal, a.at(mi));
        ++i;
        ++j;
    }
    for (; i < a.size(); ++i)
        append(out, Op::Delete, a.at(i));
    for (; j < b.size(); ++j)
        append(out, Op::Insert, b.at(j));
}

int wordCount(const QString &text)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++count;
        inWord = !space;
    }
    return count;
}

} // namespace

QStringList words(const QString &text)
{
    QStringList out;
    int start = 0;
    for (int i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isSpace() != text.at(start).isSpace()) {
            out.append(text.mid(start, i - start));
            start = i;
        }
    }
    return out;
}

QStringList lines(const QString &text)
{
    QStringList out;
    int start = 0;
    while (start < text.size()) {
        const int end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            out.append(text.mid(start));
            break;
        }
        out.append(text.mid(start, end - start + 1));
        start = end + 1;
    }
    return out;
}

QList<QPair<int, int>> lcs(const QStringList &a, const QStringList &b, qint64 maxCells)
{
    // Common head and tail first: edits are usually local, and this keeps the table small.
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    QList<QPair<int, int>> out;
    for (int k = 0; k < head; ++k)
        out.append({ k, k });
    const int n = int(a.size()) - head - tail;
    const int m = int(b.size()) - head - tail;
    if (n > 0 && m > 0 && qint64(n) * m <= maxCells) {
        // table[i][j] = LCS length of a[head+i..] and b[head+j..]
        std::vector<std::vector<int>> table(n + 1, std::vector<int>(m + 1, 0));
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                table[i][j] = a.at(head + i) == b.at(head + j)
                    ? table[i + 1][j + 1] + 1
                    : std::max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.at(head + i) == b.at(head + j)) {
                out.append({ head + i, head + j });
                ++i;
                ++j;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    for (int k = 0; k < tail; ++k)
        out.append({ int(a.size()) - tail + k, int(b.size()) - tail + k });
    return out;
}

QList<Segment> diff(const QString &before, const QString &after)
{
    QList<Segment> out;
    const QStringList a = lines(before);
    const QStringList b = lines(after);
    int i = 0;
    int j = 0;
    auto flush = [&](int toI, int toJ) {
        QString removed;
        QString added;
        for (; i < toI; ++i)
            removed += a.at(i);
        for (; j < toJ; ++j)
            added += b.at(j);
        if (!removed.isEmpty() && !added.isEmpty())
            diffWords(out, removed, added);
        else {
            append(out, Op::Delete, removed);
            append(out, Op::Insert, added);
        }
    };
    for (const auto &[mi, mj] : lcs(a, b)) {
        flush(mi, mj);
        append(out, Op::Equal, a.at(mi));
        ++i;
        ++j;
    }
    flush(int(a.size()), int(b.size()));
    return out;
}

Stats stats(const QList<Segment> &segments)
{
    Stats s;
    for (const Segment &segment : segments) {
        if (segment.op == Op::Insert)
            s.insertedWords += wordCount(segment.text);
        else if (segment.op == Op::Delete)
            s.deletedWords += wordCount(segment.text);
    }
    return s;
}

QString side(const QList<Segment> &segments, Op keep)
{
    QString out;
    for (const Segment &segment : segments) {
        if (segment.op == Op::Equal || segment.op == keep)
            out += segment.text;
    }
    return out;
}

} // namespace lapor::TextDiff
