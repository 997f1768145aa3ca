#pragma once

#include <QString>

#include <memory>

namespace lapor {

struct CtlContext;
struct HubError;
class HubAccount;

// A session for a command that needs the hub: from --password-stdin (this run only) or
// from the token store. Prints why not and returns an exit code other than Exit::Ok.
int openHubSession(CtlContext &context, std::unique_ptr<HubAccount> &account);
int exitCodeForHubError(const HubError &error);
// The hub answered account-disabled: the person's case data leaves this PC
// (DisabledAccount), and stderr says so and where the unsent actions are listed.
// Returns Exit::Auth.
int withdrawDisabled(CtlContext &context);
// Drains the signed-in user's outbox entries; progress on stderr. Returns the exit code
// and, when `summary` is given, the one-line summary.
int pushOutbox(CtlContext &context, HubAccount &account, QString *summary);

} // namespace lapor
