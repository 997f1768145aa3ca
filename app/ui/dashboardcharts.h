#pragma once

#include "reports/supervisionstats.h"

#include <functional>

class QChart;

namespace lapor {

// The dashboard's three charts, built from the figures. A click on a slice or a bar asks
// for the cases behind it through `open`. The texts belong to the dashboard window
// (DashboardWindow's translation context).
namespace DashboardCharts {

using OpenCases = std::function<void(const CasesBehind &behind, const QString &title)>;

// Cases per status now: a pie.
QChart *statusChart(const QList<StatusFigure> &byStatus, const OpenCases &open);
// Received and first followed up per ISO week: bars side by side.
QChart *weeklyChart(const QList<WeekFigure> &weeks, const OpenCases &open);
// Citizen ratings, 1 to 5 stars.
QChart *ratingChart(const RatingFigure &ratings, const OpenCases &open);

} // namespace DashboardCharts
} // namespace lapor
