#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace lapor::hub {

// Deterministic generator (SplitMix64). The standard distributions are implementation-
// defined, so the generator does its own range reduction: the same seed yields the same
// dataset on every platform and compiler.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0.
    qint64 below(qint64 n) { return qint64(next() % std::uint64_t(n)); }
    qint64 range(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }
    // A version-4 style UUID built from the stream, so generated ids are reproducible.
    QString uuid()
    {
        const std::uint64_t a = next();
        const std::uint64_t b = next();
        const QString hex = QStringLiteral("%1%2")
                                .arg(a, 16, 16, QLatin1Char('0'))
                                .arg(b, 16, 16, QLatin1Char('0'));
        return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u"-4" + hex.mid(13, 3) + u'-'
            + QChar(u"89ab"[b % 4]) + hex.mid(17, 3) + u'-' + hex.mid(20, 12);
    }

private:
    std::uint64_t m_state;
};

} // namespace lapor::hub
