#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lapor {

// The number of a nota dinas, made from the agency's pattern (docs/drafting.md, "Nota
// dinas"): `800/{n}/{unit}/{yyyy}` gives 800/12/DPUPR/2026 for the 12th memo of 2026.
//
//   {n}       the running number in the year: 1, 2, … (required, once)
//   {yyyy}    the year, 2026; {yy} 26 (one of the two is required: the counter is per year)
//   {mm}      the month, 01–12; {romawi} the month in Roman numerals, I–XII
//   {unit}    the unit's code (Pengaturan → Nota dinas; else the unit's id, in capitals)
//
// Anything else is copied as it stands. The counter itself lives in the store
// (NotaDinasRepository); this class only checks patterns and spells numbers.
class NotaDinasNumber
{
    Q_DECLARE_TR_FUNCTIONS(lapor::NotaDinasNumber)

public:
    static QString defaultPattern() { return QStringLiteral("800/{n}/{unit}/{yyyy}"); }
    static constexpr int kMaxPattern = 80;

    // Why `pattern` cannot number memos, in plain words; empty when it can.
    static QString check(const QString &pattern);
    // The number for running number `n` on `date`. The pattern must pass check().
    static QString format(const QString &pattern, int n, QDate date, const QString &unitCode);
    static QString romanMonth(int month);
};

} // namespace lapor
