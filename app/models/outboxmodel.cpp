#include "outboxmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lapor {

OutboxModel::OutboxModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(db)
{
    reload();
}

OutboxModel::~OutboxModel() = default;

void OutboxModel::setShowFinished(bool show)
{
    if (show == m_showFinished)
        return;
    m_showFinished = show;
    reload();
}

void OutboxModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, ReasonColumn), index(rowCount() - 1, ReasonColumn));
}

bool OutboxModel::shown(const OutboxEntry &entry) const
{
    return m_showFinished || OutboxStates::isPending(entry.state);
}

void OutboxModel::reload()
{
    beginResetModel();
    m_entries.clear();
    const auto all = m_repository.list();
    for (const OutboxEntry &entry : all) {
        if (shown(entry))
            m_entries.append(entry);
    }
    endResetModel();
}

void OutboxModel::refreshEntry(const QString &id)
{
    const int row = rowForId(id);
    const auto entry = m_repository.find(id);
    if (row < 0 || !entry || !shown(*entry)) {
        reload();
        return;
    }
    m_entries[row] = *entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<OutboxEntry> OutboxModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

int OutboxModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxModel::pendingCount() const
{
    return m_repository.pendingCount();
}

QString OutboxModel::reason(const OutboxEntry &entry, const QDateTime &now)
{
    switch (entry.state) {
    case OutboxState::Waiting:
        if (entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now) {
            const QString when = QLocale().toString(entry.nextAttemptAt.toLocalTime().time(),
                                                    QLocale::ShortFormat);
            return entry.lastError.isEmpty()
                ? tr("Dicoba lagi pukul %1.").arg(when)
                : tr("%1 Dicoba lagi pukul %2.").arg(entry.lastError, when);
        }
        return entry.lastError.isEmpty() ? tr("Menunggu dikirim saat hub dapat dihubungi.")
                                         : entry.lastError;
    case OutboxState::Sending:
        return tr("Sedang dikirim ke hub.");
    case OutboxState::Sent:
        return tr("Diterima hub.");
    case OutboxState::Conflict:
        return entry.lastError.isEmpty()
            ? tr("Keadaan laporan di hub sudah berubah. Tinjau lalu kirim ulang, atau buang.")
            : entry.lastError;
    case OutboxState::Failed:
        return entry.lastError.isEmpty() ? tr("Ditolak hub.") : entry.lastError;
    case OutboxState::Discarded:
        return entry.lastError.isEmpty() ? tr("Dibuang.") : entry.lastError;
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case StateColumn:
            return OutboxStates::label(e.state);
        case CaseColumn:
            return e.caseId ? QStringLiteral("#%1").arg(e.caseId) : QString();
        case KindColumn:
            return e.label();
        case AttemptsColumn:
            return e.attempts;
        case ReasonColumn:
            return reason(e, now);
        case UpdatedColumn:
            return QLocale().toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn || index.column() == ReasonColumn) {
            if (e.state == OutboxState::Conflict || e.state == OutboxState::Failed)
                return QBrush(QColor(0xb0, 0x1e, 0x1e));
            if (e.state == OutboxState::Sent || e.state == OutboxState::Discarded)
                return QBrush(QColor(0x5f, 0x63, 0x68));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case CaseIdRole:
        return e.caseId;
    case KindRole:
        return OutboxKinds::key(e.kind);
    case EntityIdRole:
        return e.entityId;
    case UserIdRole:
        return e.userId;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("Keadaan");
    case CaseColumn:
        return tr("Laporan");
    case KindColumn:
        return tr("Tindakan");
    case AttemptsColumn:
        return tr("Percobaan");
    case ReasonColumn:
        return tr("Keterangan");
    case UpdatedColumn:
        return tr("Diperbarui");
    }
    return {};
}

} // namespace lapor
