#pragma once

#include <QCoreApplication>

namespace lapor {

// Translation context of every lapordeskctl message.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(lapor::Ctl)
};

// Exit codes of lapordeskctl (documented in docs/cli.md). Scripts rely on them:
// never renumber.
namespace Exit {
inline constexpr int Ok = 0;
inline constexpr int Failed = 1; // the command ran and did not succeed
inline constexpr int Usage = 2; // bad command line
inline constexpr int Store = 3; // profile missing, store newer than this program, or damaged
inline constexpr int Network = 4; // hub unreachable or timed out
inline constexpr int Auth = 5; // login refused or session expired
} // namespace Exit

int runCtl(QCoreApplication &app);

} // namespace lapor
