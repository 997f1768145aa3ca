"""Seed photos for fuzz_photometa, built byte by byte (called by corpus.py).

Usage on its own: photoseeds.py OUT_DIR  (writes OUT_DIR/photometa/)
The pictures are tiny but whole: an 8x8 grey JPEG whose Huffman tables hold one code each,
and 4x4 PNGs, with the segments and chunks cameras, phones and editors add.
"""
import os
import struct
import sys
import zlib


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def tiff(orientation, gps=True, little=True):
    """IFD0 with Make, Orientation (unless 0) and a GPS IFD pointer, as cameras write it."""
    e = "<" if little else ">"
    make = b"Canon EOS 80D\0"
    entries = (1 if orientation else 0) + 1 + (1 if gps else 0)
    make_at = 8 + 2 + entries * 12 + 4
    gps_at = make_at + len(make)
    lat_at = gps_at + 2 + 2 * 12 + 4
    out = (b"II" if little else b"MM") + struct.pack(e + "HI", 42, 8) + struct.pack(e + "H", entries)
    out += struct.pack(e + "HHII", 0x010F, 2, len(make), make_at)
    if orientation:
        out += struct.pack(e + "HHIHH", 0x0112, 3, 1, orientation, 0)
    if gps:
        out += struct.pack(e + "HHII", 0x8825, 4, 1, gps_at)
    out += struct.pack(e + "I", 0) + make
    if gps:
        out += struct.pack(e + "H", 2)
        out += struct.pack(e + "HHI", 0x0001, 2, 2) + b"S\0\0\0"
        out += struct.pack(e + "HHII", 0x0002, 5, 3, lat_at)
        out += struct.pack(e + "I", 0) + struct.pack(e + "6I", 6, 1, 12, 1, 3456, 100)
    return out


def orientation_only(orientation):
    return b"MM" + struct.pack(">HIHHHIHHI", 42, 8, 1, 0x0112, 3, 1, orientation, 0, 0)


JFIF = segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0")
DQT = segment(0xDB, b"\0" + bytes([1] * 64))
SOF0 = segment(0xC0, b"\x08\0\x08\0\x08\x01\x01\x11\0")
SOF2 = segment(0xC2, b"\x08\0\x08\0\x08\x01\x01\x11\0")
DHT = segment(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00") + segment(
    0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
SOS = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
SCAN = b"\x3f"  # DC difference 0, end of block; padded with ones
EOI = b"\xff\xd9"
XMP = segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description "
              b"exif:GPSLatitude=\"6,12.576S\" dc:creator=\"Budi Santoso\"/></x:xmpmeta>")
ICC = segment(0xE2, b"ICC_PROFILE\0\x01\x01" + b"\0\0\0\x80" + bytes(124))
MPF = segment(0xE2, b"MPF\0II*\0\x08\0\0\0")
IPTC = segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x10\x1c\x02\x50\0\x0cBudi Santoso")
ADOBE = segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01")
COMMENT = segment(0xFE, b"Budi Santoso, Jl. Melati 7")
DUCKY = segment(0xEC, b"Ducky\0\x01\0\0\0\x3c")


def jpeg(*middle, scan=SCAN, frame=SOF0, after=b""):
    return b"\xff\xd8" + JFIF + b"".join(middle) + DQT + frame + DHT + SOS + scan + EOI + after


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(*ancillary, colour=2, palette=b"", after=b"", frames=b""):
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, colour, 0, 0, 0))
    width = 3 if colour == 2 else 1
    raw = b"".join(b"\0" + bytes((x * 40 + y * 10) % 256 for x in range(4 * width))
                   for y in range(4))
    data = zlib.compress(raw)
    return (b"\x89PNG\r\n\x1a\n" + header + b"".join(ancillary) + palette + frames
            + chunk(b"IDAT", data[:8]) + chunk(b"IDAT", data[8:]) + chunk(b"IEND", b"") + after)


def seeds():
    exif = lambda o, **k: segment(0xE1, b"Exif\0\0" + tiff(o, **k))
    yield "jpeg-plain.jpg", jpeg()
    yield "jpeg-jfif-thumbnail.jpg", (b"\xff\xd8" + segment(0xE0, JFIF[4:16] + b"\x02\x01" + bytes(6))
                                      + DQT + SOF0 + DHT + SOS + SCAN + EOI)
    yield "jpeg-camera.jpg", jpeg(exif(6), XMP, ICC, MPF, IPTC, ADOBE, COMMENT, DUCKY,
                                  after=b"MotionPhoto_Data\0\0\0\x10")
    yield "jpeg-exif-big-endian.jpg", jpeg(exif(8, little=False))
    yield "jpeg-exif-upright.jpg", jpeg(exif(1))
    yield "jpeg-exif-no-gps.jpg", jpeg(exif(3, gps=False))
    yield "jpeg-two-exif.jpg", jpeg(exif(0), exif(5))
    yield "jpeg-stripped.jpg", jpeg(segment(0xE1, b"Exif\0\0" + orientation_only(3)), ICC)
    yield "jpeg-restarts.jpg", jpeg(segment(0xDD, b"\0\x01"),
                                    scan=b"\x3f\xff\xd0\x3f\xff\x00\xff\xd1\x3f\xff\xff")
    yield "jpeg-progressive.jpg", (b"\xff\xd8" + JFIF + DQT + SOF2 + DHT + SOS + b"\x3f"
                                   + COMMENT + DHT + SOS + b"\x3f" + EOI)
    yield "jpeg-fill-bytes.jpg", b"\xff\xd8\xff\xff" + JFIF[1:] + b"\xff\xff" + exif(6)[1:] \
        + DQT + SOF0 + DHT + SOS + SCAN + b"\xff\xff" + EOI
    yield "jpeg-cut-in-exif.jpg", jpeg(exif(6))[:60]
    yield "png-plain.png", png()
    yield "png-camera.png", png(chunk(b"gAMA", struct.pack(">I", 45455)),
                                chunk(b"sRGB", b"\0"),
                                chunk(b"pHYs", struct.pack(">IIB", 3780, 3780, 1)),
                                chunk(b"tEXt", b"Author\0Budi Santoso"),
                                chunk(b"zTXt", b"Comment\0\0" + zlib.compress(b"Jl. Melati 7")),
                                chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>"),
                                chunk(b"tIME", b"\x07\xea\x0b\x1e\x0a\x1e\x00"),
                                chunk(b"eXIf", tiff(3, little=False)),
                                chunk(b"prVW", b"preview"), after=b"after the end")
    yield "png-stripped.png", png(chunk(b"eXIf", orientation_only(6)))
    yield "png-palette.png", png(chunk(b"tRNS", b"\0\x80"), colour=3,
                                 palette=chunk(b"PLTE", bytes(range(48))))
    yield "png-animated.png", png(chunk(b"acTL", struct.pack(">II", 1, 0)),
                                  frames=chunk(b"fcTL", struct.pack(">IIIIIHHBB", 0, 4, 4, 0, 0,
                                                                     1, 10, 0, 0)))
    yield "png-cut-in-text.png", png(chunk(b"tEXt", b"Author\0Budi Santoso"))[:50]


def write(out):
    folder = os.path.join(out, "photometa")
    os.makedirs(folder, exist_ok=True)
    for name, content in seeds():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(content)


if __name__ == "__main__":
    write(sys.argv[1])
