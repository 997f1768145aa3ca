#include "core/draftfiles.h"
#include "core/imagemetadata.h"
#include "core/photoscaler.h"
#include "core/preferences.h"
#include "photobytes.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace lapor;
namespace Photo = lapor::test::Photo;

// Draft files and the photo size: photos drawn here, saved as JPEG or PNG with a camera's
// metadata spliced in, attached the way the draft editor attaches them.
class TestDraftFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void largePhotoIsMadeSmaller();
    void qualitySettingChangesTheSize();
    void photoWithinTheLimitKeepsItsBytes();
    void pngStaysLosslessPng();
    void orientationIsHonoured();
    void limitsAreClamped();
    void originalSizeCanBeRestored();
    void restoreWithTheSourceGoneChangesNothing();
    void restoreWithTheSourceChangedChangesNothing();
    void damagedPhotoIsRefused();
    void recordIsOwnerOnlyAndNoAttachment();
    void withoutReducerNothingIsScaled();
    void photoOverTheLimitIsTakenWhenItShrinks();

private:
    // A picture with gradients and fine detail, so JPEG quality shows in its size.
    static QImage drawn(int width, int height, QImage::Format format = QImage::Format_RGB32);
    static QByteArray encoded(const QImage &image, const char *format, int quality = 92);
    // A phone camera's JPEG of `image`: Exif with GPS and the orientation, XMP, a comment.
    static QByteArray cameraJpeg(const QImage &image, int orientation);
    QString writeSource(const QString &name, const QByteArray &bytes);
    static QByteArray readAll(const QString &path);
    static QImage decoded(const QByteArray &bytes);
    static void checkNoMetadata(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

QImage TestDraftFiles::drawn(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int detail = ((x * 7) ^ (y * 13)) & 0x3f;
            line[x] = qRgba((x * 255 / width + detail) & 0xff, (y * 255 / height) & 0xff,
                            (detail * 4) & 0xff, 255);
        }
    }
    return image;
}

QByteArray TestDraftFiles::encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QByteArray TestDraftFiles::cameraJpeg(const QImage &image, int orientation)
{
    const QByteArray plain = encoded(image, "JPG");
    const qsizetype at = Photo::afterJfif(plain);
    return plain.left(at) + Photo::exifSegment(orientation) + Photo::xmpSegment()
        + Photo::segment(0xfe, "Budi Santoso, Jl. Melati 7") + plain.mid(at);
}

QString TestDraftFiles::writeSource(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("kamera/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestDraftFiles::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage TestDraftFiles::decoded(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read();
}

void TestDraftFiles::checkNoMetadata(const QByteArray &bytes)
{
    for (const char *gone : { "Exif", "GPS", "Canon", "Budi", "xmpmeta", "Melati" })
        QVERIFY2(!bytes.contains(gone), gone);
    // Nothing left for the stripper to take out, not even an orientation.
    const auto again = ImageMetadata::strip(bytes);
    QVERIFY(again.ok);
    QVERIFY2(again.removed.isEmpty(), qPrintable(again.removed.join(QLatin1Char(','))));
    QCOMPARE(again.orientation, 0);
}

void TestDraftFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profile = m_dir->filePath(QStringLiteral("profil"));
}

void TestDraftFiles::largePhotoIsMadeSmaller()
{
    const QByteArray source = cameraJpeg(drawn(3200, 2400), 1);
    const QString path = writeSource(QStringLiteral("IMG_0042.jpg"), source);
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QStringList removed;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, &removed, &scaler), qPrintable(error));
    QVERIFY(removed.contains(QStringLiteral("GPS")));

    const auto list = files.list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, QStringLiteral("IMG_0042.jpg"));
    QVERIFY(list.first().reduced());
    QCOMPARE(list.first().originalSize, qint64(source.size()));
    const QByteArray kept = readAll(list.first().path);
    QCOMPARE(list.first().size, qint64(kept.size()));
    QVERIFY2(kept.size() < source.size() / 2, qPrintable(QString::number(kept.size())));
    QCOMPARE(ImageMetadata::detect(kept), ImageMetadata::Format::Jpeg);
    QCOMPARE(decoded(kept).size(), QSize(1600, 1200));
    checkNoMetadata(kept);
}

