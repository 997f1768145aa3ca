#include "hubaddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace lapor::HubAddress {

bool isLoopbackHost(const QString &host)
{
    // Parsed by hand: core stays free of QtNetwork.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host == QLatin1String("::1"))
        return true;
    const auto parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    for (const auto &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QString problem(const QString &address)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    auto tr = [](const char *text) {
        return QCoreApplication::translate("lapor::HubAddress", text);
    };
    if (!url.isValid() || url.host().isEmpty())
        return tr("Alamat hub harus berupa URL lengkap, misalnya https://hub.lapor.go.id.");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (url.scheme() == QLatin1String("http"))
        return tr("Hub di jaringan harus memakai https agar kata sandi dan laporan warga "
                  "tidak terbaca orang lain.");
    return tr("Alamat hub harus diawali https://.");
}

QString normalized(const QString &address)
{
    QString out = address.trimmed();
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

} // namespace lapor::HubAddress
