#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace lapor {

// A reply template: text with placeholders, kept as data per agency in
// resources/data/reply-templates.json (format in docs/drafting.md).
struct ReplyTemplate
{
    QString id;
    QString title; // shown in the picker
    QString text; // with {nomor_laporan}, {nama_pelapor}, {unit}, {tanggal}
    // False for a template that only makes sense when the reporter is known by name: it is
    // not offered for an anonim case.
    bool allowAnonymous = true;
};

// What the placeholders are filled from.
struct TemplateContext
{
    qint64 trackingId = 0;
    bool anonymous = false;
    QString reporterName; // empty for anonim cases (the store never holds it)
    QString unitName;
    QDate date;
    QLocale locale;
};

class ReplyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(lapor::ReplyTemplates)

public:
    // Parses the data file. Strict: a template without id, title or text, or with an
    // unknown placeholder, rejects the whole file with a reason.
    static std::optional<ReplyTemplates> parse(const QByteArray &json, QString *error);
    // The shipped file (":/data/reply-templates.json").
    static const ReplyTemplates &shipped();

    // The agency's templates, or the "default" set when the agency has none.
    QList<ReplyTemplate> forAgency(const QString &agencyId) const;
    QStringList agencies() const;

    // Fills the placeholders. On an anonim case {nama_pelapor} becomes the neutral
    // "Pelapor", never a name; a template that needs the name is refused there.
    static std::optional<QString> apply(const ReplyTemplate &tmpl, const TemplateContext &context,
                                        QString *error);
    static QStringList placeholders(); // the known ones, with braces
    // The word used in place of the reporter's name when it must not or cannot be used.
    static QString neutralReporter();

private:
    QList<QPair<QString, QList<ReplyTemplate>>> m_byAgency;
};

} // namespace lapor
