#include "gzipreader.h"

#include <zlib.h>

namespace lapor {

namespace {
// Inflated in steps of this size, so the cap is checked long before memory is at risk.
constexpr qsizetype kStep = 64 * 1024;
} // namespace

struct GzipReader::Stream
{
    z_stream z {};
    bool ready = false;
};

GzipReader::GzipReader(qint64 maxBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxBytes(maxBytes)
{
    // windowBits 15 + 16: the gzip wrapper only; a zlib or raw stream is corrupt here.
    m_stream->ready = inflateInit2(&m_stream->z, 15 + 16) == Z_OK;
}

GzipReader::~GzipReader()
{
    if (m_stream->ready)
        inflateEnd(&m_stream->z);
}

GzipReader::Result GzipReader::feed(const QByteArray &compressed, QByteArray *out)
{
    if (!m_stream->ready || m_broken)
        return Result::Corrupt;
    if (compressed.isEmpty())
        return Result::Ok;
    if (m_finished)
        return Result::Corrupt; // bytes after the end of the stream
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    while (z.avail_in > 0 && !m_finished) {
        if (out->size() > m_maxBytes)
            return Result::OverCap;
        const qsizetype before = out->size();
        out->resize(before + kStep);
        z.next_out = reinterpret_cast<Bytef *>(out->data() + before);
        z.avail_out = uInt(kStep);
        const int rc = inflate(&z, Z_NO_FLUSH);
        out->resize(before + (kStep - qsizetype(z.avail_out)));
        if (rc == Z_STREAM_END) {
            m_finished = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_broken = true;
            return Result::Corrupt;
        } else if (rc == Z_BUF_ERROR && z.avail_out == uInt(kStep)) {
            break; // no progress possible: needs more input
        }
    }
    if (out->size() > m_maxBytes)
        return Result::OverCap;
    if (m_finished && z.avail_in > 0)
        return Result::Corrupt;
    return Result::Ok;
}

} // namespace lapor
