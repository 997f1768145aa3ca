#include "outboxrepository.h"

#include "core/keytable.h"
#include "database.h"
#include "protocol/answers.h"
#include "protocol/requests.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QUuid>

#include <array>
#include <utility>

namespace lapor {

namespace OutboxStates {

namespace {
constexpr KeyTable<OutboxState, 6> kKeys { { {
    { OutboxState::Waiting, "waiting" },
    { OutboxState::Sending, "sending" },
    { OutboxState::Sent, "sent" },
    { OutboxState::Conflict, "conflict" },
    { OutboxState::Failed, "failed" },
    { OutboxState::Discarded, "discarded" },
} } };
} // namespace

QString key(OutboxState state)
{
    return kKeys.key(state);
}

std::optional<OutboxState> fromKey(const QString &key)
{
    return kKeys.fromKey(key);
}

QString label(OutboxState state)
{
    switch (state) {
    case OutboxState::Waiting:
        return OutboxRepository::tr("Menunggu");
    case OutboxState::Sending:
        return OutboxRepository::tr("Mengirim");
    case OutboxState::Sent:
        return OutboxRepository::tr("Terkirim");
    case OutboxState::Conflict:
        return OutboxRepository::tr("Konflik");
    case OutboxState::Failed:
        return OutboxRepository::tr("Gagal");
    case OutboxState::Discarded:
        return OutboxRepository::tr("Dibuang");
    }
    return {};
}

bool isPending(OutboxState state)
{
    return state != OutboxState::Sent && state != OutboxState::Discarded;
}

} // namespace OutboxStates

namespace OutboxKinds {

namespace {
// The stored key is the id of the route the entry goes to.
constexpr std::array<std::pair<OutboxKind, protocol::Route>, 6> kRoutes { {
    { OutboxKind::DraftSubmit, protocol::Route::DraftsSubmit },
    { OutboxKind::DraftDecide, protocol::Route::DraftsDecide },
    { OutboxKind::CaseForward, protocol::Route::CasesForward },
    { OutboxKind::CaseNotAuthority, protocol::Route::CasesNotAuthority },
    { OutboxKind::CaseNote, protocol::Route::CasesNotes },
    { OutboxKind::AttachmentUpload, protocol::Route::AttachmentsUpload },
} };
} // namespace

protocol::Route route(OutboxKind kind)
{
    for (const auto &[known, route] : kRoutes) {
        if (known == kind)
            return route;
    }
    return protocol::Route::Health; // Unknown: no write route
}

OutboxKind fromRoute(protocol::Route route)
{
    for (const auto &[known, to] : kRoutes) {
        if (to == route)
            return known;
    }
    return OutboxKind::Unknown;
}

QString key(OutboxKind kind)
{
    return kind == OutboxKind::Unknown ? QString() : protocol::Routes::id(route(kind));
}

OutboxKind fromKey(const QString &key)
{
    for (const auto &[known, route] : kRoutes) {
        if (key == protocol::Routes::id(route))
            return known;
    }
    return OutboxKind::Unknown;
}

QString label(OutboxKind kind, const QJsonObject &payload)
{
    using namespace protocol;
    const auto write = kind == OutboxKind::Unknown
        ? std::nullopt
        : Writes::fromPayload(route(kind), 0, QString(), payload, nullptr);
    if (!write)
        return OutboxRepository::tr("Tindakan yang tidak dikenal versi ini");
    if (const auto *submit = std::get_if<SubmitRevision>(&*write))
        return OutboxRepository::tr("Ajukan draf (revisi %1)").arg(submit->revision);
    if (const auto *decide = std::get_if<DecideDraft>(&*write))
        return decide->approve
            ? OutboxRepository::tr("Setujui draf (revisi %1)").arg(decide->revision)
            : OutboxRepository::tr("Kembalikan draf (revisi %1)").arg(decide->revision);
    if (const auto *forward = std::get_if<ForwardCase>(&*write))
        return OutboxRepository::tr("Disposisi ke unit %1").arg(forward->toUnitId);
    if (std::holds_alternative<ReturnNotAuthority>(*write))
        return OutboxRepository::tr("Kembalikan sebagai bukan wewenang");
    if (std::holds_alternative<AddNote>(*write))
        return OutboxRepository::tr("Catatan internal");
    const auto &upload = std::get<UploadAttachment>(*write);
    return OutboxRepository::tr("Unggah lampiran %1").arg(upload.fileName);
}

} // namespace OutboxKinds

namespace {

const QString kColumns = QStringLiteral(
    "SELECT seq, id, case_id, user_id, kind, entity_id, payload, if_match, state, attempts, "
    "next_attempt_at, last_error, response, created_at, updated_at FROM outbox ");

// States written as a SQL list, for the statements below.
const QString kPendingStates = QStringLiteral("('waiting', 'sending', 'conflict', 'failed')");

QJsonObject toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toText(const QJsonObject &object)
{
    return object.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OutboxEntry entryFromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.caseId = q.value(2).toLongLong();
    e.trackingId = q.value(2).isNull() ? QString() : QString::number(e.caseId);
    e.userId = q.value(3).toString();
    e.kind = OutboxKinds::fromKey(q.value(4).toString());
    e.entityId = q.value(5).toString();
    e.payload = toObject(q.value(6).toString());
    e.ifMatch = q.value(7).toString();
    e.state = OutboxStates::fromKey(q.value(8).toString()).value_or(OutboxState::Waiting);
    e.attempts = q.value(9).toInt();
    const qint64 next = q.value(10).toLongLong();
    if (next > 0)
        e.nextAttemptAt = QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
    e.lastError = q.value(11).toString();
    e.response = toObject(q.value(12).toString());
    e.createdAt = Sql::toTime(q.value(13));
    e.updatedAt = Sql::toTime(q.value(14));
    return e;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

OutboxRepository::OutboxRepository(Database &db)
    : m_db(db)
    , m_refresh(db.connection())
{ }

QList<OutboxEntry> OutboxRepository::select(const QString &where, const QVariantList &binds) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kColumns + where);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (q.exec()) {
        while (q.next())
            out.append(entryFromQuery(q));
    }
    return out;
}

QList<OutboxEntry> OutboxRepository::list() const
{
    return select(QStringLiteral("ORDER BY seq DESC"), {});
}

QList<OutboxEntry> OutboxRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY seq"), { caseId });
}

