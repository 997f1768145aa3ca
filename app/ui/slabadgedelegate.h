#pragma once

#include "inboxitemdelegate.h"

namespace lapor {

// Paints the inbox's deadline column as a coloured badge worded from the SLA state
// ("Terlambat", "≤ 2 hari", "Sesuai"), followed by the due date and days left. The word
// comes from the state, not from the count: on the weekend after a due Friday the count
// is 0 while the case is already late. Text comes from the inbox delegate's line cache.
class SlaBadgeDelegate : public InboxItemDelegate
{
    Q_OBJECT

public:
    explicit SlaBadgeDelegate(int slaRole, QObject *parent = nullptr);

    static QString badgeText(int slaState);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    int contentsTag(const QModelIndex &index) const override;
    void drawContents(QPainter *painter, const QStyleOptionViewItem &opt, int tag) const override;

private:
    int m_slaRole;
};

} // namespace lapor
