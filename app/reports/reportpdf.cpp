#include "reportdocument.h"

#include <QFile>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace lapor {

namespace {

// Text goes in through QTextCursor::insertText only: never as HTML, so a complaint title
// is shown exactly as typed.
void insertTable(QTextCursor &cursor, const ReportTable &table, const QLocale &locale)
{
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(11);
    QTextBlockFormat spaced;
    spaced.setTopMargin(12);
    spaced.setBottomMargin(4);
    cursor.insertBlock(spaced, heading);
    cursor.insertText(table.heading);

    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int columns = int(table.columns.size());
    // Columns share the width by how much text they hold, so names do not wrap while
    // numbers have room to spare.
    QList<double> weights;
    double total = 0;
    for (int c = 0; c < columns; ++c) {
        // Headings are bold, so a heading character counts a little more; a heading may wrap
        // between its words but never inside one.
        const QString &title = table.columns.at(c);
        double longestWord = 0;
        for (const auto &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, double(word.size()));
        double longest = std::min(title.size() * 1.2, 24.0);
        bool text = false;
        for (const auto &row : table.rows) {
            const QVariant value = row.value(c);
            text = text || value.typeId() == QMetaType::QString;
            longest = std::max(longest, double(Reports::displayText(value, locale).size()));
        }
        // Names are read as a whole; numbers are short and line up on the right.
        const double wanted = std::clamp(longest, 8.0, 32.0) * (text ? 1.5 : 1.0);
        weights.append(std::max(wanted, longestWord * 1.6) + 3);
        total += weights.constLast();
    }
    QList<QTextLength> widths;
    for (double w : weights)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / total));
    format.setColumnWidthConstraints(widths);
    auto numeric = [&](int c) {
        const QVariant first = table.rows.isEmpty() ? QVariant() : table.rows.constFirst().value(c);
        return first.typeId() == QMetaType::Int || first.typeId() == QMetaType::Double;
    };
    QTextTable *t = cursor.insertTable(int(table.rows.size()) + 1, columns, format);

    QTextCharFormat head;
    head.setFontWeight(QFont::Bold);
    head.setFontPointSize(8.5);
    QTextCharFormat body;
    body.setFontPointSize(8.5);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    QTextBlockFormat left;
    left.setAlignment(Qt::AlignLeft);
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = t->cellAt(0, c);
        QTextCharFormat shaded = cell.format();
        shaded.setBackground(QColor(0xe8, 0xee, 0xf4));
        cell.setFormat(shaded);
        QTextCursor at = cell.firstCursorPosition();
        at.setBlockFormat(numeric(c) ? right : left);
        at.insertText(table.columns.at(c), head);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        for (int c = 0; c < columns && c < row.size(); ++c) {
            const QVariant &value = row.at(c);
            QTextCursor at = t->cellAt(r + 1, c).firstCursorPosition();
            const bool number
                = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double;
            at.setBlockFormat(number ? right : left);
            at.insertText(Reports::displayText(value, locale), body);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

bool Reports::writePdf(const ReportDocument &doc, const QString &path, const QLocale &locale,
                       QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Berkas %1 tidak dapat ditulis: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4),
                    needsLandscape(doc) ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("LAPOR Desk"));

    QTextDocument text;
    layout(doc, locale, &text);
    // print() paginates onto the writer's page and numbers the pages.
    text.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = tr("Berkas %1 tidak dapat ditulis.").arg(path);
        return false;
    }
    return true;
}

bool Reports::needsLandscape(const ReportDocument &doc)
{
    bool wide = false;
    for (const auto &table : doc.tables)
        wide = wide || table.columns.size() > 6;
    return wide;
}

void Reports::layout(const ReportDocument &doc, const QLocale &locale, QTextDocument *document)
{
    QTextDocument &text = *document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    text.setDefaultFont(font);
    QTextCursor cursor(&text);

    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(15);
    cursor.insertText(doc.title, titleFormat);
    QTextCharFormat agency;
    agency.setFontPointSize(11);
    agency.setFontWeight(QFont::DemiBold);
    cursor.insertBlock();
    cursor.insertText(doc.agencyName.isEmpty() ? tr("Instansi") : doc.agencyName, agency);
    QTextCharFormat meta;
    meta.setFontPointSize(9);
    if (!doc.scopeName.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Unit: %1").arg(doc.scopeName), meta);
    }
    cursor.insertBlock();
    cursor.insertText(tr("Periode: %1 (%2 s.d. %3)")
                          .arg(periodText(doc, locale),
                               locale.toString(doc.period.from, QLocale::ShortFormat),
                               locale.toString(doc.period.to, QLocale::ShortFormat)),
                      meta);
    cursor.insertBlock();
    cursor.insertText(tr("Dibuat: %1").arg(generatedText(doc, locale)), meta);

    for (const auto &table : doc.tables)
        insertTable(cursor, table, locale);
}

} // namespace lapor
