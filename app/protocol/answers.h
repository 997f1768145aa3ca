#pragma once

#include "records.h"
#include "routes.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace lapor::Wire {

// The answer of a route as the records the change feed carries for the same change, in
// the order they are applied (docs/hub-api.md, "Routes"). The desk applies them with the
// same ChangeApplier as the feed, so a push answer follows the feed's rules. An answer
// that breaks the contract is refused whole: the next sync brings the records instead.
std::optional<QList<ChangeData>> decodeAnswer(protocol::Route route, const QJsonObject &body,
                                              QString *error);

// The `current` of a 409/412 problem document: the entity as the hub holds it now (a
// draft for the drafts routes, a case for the case routes). nullopt when absent or
// unreadable.
std::optional<ChangeData> decodeCurrent(protocol::Route route, const QJsonObject &problem);

// The version a 412 `precondition-failed` names as current (`current_version`); 0 when the
// problem is another one or does not say.
qint64 staleVersion(const QJsonObject &problem);
// What is kept of a refusal that came without a problem document: its status.
QJsonObject bareProblem(int status);

// The version an answer gives the entity a later action must be based on (If-Match):
// the draft's for the drafts routes, the case's for the case routes; 0 when none.
qint64 answeredVersion(protocol::Route route, const QList<ChangeData> &records);

} // namespace lapor::Wire
