#include "caseprivacy.h"

#include "case.h"

namespace lapor {

CasePrivacy CasePrivacy::of(const Case &c)
{
    return { c.anonymous, c.confidential };
}

QString CasePrivacy::reporter(const QString &identity) const
{
    if (m_anonymous)
        return anonymousMarker();
    return m_confidential ? confidentialMarker() : identity;
}

QString CasePrivacy::content(const QString &text) const
{
    return m_confidential ? confidentialMarker() : text;
}

QString CasePrivacy::anonymousMarker()
{
    return tr("(anonim)");
}

QString CasePrivacy::confidentialMarker()
{
    return tr("(rahasia)");
}

} // namespace lapor
