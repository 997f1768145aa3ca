#pragma once

#include "followup.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor {

// What a draft is checked against before it may be submitted.
struct DraftCheckInput
{
    QString text;
    bool anonymous = false;
    QString reporterName; // known reporter of a non-anonim case; empty otherwise
    int attachmentCount = 0;
};

// One failed check, worded for the officer.
struct DraftCheckFailure
{
    QString ruleId;
    QString message;
};

// Which files may be attached to a follow-up.
struct AttachmentPolicy
{
    qint64 maxBytes = kMaxAttachmentBytes;
    int maxFiles = 5;
    QStringList types { QStringLiteral("pdf"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                        QStringLiteral("png") };

    // Empty when the file may be attached, else why not (plain words).
    QString refusal(const QString &fileName, qint64 size, int alreadyAttached) const;
};

// The checks before submitting a draft, kept as data (resources/data/draft-checks.json,
// format in docs/drafting.md). Each rule has a kind known to the code; the data chooses
// which rules apply and their parameters. Messages come from the code, so they are
// translated.
class DraftChecks
{
    Q_DECLARE_TR_FUNCTIONS(lapor::DraftChecks)

public:
    enum class Kind {
        NotEmpty,
        MinLength, // `min` characters, spaces at the ends not counted
        MaxLength, // `max`
        NoPlaceholder, // `pattern`, e.g. \{[^{}\n]*\}: a template placeholder left over
        NoReporterIdentity, // anonim cases: the reporter's name, and `patterns` (phone, e-mail,
                            // NIK, a name after Bapak/Ibu/Sdr.) that may identify them
        PromisedAttachment, // the text mentions one of `words` but nothing is attached
    };

    struct Rule
    {
        QString id;
        Kind kind = Kind::NotEmpty;
        int number = 0; // min or max
        QList<QRegularExpression> patterns;
        QStringList words; // lower case
        QStringList allowed; // matches that are fine, e.g. "Bapak/Ibu Pelapor"
    };

    static std::optional<DraftChecks> parse(const QByteArray &json, QString *error);
    // The shipped rules (":/data/draft-checks.json").
    static const DraftChecks &shipped();

    // Every failed rule, in the data's order; empty when the draft may be submitted.
    QList<DraftCheckFailure> run(const DraftCheckInput &input) const;

    const QList<Rule> &rules() const { return m_rules; }
    const AttachmentPolicy &attachments() const { return m_attachments; }

private:
    std::optional<DraftCheckFailure> check(const Rule &rule, const DraftCheckInput &input) const;

    QList<Rule> m_rules;
    AttachmentPolicy m_attachments;
};

} // namespace lapor
