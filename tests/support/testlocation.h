#pragma once

#include <QString>

// Where a test helper was called from, so that its failure points at the test's own line.
// Same shape as std::source_location, which the asan preset's clang 14 cannot provide with
// Debian's libstdc++ (it lacks __builtin_source_location); __builtin_FILE and
// __builtin_LINE work in gcc and clang alike.
class TestLocation
{
public:
    static constexpr TestLocation current(const char *file = __builtin_FILE(),
                                          int line = __builtin_LINE()) noexcept
    {
        TestLocation where;
        where.m_file = file;
        where.m_line = line;
        return where;
    }

    constexpr const char *file_name() const noexcept { return m_file; }
    constexpr int line() const noexcept { return m_line; }

private:
    const char *m_file = "";
    int m_line = 0;
};

namespace lapor::test {

// Marks the current test failed at `where` (the test's line, not the helper's) and lets
// the caller go on, so that a helper fails the test even when nobody reads its result.
void failAt(const QString &message, const TestLocation &where);

} // namespace lapor::test
