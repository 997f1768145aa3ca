#pragma once

#include <QList>
#include <QRect>

class QTableView;

namespace lapor::DeskLayout {

// Where the main window goes when a person has no saved layout yet: the whole available
// area of the screen, maximised on a screen narrower than kMaximiseBelow (a 1366×768
// office PC, or a large screen at 200 %), where every pixel counts.
struct Placement
{
    QRect geometry;
    bool maximised = false;
};
constexpr int kMaximiseBelow = 1600;
Placement firstStart(const QRect &available);

// Sizes the inbox's columns to what they show: the widest status label, the SLA badge
// with a short date, a tracking number, a short date; free text (title, category, unit,
// officer) gets a width in characters. Bold is measured, as unread rows are bold.
void fitColumns(QTableView *table);
// The width the list needs to show every column without scrolling sideways.
int listWidthNeeded(const QTableView *table);

// The main splitter's sizes for a width of `total`: the sidebar its own width, the list what
// it needs, and the case pane the rest, but never less than `caseMinimum`; the list gives
// way to the case pane only down to `caseMinimum`.
QList<int> splitterSizes(int total, int sidebar, int listNeeds, int caseMinimum);

} // namespace lapor::DeskLayout
