#include "supervisionstats.h"

#include <QLocale>
#include <QRegularExpression>

namespace lapor {

std::optional<ReportPeriod> ReportPeriod::fromMonth(const QString &yearMonth)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(yearMonth.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return monthOf(first);
}

ReportPeriod ReportPeriod::monthOf(QDate day)
{
    const QDate first(day.year(), day.month(), 1);
    return { first, first.addMonths(1).addDays(-1) };
}

QString ReportPeriod::label(const QLocale &locale) const
{
    if (!isValid())
        return {};
    if (*this == monthOf(from))
        return locale.standaloneMonthName(from.month(), QLocale::LongFormat) + QLatin1Char(' ')
            + QString::number(from.year());
    return locale.toString(from, QLocale::ShortFormat) + QStringLiteral(" – ")
        + locale.toString(to, QLocale::ShortFormat);
}

} // namespace lapor
