// Reports::toCsv (app/reports/reportdocument.h): whatever the cells hold, the output is
// RFC 4180 (UTF-8 with a BOM, CRLF records, quoted fields) and reads back to the same
// text, with cells that look like formulas kept as text.
#include "fuzzcheck.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <cstring>
#include <optional>

using namespace lapor;

namespace {

// Hands out the fuzz input piece by piece; zeros once it runs out.
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }
    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    template<typename T> T value()
    {
        unsigned char raw[sizeof(T)] = {};
        for (auto &b : raw)
            b = byte();
        T out;
        std::memcpy(&out, raw, sizeof(T));
        return out;
    }
    QString text()
    {
        const size_t length = std::min<size_t>(byte(), m_size - std::min(m_pos, m_size));
        const auto raw
            = QByteArray(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(length));
        m_pos += length;
        return QString::fromUtf8(raw);
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

QVariant cell(Bytes &in)
{
    switch (in.byte() % 8) {
    case 0:
        return {};
    case 1:
        return in.value<int>();
    case 2:
        return in.value<qlonglong>();
    case 3:
        return in.value<double>();
    case 4:
        return QDate::fromJulianDay(in.value<int32_t>());
    case 5:
        return in.value<uint8_t>() % 2 == 0;
    case 6:
        return QDateTime::fromSecsSinceEpoch(in.value<int32_t>(), Qt::UTC);
    default:
        return in.text();
    }
}

ReportDocument document(Bytes &in)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("rekap");
    doc.title = in.text();
    doc.agencyName = in.text();
    doc.scopeName = in.text();
    doc.period.from = QDate::fromJulianDay(2461000 + in.byte());
    doc.period.to = doc.period.from.addDays(in.byte());
    doc.generatedAt = QDateTime::fromSecsSinceEpoch(in.value<uint32_t>(), Qt::UTC);
    while (!in.atEnd() && doc.tables.size() < 6) {
        ReportTable table;
        table.heading = in.text();
        for (int i = in.byte() % 7; i > 0; --i)
            table.columns.append(in.text());
        for (int r = in.byte() % 8; r > 0; --r) {
            QVariantList row;
            for (int c = in.byte() % 8; c > 0; --c)
                row.append(cell(in));
            table.rows.append(row);
        }
        doc.tables.append(table);
    }
    return doc;
}

// A strict RFC 4180 reader: CRLF after every record, quotes only around whole fields,
// doubled inside. Nothing when the text breaks a rule.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < text.size()) {
        QString field;
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < text.size() && text.at(i) != QLatin1Char(',')
                   && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return std::nullopt; // must have been quoted
                field += text.at(i++);
            }
        }
        record.append(field);
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (text.mid(i, 2) != QLatin1String("\r\n"))
            return std::nullopt; // a record ends with CRLF, also the last one
        i += 2;
        records.append(record);
        record.clear();
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

// CSV cannot tell a record with no fields from one with a single empty field.
QStringList normalised(const QStringList &cells)
{
    return cells.isEmpty() ? QStringList { QString() } : cells;
}

void checkCell(const QVariant &value, const QString &written)
{
    const QByteArray shown = written.toUtf8();
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        FUZZ_CHECK(written.isEmpty(), "null written as [%s]", shown.constData());
        return;
    case QMetaType::Int:
    case QMetaType::LongLong: {
        bool ok = false;
        FUZZ_CHECK(written.toLongLong(&ok) == value.toLongLong() && ok, "integer written as [%s]",
                   shown.constData());
        return;
    }
    case QMetaType::QDate:
        if (value.toDate().isValid() && value.toDate().year() >= 1000
            && value.toDate().year() <= 9999)
            FUZZ_CHECK(QDate::fromString(written, Qt::ISODate) == value.toDate(),
                       "date written as [%s]", shown.constData());
        return;
    case QMetaType::Double:
        FUZZ_CHECK(!written.contains(QLatin1Char(',')), "decimal comma in [%s]", shown.constData());
        return;
    default:
        break;
    }
    const QString text = value.toString();
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStart.contains(text.front()))
        FUZZ_CHECK(written == QLatin1Char('\'') + text, "formula not neutralised: [%s]",
                   shown.constData());
    else
        FUZZ_CHECK(written == text, "cell text changed: [%s] -> [%s]", text.toUtf8().constData(),
                   shown.constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Bytes in(data, size);
    const ReportDocument doc = document(in);
    const QByteArray csv = Reports::toCsv(doc);
    FUZZ_CHECK(csv.startsWith("\xEF\xBB\xBF"), "no byte order mark");
    const QString text = QString::fromUtf8(csv.mid(3));
    FUZZ_CHECK(text.toUtf8() == csv.mid(3), "not valid UTF-8");
    const auto records = parseCsv(text);
    FUZZ_CHECK(records.has_value(), "not RFC 4180:\n%s", csv.constData());

    // The preamble: title, agency, optional unit, period, time of generation.
    qsizetype r = 0;
    auto next = [&]() -> QStringList {
        FUZZ_CHECK(r < records->size(), "only %lld records", qlonglong(records->size()));
        return records->at(r++);
    };
    FUZZ_CHECK(next() == QStringList({ QStringLiteral("Laporan"), doc.title }), "title record");
    FUZZ_CHECK(next() == QStringList({ QStringLiteral("Instansi"), doc.agencyName }),
               "agency record");
    if (!doc.scopeName.isEmpty())
        FUZZ_CHECK(next() == QStringList({ QStringLiteral("Unit"), doc.scopeName }), "unit record");
    FUZZ_CHECK(next().size() == 3, "period record");
    FUZZ_CHECK(next().size() == 2, "generation record");
    for (const ReportTable &table : doc.tables) {
        FUZZ_CHECK(next() == QStringList { QString() }, "no blank line before a table");
        FUZZ_CHECK(next() == QStringList { table.heading }, "heading record");
        FUZZ_CHECK(next() == normalised(table.columns), "column record");
        for (const QVariantList &row : table.rows) {
            const QStringList cells = next();
            if (row.isEmpty()) {
                FUZZ_CHECK(cells == QStringList { QString() }, "an empty row has cells");
                continue;
            }
            FUZZ_CHECK(cells.size() == row.size(), "%lld cells written for %lld",
                       qlonglong(cells.size()), qlonglong(row.size()));
            for (qsizetype c = 0; c < row.size(); ++c)
                checkCell(row.at(c), cells.at(c));
        }
    }
    FUZZ_CHECK(r == records->size(), "%lld records left over", qlonglong(records->size() - r));
    return 0;
}