std::optional<OutboxEntry> OutboxRepository::find(const QString &id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int OutboxRepository::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ") + kPendingStates);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

OutboxRepository::Unsent OutboxRepository::unsent(const QString &userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(user_id = ?), 0), coalesce(sum(user_id <> ?), 0) "
                             "FROM outbox WHERE state IN ('waiting', 'sending')"));
    q.addBindValue(userId);
    q.addBindValue(userId);
    Unsent unsent;
    if (q.exec() && q.next()) {
        unsent.mine = q.value(0).toInt();
        unsent.others = q.value(1).toInt();
    }
    return unsent;
}

int OutboxRepository::waitingFiles(const QString &userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE user_id = ? AND kind = ? "
                             "AND state IN ('waiting', 'sending')"));
    q.addBindValue(userId);
    q.addBindValue(OutboxKinds::key(OutboxKind::AttachmentUpload));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int OutboxRepository::count(OutboxState state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    q.addBindValue(OutboxStates::key(state));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool OutboxRepository::finishUserChoice(const QString &id, OutboxState to, QString *error)
{
    Transaction transaction(m_db);
    const auto entry = find(id);
    if (!entry || (entry->state != OutboxState::Conflict && entry->state != OutboxState::Failed)) {
        if (error)
            *error = tr("Hanya entri yang konflik atau gagal yang dapat dikirim ulang atau "
                        "dibuang.");
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (to == OutboxState::Waiting) {
        QString ifMatch = entry->ifMatch;
        if (const qint64 current = Wire::staleVersion(entry->response); current > 0)
            ifMatch = QString::number(current);
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'waiting', attempts = 0, "
                                 "next_attempt_at = 0, if_match = ?, last_error = '', "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(ifMatch);
    } else {
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'discarded', last_error = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(tr("Dibuang oleh pengguna. Alasan sebelumnya: %1").arg(entry->lastError));
    }
    q.addBindValue(now());
    q.addBindValue(id);
    if (!Sql::exec(q, error) || !refreshCaseState(entry->caseId, error))
        return false;
    return transaction.commit();
}

bool OutboxRepository::retry(const QString &id, QString *error)
{
    return finishUserChoice(id, OutboxState::Waiting, error);
}

bool OutboxRepository::discard(const QString &id, QString *error)
{
    return finishUserChoice(id, OutboxState::Discarded, error);
}

bool OutboxRepository::enqueue(OutboxEntry &entry, QString *error)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.state = OutboxState::Waiting;
    entry.attempts = 0;
    entry.createdAt = entry.updatedAt = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC);
    entry.trackingId = QString::number(entry.caseId);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (id, case_id, user_id, kind, entity_id, payload, "
                             "if_match, state, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(entry.caseId);
    q.addBindValue(Sql::text(entry.userId));
    q.addBindValue(OutboxKinds::key(entry.kind));
    q.addBindValue(Sql::text(entry.entityId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(Sql::text(entry.ifMatch));
    q.addBindValue(entry.createdAt.toSecsSinceEpoch());
    q.addBindValue(entry.createdAt.toSecsSinceEpoch());
    if (!Sql::exec(q, error))
        return false;
    entry.seq = q.lastInsertId().toLongLong();
    return true;
}

bool OutboxRepository::closePending(const QString &entityId, OutboxKind kind, OutboxState to,
                                    const QString &reason, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, updated_at = ? "
                             "WHERE entity_id = ? AND kind = ? AND state IN ")
              + kPendingStates);
    q.addBindValue(OutboxStates::key(to));
    q.addBindValue(reason);
    q.addBindValue(now());
    q.addBindValue(entityId);
    q.addBindValue(OutboxKinds::key(kind));
    return Sql::exec(q, error);
}

bool OutboxRepository::failUnsent(const QString &reason, QString *error)
{
    QList<qint64> cases;
    QSqlQuery affected(m_db.connection());
    affected.prepare(QStringLiteral("SELECT DISTINCT case_id FROM outbox "
                                    "WHERE state IN ('waiting', 'sending')"));
    if (!Sql::exec(affected, error))
        return false;
    while (affected.next())
        cases.append(affected.value(0).toLongLong());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, "
                             "next_attempt_at = 0, updated_at = ? "
                             "WHERE state IN ('waiting', 'sending')"));
    q.addBindValue(Sql::text(reason));
    q.addBindValue(now());
    if (!Sql::exec(q, error))
        return false;
    for (const qint64 caseId : std::as_const(cases)) {
        if (!refreshCaseState(caseId, error))
            return false;
    }
    return true;
}

