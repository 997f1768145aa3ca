#pragma once

#include "httpmessage.h"

#include <QDateTime>

class QHostAddress;

namespace lapor::hub {

// The hub's one source of "now": token and session expiry, login throttling, the times
// written into records, the dataset's default date and the start-up housekeeping all read
// it. It is the system clock plus an offset. Only a hub in simulation mode on a loopback
// address lets the offset move (--clock-offset at start, POST /v1/sim/clock while it
// runs), so that a test lets fifteen minutes pass without waiting for them, while a hub
// that real clients reach always keeps real time.
namespace HubClock {

// Seconds since the epoch, UTC.
qint64 now();
QDateTime currentDateTimeUtc();
qint64 offset();
void setOffset(qint64 seconds);

// Whether the clock may be moved: --simulate, listening on a loopback address.
bool adjustable(bool simulate, const QHostAddress &listen);
// The largest move in either direction: ten years.
inline constexpr qint64 kMaxOffset = 10LL * 366 * 24 * 3600;

// GET /v1/sim/clock: {"now": ISO time, "offset_s": N}.
HttpResponse describe();
// POST /v1/sim/clock {"advance_s": N}: moves the clock forward by N seconds, never back.
HttpResponse advance(const HttpRequest &request);

} // namespace HubClock

} // namespace lapor::hub