void TestDraftFiles::qualitySettingChangesTheSize()
{
    const QString path = writeSource(QStringLiteral("jalan.jpg"), cameraJpeg(drawn(2400, 1800), 1));
    qint64 sizes[2] = {};
    const int qualities[2] = { 50, 95 };
    for (int i = 0; i < 2; ++i) {
        DraftFiles files(m_profile, QStringLiteral("q%1").arg(i));
        const PhotoScaler scaler(1600, qualities[i]);
        QString error;
        QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
        QCOMPARE(files.list().size(), 1);
        QVERIFY(files.list().first().reduced());
        sizes[i] = files.list().first().size;
        QCOMPARE(decoded(readAll(files.list().first().path)).size(), QSize(1600, 1200));
    }
    QVERIFY2(sizes[0] * 3 / 2 < sizes[1],
             qPrintable(QStringLiteral("%1 vs %2").arg(sizes[0]).arg(sizes[1])));
}

void TestDraftFiles::photoWithinTheLimitKeepsItsBytes()
{
    // 1200×900 is within 1600: not decoded, not re-encoded, never made larger either.
    const QByteArray source = cameraJpeg(drawn(1200, 900), 1);
    const QString path = writeSource(QStringLiteral("kecil.jpg"), source);
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 50);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    QCOMPARE(files.list().size(), 1);
    QVERIFY(!files.list().first().reduced());
    const QByteArray kept = readAll(files.list().first().path);
    QCOMPARE(kept, ImageMetadata::strip(source).data);
    QCOMPARE(decoded(kept).size(), QSize(1200, 900));
    QVERIFY(!kept.contains("GPS"));
    // The largest limit never enlarges a photo either.
    const PhotoScaler largest(Preferences::kPhotoMaxSide, 85);
    QVERIFY(largest.reduce(ImageMetadata::strip(source).data).isEmpty());
}

void TestDraftFiles::pngStaysLosslessPng()
{
    QImage image = drawn(2000, 1000, QImage::Format_ARGB32);
    // A see-through left quarter: a screenshot's transparency survives.
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width() / 4; ++x)
            line[x] = qRgba(0, 0, 0, 0);
    }
    const QByteArray plain = encoded(image, "PNG");
    const qsizetype afterHeader = 8 + 8 + 13 + 4;
    const QByteArray source = plain.left(afterHeader)
        + Photo::chunk("tEXt", QByteArray("Author\0Budi Santoso", 19))
        + Photo::chunk("eXIf", Photo::cameraTiff(1, false)) + plain.mid(afterHeader);
    const QString path = writeSource(QStringLiteral("tangkapan layar.png"), source);
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 50);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    QCOMPARE(files.list().size(), 1);
    QCOMPARE(files.list().first().name, QStringLiteral("tangkapan layar.png"));
    QVERIFY(files.list().first().reduced());
    const QByteArray kept = readAll(files.list().first().path);
    QCOMPARE(ImageMetadata::detect(kept), ImageMetadata::Format::Png);
    const QImage back = decoded(kept);
    QCOMPARE(back.size(), QSize(1600, 800));
    QVERIFY(back.hasAlphaChannel());
    QCOMPARE(qAlpha(back.pixel(100, 400)), 0);
    QCOMPARE(qAlpha(back.pixel(1200, 400)), 255);
    checkNoMetadata(kept);
}

void TestDraftFiles::orientationIsHonoured()
{
    // Stored on its side (red left, blue right) with orientation 6 (turn 90° clockwise):
    // upright, red is on top and blue below.
    QImage stored(2400, 1200, QImage::Format_RGB32);
    for (int y = 0; y < stored.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(stored.scanLine(y));
        for (int x = 0; x < stored.width(); ++x)
            line[x] = x < stored.width() / 2 ? qRgb(220, 20, 20) : qRgb(20, 20, 220);
    }
    const QByteArray source = cameraJpeg(stored, 6);
    QCOMPARE(ImageMetadata::strip(source).orientation, 6);
    const QString path = writeSource(QStringLiteral("tegak.jpg"), source);
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    const QByteArray kept = readAll(files.list().first().path);
    checkNoMetadata(kept);
    // Read without any turning: the pixels themselves are upright.
    const QImage plain = QImage::fromData(kept, "JPG");
    QCOMPARE(plain.size(), QSize(800, 1600));
    const QRgb top = plain.pixel(400, 300);
    const QRgb bottom = plain.pixel(400, 1300);
    QVERIFY2(qRed(top) > 180 && qBlue(top) < 60, qPrintable(QString::number(top, 16)));
    QVERIFY2(qBlue(bottom) > 180 && qRed(bottom) < 60, qPrintable(QString::number(bottom, 16)));
}

