#include "reportdocument.h"

#include "core/caseprivacy.h"

#include <QLocale>

namespace lapor {

namespace {

QVariant decimal(double value)
{
    return QVariant(double(qRound(value * 10)) / 10.0);
}

QVariant optionalDecimal(bool present, double value)
{
    return present ? decimal(value) : QVariant();
}

} // namespace

const ReportTable *ReportDocument::table(const QString &heading) const
{
    for (const auto &t : tables) {
        if (t.heading == heading)
            return &t;
    }
    return nullptr;
}

ReportDocument Reports::rekap(const SupervisionStats &s, const QDateTime &generatedAt)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("rekap");
    doc.title = tr("Rekapitulasi Pengelolaan Pengaduan");
    doc.agencyName = s.scope.agencyName;
    doc.scopeName = s.scope.isAgency() ? QString() : s.scope.unitName;
    doc.period = s.period;
    doc.generatedAt = generatedAt.toUTC();

    const auto percent = s.response.onTimePercent();
    ReportTable summary { tr("Ringkasan"), { tr("Ukuran"), tr("Nilai") }, {} };
    summary.rows = {
        { tr("Laporan diterima"), s.received },
        { tr("Sudah ditindaklanjuti"), s.answered },
        { tr("Ditindaklanjuti ≤ 5 hari kerja"), s.response.onTime },
        { tr("Ditindaklanjuti > 5 hari kerja"), s.response.late },
        { tr("Belum ditindaklanjuti, lewat 5 hari kerja"), s.response.missed },
        { tr("Belum ditindaklanjuti, masih dalam 5 hari kerja"), s.response.pending },
        { tr("Dijawab ≤ 5 hari kerja (%)"),
          optionalDecimal(percent.has_value(), percent.value_or(0)) },
        { tr("Rata-rata hari kerja sampai tindak lanjut pertama"),
          optionalDecimal(s.answered > 0, s.averageDays) },
        { tr("Laporan terlambat saat ini"), s.overdue.count },
        { tr("Penilaian warga: jumlah"), s.ratings.rated },
        { tr("Penilaian warga: rata-rata (1–5)"),
          optionalDecimal(s.ratings.rated > 0, s.ratings.average) },
    };
    doc.tables.append(summary);

    ReportTable status { tr("Laporan per status"), { tr("Status"), tr("Jumlah") }, {} };
    for (const auto &f : s.byStatus)
        status.rows.append({ Status::label(f.status), f.count });
    doc.tables.append(status);

    ReportTable weeks { tr("Diterima dan ditindaklanjuti per minggu"),
                        { tr("Minggu"), tr("Dari"), tr("Sampai"), tr("Diterima"),
                          tr("Ditindaklanjuti") },
                        {} };
    for (const auto &w : s.weeks)
        weeks.rows.append(
            { QStringLiteral("%1-W%2").arg(w.isoYear).arg(w.week, 2, 10, QLatin1Char('0')), w.from,
              w.to, w.received, w.followedUp });
    doc.tables.append(weeks);

    auto groupTable = [](const QString &heading, const QString &first,
                         const QList<GroupFigure> &groups) {
        ReportTable t { heading,
                        { first, tr("Ditindaklanjuti"), tr("≤ 5 hari kerja"),
                          tr("Belum, lewat 5 hari kerja"), tr("Rata-rata hari kerja") },
                        {} };
        for (const auto &g : groups)
            t.rows.append(
                { g.id.isEmpty() && first == tr("Petugas") ? tr("(belum ditugaskan)") : g.name,
                  g.answered, g.onTime, g.missed, optionalDecimal(g.answered > 0, g.averageDays) });
        return t;
    };
    doc.tables.append(groupTable(tr("Tindak lanjut pertama per unit"), tr("Unit"), s.byUnit));
    doc.tables.append(
        groupTable(tr("Tindak lanjut pertama per petugas"), tr("Petugas"), s.byOfficer));

    ReportTable ratings { tr("Penilaian warga"), { tr("Bintang"), tr("Jumlah") }, {} };
    for (int i = 0; i < 5; ++i)
        ratings.rows.append({ i + 1, s.ratings.counts[i] });
    doc.tables.append(ratings);

    ReportTable overdue { tr("Laporan terlambat menurut lama keterlambatan"),
                          { tr("Terlambat"), tr("Jumlah") },
                          {} };
    for (int i = 0; i < OverdueFigure::kBuckets; ++i)
        overdue.rows.append({ OverdueFigure::bucketLabel(i), s.overdue.buckets[i] });
    doc.tables.append(overdue);
    return doc;
}

ReportDocument Reports::overdue(const SupervisionScope &scope, const ReportPeriod &period,
                                const QList<OverdueCase> &cases, const WorkingCalendar &calendar,
                                const QDateTime &generatedAt)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("overdue");
    doc.title = tr("Daftar Laporan Terlambat");
    doc.agencyName = scope.agencyName;
    doc.scopeName = scope.isAgency() ? QString() : scope.unitName;
    doc.period = period;
    doc.generatedAt = generatedAt.toUTC();

    ReportTable summary { tr("Ringkasan"), { tr("Ukuran"), tr("Nilai") }, {} };
    summary.rows = { { tr("Laporan terlambat"), int(cases.size()) } };
    doc.tables.append(summary);

    ReportTable list { tr("Laporan terlambat"),
                       { tr("No. laporan"), tr("Judul"), tr("Pelapor"), tr("Unit"), tr("Petugas"),
                         tr("Status"), tr("Tenggat"), tr("Terlambat (hari kerja)") },
                       {} };
    for (const auto &c : cases) {
        // The due instant is the end of the due day; the day itself is the one before.
        const QDate dueDay = calendar.localDate(c.dueAt.addSecs(-1));
        // Applied here too, whatever the list was read from.
        const CasePrivacy privacy(c.anonymous, c.confidential);
        list.rows.append({ c.trackingId, privacy.content(c.title), privacy.reporter(c.reporter),
                           c.unitName, c.assigneeName, Status::label(c.status), dueDay,
                           c.workingDaysLate });
    }
    doc.tables.append(list);
    return doc;
}

QString Reports::displayText(const QVariant &value, const QLocale &locale)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QStringLiteral("–");
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'f', 1);
    case QMetaType::Int: // a quantity
        return locale.toString(value.toInt());
    case QMetaType::LongLong: // a tracking id: never grouped
        return QString::number(value.toLongLong());
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    default:
        return value.toString();
    }
}

QString Reports::generatedText(const ReportDocument &doc, const QLocale &locale)
{
    return locale.toString(doc.generatedAt.toLocalTime(), QLocale::LongFormat);
}

QString Reports::periodText(const ReportDocument &doc, const QLocale &locale)
{
    return doc.period.label(locale);
}

} // namespace lapor
