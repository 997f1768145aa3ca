#pragma once

// Shared by the record codecs (records.cpp, caserecords.cpp, draftrecords.cpp,
// referencerecords.cpp); not part of the protocol's interface.
#include "core/case.h"
#include "strictjson.h"

#include <optional>

namespace lapor::Wire::Fields {

constexpr qsizetype kIdLength = 64;
constexpr qsizetype kNameLength = 200;
constexpr qsizetype kTextLength = 100'000;
constexpr qint64 kMaxVersion = qint64(1) << 52;

template<typename T>
inline std::optional<T> finish(const StrictJson &json, T &&value, QString *error)
{
    if (json.ok())
        return std::forward<T>(value);
    if (error)
        *error = json.error();
    return std::nullopt;
}

inline qint64 trackingId(StrictJson &json, const char *key)
{
    return json.integer(key, 1, kMaxTrackingId);
}

} // namespace lapor::Wire::Fields
