#pragma once

#include "draftfiles.h"

namespace lapor {

// Makes a draft photo smaller: its longest side at most `maxSide` pixels (never larger
// than it was), turned upright as its EXIF orientation says, re-encoded in its own format
// (JPEG at `quality`; PNG stays lossless, see docs/drafting.md, "Photo size"). The result
// carries no metadata: it is written by QImageWriter, which writes no EXIF, and stripped
// once more (ImageMetadata) so that nothing a plugin may add stays.
//
// It reads pixels, so it links QtGui: it is built as the library `corephotos`, apart from
// `core`, so that laporhub and lapordeskctl stay QtCore only.
class PhotoScaler final : public PhotoReducer
{
public:
    // Clamped to Preferences' ranges.
    PhotoScaler(int maxSide, int quality);

    int maxSide() const { return m_maxSide; }
    int quality() const { return m_quality; }

    QByteArray reduce(const QByteArray &photo) const override;

private:
    int m_maxSide;
    int m_quality;
};

} // namespace lapor
