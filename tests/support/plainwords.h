#pragma once

#include "core/technicaltext.h"

#include <QStringList>

namespace lapor::test {

// The first technical marker in a message's main text, empty when it is plain: the
// markers docs/messages.md promises never to show there, spelled here as well as in
// TechnicalText, so that a marker dropped there still fails a test, then
// TechnicalText::looksTechnical itself.
inline QString technicalIn(const QString &text)
{
    static const QStringList markers = {
        QStringLiteral("SQL"),
        QStringLiteral("QSql"),
        QStringLiteral("sqlite"),
        QStringLiteral("Error transferring"),
        QStringLiteral("Connection refused"),
        QStringLiteral("errno"),
        QStringLiteral("QNetworkReply"),
        QStringLiteral("SSL"),
        QStringLiteral("0x"),
        QStringLiteral("Unable to"),
        QStringLiteral("readonly"),
        QStringLiteral("illegal value"),
    };
    for (const QString &marker : markers)
        if (text.contains(marker, Qt::CaseInsensitive))
            return marker;
    if (TechnicalText::looksTechnical(text))
        return QStringLiteral("TechnicalText::looksTechnical");
    return {};
}

} // namespace lapor::test
