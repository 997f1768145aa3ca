#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lapor {

class Database;

// Named filter sets the user keeps (saved_views). The filter is stored as JSON text;
// what it means belongs to the inbox model (CaseFilter::toJson), not to the store.
class SavedViewRepository
{
public:
    struct SavedView
    {
        qint64 id = 0;
        QString name;
        QString filterJson;
        QDateTime createdAt;
    };

    explicit SavedViewRepository(Database &db);

    QList<SavedView> list() const; // by name
    std::optional<SavedView> find(qint64 id) const;
    // Names are trimmed, must not be empty and must be unique; `error` says why not.
    std::optional<qint64> create(const QString &name, const QString &filterJson, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool updateFilter(qint64 id, const QString &filterJson, QString *error);
    bool remove(qint64 id, QString *error);

private:
    bool checkName(const QString &name, qint64 exceptId, QString *error) const;

    Database &m_db;
};

} // namespace lapor
