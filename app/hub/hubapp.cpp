#include "hubapp.h"

#include "authservice.h"
#include "configfile.h"
#include "core/ownerfiles.h"
#include "generator.h"
#include "hubclock.h"
#include "hubdatabase.h"
#include "hubserver.h"
#include "hubstore.h"
#include "laporversion.h"
#include "routes.h"
#include "textgen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "laporhub: %s\n", qPrintable(message));
    return code;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    return address->setAddress(host);
}

bool hasDefaultPasswords(SqliteDb &db)
{
    auto &q = db.prepare("SELECT count(*) FROM users WHERE default_password = 1");
    const bool found = q.step() && q.int64(0) > 0;
    q.reset();
    return found;
}

int setPassword(SqliteDb &db, const QString &username)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 8 && password != Generator::defaultPassword())
        return fail(u"the new password needs at least 8 characters"_s);
    Transaction tx(db);
    db.prepare("UPDATE users SET password_hash = ?, default_password = ? WHERE username = ?")
        .bind(1, AuthService::hashPassword(password))
        .bind(2, password == Generator::defaultPassword())
        .bind(3, username)
        .exec();
    if (db.changes() != 1)
        return fail(u"no user %1"_s.arg(username));
    // Sessions opened with the old password end now.
    db.prepare("UPDATE sessions SET revoked = 1 WHERE user_id = "
               "(SELECT id FROM users WHERE username = ?)")
        .bind(1, username)
        .exec();
    db.prepare(
          "DELETE FROM access_tokens WHERE user_id = (SELECT id FROM users WHERE username = ?)")
        .bind(1, username)
        .exec();
    tx.commit();
    std::fprintf(stderr, "laporhub: password of %s changed\n", qPrintable(username));
    return 0;
}

int setDisabled(SqliteDb &db, const QString &username, bool disabled)
{
    try {
        Transaction tx(db);
        if (!HubStore(db).setUserDisabled(username, disabled))
            return fail(u"no user %1"_s.arg(username));
        tx.commit();
    } catch (const SqlError &e) {
        return fail(u"cannot change %1: %2"_s.arg(username, QString::fromUtf8(e.what())), 3);
    }
    std::fprintf(stderr, "laporhub: %s %s\n", qPrintable(username),
                 disabled ? "disabled" : "enabled");
    return 0;
}

// The --tls-cert file may hold the server certificate followed by its intermediates: all of
// them are sent, so a client that trusts only the root can build the chain. The key may
// be RSA or EC.
bool loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *config,
             QString *error)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate or key"_s;
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (chain.isEmpty() || chain.first().isNull() || key.isNull()) {
        *error = u"the TLS certificate or key is not valid PEM (an RSA or EC key)"_s;
        return false;
    }
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    config->setPeerVerifyMode(QSslSocket::VerifyNone); // clients sign in with a password
    return true;
}

int positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value > 0 && value <= 1'000'000 ? value : -1;
}

} // namespace

