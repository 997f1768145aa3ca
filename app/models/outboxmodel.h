#pragma once

#include "store/outboxrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace lapor {

class Database;

// Every queued user action (the outbox), newest first, for the outbox panel. Small by
// nature (a few hundred rows at most), so it reads the whole list on reload().
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        CaseColumn,
        KindColumn,
        AttemptsColumn,
        ReasonColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum ItemRole {
        IdRole = Qt::UserRole + 1,
        StateRole, // OutboxState as int
        CaseIdRole,
        KindRole, // OutboxKind route id
        EntityIdRole,
        UserIdRole,
    };

    explicit OutboxModel(Database &db, QObject *parent = nullptr);
    ~OutboxModel() override;

    // Sent and discarded entries are history; hidden unless asked for.
    void setShowFinished(bool show);
    bool showFinished() const { return m_showFinished; }
    void setNow(const QDateTime &now); // tests; invalid = the real clock
    void reload();
    // Re-reads one entry in place (the pusher's entryChanged), or reloads when it is new.
    void refreshEntry(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    std::optional<OutboxEntry> entryAt(int row) const;
    int rowForId(const QString &id) const; // -1 when not shown
    int pendingCount() const;

    // The line the panel shows under "Alasan": the hub's or the pusher's reason, or what
    // the entry waits for, in plain words.
    static QString reason(const OutboxEntry &entry, const QDateTime &now);

private:
    bool shown(const OutboxEntry &entry) const;

    OutboxRepository m_repository;
    QList<OutboxEntry> m_entries;
    bool m_showFinished = false;
    QDateTime m_fixedNow;
};

} // namespace lapor
