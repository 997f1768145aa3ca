#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lapor {

class Database;

// Names the inbox needs next to the cases: units and people for the filters and for
// showing an id as a name.
class InboxLookup
{
public:
    struct Entry
    {
        QString id;
        QString name;
    };

    explicit InboxLookup(Database &db);

    // Units and assignees that appear in the store, by name.
    QList<Entry> units() const;
    QList<Entry> assignees() const;
    // The same list for officers already known to be assigned cases (from the inbox's
    // snapshot), without reading the cases.
    QList<Entry> assignees(const QStringList &ids) const;
    // The name, or the id itself when the store does not know it.
    QString unitName(const QString &id) const;
    QString userName(const QString &id) const;

private:
    Database &m_db;
};

} // namespace lapor
