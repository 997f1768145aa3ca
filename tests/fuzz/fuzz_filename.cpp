// FileNames::sanitise and isPlainId (app/core/filenames.h) against their documented
// promises, for names that come from reporters and from the hub.
#include "core/filenames.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstdint>
#include <cstring>

using namespace lapor;

namespace {

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (ch.isSurrogate())
            return true;
    }
    return false;
}

void checkSanitised(const QString &input)
{
    const QString out = FileNames::sanitise(input);
    const QByteArray shown = out.toUtf8();
    FUZZ_CHECK(!out.isEmpty(), "empty result");
    FUZZ_CHECK(out.size() <= 120, "%lld characters: %s", qlonglong(out.size()), shown.constData());
    FUZZ_CHECK(!out.startsWith(QLatin1Char('.')), "leading dot: %s", shown.constData());
    FUZZ_CHECK(out != QLatin1String(".."), "parent folder");
    FUZZ_CHECK(out == out.trimmed(), "surrounding space: [%s]", shown.constData());
    for (const QChar ch : out) {
        FUZZ_CHECK(ch != QLatin1Char('/') && ch != QLatin1Char('\\'), "separator: %s",
                   shown.constData());
        FUZZ_CHECK(!QStringLiteral(":*?\"<>|").contains(ch), "refused by Windows: %s",
                   shown.constData());
        FUZZ_CHECK(ch.unicode() >= 0x20 && ch.category() != QChar::Other_Control
                       && ch.category() != QChar::Other_Format,
                   "control character U+%04X", unsigned(ch.unicode()));
    }
    // Input decoded from UTF-8 is well-formed; cutting it must not split a pair.
    if (!hasLoneSurrogate(input))
        FUZZ_CHECK(!hasLoneSurrogate(out), "split surrogate pair: %s", shown.constData());
    const QString again = FileNames::sanitise(out);
    FUZZ_CHECK(again == out, "not idempotent: [%s] -> [%s]", shown.constData(),
               again.toUtf8().constData());
}

void checkPlainId(const QString &input)
{
    const bool plain = FileNames::isPlainId(input);
    if (!plain)
        return;
    FUZZ_CHECK(!input.isEmpty() && input.size() <= 64, "plain id of %lld characters",
               qlonglong(input.size()));
    for (const QChar ch : input) {
        FUZZ_CHECK(
            ch.unicode() < 128
                && (ch.isLetterOrNumber() || ch == QLatin1Char('-') || ch == QLatin1Char('_')),
            "plain id with U+%04X", unsigned(ch.unicode()));
    }
    // A plain id is already a safe file name.
    FUZZ_CHECK(FileNames::sanitise(input) == input, "plain id changed by sanitise");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QString::fromUtf8(bytes);
    checkSanitised(name);
    checkPlainId(name);
    // Also as the hub may send it, one UTF-16 unit per byte pair, lone surrogates included:
    // sanitise must still keep its promises even when the name itself is not well formed.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    if (!utf16.isEmpty())
        std::memcpy(utf16.data(), data, size_t(utf16.size()) * sizeof(QChar));
    checkSanitised(utf16);
    return 0;
}
