#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lapor {

class Database;

// Everything that happened to one case, in time order, and its files: what the case
// workspace shows. Read-only; the sync engine and the drafting code write these tables.
class TimelineRepository
{
public:
    struct Event
    {
        enum class Kind {
            Disposition, // subject: from unit, object: to unit, text: note
            Followup, // subject: unit
            Reply, // number: rating (0 = none)
            Note,
            Draft, // subject: draft state key, text: the working copy
            Revision, // number: revision
            Decision, // subject: approve/return, number: revision, text: comment
            NotaDinas, // subject: its number, object: its file (relative to the profile)
        };
        Kind kind = Kind::Note;
        QDateTime at;
        QString actor; // display name, else id; empty for the reporter
        QString text;
        QString subject;
        QString object;
        int number = 0;
    };

    struct Attachment
    {
        QString id;
        QString ownerKind; // case, followup, reply, draft
        QString fileName; // as sent; sanitise before using it as a file name
        QString mimeType;
        qint64 size = 0;
        QString sha256; // as the hub sent it, hex; empty when it sent none
        // Absolute path of the downloaded file inside the attachments folder; empty when
        // it is not (completely) downloaded.
        QString localFile;
    };

    // The local columns of a case that the workspace needs next to the hub's view.
    struct LocalFlags
    {
        bool inScope = true;
        bool hubChanged = false;
        QString localState;
    };

    explicit TimelineRepository(Database &db);

    LocalFlags localFlags(qint64 caseId) const;

    QList<Event> events(qint64 caseId) const;
    // `attachmentsDir`: the profile's folder; local paths are resolved inside it only.
    QList<Attachment> attachments(qint64 caseId, const QString &attachmentsDir) const;

private:
    Database &m_db;
};

} // namespace lapor