bool OutboxRepository::refreshCaseState(qint64 caseId, QString *error)
{
    // The most urgent fact wins: a conflict needs the user, an error too, then anything
    // queued, then drafts awaiting a decision or still being written. Prepared once: a
    // sync asks for every draft it stores.
    QSqlQuery &q = m_refresh;
    if (!Sql::prepareOnce(
            q,
            QStringLiteral(
                "UPDATE cases SET local_state = CASE "
                "WHEN EXISTS (SELECT 1 FROM outbox WHERE case_id = :id AND state = 'conflict') "
                "  OR EXISTS (SELECT 1 FROM drafts WHERE case_id = :id AND state = 'conflict') "
                "  THEN 'conflict' "
                "WHEN EXISTS (SELECT 1 FROM outbox WHERE case_id = :id AND state = 'failed') "
                "  THEN 'error' "
                "WHEN EXISTS (SELECT 1 FROM outbox WHERE case_id = :id AND state IN ('waiting', "
                "  'sending')) THEN 'queued' "
                "WHEN EXISTS (SELECT 1 FROM drafts WHERE case_id = :id AND state IN ('submitted', "
                "  'approved')) THEN 'awaiting_approval' "
                "WHEN EXISTS (SELECT 1 FROM drafts WHERE case_id = :id AND state IN ('editing', "
                "  'returned')) THEN 'draft' "
                "ELSE '' END WHERE tracking_id = :id"),
            error))
        return false;
    q.bindValue(QStringLiteral(":id"), caseId);
    return Sql::exec(q, error);
}

bool OutboxRepository::recoverInterrupted(QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'waiting', updated_at = ? "
                             "WHERE state = 'sending'"));
    q.addBindValue(now());
    return Sql::exec(q, error);
}

QList<OutboxEntry> OutboxRepository::heads() const
{
    return select(QStringLiteral("WHERE seq IN (SELECT min(seq) FROM outbox WHERE state IN ")
                      + kPendingStates + QStringLiteral(" GROUP BY case_id) ORDER BY seq"),
                  {});
}

bool OutboxRepository::markSending(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                             "updated_at = ? WHERE id = ? AND state = 'waiting'"));
    q.addBindValue(now());
    q.addBindValue(id);
    return Sql::exec(q, error);
}

bool OutboxRepository::markRetry(const QString &id, const QString &reason,
                                 const QDateTime &nextAttemptAt, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'waiting', last_error = ?, "
                             "next_attempt_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Sql::text(reason));
    q.addBindValue(nextAttemptAt.isValid() ? nextAttemptAt.toSecsSinceEpoch() : 0);
    q.addBindValue(now());
    q.addBindValue(id);
    return Sql::exec(q, error);
}

bool OutboxRepository::markDone(const QString &id, OutboxState state, const QString &reason,
                                const QJsonObject &response, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, response = ?, "
                             "next_attempt_at = 0, updated_at = ? WHERE id = ?"));
    q.addBindValue(OutboxStates::key(state));
    q.addBindValue(Sql::text(reason));
    q.addBindValue(Sql::text(toText(response)));
    q.addBindValue(now());
    q.addBindValue(id);
    return Sql::exec(q, error);
}

bool OutboxRepository::setReason(const QString &id, const QString &reason, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ? AND last_error <> ?"));
    q.addBindValue(Sql::text(reason));
    q.addBindValue(id);
    q.addBindValue(Sql::text(reason));
    return Sql::exec(q, error);
}

bool OutboxRepository::rebaseIfMatch(const QString &entityId, const QString &from,
                                     const QString &to, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET if_match = ? WHERE entity_id = ? AND if_match = ? "
                             "AND state = 'waiting'"));
    q.addBindValue(to);
    q.addBindValue(entityId);
    q.addBindValue(from);
    return Sql::exec(q, error);
}

} // namespace lapor
