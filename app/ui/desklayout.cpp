#include "desklayout.h"

#include "core/casestatus.h"
#include "core/deadlines.h"
#include "models/caselistmodel.h"
#include "slabadgedelegate.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

namespace lapor::DeskLayout {

Placement firstStart(const QRect &available)
{
    return { available, available.width() < kMaximiseBelow };
}

void fitColumns(QTableView *table)
{
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    // The cell's text margins on both sides, and a little air.
    const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + em;
    auto widest = [&fm](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, fm.horizontalAdvance(text));
        return width;
    };

    QStringList statuses;
    for (const CaseStatus status : Status::all())
        statuses << Status::shortLabel(status);
    QStringList badges;
    for (const auto state : { Deadlines::SlaState::Overdue, Deadlines::SlaState::DueSoon,
                              Deadlines::SlaState::OnTrack })
        badges << SlaBadgeDelegate::badgeText(int(state));
    QStringList days;
    QStringList received;
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        days << locale.toString(QDate(2026, month, 28), QStringLiteral("d MMM"));
        received << locale.toString(QDate(2026, month, 28), QLocale::ShortFormat);
    }
    // As SlaBadgeDelegate lays it out: padding, the pill with padding inside, padding, date.
    const int pad = fm.height() / 3;
    const int deadline = 4 * pad + widest(badges) + pad + widest(days);
    QStringList local;
    for (const char *key : { "draft", "awaiting_approval", "queued", "conflict", "error" })
        local << CaseListModel::localStateLabel(QString::fromLatin1(key));

    const QList<QPair<int, int>> widths {
        { CaseListModel::TrackingIdColumn, fm.horizontalAdvance(QStringLiteral("00000000")) },
        { CaseListModel::TitleColumn, 24 * em },
        { CaseListModel::CategoryColumn, 12 * em },
        { CaseListModel::UnitColumn, 12 * em },
        { CaseListModel::StatusColumn, widest(statuses) },
        { CaseListModel::ReceivedColumn, widest(received) },
        { CaseListModel::DeadlineColumn, deadline },
        { CaseListModel::AssigneeColumn, 9 * em },
        { CaseListModel::FlagsColumn,
          widest({ QCoreApplication::translate("lapor::CaseListModel", "Anonim") + u", "
                   + QCoreApplication::translate("lapor::CaseListModel", "Rahasia") }) },
        { CaseListModel::LocalStateColumn, widest(local) },
    };
    QHeaderView *header = table->horizontalHeader();
    for (const auto &[column, width] : widths)
        table->setColumnWidth(column, qMax(width + margin, header->sectionSizeHint(column)));
}

int listWidthNeeded(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    return header->length() + table->verticalScrollBar()->sizeHint().width()
        + 2 * table->frameWidth()
        + (table->verticalHeader()->isVisible() ? table->verticalHeader()->width() : 0);
}

QList<int> splitterSizes(int total, int sidebar, int listNeeds, int caseMinimum)
{
    const int rest = qMax(0, total - sidebar);
    const int list = qMax(0, qMin(listNeeds, rest - caseMinimum));
    return { sidebar, list, rest - list };
}

} // namespace lapor::DeskLayout
