#include "core/imagemetadata.h"
#include "photobytes.h"

#include <QImageReader>
#include <QtTest>

using namespace lapor;
using namespace lapor::test::Photo;

namespace {

QImage decode(const QByteArray &bytes, bool autoTransform = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(autoTransform);
    return reader.read().convertToFormat(QImage::Format_RGB32);
}

bool samePixels(const QImage &a, const QImage &b)
{
    if (a.isNull() || a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                return false;
        }
    }
    return true;
}

// A stripped result passes through the stripper again unchanged.
void checkStable(const ImageMetadata::Result &result)
{
    QVERIFY(result.ok);
    const auto again = ImageMetadata::strip(result.data);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.data, result.data);
    QCOMPARE(again.removed, QStringList());
}

} // namespace

// The photo metadata stripper on photos built byte by byte: what goes, what stays byte for
// byte, and damaged files refused without reading past their end.
class TestImageMetadata : public QObject
{
    Q_OBJECT

private slots:
    void jpegLosesEveryMetadataSegment();
    void jpegKeepsOnlyTheOrientation_data();
    void jpegKeepsOnlyTheOrientation();
    void jpegWithoutMetadataIsUnchanged();
    void jfifThumbnailGoes();
    void jpegScanDataIsCopiedAsItIs();
    void pngLosesTextTimeAndExif();
    void pngWithoutMetadataIsUnchanged();
    void otherFilesAreLeftAlone();
    void damagedExifIsDroppedWhole();
    void everyCutIsRefused();
    void malformed_data();
    void malformed();
    void photoNames();
};

void TestImageMetadata::jpegLosesEveryMetadataSegment()
{
    const QByteArray photo = cameraJpeg(6);
    const QByteArray plain = plainJpeg();
    const auto result = ImageMetadata::strip(photo);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ImageMetadata::Format::Jpeg);
    QCOMPARE(result.removed,
             QStringList({ QStringLiteral("GPS"), QStringLiteral("Exif"), QStringLiteral("XMP"),
                           QStringLiteral("IPTC"), QStringLiteral("COM"), QStringLiteral("APP12"),
                           QStringLiteral("trailer") }));
    QVERIFY(result.hadGps());
    QCOMPARE(result.orientation, 6);
    // Exactly the camera's picture: JFIF, the orientation, the colour profile, then Qt's
    // tables and scan byte for byte.
    const qsizetype at = afterJfif(plain);
    const QByteArray expected = plain.left(at)
        + segment(0xe1, QByteArray("Exif\0\0", 6) + orientationTiff(6)) + iccSegment()
        + plain.mid(at);
    QCOMPARE(result.data, expected);
    for (const char *gone :
         { "Canon", "Budi", "Melati", "GPSLatitude", "Photoshop", "Ducky", "MotionPhoto" })
        QVERIFY2(!result.data.contains(gone), gone);
    // It still shows the same picture, turned as the camera said.
    QVERIFY(samePixels(decode(result.data), decode(plain)));
    QCOMPARE(decode(result.data, true).size(), QSize(48, 64));
    checkStable(result);
}

void TestImageMetadata::jpegKeepsOnlyTheOrientation_data()
{
    QTest::addColumn<bool>("little");
    QTest::addColumn<int>("orientation");
    QTest::newRow("little-endian, 8") << true << 8;
    QTest::newRow("big-endian, 3") << false << 3;
    QTest::newRow("big-endian, upright") << false << 1;
    QTest::newRow("no orientation tag") << true << 0;
}

void TestImageMetadata::jpegKeepsOnlyTheOrientation()
{
    QFETCH(bool, little);
    QFETCH(int, orientation);
    const QByteArray plain = plainJpeg();
    const qsizetype at = afterJfif(plain);
    const auto result
        = ImageMetadata::strip(plain.left(at) + exifSegment(orientation, little) + plain.mid(at));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.removed, QStringList({ QStringLiteral("GPS"), QStringLiteral("Exif") }));
    // Upright needs no Exif at all.
    const bool turned = orientation >= 2;
    QCOMPARE(result.orientation, turned ? orientation : 0);
    QCOMPARE(result.data,
             plain.left(at)
                 + (turned ? segment(0xe1, QByteArray("Exif\0\0", 6) + orientationTiff(orientation))
                           : QByteArray())
                 + plain.mid(at));
    checkStable(result);
}

