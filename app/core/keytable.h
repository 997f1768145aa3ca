#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace lapor {

// The stored or wire keys of an enum, e.g. {CaseStatus::Done, "done"}, written once. The
// key(), fromKey() and all() of the enums that travel or are stored come from a table
// like this, so a key cannot be spelled two ways.
template<typename Enum, std::size_t N> class KeyTable
{
public:
    using Entry = std::pair<Enum, const char *>;

    constexpr explicit KeyTable(const std::array<Entry, N> &entries)
        : m_entries(entries)
    { }

    QString key(Enum value) const
    {
        for (const auto &[known, text] : m_entries) {
            if (known == value)
                return QLatin1String(text);
        }
        return {};
    }

    std::optional<Enum> fromKey(QStringView key) const
    {
        for (const auto &[known, text] : m_entries) {
            if (key == QLatin1String(text))
                return known;
        }
        return std::nullopt;
    }

    // In table order.
    QList<Enum> all() const
    {
        QList<Enum> values;
        values.reserve(qsizetype(N));
        for (const auto &entry : m_entries)
            values.append(entry.first);
        return values;
    }

    QStringList keys() const
    {
        QStringList list;
        for (const auto &entry : m_entries)
            list.append(QLatin1String(entry.second));
        return list;
    }

private:
    std::array<Entry, N> m_entries;
};

} // namespace lapor
