#pragma once

// Photos built byte by byte for the photo-metadata tests: real JPEG and PNG pictures from QImage,
// with the segments and chunks a phone camera or an editor adds spliced in.
#include <QBuffer>
#include <QByteArray>
#include <QColorSpace>
#include <QImage>
#include <QtEndian>

namespace lapor::test::Photo {

inline QByteArray be16(quint32 value)
{
    char bytes[2];
    qToBigEndian<quint16>(quint16(value), bytes);
    return QByteArray(bytes, 2);
}

inline QByteArray be32(quint32 value)
{
    char bytes[4];
    qToBigEndian<quint32>(value, bytes);
    return QByteArray(bytes, 4);
}

inline QByteArray u16(quint32 value, bool little)
{
    char bytes[2];
    if (little)
        qToLittleEndian<quint16>(quint16(value), bytes);
    else
        qToBigEndian<quint16>(quint16(value), bytes);
    return QByteArray(bytes, 2);
}

inline QByteArray u32(quint32 value, bool little)
{
    char bytes[4];
    if (little)
        qToLittleEndian<quint32>(value, bytes);
    else
        qToBigEndian<quint32>(value, bytes);
    return QByteArray(bytes, 4);
}

// A JPEG segment: FF, marker, length, payload.
inline QByteArray segment(quint8 marker, const QByteArray &payload)
{
    return QByteArray("\xff", 1) + char(marker) + be16(quint32(payload.size() + 2)) + payload;
}

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 c = 0xffffffffu;
    for (const char ch : bytes) {
        c ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

// A PNG chunk with its CRC.
inline QByteArray chunk(const char *type, const QByteArray &data)
{
    const QByteArray body = QByteArray(type, 4) + data;
    return be32(quint32(data.size())) + body + be32(crc32(body));
}

// A TIFF structure as cameras write it: IFD0 with Make, Orientation (when not 0) and a
// pointer to a GPS IFD holding latitude S 6°12'34.56" (Jakarta).
inline QByteArray cameraTiff(int orientation, bool little = true)
{
    const QByteArray make("Canon EOS 80D\0", 14);
    const quint32 entries = orientation ? 3 : 2;
    const quint32 makeAt = 8 + 2 + entries * 12 + 4;
    const quint32 gpsAt = makeAt + quint32(make.size());
    const quint32 latitudeAt = gpsAt + 2 + 2 * 12 + 4;
    QByteArray t = little ? QByteArray("II\x2a\x00", 4) : QByteArray("MM\x00\x2a", 4);
    t += u32(8, little);
    t += u16(entries, little);
    t += u16(0x010f, little) + u16(2, little) + u32(quint32(make.size()), little)
        + u32(makeAt, little);
    if (orientation)
        t += u16(0x0112, little) + u16(3, little) + u32(1, little)
            + u16(quint32(orientation), little) + u16(0, little);
    t += u16(0x8825, little) + u16(4, little) + u32(1, little) + u32(gpsAt, little);
    t += u32(0, little);
    t += make;
    t += u16(2, little);
    t += u16(0x0001, little) + u16(2, little) + u32(2, little) + QByteArray("S\0\0\0", 4);
    t += u16(0x0002, little) + u16(5, little) + u32(3, little) + u32(latitudeAt, little);
    t += u32(0, little);
    for (const quint32 part : { 6u, 1u, 12u, 1u, 3456u, 100u })
        t += u32(part, little);
    return t;
}

inline QByteArray exifSegment(int orientation, bool little = true)
{
    return segment(0xe1, QByteArray("Exif\0\0", 6) + cameraTiff(orientation, little));
}

// What the stripper keeps of an Exif: the orientation alone, big-endian.
inline QByteArray orientationTiff(int orientation)
{
    return QByteArray("MM\x00\x2a", 4) + be32(8) + be16(1) + be16(0x0112) + be16(3) + be32(1)
        + be16(quint32(orientation)) + be16(0) + be32(0);
}

inline QByteArray xmpSegment()
{
    return segment(0xe1,
                   QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
                       + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:Description "
                         "exif:GPSLatitude=\"6,12.576S\" exif:GPSLongitude=\"106,49.5E\" "
                         "dc:creator=\"Budi Santoso\"/></x:xmpmeta>");
}

inline QByteArray iptcSegment()
{
    return segment(0xed,
                   QByteArray("Photoshop 3.0\0", 14)
                       + "8BIM\x04\x04\0\0\0\0\0\x12\x1c\x02\x50\0\x0c"
                         "Budi Santoso");
}

inline QByteArray iccSegment()
{
    return segment(0xe2,
                   QByteArray("ICC_PROFILE\0\x01\x01", 14)
                       + QColorSpace(QColorSpace::SRgb).iccProfile());
}

inline QImage picture()
{
    QImage image(64, 48, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 5, (x ^ y) * 3));
    }
    return image;
}

inline QByteArray encoded(const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture().save(&buffer, format, 90);
    return bytes;
}

// Qt's JPEG: SOI, APP0 JFIF, then the tables, frame and scan.
inline QByteArray plainJpeg()
{
    return encoded("JPG");
}

// Where the bytes after APP0 start: metadata segments go there.
inline qsizetype afterJfif(const QByteArray &jpeg)
{
    return 4 + (qsizetype(uchar(jpeg[4])) << 8 | uchar(jpeg[5]));
}

// A camera's JPEG: Exif with GPS and the orientation, XMP with GPS and the author, an ICC
// profile, IPTC, a comment, a maker segment (APP12) and a trailer after EOI.
inline QByteArray cameraJpeg(int orientation)
{
    const QByteArray plain = plainJpeg();
    const qsizetype at = afterJfif(plain);
    return plain.left(at) + exifSegment(orientation) + xmpSegment() + iccSegment() + iptcSegment()
        + segment(0xfe, "Budi Santoso, Jl. Melati 7") + segment(0xec, QByteArray("Ducky\0\x01", 7))
        + plain.mid(at) + QByteArray("MotionPhoto_Data\0\0\0\x10", 20);
}

inline QByteArray plainPng()
{
    return encoded("PNG");
}

// A PNG with text, a time stamp, an iTXt XMP packet, an eXIf with GPS, a private chunk,
// and data after IEND.
inline QByteArray cameraPng(int orientation)
{
    const QByteArray plain = plainPng();
    const qsizetype afterHeader = 8 + 8 + 13 + 4;
    return plain.left(afterHeader) + chunk("tEXt", QByteArray("Author\0Budi Santoso", 19))
        + chunk("zTXt", QByteArray("Comment\0\0\x78\x9c\x03\x00\x00\x00\x00\x01", 17))
        + chunk("iTXt",
                QByteArray("XML:com.adobe.xmp\0\0\0\0\0", 22)
                    + "<x:xmpmeta exif:GPSLatitude=\"6,12.576S\"/>")
        + chunk("tIME", QByteArray("\x07\xea\x0b\x1e\x0a\x1e\x00", 7))
        + chunk("eXIf", cameraTiff(orientation, false)) + chunk("prVW", "preview")
        + plain.mid(afterHeader) + "after the end";
}

} // namespace lapor::test::Photo
