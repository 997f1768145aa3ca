#pragma once

#include "jsontape.h"

#include <QJsonValue>
#include <QString>

namespace lapor::Wire {

// What can still be read from a change-feed entry that could not be decoded or stored,
// so the desk can set it aside (ChangeApplier, QuarantineRepository) and recognise a
// later version of the same entity.
struct RawRecordKey
{
    QString kind; // empty when the entry has no readable kind
    QString entityId; // a case's tracking id, otherwise the record's id; may be empty
};

RawRecordKey rawRecordKey(const JsonRef &entry);

// The entry as compact JSON, at most `maxBytes` of UTF-8, for the agency's admin. The
// reporter's identity is blanked in every record, and a confidential case's content too:
// neither may leak into logs (docs/sync.md).
QString keptRecordText(const JsonRef &entry, qsizetype maxBytes = 64 * 1024);

} // namespace lapor::Wire
