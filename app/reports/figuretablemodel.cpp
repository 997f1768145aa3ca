#include "figuretablemodel.h"

#include "reportdocument.h"

#include <QLocale>

namespace lapor {

FigureTableModel::FigureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FigureTableModel::setTable(const QStringList &columns, const QList<QVariantList> &rows,
                                const QList<CasesBehind> &behind)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_behind = behind;
    endResetModel();
}

CasesBehind FigureTableModel::behindAt(int row) const
{
    return m_behind.value(row);
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return Reports::displayText(value, QLocale());
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return value;
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    return m_columns.at(section);
}

} // namespace lapor
