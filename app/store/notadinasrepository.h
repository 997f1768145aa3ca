#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace lapor {

class Database;

// One nota dinas kept with its case: the number it was given, the file in the profile and
// what is printed on it (docs/drafting.md, "Nota dinas").
struct NotaDinasRecord
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString draftId;
    QString decisionId;
    QString kind; // "approve" or "return", as the decision
    QString number; // as printed: 800/12/DPUPR/2026
    int year = 0;
    int sequence = 0; // the running number in the year
    QString file; // relative to the profile
    QJsonObject content; // the rendering input (NotaDinasContent)
    QString createdBy;
    QDateTime createdAt;
};

// The memos of this store and their numbering: one counter per calendar year, taken in the
// same transaction as the memo's row and never given back.
class NotaDinasRepository
{
public:
    explicit NotaDinasRepository(Database &db);

    // Gives `record` the next number of `record.year` and keeps it, in one transaction.
    // `spell` turns the running number into the printed number and the file name (both
    // depend on the number); `record.content` gets "number" set. False with the reason
    // when the store cannot keep it: then no number is taken.
    bool create(NotaDinasRecord *record, const std::function<QString(int)> &number,
                const std::function<QString(const QString &)> &file, QString *error);

    std::optional<NotaDinasRecord> forDecision(const QString &decisionId) const;
    QList<NotaDinasRecord> forCase(qint64 caseId) const;
    // The last running number given in `year`; 0 before the first.
    int lastSequence(int year) const;

private:
    Database &m_db;
};

} // namespace lapor
