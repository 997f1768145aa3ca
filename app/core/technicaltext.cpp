#include "technicaltext.h"

#include <QRegularExpression>

namespace lapor::TechnicalText {

QStringList markers()
{
    return {
        QStringLiteral("SQL"),
        QStringLiteral("QSql"),
        QStringLiteral("sqlite"),
        QStringLiteral("PRAGMA"),
        QStringLiteral("Error transferring"),
        QStringLiteral("Connection refused"),
        QStringLiteral("Connection closed"),
        QStringLiteral("Host not found"),
        QStringLiteral("Unable to"),
        QStringLiteral("errno"),
        QStringLiteral("No such file"),
        QStringLiteral("Permission denied"),
        QStringLiteral("QNetworkReply"),
        QStringLiteral("QIODevice"),
        QStringLiteral("SSL"),
        QStringLiteral("0x"),
        QStringLiteral("readonly database"),
        QStringLiteral("disk is full"),
        QStringLiteral(" in: "),
    };
}

bool looksTechnical(const QString &text)
{
    for (const QString &marker : markers())
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    // A path of two or more folders (Unix or Windows), e.g. a store's or a profile's file.
    static const QRegularExpression path(
        QStringLiteral(R"((^|[\s("'])(/[\w.-]+){2,}|[A-Za-z]:\\[\w.-]+)"));
    return path.match(text).hasMatch();
}

} // namespace lapor::TechnicalText
