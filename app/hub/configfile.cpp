#include "configfile.h"

#include <QFile>
#include <QSet>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

// Keys that take a value, then the flags.
const QStringList kValueKeys
    = { u"data"_s,           u"listen"_s,       u"generate"_s,       u"seed"_s,
        u"today"_s,          u"tls-cert"_s,     u"tls-key"_s,        u"token-ttl"_s,
        u"header-timeout"_s, u"idle-timeout"_s, u"max-connections"_s };
const QStringList kFlagKeys = { u"allow-password-grant"_s };

// A file much larger than any config is a mistake (a log, a database) read by accident.
constexpr qint64 kMaxBytes = 64 * 1024;

} // namespace

QStringList ConfigFile::keys()
{
    return kValueKeys + kFlagKeys;
}

QStringList ConfigFile::arguments(const QByteArray &text, QString *error)
{
    QStringList result;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto lineError = [&](const QString &message) {
            *error = u"line %1: %2"_s.arg(i + 1).arg(message);
            return QStringList();
        };
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            return lineError(u"expected KEY=value, found \"%1\""_s.arg(line.left(80)));
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!keys().contains(key))
            return lineError(
                u"unknown key \"%1\"; known keys: %2"_s.arg(key.left(80), keys().join(u", "_s)));
        if (seen.contains(key))
            return lineError(u"%1 is set twice"_s.arg(key));
        seen.insert(key);
        if (value.isEmpty())
            return lineError(u"%1 has no value"_s.arg(key));
        if (kFlagKeys.contains(key)) {
            if (value == u"yes"_s)
                result << u"--"_s + key;
            else if (value != u"no"_s)
                return lineError(u"%1 expects yes or no, found \"%2\""_s.arg(key, value.left(80)));
        } else {
            result << u"--%1=%2"_s.arg(key, value);
        }
    }
    error->clear();
    return result;
}

QStringList ConfigFile::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the config file %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    if (file.size() > kMaxBytes) {
        *error = u"the config file %1 is larger than %2 KiB; is it the right file?"_s.arg(path).arg(
            kMaxBytes / 1024);
        return {};
    }
    QString lineError;
    const QStringList result = arguments(file.readAll(), &lineError);
    if (!lineError.isEmpty()) {
        *error = u"%1: %2"_s.arg(path, lineError);
        return {};
    }
    error->clear();
    return result;
}

} // namespace lapor::hub
