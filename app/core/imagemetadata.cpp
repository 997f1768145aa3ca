#include "imagemetadata.h"

#include <QByteArrayView>
#include <QtEndian>

#include <array>
#include <cstring>

namespace lapor {

namespace {

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kPngSignatureSize = 8;
constexpr quint32 kOrientationTag = 0x0112;
constexpr quint32 kGpsInfoTag = 0x8825;
constexpr quint32 kTiffShort = 3;

bool hasPrefix(QByteArrayView bytes, const char *prefix, qsizetype size)
{
    return bytes.size() >= size && std::memcmp(bytes.data(), prefix, size_t(size)) == 0;
}

bool contains(QByteArrayView bytes, const char *needle)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size()).contains(needle);
}

void note(ImageMetadata::Result &result, const QString &what)
{
    if (!result.removed.contains(what))
        result.removed.append(what);
}

// What IFD0 of a TIFF structure (an Exif APP1 after its "Exif\0\0", a PNG eXIf chunk)
// says about orientation and GPS. Offsets are relative to the TIFF header; an IFD that
// does not fit, with its next-IFD offset, is not read at all.
struct TiffFacts
{
    int orientation = 0;
    bool gps = false;
};

TiffFacts readTiff(QByteArrayView tiff)
{
    TiffFacts facts;
    if (tiff.size() < 8)
        return facts;
    const bool little = hasPrefix(tiff, "II", 2);
    if (!little && !hasPrefix(tiff, "MM", 2))
        return facts;
    const auto *bytes = reinterpret_cast<const uchar *>(tiff.data());
    auto u16 = [bytes, little](qint64 at) -> quint32 {
        return little ? qFromLittleEndian<quint16>(bytes + at)
                      : qFromBigEndian<quint16>(bytes + at);
    };
    auto u32 = [bytes, little](qint64 at) -> quint32 {
        return little ? qFromLittleEndian<quint32>(bytes + at)
                      : qFromBigEndian<quint32>(bytes + at);
    };
    if (u16(2) != 42)
        return facts;
    const qint64 ifd = u32(4);
    if (ifd > tiff.size() - 2)
        return facts;
    const qint64 count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > tiff.size())
        return facts;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 entry = ifd + 2 + i * 12;
        const quint32 tag = u16(entry);
        if (tag == kGpsInfoTag)
            facts.gps = true;
        if (tag == kOrientationTag && u16(entry + 2) == kTiffShort && u32(entry + 4) == 1) {
            const quint32 value = u16(entry + 8);
            if (value >= 1 && value <= 8)
                facts.orientation = int(value);
        }
    }
    return facts;
}

// A TIFF structure holding the orientation and nothing else, big-endian: header, IFD0 of
// one SHORT entry, no next IFD. 26 bytes, never more than the IFD it was read from.
QByteArray orientationTiff(int orientation)
{
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01"
                    "\x00\x00\x00\x00\x00\x00\x00\x00",
                    26);
    tiff[19] = char(orientation);
    return tiff;
}

QByteArray jpegOrientationSegment(int orientation)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + orientationTiff(orientation);
    QByteArray segment("\xff\xe1", 2);
    char length[2];
    qToBigEndian<quint16>(quint16(payload.size() + 2), length);
    segment.append(length, 2);
    return segment + payload;
}

