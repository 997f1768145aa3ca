#include "categories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lapor::Categories {

const QList<Category> &all()
{
    static const QList<Category> categories = [] {
        QList<Category> out;
        QFile file(QStringLiteral(":/data/lapor-categories.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("lapor-categories.json is missing from the resources");
        const auto root = QJsonDocument::fromJson(file.readAll()).object();
        for (const auto &value : root.value(QLatin1String("categories")).toArray()) {
            const auto obj = value.toObject();
            Category category;
            category.name = obj.value(QLatin1String("name")).toString();
            for (const auto &sub : obj.value(QLatin1String("subcategories")).toArray())
                category.subcategories.append(sub.toString());
            if (!category.name.isEmpty())
                out.append(category);
        }
        return out;
    }();
    return categories;
}

} // namespace lapor::Categories
