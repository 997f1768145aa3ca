#include "notadinasnumber.h"

#include <QRegularExpression>
#include <QStringList>

namespace lapor {

namespace {

const QStringList &knownPlaceholders()
{
    static const QStringList known { QStringLiteral("n"),      QStringLiteral("yyyy"),
                                     QStringLiteral("yy"),     QStringLiteral("mm"),
                                     QStringLiteral("romawi"), QStringLiteral("unit") };
    return known;
}

} // namespace

QString NotaDinasNumber::romanMonth(int month)
{
    static const char *const roman[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    return month >= 1 && month <= 12 ? QString::fromLatin1(roman[month - 1]) : QString();
}

QString NotaDinasNumber::check(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return tr("Pola nomor nota dinas masih kosong. Contoh: %1").arg(defaultPattern());
    if (pattern.size() > kMaxPattern)
        return tr("Pola nomor nota dinas terlalu panjang (maksimal %1 karakter).").arg(kMaxPattern);
    for (const QChar ch : pattern) {
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator
            || ch == QChar::ParagraphSeparator)
            return tr("Pola nomor nota dinas tidak boleh memuat baris baru atau karakter "
                      "kendali.");
    }
    int counters = 0;
    bool year = false;
    int at = 0;
    while (at < pattern.size()) {
        const QChar ch = pattern.at(at);
        if (ch == QLatin1Char('}'))
            return tr("Pola nomor nota dinas memuat \"}\" tanpa \"{\" pasangannya.");
        if (ch != QLatin1Char('{')) {
            ++at;
            continue;
        }
        const int close = pattern.indexOf(QLatin1Char('}'), at + 1);
        const int nextOpen = pattern.indexOf(QLatin1Char('{'), at + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return tr("Pola nomor nota dinas memuat \"{\" yang tidak ditutup dengan \"}\".");
        const QString name = pattern.mid(at + 1, close - at - 1);
        if (!knownPlaceholders().contains(name))
            return tr("Isian {%1} tidak dikenal dalam pola nomor nota dinas. Yang dapat dipakai: "
                      "{n}, {yyyy}, {yy}, {mm}, {romawi}, {unit}.")
                .arg(name);
        if (name == QLatin1String("n"))
            ++counters;
        year = year || name == QLatin1String("yyyy") || name == QLatin1String("yy");
        at = close + 1;
    }
    if (counters == 0)
        return tr("Pola nomor nota dinas harus memuat {n}, nomor urut dalam tahun itu.");
    if (counters > 1)
        return tr("Pola nomor nota dinas memuat {n} lebih dari sekali.");
    if (!year)
        return tr("Pola nomor nota dinas harus memuat tahun ({yyyy} atau {yy}): nomor urutnya "
                  "mulai lagi dari 1 setiap tahun.");
    return {};
}

QString NotaDinasNumber::format(const QString &pattern, int n, QDate date, const QString &unitCode)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("n"))
            out += QString::number(n);
        else if (name == QLatin1String("yyyy"))
            out += QString::number(date.year());
        else if (name == QLatin1String("yy"))
            out += QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("mm"))
            out += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("romawi"))
            out += romanMonth(date.month());
        else if (name == QLatin1String("unit"))
            out += unitCode;
        else
            out += match.captured(0);
        last = match.capturedEnd();
    }
    out += pattern.mid(last);
    return out;
}

} // namespace lapor