void TestImageMetadata::jpegWithoutMetadataIsUnchanged()
{
    const QByteArray plain = plainJpeg();
    const auto result = ImageMetadata::strip(plain);
    QVERIFY(result.ok);
    QCOMPARE(result.data, plain);
    QVERIFY(!result.changed());
    // Kept segments: JFIF, the ICC profile, Adobe's colour transform.
    const qsizetype at = afterJfif(plain);
    const QByteArray kept = plain.left(at) + iccSegment()
        + segment(0xee, QByteArray("Adobe\0\x64\0\0\0\0\x01", 12)) + plain.mid(at);
    QCOMPARE(ImageMetadata::strip(kept).data, kept);
}

void TestImageMetadata::jfifThumbnailGoes()
{
    // A 2x1 thumbnail in the JFIF header: the header stays, the thumbnail goes.
    const QByteArray plain = plainJpeg();
    const QByteArray header = plain.mid(6, 12); // "JFIF\0", version, units, densities
    QCOMPARE(plain.mid(18, 2), QByteArray(2, '\0'));
    const QByteArray withThumbnail = plain.left(2)
        + segment(0xe0, header + "\x02\x01" + QByteArray("\xff\0\0\0\xff\0", 6))
        + plain.mid(afterJfif(plain));
    const auto result = ImageMetadata::strip(withThumbnail);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.removed, QStringList(QStringLiteral("thumbnail")));
    QCOMPARE(result.data, plain);
    checkStable(result);
}

void TestImageMetadata::jpegScanDataIsCopiedAsItIs()
{
    // Not a picture a decoder could show: only its structure counts. Two scans with
    // stuffed bytes, restart markers and fill bytes; a comment between the scans; fill
    // bytes before a marker.
    const QByteArray frame = segment(0xc2, QByteArray(15, '\x01'));
    const QByteArray scan = segment(0xda, QByteArray(8, '\x01'));
    const QByteArray data1("\x12\xff\x00\x34\xff\xd0\x56\xff\xd7\x78\xff\xff\xff", 13);
    const QByteArray data2("\xab\xff\x00\xff\xd3", 5);
    const QByteArray between = segment(0xc4, "tables");
    const QByteArray start("\xff\xd8", 2);
    const QByteArray end("\xff\xd9", 2);
    const QByteArray in = start + QByteArray("\xff\xff", 2) + frame + scan + data1 + between
        + segment(0xfe, "dipotret oleh Budi") + scan + data2 + end;
    const auto result = ImageMetadata::strip(in);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.removed, QStringList(QStringLiteral("COM")));
    QCOMPARE(result.data,
             start + QByteArray("\xff\xff", 2) + frame + scan + data1 + between + scan + data2
                 + end);
    checkStable(result);
}

void TestImageMetadata::pngLosesTextTimeAndExif()
{
    const QByteArray plain = plainPng();
    const auto result = ImageMetadata::strip(cameraPng(3));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ImageMetadata::Format::Png);
    QCOMPARE(result.removed,
             QStringList({ QStringLiteral("tEXt"), QStringLiteral("zTXt"), QStringLiteral("iTXt"),
                           QStringLiteral("tIME"), QStringLiteral("GPS"), QStringLiteral("eXIf"),
                           QStringLiteral("prVW"), QStringLiteral("trailer") }));
    QCOMPARE(result.orientation, 3);
    const qsizetype afterHeader = 8 + 8 + 13 + 4;
    QCOMPARE(result.data,
             plain.left(afterHeader) + chunk("eXIf", orientationTiff(3)) + plain.mid(afterHeader));
    QVERIFY(samePixels(decode(result.data), decode(plain)));
    checkStable(result);

    // Without an orientation to keep, nothing of the eXIf stays.
    const auto upright = ImageMetadata::strip(cameraPng(0));
    QVERIFY(upright.ok);
    QCOMPARE(upright.data, plain);
}

