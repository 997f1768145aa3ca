#pragma once

#include "supervisionstats.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace lapor {

// A small read-only table of figures (per unit, per officer, overdue cases) where each
// row knows the cases behind it. Cells keep their type; the view gets them formatted in
// the user's locale.
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FigureTableModel(QObject *parent = nullptr);

    void setTable(const QStringList &columns, const QList<QVariantList> &rows,
                  const QList<CasesBehind> &behind);
    CasesBehind behindAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
    QList<CasesBehind> m_behind;
};

} // namespace lapor
