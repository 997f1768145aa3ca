#pragma once

#include <QByteArray>

#include <memory>

namespace lapor {

// Inflates a gzip body piece by piece as it arrives, never past a cap: a small answer that
// would inflate to gigabytes (a "gzip bomb") stops at the cap instead of filling memory.
class GzipReader
{
public:
    enum class Result { Ok, OverCap, Corrupt };

    explicit GzipReader(qint64 maxBytes);
    ~GzipReader();
    GzipReader(const GzipReader &) = delete;
    GzipReader &operator=(const GzipReader &) = delete;

    // Appends what `compressed` inflates to onto `out`. Stops at OverCap as soon as `out`
    // would pass the cap, leaving it at most a little past.
    Result feed(const QByteArray &compressed, QByteArray *out);
    // True once the gzip stream ended properly.
    bool isFinished() const { return m_finished; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_maxBytes;
    bool m_finished = false;
    bool m_broken = false;
};

} // namespace lapor
