#include "case.h"

namespace lapor {

QString Case::validate() const
{
    if (trackingId <= 0 || trackingId > kMaxTrackingId)
        return QStringLiteral("tracking id out of range: %1").arg(trackingId);
    if (title.trimmed().isEmpty())
        return QStringLiteral("case %1 has no title").arg(trackingId);
    if (title.size() > kMaxTitleLength)
        return QStringLiteral("case %1 title longer than %2").arg(trackingId).arg(kMaxTitleLength);
    if (content.size() > kMaxContentLength)
        return QStringLiteral("case %1 content longer than %2")
            .arg(trackingId)
            .arg(kMaxContentLength);
    if (resolutionDays != 5 && resolutionDays != 14 && resolutionDays != 60)
        return QStringLiteral("case %1 resolution tier %2 is not 5, 14 or 60")
            .arg(trackingId)
            .arg(resolutionDays);
    if (rating < 0 || rating > 5)
        return QStringLiteral("case %1 rating %2 outside 0..5").arg(trackingId).arg(rating);
    if (anonymous && !reporterName.isEmpty())
        return QStringLiteral("case %1 is anonymous but carries a reporter name").arg(trackingId);
    if (!receivedAt.isValid())
        return QStringLiteral("case %1 has no received time").arg(trackingId);
    return {};
}

} // namespace lapor