void TestDraftFiles::limitsAreClamped()
{
    const PhotoScaler low(10, 1);
    QCOMPARE(low.maxSide(), Preferences::kPhotoMinSide);
    QCOMPARE(low.quality(), Preferences::kPhotoMinQuality);
    const PhotoScaler high(100000, 1000);
    QCOMPARE(high.maxSide(), Preferences::kPhotoMaxSide);
    QCOMPARE(high.quality(), Preferences::kPhotoMaxQuality);
    const Preferences defaults;
    const PhotoScaler standard(defaults.photoMaxSide, defaults.photoQuality);
    QCOMPARE(standard.maxSide(), 1600);
    QCOMPARE(standard.quality(), 85);
}

void TestDraftFiles::originalSizeCanBeRestored()
{
    const QByteArray source = cameraJpeg(drawn(3200, 2400), 1);
    const QString path = writeSource(QStringLiteral("IMG_0042.jpg"), source);
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    QVERIFY(files.list().first().reduced());

    QVERIFY2(files.restoreOriginal(QStringLiteral("IMG_0042.jpg"), AttachmentPolicy(), &error),
             qPrintable(error));
    const auto list = files.list();
    QCOMPARE(list.size(), 1);
    QVERIFY(!list.first().reduced());
    const QByteArray kept = readAll(list.first().path);
    QCOMPARE(kept, ImageMetadata::strip(source).data); // the original, still without metadata
    QVERIFY(!kept.contains("GPS") && !kept.contains("Budi"));
    QCOMPARE(decoded(kept).size(), QSize(3200, 2400));
    // Nothing more to restore, and nothing of the record is left behind.
    QVERIFY(!files.restoreOriginal(QStringLiteral("IMG_0042.jpg"), AttachmentPolicy(), &error));
    QVERIFY(error.contains(QStringLiteral("IMG_0042.jpg")));
    QCOMPARE(QDir(files.dir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("IMG_0042.jpg") });
}

void TestDraftFiles::restoreWithTheSourceGoneChangesNothing()
{
    const QString path
        = writeSource(QStringLiteral("hilang.jpg"), cameraJpeg(drawn(2400, 1800), 1));
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    const QByteArray reduced = readAll(files.list().first().path);
    QVERIFY(QFile::remove(path));

    error.clear();
    QVERIFY(!files.restoreOriginal(QStringLiteral("hilang.jpg"), AttachmentPolicy(), &error));
    QVERIFY2(error.contains(QStringLiteral("tidak ada lagi"))
                 && error.contains(QDir::toNativeSeparators(path)),
             qPrintable(error));
    QCOMPARE(files.list().size(), 1);
    QVERIFY(files.list().first().reduced());
    QCOMPARE(readAll(files.list().first().path), reduced);
}

void TestDraftFiles::restoreWithTheSourceChangedChangesNothing()
{
    const QString path = writeSource(QStringLiteral("ubah.jpg"), cameraJpeg(drawn(2400, 1800), 1));
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    const QByteArray reduced = readAll(files.list().first().path);
    writeSource(QStringLiteral("ubah.jpg"), cameraJpeg(drawn(2000, 1800), 1));

    QVERIFY(!files.restoreOriginal(QStringLiteral("ubah.jpg"), AttachmentPolicy(), &error));
    QVERIFY2(error.contains(QStringLiteral("sudah berubah")), qPrintable(error));
    QVERIFY(files.list().first().reduced());
    QCOMPARE(readAll(files.list().first().path), reduced);
}

void TestDraftFiles::damagedPhotoIsRefused()
{
    const QByteArray source = cameraJpeg(drawn(2400, 1800), 1);
    const QString path
        = writeSource(QStringLiteral("terpotong.jpg"), source.left(source.size() / 2));
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QVERIFY(!files.add(path, AttachmentPolicy(), &error, nullptr, &scaler));
    QVERIFY2(error.contains(QStringLiteral("terpotong.jpg")), qPrintable(error));
    QVERIFY(files.list().isEmpty());
    const QString fake = writeSource(QStringLiteral("bukan.jpg"), "%PDF-1.4\n%%EOF\n");
    QVERIFY(!files.add(fake, AttachmentPolicy(), &error, nullptr, &scaler));
    QVERIFY2(error.contains(QStringLiteral("bukan foto")), qPrintable(error));
    QVERIFY(files.list().isEmpty());
}

