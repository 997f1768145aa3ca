// TextDiff::diff (app/core/textdiff.h): both sides rebuild exactly from the segments, in
// order, and adjacent segments never share an op. Inputs are "before\0after".
#include "core/textdiff.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstdint>

using namespace lapor;

namespace {

const char *opName(TextDiff::Op op)
{
    switch (op) {
    case TextDiff::Op::Equal:
        return "equal";
    case TextDiff::Op::Insert:
        return "insert";
    case TextDiff::Op::Delete:
        return "delete";
    }
    return "?";
}

void checkSegments(const QList<TextDiff::Segment> &segments, const QString &before,
                   const QString &after)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        FUZZ_CHECK(!segments.at(i).text.isEmpty(), "empty %s segment at %lld",
                   opName(segments.at(i).op), qlonglong(i));
        if (i > 0)
            FUZZ_CHECK(segments.at(i).op != segments.at(i - 1).op,
                       "two adjacent %s segments at %lld", opName(segments.at(i).op), qlonglong(i));
    }
    FUZZ_CHECK(TextDiff::side(segments, TextDiff::Op::Delete) == before,
               "the delete side does not rebuild before");
    FUZZ_CHECK(TextDiff::side(segments, TextDiff::Op::Insert) == after,
               "the insert side does not rebuild after");
    const TextDiff::Stats stats = TextDiff::stats(segments);
    FUZZ_CHECK(stats.insertedWords >= 0 && stats.deletedWords >= 0, "negative word counts");
    FUZZ_CHECK(stats.insertedWords <= after.size() && stats.deletedWords <= before.size(),
               "more changed words than characters");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype split = bytes.indexOf('\0');
    const qsizetype skip = split < 0 ? 0 : 1;
    if (split < 0)
        split = bytes.size() / 2;
    const QString before = QString::fromUtf8(bytes.left(split));
    const QString after = QString::fromUtf8(bytes.mid(split + skip));

    checkSegments(TextDiff::diff(before, after), before, after);

    const auto same = TextDiff::diff(before, before);
    checkSegments(same, before, before);
    FUZZ_CHECK(same.size() <= 1, "a text differs from itself");
    FUZZ_CHECK(same.isEmpty() || same.first().op == TextDiff::Op::Equal,
               "a text differs from itself");

    FUZZ_CHECK(TextDiff::words(before).join(QString()) == before, "words() loses text");
    FUZZ_CHECK(TextDiff::lines(after).join(QString()) == after, "lines() loses text");
    return 0;
}