void TestImageMetadata::pngWithoutMetadataIsUnchanged()
{
    const QByteArray plain = plainPng();
    QCOMPARE(ImageMetadata::strip(plain).data, plain);
    QVERIFY(!ImageMetadata::strip(plain).changed());
    // Colour, transparency and size chunks stay.
    const qsizetype afterHeader = 8 + 8 + 13 + 4;
    const QByteArray coloured = plain.left(afterHeader) + chunk("gAMA", be32(45455))
        + chunk("sRGB", QByteArray(1, '\0'))
        + chunk("pHYs", be32(3780) + be32(3780) + QByteArray(1, '\1')) + plain.mid(afterHeader);
    const auto result = ImageMetadata::strip(coloured);
    QVERIFY(result.ok);
    QCOMPARE(result.data, coloured);
}

void TestImageMetadata::otherFilesAreLeftAlone()
{
    const QByteArray pdf("%PDF-1.4\n1 0 obj << /Author (Budi Santoso) >> endobj\n%%EOF\n");
    const auto result = ImageMetadata::strip(pdf);
    QCOMPARE(result.format, ImageMetadata::Format::Other);
    QVERIFY(result.ok);
    QCOMPARE(result.data, pdf);
    QVERIFY(!result.changed());
    QCOMPARE(ImageMetadata::strip(QByteArray()).format, ImageMetadata::Format::Other);
}

void TestImageMetadata::damagedExifIsDroppedWhole()
{
    // The segment itself is whole, its inside is not: it goes, without an orientation.
    const QByteArray plain = plainJpeg();
    const qsizetype at = afterJfif(plain);
    const QList<QByteArray> insides {
        QByteArray("Exif\0\0", 6),
        QByteArray("Exif\0\0II\x2a\0\xff\xff\xff\x7f", 14), // IFD far past the end
        QByteArray("Exif\0\0MM\0\x2a\0\0\0\x08\xff\xff", 16), // 65535 entries in 2 bytes
        QByteArray("Exif\0\0XX\0\x2a\0\0\0\x08\0\0\0\0\0\0", 20), // no byte order
        QByteArray("Exif\0\0", 6) + cameraTiff(6).left(40), // cut inside IFD0
    };
    for (const QByteArray &inside : insides) {
        const auto result
            = ImageMetadata::strip(plain.left(at) + segment(0xe1, inside) + plain.mid(at));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.removed, QStringList(QStringLiteral("Exif")));
        QCOMPARE(result.orientation, 0);
        QCOMPARE(result.data, plain);
    }
}

void TestImageMetadata::everyCutIsRefused()
{
    // A file cut anywhere before its end marker is refused, never half stripped.
    for (const QByteArray &photo : { cameraJpeg(6), cameraPng(3) }) {
        const qsizetype end
            = photo.lastIndexOf(ImageMetadata::detect(photo) == ImageMetadata::Format::Jpeg
                                    ? QByteArray("\xff\xd9", 2)
                                    : QByteArray("IEND"))
            + (ImageMetadata::detect(photo) == ImageMetadata::Format::Jpeg ? 2 : 8);
        for (qsizetype size = 4; size < end; ++size) {
            const auto result = ImageMetadata::strip(photo.left(size));
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("cut at %1").arg(size)));
            QVERIFY(result.data.isEmpty());
            QVERIFY(!result.error.isEmpty());
        }
        QVERIFY(ImageMetadata::strip(photo.left(end)).ok);
    }
}

