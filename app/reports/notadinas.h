#pragma once

#include "store/notadinasrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSettings;
class QTextDocument;

namespace lapor {

class Database;

// Everything printed on one nota dinas: the rendering input. Kept as JSON in its row, so
// the PDF can be written again exactly as it was first made.
struct NotaDinasContent
{
    QString kind; // "approve" or "return"
    QString number;
    QString agencyName;
    QString address;
    QString logoFile; // relative to the profile; empty: no logo
    QString dateText; // "2 Desember 2026"
    QString recipient;
    QString fromUnit;
    QString subject;
    qint64 caseId = 0;
    int revision = 0;
    QString body; // the reply as approved, or the draft as returned
    QString comment; // the approver's return comment
    QString signerName;
    QString signerPosition;
    QString signerNip;

    QJsonObject toJson() const;
    static NotaDinasContent fromJson(const QJsonObject &json);
};

// The nota dinas (official internal memo) made when a draft is approved or returned
// (docs/drafting.md, "Nota dinas"). A memo is an Indonesian official document (tata naskah
// dinas): its labels and its date are Indonesian whatever the desk's language.
class NotaDinas
{
    Q_DECLARE_TR_FUNCTIONS(lapor::NotaDinas)

public:
    // The memo of `decisionId`: the one kept, or a new one, numbered and written into the
    // profile (nota-dinas/<case id>/) with its row, for the signed-in person whose
    // settings.ini is `settings`. A kept memo whose file went missing is written again
    // from its row. nullopt with the reason in plain words when there is none to make.
    static std::optional<NotaDinasRecord> make(Database &db, const QString &profileDir,
                                               const QSettings &settings, const QString &decisionId,
                                               QString *error);
    // The latest decision on `draftId` (approve or return), empty when there is none.
    static QString latestDecision(Database &db, const QString &draftId);

    // The memo's file in the profile.
    static QString path(const QString &profileDir, const NotaDinasRecord &record);
    // Writes the memo to `path` (through a .part name and a rename, so a half-written file
    // never looks whole).
    static bool writePdf(const NotaDinasContent &content, const QString &profileDir,
                         const QString &path, QString *error);
    // The memo laid out as it is printed; the logo is read from the profile.
    static void layout(const NotaDinasContent &content, const QString &profileDir,
                       QTextDocument *document);

    // The Indonesian long date: "2 Desember 2026".
    static QString longDate(const QDate &date);
    // Copies an image into the profile as the letterhead's logo (a PNG without the
    // original's metadata); `relative` gets its name for NotaDinasSettings::logoFile.
    static bool importLogo(const QString &profileDir, const QString &source, QString *relative,
                           QString *error);
    static QString logoName() { return QStringLiteral("kop-nota-dinas.png"); }
};

} // namespace lapor
