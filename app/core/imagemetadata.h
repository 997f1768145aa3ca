#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lapor {

// Takes out of a JPEG or PNG what a camera or an editor wrote about the picture (where,
// when, with which device, by whom) without touching the image data: segments and chunks
// are dropped or copied byte for byte, never decoded or re-encoded. What stays is what a
// viewer needs to show the picture as it was taken:
//
//   JPEG  kept: the frame, tables, scans and restart markers; APP0 "JFIF" without its
//         thumbnail (it may show what was cropped away); APP2 "ICC_PROFILE" (colours);
//         APP14 "Adobe" (CMYK/YCCK transform); the EXIF orientation, rewritten as an
//         Exif of that one tag
//         dropped: every other APPn (Exif with GPS, XMP, IPTC/Photoshop, MPF, maker
//         segments), COM, and anything after EOI (second images, video trailers)
//   PNG   kept: critical chunks and the ancillary chunks that change how it is drawn
//         (tRNS, gAMA, cHRM, sRGB, iCCP, cICP, mDCv, cLLi, sBIT, bKGD, hIST, pHYs, sPLT,
//         APNG's acTL, fcTL, fdAT); the eXIf orientation, as for JPEG
//         dropped: every other ancillary chunk (eXIf, tEXt, zTXt, iTXt, tIME, private
//         chunks) and anything after IEND
//
// Every length is checked against the bytes that are there before it is used, and every
// step moves forward, so no input reads out of bounds or loops. A file that starts like a
// JPEG or PNG but cannot be read to its end is refused as a whole (ok = false): what it
// hides after the damage cannot be known. CRCs are not checked: a chunk is copied or
// dropped, never interpreted, so a wrong CRC hides nothing.
class ImageMetadata
{
    Q_DECLARE_TR_FUNCTIONS(lapor::ImageMetadata)

public:
    enum class Format { Other, Jpeg, Png };

    struct Result
    {
        Format format = Format::Other;
        // False when the bytes start like a JPEG or PNG but are damaged; `data` is then
        // empty and `error` says why.
        bool ok = true;
        // Without metadata; for Format::Other the input unchanged.
        QByteArray data;
        // What was taken out, by its format's name: "Exif", "GPS", "XMP", "IPTC", "COM",
        // "APP12", "MPF", "thumbnail" (JFIF's), "tEXt", "eXIf", "tIME", …, and "trailer"
        // for bytes after the end.
        QStringList removed;
        // The orientation kept (2..8); 0 when there was none to keep.
        int orientation = 0;
        QString error;

        bool changed() const { return !removed.isEmpty(); }
        bool hadGps() const { return removed.contains(QLatin1String("GPS")); }
    };

    // By the first bytes, not the file name.
    static Format detect(const QByteArray &bytes);
    static Result strip(const QByteArray &bytes);
    // Whether a file of this name is meant to be a photo (jpg, jpeg, png).
    static bool isPhotoName(const QString &fileName);
};

} // namespace lapor
