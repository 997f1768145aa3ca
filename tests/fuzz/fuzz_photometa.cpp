// ImageMetadata::strip (app/core/imagemetadata.h) on any bytes: photos come from officers'
// folders and from reporters through the hub, and leave the desk only through the
// stripper.
#include "core/imagemetadata.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace lapor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto format = ImageMetadata::detect(bytes);
    const auto result = ImageMetadata::strip(bytes);
    FUZZ_CHECK(result.format == format, "format %d, detected %d", int(result.format), int(format));
    if (format == ImageMetadata::Format::Other) {
        FUZZ_CHECK(result.ok && result.data == bytes && !result.changed(),
                   "a file that is no photo was changed");
        return 0;
    }
    if (!result.ok) {
        FUZZ_CHECK(result.data.isEmpty(), "a refused photo still has %lld bytes",
                   qlonglong(result.data.size()));
        FUZZ_CHECK(!result.error.isEmpty(), "refused without a reason");
        return 0;
    }
    FUZZ_CHECK(result.error.isEmpty(), "accepted with an error");
    // Only dropped or rewritten smaller: the orientation Exif is never larger than the
    // IFD it was read from.
    FUZZ_CHECK(result.data.size() <= bytes.size(), "grew from %lld to %lld bytes",
               qlonglong(bytes.size()), qlonglong(result.data.size()));
    FUZZ_CHECK(result.changed() == (result.data != bytes), "removed [%s] but the bytes %s",
               qPrintable(result.removed.join(QLatin1Char(','))),
               result.data == bytes ? "are the same" : "differ");
    FUZZ_CHECK(result.orientation == 0 || (result.orientation >= 2 && result.orientation <= 8),
               "orientation %d", result.orientation);
    FUZZ_CHECK(ImageMetadata::detect(result.data) == format, "the output changed format");
    // What comes out holds nothing the stripper would take out: a second pass reads it
    // whole and changes nothing.
    const auto again = ImageMetadata::strip(result.data);
    FUZZ_CHECK(again.ok, "the output is refused: %s", qPrintable(again.error));
    FUZZ_CHECK(again.data == result.data, "a second pass changed the output");
    FUZZ_CHECK(!again.changed(), "a second pass removed [%s]",
               qPrintable(again.removed.join(QLatin1Char(','))));
    FUZZ_CHECK(again.orientation == result.orientation, "orientation %d became %d",
               result.orientation, again.orientation);
    return 0;
}
