#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lapor {

// The published SP4N-LAPOR! category tree (resources/data/lapor-categories.json).
struct Category
{
    QString name;
    QStringList subcategories;
};

namespace Categories {
// Loaded once from the resources; the tree ships with the application.
const QList<Category> &all();
} // namespace Categories

} // namespace lapor