void TestImageMetadata::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QByteArray soi("\xff\xd8", 2);
    const QByteArray frame = segment(0xc0, QByteArray(15, '\x01'));
    const QByteArray scan = segment(0xda, QByteArray(8, '\x01')) + "\x01\x02";
    const QByteArray eoi("\xff\xd9", 2);
    const QString cut = QStringLiteral("JPEG terpotong");
    const QString broken = QStringLiteral("susunan berkas JPEG rusak");
    QTest::newRow("jpeg: SOI only") << soi << cut;
    QTest::newRow("jpeg: length 0") << soi + QByteArray("\xff\xe1\x00\x00", 4) << broken;
    QTest::newRow("jpeg: length 1") << soi + QByteArray("\xff\xe1\x00\x01", 4) << broken;
    QTest::newRow("jpeg: length past the end") << soi
            + QByteArray("\xff\xe1\xff\xf0"
                         "Exif\0\0",
                         10) << cut;
    QTest::newRow("jpeg: half a length") << soi + QByteArray("\xff\xe1\x00", 3) << cut;
    QTest::newRow("jpeg: no marker") << soi + QByteArray("Exif", 4) << broken;
    QTest::newRow("jpeg: FF 00 outside a scan") << soi + QByteArray("\xff\x00", 2) << broken;
    QTest::newRow("jpeg: second SOI") << soi + soi + frame + scan + eoi << broken;
    QTest::newRow("jpeg: scan before frame") << soi + scan + eoi << broken;
    QTest::newRow("jpeg: end before any scan") << soi + frame + eoi << broken;
    QTest::newRow("jpeg: scan runs to the end") << soi + frame + scan << cut;
    QTest::newRow("jpeg: only fill bytes") << soi + QByteArray(64, '\xff') << cut;
    QTest::newRow("jpeg: scan ends in FF") << soi + frame + scan + QByteArray("\xff", 1) << cut;

    const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    const QByteArray header = chunk("IHDR", QByteArray(13, '\1'));
    const QByteArray data = chunk("IDAT", "x");
    const QByteArray end = chunk("IEND", {});
    const QString pngCut = QStringLiteral("PNG terpotong");
    const QString pngBroken = QStringLiteral("susunan berkas PNG rusak");
    QTest::newRow("png: half a signature") << signature.left(5) << pngCut;
    QTest::newRow("png: wrong signature") << QByteArray("\x89PNG\r\n\n\x1a", 8) << pngBroken;
    QTest::newRow("png: signature only") << signature << pngCut;
    QTest::newRow("png: huge length") << signature + be32(0x80000000u) + QByteArray("IHDR", 4)
            + QByteArray(64, '\0') << pngBroken;
    QTest::newRow("png: length past the end")
        << signature + be32(1000) + QByteArray("IHDR", 4) + QByteArray(64, '\0') << pngCut;
    QTest::newRow("png: type not letters")
        << signature + header + chunk("tE\x01t", "x") + data + end << pngBroken;
    QTest::newRow("png: IHDR not first") << signature + data + header + end << pngBroken;
    QTest::newRow("png: two IHDR") << signature + header + header + data + end << pngBroken;
    QTest::newRow("png: no IDAT") << signature + header + end << pngBroken;
    QTest::newRow("png: no IEND") << signature + header + data << pngCut;
    QTest::newRow("png: chunk cut before its CRC")
        << signature + header + data.chopped(2) << pngCut;
}

void TestImageMetadata::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const auto result = ImageMetadata::strip(bytes);
    QVERIFY(!result.ok);
    QVERIFY(result.data.isEmpty());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestImageMetadata::photoNames()
{
    QVERIFY(ImageMetadata::isPhotoName(QStringLiteral("foto lubang.JPG")));
    QVERIFY(ImageMetadata::isPhotoName(QStringLiteral("a.jpeg")));
    QVERIFY(ImageMetadata::isPhotoName(QStringLiteral("peta.png")));
    QVERIFY(!ImageMetadata::isPhotoName(QStringLiteral("png")));
    QVERIFY(!ImageMetadata::isPhotoName(QStringLiteral("berita acara.pdf")));
}

QTEST_MAIN(TestImageMetadata)
#include "tst_imagemetadata.moc"
