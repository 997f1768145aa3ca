#include "core/identity.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "reports/dashboardquery.h"
#include "reports/reportdocument.h"
#include "reports/supervisionsetup.h"

#include <QDate>
#include <QLocale>
#include <QTimeZone>

namespace lapor {

// report --period YYYY-MM --format pdf|csv --out FILE [--kind rekap|overdue] [--unit ID]
//        [--as-of ISO-8601]
// The scope is the signed-in user's (their unit; the agency for a coordinator) unless
// --unit names one; docs/reports.md defines every figure.
int reportCommand(CtlContext &context)
{
    if (!context.arguments.isEmpty()) {
        CtlOutput::line(context.err, Ctl::tr("report tidak menerima argumen selain opsi."));
        return Exit::Usage;
    }
    const auto period = ReportPeriod::fromMonth(context.option("period"));
    if (!period) {
        CtlOutput::line(context.err,
                        Ctl::tr("--period harus berbentuk TAHUN-BULAN, misalnya 2026-10."));
        return Exit::Usage;
    }
    const QString format = context.option("format");
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")) {
        CtlOutput::line(context.err, Ctl::tr("--format harus pdf atau csv."));
        return Exit::Usage;
    }
    const QString out = context.option("out");
    if (out.isEmpty()) {
        CtlOutput::line(context.err, Ctl::tr("--out BERKAS wajib diisi."));
        return Exit::Usage;
    }
    const QString kind = context.flag("kind") ? context.option("kind") : QStringLiteral("rekap");
    if (kind != QLatin1String("rekap") && kind != QLatin1String("overdue")) {
        CtlOutput::line(context.err, Ctl::tr("--kind harus rekap atau overdue."));
        return Exit::Usage;
    }
    QDateTime asOf;
    if (context.flag("as-of")) {
        asOf = QDateTime::fromString(context.option("as-of"), Qt::ISODate);
        if (!asOf.isValid()) {
            CtlOutput::line(context.err,
                            Ctl::tr("--as-of harus waktu ISO 8601, misalnya "
                                    "2026-10-31T23:59:59+07:00."));
            return Exit::Usage;
        }
    }

    const Identity identity = Identity::load(context.profile->settings());
    const WorkingCalendar calendar = SupervisionSetup::calendar(*context.database, identity);
    SupervisionScope scope = SupervisionSetup::scope(identity);
    if (context.flag("unit")) {
        scope.unitId = context.option("unit");
        scope.unitName = scope.unitId;
    }
    DashboardQuery query(*context.database, calendar);
    if (asOf.isValid())
        query.setNow(asOf);
    const QDateTime generated = QDateTime::currentDateTimeUtc();
    QString error;
    ReportDocument doc;
    if (kind == QLatin1String("overdue")) {
        auto cases = query.overdueCases(scope, *period, -1, &error);
        if (!cases) {
            CtlOutput::line(context.err, error);
            return Exit::Failed;
        }
        doc = Reports::overdue(scope, *period, *cases, calendar, generated);
    } else {
        auto stats = query.compute(scope, *period, &error);
        if (!stats) {
            CtlOutput::line(context.err, error);
            return Exit::Failed;
        }
        doc = Reports::rekap(*stats, generated);
    }
    const bool ok = format == QLatin1String("pdf") ? Reports::writePdf(doc, out, QLocale(), &error)
                                                   : Reports::writeCsv(doc, out, &error);
    if (!ok) {
        CtlOutput::line(context.err, error);
        return Exit::Failed;
    }
    CtlOutput::line(
        context.out,
        Ctl::tr("Laporan %1 %2 ditulis ke %3").arg(kind, period->label(QLocale()), out));
    return Exit::Ok;
}

} // namespace lapor
