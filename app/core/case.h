#pragma once

#include "casestatus.h"

#include <QDateTime>
#include <QString>

namespace lapor {

// A complaint (laporan) as the agency sees it.
struct Case
{
    qint64 trackingId = 0; // numeric, 7 digits today (e.g. 8112829)
    QString title;
    QString content; // plain text, never rendered as rich text
    QString category;
    QString subcategory;
    QString channel; // web, android, ios, sms, whatsapp, twitter
    CaseStatus status = CaseStatus::Unverified;
    QString agencyId;
    QString unitId;
    QString assigneeId;
    bool anonymous = false; // anonim: reporter identity hidden
    bool confidential = false; // rahasia: content hidden from the public
    QString reporterName; // always empty when anonymous
    QDateTime receivedAt;
    QDateTime disposedAt; // when it reached the current unit; starts the 5-day clock
    QDateTime firstFollowupAt;
    QDateTime lastFollowupAt;
    QDateTime lastReplyAt; // reporter's latest reply
    int resolutionDays = 14; // tier: 5, 14 or 60 working days
    int rating = 0; // reporter's rating 1..5, 0 = none
    qint64 version = 0; // hub version, sent back as If-Match
    QString notAuthorityReason; // why it was returned as bukan wewenang, else empty

    // Empty when the record is acceptable; otherwise what is wrong, for logs and tests.
    QString validate() const;
};

// Maximum sizes accepted from anyone; a real complaint is at most a few pages.
inline constexpr qsizetype kMaxTitleLength = 300;
inline constexpr qsizetype kMaxContentLength = 100'000;
inline constexpr qint64 kMaxTrackingId = 9'999'999'999;

} // namespace lapor