void TestDraftFiles::recordIsOwnerOnlyAndNoAttachment()
{
    const QString path = writeSource(QStringLiteral("a.jpg"), cameraJpeg(drawn(2400, 1800), 1));
    const QString pdf = writeSource(QStringLiteral("b.pdf"), "%PDF-1.4\n%%EOF\n");
    DraftFiles files(m_profile, QStringLiteral("d1"));
    const PhotoScaler scaler(1600, 85);
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    QVERIFY2(files.add(pdf, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    const auto list = files.list();
    QCOMPARE(list.size(), 2); // the record is no attachment of its own
    QVERIFY(list.at(0).reduced());
    QVERIFY(!list.at(1).reduced());
    const QStringList hidden = QDir(files.dir()).entryList(QDir::Hidden | QDir::Files);
    QCOMPARE(hidden.size(), 3);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser;
    for (const QString &name : hidden)
        QCOMPARE(QFile::permissions(QDir(files.dir()).filePath(name)), ownerOnly);
    // The record says where the photo came from and nothing of the photo itself.
    const QString record = QDir(files.dir()).filePath(QStringLiteral(".originals.json"));
    QVERIFY(readAll(record).contains(QFile::encodeName(path)));
    QVERIFY(!readAll(record).contains("GPS"));
    // Removing the photo takes its record along; attaching it again starts afresh.
    QVERIFY(files.remove(QStringLiteral("a.jpg")));
    QVERIFY(!QFile::exists(record));
    QVERIFY2(files.add(path, AttachmentPolicy(), &error, nullptr, &scaler), qPrintable(error));
    QVERIFY(files.list().at(0).reduced());
}

void TestDraftFiles::withoutReducerNothingIsScaled()
{
    // A caller without a reducer: stripped, never scaled.
    const QByteArray source = cameraJpeg(drawn(2400, 1800), 1);
    const QString path = writeSource(QStringLiteral("utuh.jpg"), source);
    DraftFiles files(m_profile, QStringLiteral("d1"));
    QString error;
    QVERIFY2(files.add(path, AttachmentPolicy(), &error), qPrintable(error));
    QVERIFY(!files.list().first().reduced());
    QCOMPARE(readAll(files.list().first().path), ImageMetadata::strip(source).data);
}

// A camera's photo over the attachment limit is taken when what the draft keeps is within
// it; one that stays over it, and any other file over it, is refused as before.
void TestDraftFiles::photoOverTheLimitIsTakenWhenItShrinks()
{
    const QByteArray source = cameraJpeg(drawn(3200, 2400), 1);
    AttachmentPolicy policy;
    policy.maxBytes = source.size() / 4;
    const QString path = writeSource(QStringLiteral("besar.jpg"), source);
    QString error;

    DraftFiles plain(m_profile, QStringLiteral("d1"));
    QVERIFY(!plain.add(path, policy, &error));
    QVERIFY(!error.isEmpty());

    DraftFiles files(m_profile, QStringLiteral("d2"));
    const PhotoScaler scaler(800, 85);
    QVERIFY2(files.add(path, policy, &error, nullptr, &scaler), qPrintable(error));
    QVERIFY(files.list().first().size <= policy.maxBytes);
    QCOMPARE(files.list().first().originalSize, qint64(source.size()));
    // Its original cannot be sent: it is over the limit.
    QVERIFY(!files.restoreOriginal(QStringLiteral("besar.jpg"), policy, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(files.list().first().reduced());

    DraftFiles unchanged(m_profile, QStringLiteral("d3"));
    const PhotoScaler large(8000, 85);
    error.clear();
    QVERIFY(!unchanged.add(path, policy, &error, nullptr, &large));
    QVERIFY(!error.isEmpty());
    QVERIFY(unchanged.list().isEmpty());

    const QString pdf = writeSource(QStringLiteral("besar.pdf"),
                                    QByteArray("%PDF-1.4\n") + QByteArray(policy.maxBytes, 'x'));
    DraftFiles document(m_profile, QStringLiteral("d4"));
    QVERIFY(!document.add(pdf, policy, &error, nullptr, &scaler));
}

QTEST_MAIN(TestDraftFiles)
#include "tst_draftfiles.moc"