quint32 crc32(QByteArrayView bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char ch : bytes)
        c = table[(c ^ uchar(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray pngOrientationChunk(int orientation)
{
    const QByteArray body = QByteArray("eXIf", 4) + orientationTiff(orientation);
    char word[4];
    qToBigEndian<quint32>(quint32(body.size() - 4), word);
    QByteArray chunk(word, 4);
    chunk += body;
    qToBigEndian<quint32>(crc32(body), word);
    chunk.append(word, 4);
    return chunk;
}

// Empty: the APPn segment stays. Otherwise the name it is removed under.
QString appSegmentName(uchar marker, QByteArrayView payload)
{
    switch (marker) {
    case 0xe0:
        if (hasPrefix(payload, "JFIF\0", 5))
            return {};
        return hasPrefix(payload, "JFXX\0", 5) ? QStringLiteral("JFXX") : QStringLiteral("APP0");
    case 0xe1:
        if (hasPrefix(payload, "Exif\0", 5))
            return QStringLiteral("Exif");
        if (hasPrefix(payload, "http://ns.adobe.com/x", 21))
            return QStringLiteral("XMP"); // the packet (…/xap/1.0/) and its extension
        return QStringLiteral("APP1");
    case 0xe2:
        if (hasPrefix(payload, "ICC_PROFILE\0", 12))
            return {};
        return hasPrefix(payload, "MPF\0", 4) ? QStringLiteral("MPF") : QStringLiteral("APP2");
    case 0xed:
        return hasPrefix(payload, "Photoshop 3.0\0", 14) ? QStringLiteral("IPTC")
                                                         : QStringLiteral("APP13");
    case 0xee:
        if (hasPrefix(payload, "Adobe", 5))
            return {};
        return QStringLiteral("APP14");
    default:
        return QStringLiteral("APP%1").arg(marker - 0xe0);
    }
}

// A JFIF header ("JFIF\0", version, units, densities) with a thumbnail's size or pixels.
bool hasThumbnail(QByteArrayView jfif)
{
    return jfif.size() >= 14 && (jfif.size() > 14 || jfif[12] != 0 || jfif[13] != 0);
}

bool isFrameMarker(uchar marker)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

ImageMetadata::Result refused(ImageMetadata::Format format, const QString &why)
{
    ImageMetadata::Result result;
    result.format = format;
    result.ok = false;
    result.error = why;
    return result;
}

class Jpeg
{
public:
    explicit Jpeg(const QByteArray &in)
        : m_in(in)
        , m_bytes(reinterpret_cast<const uchar *>(in.constData()))
        , m_size(in.size())
    { }

    ImageMetadata::Result strip()
    {
        m_result.format = ImageMetadata::Format::Jpeg;
        m_out.reserve(m_size);
        m_out.append(m_in.constData(), 2); // SOI, checked by detect()
        qsizetype pos = 2;
        bool frame = false;
        bool scan = false;
        for (;;) {
            if (pos >= m_size)
                return truncated();
            if (m_bytes[pos] != 0xff)
                return damaged();
            const qsizetype start = pos;
            while (pos < m_size && m_bytes[pos] == 0xff)
                ++pos; // fill bytes may precede any marker
            if (pos >= m_size)
                return truncated();
            const uchar marker = m_bytes[pos++];
            if (marker == 0xd9) {
                if (!scan)
                    return damaged();
                m_out.append(m_in.constData() + start, pos - start);
                if (pos < m_size)
                    note(m_result, QStringLiteral("trailer"));
                break;
            }
            if (marker == 0x00 || marker == 0xd8)
                return damaged();
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                m_out.append(m_in.constData() + start, pos - start); // TEM, RSTn: no length
                continue;
            }
            if (m_size - pos < 2)
                return truncated();
            const qsizetype length = qsizetype(m_bytes[pos]) << 8 | m_bytes[pos + 1];
            if (length < 2)
                return damaged();
            if (length > m_size - pos)
                return truncated();
            const qsizetype end = pos + length;
            segment(marker, QByteArrayView(m_in.constData() + start, end - start),
                    QByteArrayView(m_in.constData() + pos + 2, length - 2));
            pos = end;
            frame = frame || isFrameMarker(marker);
            if (marker == 0xda) {
                if (!frame)
                    return damaged();
                scan = true;
                const auto next = entropyEnd(pos);
                if (next < 0)
                    return truncated();
                m_out.append(m_in.constData() + pos, next - pos);
                pos = next;
            }
        }
        m_result.data = m_out;
        return m_result;
    }

private:
    // Where the entropy-coded data from `pos` ends: the first marker that is not a stuffed
    // byte (FF 00) or a restart (FF D0..D7); -1 when the file ends first.
    qsizetype entropyEnd(qsizetype pos) const
    {
        while (pos < m_size) {
            const auto *found = static_cast<const uchar *>(
                std::memchr(m_bytes + pos, 0xff, size_t(m_size - pos)));
            if (!found)
                return -1;
            const qsizetype at = found - m_bytes;
            if (at + 1 >= m_size)
                return -1;
            const uchar next = m_bytes[at + 1];
            if (next == 0x00 || (next >= 0xd0 && next <= 0xd7))
                pos = at + 2;
            else if (next == 0xff)
                pos = at + 1; // a fill byte: the marker, if any, follows
            else
                return at;
        }
        return -1;
    }

    // `whole`: from the first FF (fill bytes included) to the end of the payload.
    void segment(uchar marker, QByteArrayView whole, QByteArrayView payload)
    {
        QString name;
        if (marker >= 0xe0 && marker <= 0xef)
            name = appSegmentName(marker, payload);
        else if (marker == 0xfe)
            name = QStringLiteral("COM");
        if (name.isEmpty() && marker == 0xe0 && hasThumbnail(payload)) {
            // A JFIF thumbnail may still show what was cropped out of the picture.
            m_out += QByteArray("\xff\xe0\x00\x10", 4) + payload.first(12).toByteArray()
                + QByteArray(2, '\0');
            note(m_result, QStringLiteral("thumbnail"));
            return;
        }
        if (name.isEmpty()) {
            m_out.append(whole.data(), whole.size());
            return;
        }
        if (name == QLatin1String("Exif")) {
            const TiffFacts facts
                = readTiff(payload.size() > 6 ? payload.sliced(6) : QByteArrayView());
            if (facts.gps)
                note(m_result, QStringLiteral("GPS"));
            // Viewers read the first Exif only; so does the orientation kept here.
            if (!m_exifSeen && facts.orientation >= 2) {
                const QByteArray kept = jpegOrientationSegment(facts.orientation);
                m_out += kept;
                m_result.orientation = facts.orientation;
                if (whole == QByteArrayView(kept))
                    name.clear(); // already nothing but the orientation
            }
            m_exifSeen = true;
        } else if (name == QLatin1String("XMP") && contains(payload, "GPSL")) {
            note(m_result, QStringLiteral("GPS")); // exif:GPSLatitude, GPSLongitude
        }
        if (!name.isEmpty())
            note(m_result, name);
    }

    ImageMetadata::Result truncated() const
    {
        return refused(ImageMetadata::Format::Jpeg,
                       ImageMetadata::tr("berkas JPEG terpotong sebelum akhir gambarnya"));
    }
    ImageMetadata::Result damaged() const
    {
        return refused(ImageMetadata::Format::Jpeg, ImageMetadata::tr("susunan berkas JPEG rusak"));
    }

    const QByteArray &m_in;
    const uchar *m_bytes;
    qsizetype m_size;
    QByteArray m_out;
    ImageMetadata::Result m_result;
    bool m_exifSeen = false;
};

bool isLetter(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

// Ancillary chunks that change how the picture is drawn (colour, transparency, size,
// animation). Every other ancillary chunk goes.
bool keepsAncillary(QByteArrayView type)
{
    static const char *const kKept[]
        = { "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "cICP", "mDCv", "cLLi",
            "sBIT", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT" };
    for (const char *kept : kKept) {
        if (std::memcmp(type.data(), kept, 4) == 0)
            return true;
    }
    return false;
}

ImageMetadata::Result stripPng(const QByteArray &in)
{
    const auto truncated = [] {
        return refused(ImageMetadata::Format::Png,
                       ImageMetadata::tr("berkas PNG terpotong sebelum akhir gambarnya"));
    };
    const auto damaged = [] {
        return refused(ImageMetadata::Format::Png, ImageMetadata::tr("susunan berkas PNG rusak"));
    };
    const auto *bytes = reinterpret_cast<const uchar *>(in.constData());
    const qsizetype size = in.size();
    if (!hasPrefix(in, kPngSignature, kPngSignatureSize))
        return size < kPngSignatureSize ? truncated() : damaged();
    ImageMetadata::Result result;
    result.format = ImageMetadata::Format::Png;
    QByteArray out(in.constData(), kPngSignatureSize);
    out.reserve(size);
    qsizetype pos = kPngSignatureSize;
    bool header = false;
    bool data = false;
    bool exifSeen = false;
    for (;;) {
        if (size - pos < 12)
            return truncated();
        const quint32 length = qFromBigEndian<quint32>(bytes + pos);
        if (length > 0x7fffffffu)
            return damaged();
        if (qint64(length) > size - pos - 12)
            return truncated();
        const QByteArrayView type(in.constData() + pos + 4, 4);
        for (const char ch : type) {
            if (!isLetter(ch))
                return damaged();
        }
        const bool isHeader = type == QByteArrayView("IHDR");
        if (header == isHeader)
            return damaged(); // IHDR first, and only once
        header = true;
        data = data || type == QByteArrayView("IDAT");
        const qsizetype end = pos + 12 + qsizetype(length);
        const QByteArrayView chunk(in.constData() + pos, end - pos);
        const bool critical = type.front() >= 'A' && type.front() <= 'Z';
        if (critical || keepsAncillary(type)) {
            out.append(chunk.data(), chunk.size());
        } else {
            QString name = QString::fromLatin1(type.data(), 4);
            if (type == QByteArrayView("eXIf")) {
                const TiffFacts facts = readTiff(chunk.sliced(8, qsizetype(length)));
                if (facts.gps)
                    note(result, QStringLiteral("GPS"));
                if (!exifSeen && facts.orientation >= 2) {
                    const QByteArray kept = pngOrientationChunk(facts.orientation);
                    out += kept;
                    result.orientation = facts.orientation;
                    if (chunk == QByteArrayView(kept))
                        name.clear();
                }
                exifSeen = true;
            }
            if (!name.isEmpty())
                note(result, name);
        }
        pos = end;
        if (type == QByteArrayView("IEND")) {
            if (!data)
                return damaged();
            if (pos < size)
                note(result, QStringLiteral("trailer"));
            break;
        }
    }
    result.data = out;
    return result;
}

} // namespace

ImageMetadata::Format ImageMetadata::detect(const QByteArray &bytes)
{
    if (hasPrefix(bytes, "\xff\xd8", 2))
        return Format::Jpeg;
    if (hasPrefix(bytes, kPngSignature, 4))
        return Format::Png;
    return Format::Other;
}

ImageMetadata::Result ImageMetadata::strip(const QByteArray &bytes)
{
    switch (detect(bytes)) {
    case Format::Jpeg:
        return Jpeg(bytes).strip();
    case Format::Png:
        return stripPng(bytes);
    case Format::Other:
        break;
    }
    Result unchanged;
    unchanged.data = bytes;
    return unchanged;
}

bool ImageMetadata::isPhotoName(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    return fileName.contains(QLatin1Char('.'))
        && (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
            || suffix == QLatin1String("png"));
}

} // namespace lapor
