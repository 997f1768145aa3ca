#include "reportdocument.h"

#include <QSaveFile>

namespace lapor {

namespace {

QString csvValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', 1);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        break;
    }
    QString text = value.toString();
    // Complaint titles come from citizens: a cell that starts like a formula is kept as
    // text, so a spreadsheet never evaluates it.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStart.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return text;
}

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void line(QString *out, const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(field(cell));
    out->append(fields.join(QLatin1Char(',')));
    out->append(QLatin1String("\r\n"));
}

} // namespace

QByteArray Reports::toCsv(const ReportDocument &doc)
{
    QString out;
    line(&out, { tr("Laporan"), doc.title });
    line(&out, { tr("Instansi"), doc.agencyName });
    if (!doc.scopeName.isEmpty())
        line(&out, { tr("Unit"), doc.scopeName });
    line(&out,
         { tr("Periode"), doc.period.from.toString(Qt::ISODate),
           doc.period.to.toString(Qt::ISODate) });
    const QDateTime local = doc.generatedAt.toLocalTime();
    line(&out,
         { tr("Dibuat"), local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate) });
    for (const auto &table : doc.tables) {
        out.append(QLatin1String("\r\n"));
        line(&out, { table.heading });
        line(&out, table.columns);
        for (const auto &row : table.rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells.append(csvValue(value));
            line(&out, cells);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool Reports::writeCsv(const ReportDocument &doc, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(doc)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Berkas %1 tidak dapat ditulis: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace lapor
