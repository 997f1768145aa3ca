#include "photoscaler.h"

#include "imagemetadata.h"
#include "preferences.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cstring>

namespace lapor {

PhotoScaler::PhotoScaler(int maxSide, int quality)
    : m_maxSide(qBound(Preferences::kPhotoMinSide, maxSide, Preferences::kPhotoMaxSide))
    , m_quality(qBound(Preferences::kPhotoMinQuality, quality, Preferences::kPhotoMaxQuality))
{ }

QByteArray PhotoScaler::reduce(const QByteArray &photo) const
{
    const auto format = ImageMetadata::detect(photo);
    if (format == ImageMetadata::Format::Other)
        return {};
    const QByteArray formatName = format == ImageMetadata::Format::Jpeg ? "jpeg" : "png";
    QBuffer in;
    in.setData(photo);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&in, formatName);
    const QSize size = reader.size();
    // Within the limits: kept as it is, its bytes untouched.
    if (!size.isValid() || qMax(size.width(), size.height()) <= m_maxSide)
        return {};
    // Orientation swaps the sides, not the longest one, so the size to decode to is
    // worked out on the picture as stored; the turn comes after.
    reader.setAutoTransform(true);
    reader.setScaledSize(
        size.scaled(m_maxSide, m_maxSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    reader.setQuality(100); // smooth scaling
    const QImage image = reader.read();
    // A picture Qt cannot decode (or one too large for its allocation limit) is kept at
    // its own size, as before photos were made smaller.
    if (image.isNull())
        return {};
    QBuffer out;
    if (!out.open(QIODevice::WriteOnly))
        return {};
    QImageWriter writer(&out, formatName);
    if (format == ImageMetadata::Format::Jpeg) {
        writer.setQuality(m_quality);
        writer.setOptimizedWrite(true);
    }
    // Only the pixels and their colour space: no text a reader may have picked up.
    QImage pixels(image.size(), image.format());
    if (!image.colorTable().isEmpty())
        pixels.setColorTable(image.colorTable());
    pixels.setColorSpace(image.colorSpace());
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(pixels.scanLine(y), image.constScanLine(y), size_t(image.bytesPerLine()));
    if (!writer.write(pixels))
        return {};
    out.close();
    // Stripped once more: the guarantee that no metadata reaches the profile does not rest
    // on what an image plugin writes.
    const auto clean = ImageMetadata::strip(out.data());
    if (!clean.ok || clean.format != format || clean.data.size() >= photo.size())
        return {};
    return clean.data;
}

} // namespace lapor