int runHub(int argc, char **argv)
{
    OwnerFiles::restrictNewFiles();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"laporhub"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LAPOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reference hub for LAPOR Desk: the SP4N-LAPOR! hub API (/v1, docs/hub-api.md) for "
        "training sessions, demos and integration tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(u"data"_s, u"Data folder (created if missing)."_s, u"DIR"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address and port; port 0 picks a free one."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption generate(
        u"generate"_s, u"Generate a training dataset with N cases (new data folder only)."_s,
        u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated dataset."_s, u"S"_s, u"1"_s);
    const QCommandLineOption today(
        u"today"_s, u"Dataset date (YYYY-MM-DD); default: the current date."_s, u"DATE"_s);
    const QCommandLineOption simulate(
        u"simulate"_s,
        u"Enable the /v1/sim routes (complaints, replies, faults, the clock); needs a loopback "
        "--listen address."_s);
    const QCommandLineOption clockOffset(
        u"clock-offset"_s,
        u"For tests: run the hub's clock SECONDS ahead (negative: behind). Needs --simulate "
        "and a loopback --listen address."_s,
        u"SECONDS"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, u"PEM certificate for HTTPS."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key for HTTPS."_s, u"FILE"_s);
    const QCommandLineOption passwordGrant(
        u"allow-password-grant"_s,
        u"Accept POST /v1/auth/token (user name and password as JSON): for training and "
        "tests only; implied by --simulate. Without it people sign in in a browser or with "
        "a device code."_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s, u"Access-token lifetime."_s, u"SECONDS"_s,
                                      u"900"_s);
    const QCommandLineOption setPass(
        u"set-password"_s, u"Read a new password for USER from stdin and exit."_s, u"USER"_s);
    const QCommandLineOption disableUser(
        u"disable-user"_s,
        u"Disable USER's account (sign-in, refresh and tokens refused) and exit."_s, u"USER"_s);
    const QCommandLineOption enableUser(
        u"enable-user"_s, u"Enable USER's account again (old sessions stay ended) and exit."_s,
        u"USER"_s);
    const QCommandLineOption headerTimeout(
        u"header-timeout"_s,
        u"Seconds a connection has to send a request's headers (and between body bytes)."_s,
        u"SECONDS"_s, QString::number(ConnectionLimits::kDefaultHeaderTimeoutMs / 1000));
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s, u"Seconds an idle keep-alive connection stays open."_s, u"SECONDS"_s,
        QString::number(ConnectionLimits::kDefaultIdleTimeoutMs / 1000));
    const QCommandLineOption maxConnections(
        u"max-connections"_s, u"Simultaneous connections; more are answered 503 and closed."_s,
        u"N"_s, QString::number(ConnectionLimits::kDefaultMaxConnections));
    const QCommandLineOption configFile(
        u"config"_s,
        u"Read options from FILE, KEY=value lines named like the long options (data=DIR, "
        "listen=HOST:PORT, allow-password-grant=yes, ...); the command line wins."_s,
        u"FILE"_s);
    parser.addOptions({ configFile, data, listen, generate, seed, today, simulate, clockOffset,
                        tlsCert, tlsKey, tokenTtl, setPass, disableUser, enableUser, headerTimeout,
                        idleTimeout, maxConnections, passwordGrant });
    parser.process(app);
    if (parser.isSet(configFile)) {
        QString error;
        const QStringList fromFile = ConfigFile::readFile(parser.value(configFile), &error);
        if (!error.isEmpty())
            return fail(error, 2);
        // The file's options come first, so that a value on the command line overrides them.
        const QStringList given = QCoreApplication::arguments();
        parser.process(QStringList { given.first() } + fromFile + given.mid(1));
    }

    if (!parser.isSet(data))
        return fail(u"--data DIR is required (see --help)"_s, 2);
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port))
        return fail(u"--listen expects HOST:PORT, e.g. 127.0.0.1:0"_s, 2);
    bool ok = false;
    const int cases = parser.isSet(generate) ? parser.value(generate).toInt(&ok) : 0;
    if (parser.isSet(generate) && (!ok || cases < 0 || cases > 5'000'000))
        return fail(u"--generate expects a number of cases up to 5000000"_s, 2);
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed expects a non-negative integer"_s, 2);
    HubConfig config;
    config.simulate = parser.isSet(simulate);
    // The simulation routes make complaints, disable accounts and inject faults without
    // signing in: only for a hub no one else can reach.
    if (config.simulate && !address.isLoopback())
        return fail(u"--simulate needs a loopback --listen address (127.0.0.1 or ::1); the "
                    "simulation routes need no sign-in"_s,
                    2);
    ConnectionLimits limits;
    limits.headerTimeoutMs = positiveOption(parser, headerTimeout) * 1000;
    limits.idleTimeoutMs = positiveOption(parser, idleTimeout) * 1000;
    limits.maxConnections = positiveOption(parser, maxConnections);
    if (limits.headerTimeoutMs <= 0 || limits.idleTimeoutMs <= 0 || limits.maxConnections <= 0
        || limits.headerTimeoutMs > 3'600'000 || limits.idleTimeoutMs > 3'600'000)
        return fail(u"--header-timeout, --idle-timeout (1 to 3600 seconds) and "
                    "--max-connections expect positive numbers"_s,
                    2);
    config.allowPasswordGrant = config.simulate || parser.isSet(passwordGrant);
    config.https = parser.isSet(tlsCert);
    // A hub that real clients reach keeps real time: the clock moves only for tests.
    config.adjustableClock = HubClock::adjustable(config.simulate, address);
    if (parser.isSet(clockOffset)) {
        const qint64 offset = parser.value(clockOffset).toLongLong(&ok);
        if (!ok || qAbs(offset) > HubClock::kMaxOffset)
            return fail(u"--clock-offset expects seconds, at most ten years either way"_s, 2);
        if (!config.adjustableClock)
            return fail(u"--clock-offset needs --simulate and a loopback --listen address"_s, 2);
        HubClock::setOffset(offset);
    }
    const QDate day = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate)
                                          : QDateTime::fromSecsSinceEpoch(HubClock::now()).date();
    if (!day.isValid())
        return fail(u"--today expects YYYY-MM-DD"_s, 2);
    config.accessTtl = parser.value(tokenTtl).toInt(&ok);
    if (!ok || config.accessTtl < 1)
        return fail(u"--token-ttl expects a positive number of seconds"_s, 2);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(u"--tls-cert and --tls-key go together"_s, 2);

    if (parser.isSet(disableUser) && parser.isSet(enableUser))
        return fail(u"--disable-user and --enable-user cannot go together"_s, 2);

    HubDatabase database(parser.value(data));
    QString error;
    if (!database.open(&error))
        return fail(error, 3);
    if (parser.isSet(setPass))
        return setPassword(database.db(), parser.value(setPass));
    if (parser.isSet(disableUser) || parser.isSet(enableUser)) {
        const bool disabled = parser.isSet(disableUser);
        return setDisabled(database.db(), parser.value(disabled ? disableUser : enableUser),
                           disabled);
    }

    try {
        if (database.isNew()) {
            QElapsedTimer timer;
            timer.start();
            TextGen text;
            HubStore store(database.db());
            Generator generator(store, text);
            const GeneratorOptions options { cases, seedValue, day };
            database.createWith([&] {
                generator.writeBase(options);
                generator.writeCases(options);
                store.setMeta(u"generated"_s,
                              u"cases=%1 seed=%2 today=%3"_s.arg(cases).arg(seedValue).arg(
                                  day.toString(Qt::ISODate)));
            });
            std::fprintf(stderr, "laporhub: generated %d cases in %.2f s\n", cases,
                         double(timer.elapsed()) / 1000.0);
        } else if (parser.isSet(generate)) {
            std::fprintf(stderr,
                         "laporhub: the data folder already holds a dataset; "
                         "--generate ignored\n");
        }
        // Housekeeping: expired access tokens and week-old idempotency records.
        database.db()
            .prepare("DELETE FROM access_tokens WHERE expires_at < ?")
            .bind(1, HubClock::now())
            .exec();
        database.db()
            .prepare("DELETE FROM idempotency WHERE created_at < ?")
            .bind(1, HubClock::now() - 604800)
            .exec();
    } catch (const SqlError &e) {
        return fail(u"cannot prepare the data folder: %1"_s.arg(QString::fromUtf8(e.what())), 3);
    }

    if (!address.isLoopback() && hasDefaultPasswords(database.db())) {
        return fail(u"refusing to listen on %1 while training accounts still have the default "
                    "password; change them with --set-password USER or listen on 127.0.0.1"_s.arg(
                        address.toString()),
                    2);
    }

    QSslConfiguration tls;
    if (parser.isSet(tlsCert)) {
        QString tlsError;
        if (!loadTls(parser.value(tlsCert), parser.value(tlsKey), &tls, &tlsError))
            return fail(tlsError, 2);
    }
    Routes api(database.db(), config);
    HubServer server(api, limits);
    QString scheme = u"http"_s;
    if (parser.isSet(tlsCert)) {
        server.setTls(tls);
        scheme = u"https"_s;
    }
    const quint16 bound = server.listen(address, port) ? server.serverPort() : 0;
    if (bound == 0)
        return fail(u"cannot listen on %1"_s.arg(parser.value(listen)), 4);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString())
        : address.toString();
    // The first stdout line is a contract with HubProcess and lapordesk --training.
    std::printf("listening on %s://%s:%u\n", qPrintable(scheme), qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}

} // namespace lapor::hub
