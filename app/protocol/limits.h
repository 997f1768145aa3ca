#pragma once

#include "core/followup.h"

#include <QtGlobal>

// Limits of the hub API (docs/hub-api.md). The hub refuses anything above them and the
// desk checks them before it queues an action, so a refusal never comes as a surprise.
namespace lapor::protocol::Limits {

inline constexpr int kDraftText = 20000; // characters of a follow-up draft
inline constexpr int kComment = 2000; // a return comment, a forward note, a not-authority reason
inline constexpr int kNote = 5000; // an internal note
inline constexpr int kNotAuthorityReasonMin = 10; // a reason the next unit can act on
inline constexpr qint64 kAttachmentBytes = kMaxAttachmentBytes; // one uploaded file
inline constexpr int kPageSizeDefault = 500; // change-feed records per page
inline constexpr int kPageSizeMax = 1000;

} // namespace lapor::protocol::Limits
