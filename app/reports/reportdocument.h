#pragma once

#include "core/workingcalendar.h"
#include "supervisionstats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QLocale;

class QTextDocument;

namespace lapor {

// One table of a report. Cells keep their type (int, double, QDate, QString; null = no
// value) so that CSV gets plain numbers and the PDF gets the user's locale.
struct ReportTable
{
    QString heading;
    QStringList columns;
    QList<QVariantList> rows;
};

// A report as data: built once from the figures, then written as CSV or PDF, so both
// carry exactly the same numbers (and tests check the data, then each writer).
struct ReportDocument
{
    QString kind; // "rekap" or "overdue"
    QString title;
    QString agencyName;
    QString scopeName; // the unit, or empty for the whole agency
    ReportPeriod period;
    QDateTime generatedAt; // UTC; shown in the user's zone
    QList<ReportTable> tables;

    const ReportTable *table(const QString &heading) const;
};

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(lapor::Reports)

public:
    // The monthly recap a coordinator sends upward.
    static ReportDocument rekap(const SupervisionStats &stats, const QDateTime &generatedAt);
    // Every overdue case, longest overdue first. What CasePrivacy withholds (the title of a
    // rahasia case, the reporter of an anonim or rahasia one) is replaced by its marker,
    // also when the list still carries it.
    static ReportDocument overdue(const SupervisionScope &scope, const ReportPeriod &period,
                                  const QList<OverdueCase> &cases, const WorkingCalendar &calendar,
                                  const QDateTime &generatedAt);

    // A cell for people: numbers and dates in `locale`, "–" for no value.
    static QString displayText(const QVariant &value, const QLocale &locale);
    // When the report was made, in the user's locale and time zone.
    static QString generatedText(const ReportDocument &doc, const QLocale &locale);
    static QString periodText(const ReportDocument &doc, const QLocale &locale);

    // UTF-8 with a byte order mark (spreadsheets then read it as UTF-8), RFC 4180 quoting,
    // CRLF line ends; numbers unformatted with a '.' decimal point, dates as YYYY-MM-DD.
    static QByteArray toCsv(const ReportDocument &doc);
    static bool writeCsv(const ReportDocument &doc, const QString &path, QString *error);
    // A4 PDF: title, agency, period, generation time, then the tables.
    static bool writePdf(const ReportDocument &doc, const QString &path, const QLocale &locale,
                         QString *error);
    // The same page content for any paged device (the PDF writer, a printer): plain text
    // through QTextCursor only, never HTML.
    static void layout(const ReportDocument &doc, const QLocale &locale, QTextDocument *text);
    // A list of cases has too many columns for a portrait page.
    static bool needsLandscape(const ReportDocument &doc);
};

} // namespace lapor
