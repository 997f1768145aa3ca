#include "core/hubaddress.h"
#include "core/terminaltext.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "ctloutput.h"
#include "hubapi/devicesignin.h"
#include "hubapi/hubclient.h"
#include "hubapi/offlineverifier.h"
#include "hubsession.h"
#include "protocol/oauth.h"
#include "store/caserepository.h"
#include "sync/disabledaccount.h"
#include "sync/hubaccount.h"
#include "sync/personsignin.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>

namespace lapor {

namespace {

template<typename Object, typename Signal> void waitFor(Object *object, Signal signal)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

int exitCodeFor(const HubError &error)
{
    if (error.ok())
        return Exit::Ok;
    if (error.isAuth() || error.isAccountDisabled())
        return Exit::Auth;
    if (error.kind == HubError::Kind::Network || error.kind == HubError::Kind::Timeout
        || error.kind == HubError::Kind::Tls || error.isTransient())
        return Exit::Network;
    return Exit::Failed;
}

} // namespace

int withdrawDisabled(CtlContext &context)
{
    QString error;
    const auto outcome = DisabledAccount::apply(*context.profile, *context.database,
                                                QDateTime::currentDateTimeUtc(), &error);
    CtlOutput::line(context.err,
                    outcome ? DisabledAccount::message(*outcome)
                            : HubError::accountDisabled().userMessage() + QLatin1String(" (")
                            + error + QLatin1Char(')'));
    return Exit::Auth;
}

namespace {

// Logs in with a password from stdin; prints why not and returns the exit code.
int loginWithStdinPassword(CtlContext &context, HubAccount &account)
{
    const QString password = CtlContext::readStdinLine();
    if (password.isEmpty()) {
        context.err << Ctl::tr("Kata sandi kosong pada masukan standar.") << Qt::endl;
        return Exit::Usage;
    }
    auto *call = account.client().login(account.username(), password);
    waitFor(call, &HubCall::finished);
    call->deleteLater();
    if (call->error().isAccountDisabled())
        return withdrawDisabled(context);
    if (!call->error().ok()) {
        context.err << (call->status() == 401 ? Ctl::tr("Nama pengguna atau kata sandi salah.")
                                              : TerminalText::safe(call->error().userMessage()))
                    << Qt::endl;
        return exitCodeFor(call->error());
    }
    account.rememberLogin();
    OfflineVerifier::remember(context.profile->settings(), password);
    QString error;
    if (!DisabledAccount::clear(*context.database, &error))
        CtlOutput::line(context.err, error);
    return Exit::Ok;
}

// A session for a command that needs the hub: from --password-stdin (this run only) or
// from the token store.
int openSession(CtlContext &context, std::unique_ptr<HubAccount> &account)
{
    const bool stdinPassword = context.flag("password-stdin");
    account = std::make_unique<HubAccount>(*context.profile,
                                           stdinPassword ? TokenStore::Backend::Memory
                                                         : TokenStore::Backend::Keychain);
    if (!account->isConfigured()) {
        context.err << Ctl::tr("Profil ini belum terhubung ke hub. Jalankan dulu: login --hub "
                               "URL --user NAMA --password-stdin")
                    << Qt::endl;
        return Exit::Usage;
    }
    if (stdinPassword)
        return loginWithStdinPassword(context, *account);
    if (DisabledAccount::isDisabled(*context.database)) {
        // Its session went with its data; only a password the hub accepts again helps.
        CtlOutput::line(context.err, HubError::accountDisabled().userMessage());
        return Exit::Auth;
    }
    if (!account->restoreSession()) {
        context.err << Ctl::tr("Tidak ada sesi tersimpan untuk %1. Masuk lagi dengan login, atau "
                               "tambahkan --password-stdin.")
                           .arg(account->username())
                    << Qt::endl;
        return Exit::Auth;
    }
    return Exit::Ok;
}

} // namespace

int openHubSession(CtlContext &context, std::unique_ptr<HubAccount> &account)
{
    return openSession(context, account);
}

int exitCodeForHubError(const HubError &error)
{
    return exitCodeFor(error);
}

namespace {

// After a sign-in the hub accepted: the person's folder is the profile from now on.
int reportSignedIn(CtlContext &context, PersonSignIn &signIn, const QString &hub)
{
    context.profile = signIn.takeProfile();
    const auto account = signIn.takeAccount();
    const bool kept = account->tokens().backend() == TokenStore::Backend::Keychain;
    context.out << Ctl::tr("Masuk sebagai %1 (%2) di %3.")
                       .arg(TerminalText::safe(account->user().displayName),
                            Roles::label(account->user().role), hub)
                << Qt::endl;
    if (!kept)
        context.err << Ctl::tr("Keychain tidak tersedia (%1): sesi tidak disimpan. Tambahkan "
                               "--password-stdin pada setiap perintah yang memerlukan hub.")
                           .arg(account->tokens().keychainProblem())
                    << Qt::endl;
    return Exit::Ok;
}

// RFC 8628: the person signs in in a browser anywhere, with the code printed here; this
// machine never sees the password. The user name comes from the hub's answer.
int deviceLogin(CtlContext &context, const QString &hub)
{
    TokenStore scratch(TokenStore::Backend::Memory);
    HubClient client(HubClient::Settings { QUrl(hub), {}, 30000 }, scratch);
    DeviceSignIn device(client, QLatin1String(protocol::OAuth::kCliClientId));
    QObject::connect(
        &device, &DeviceSignIn::codeReady, &device,
        [&context](const QString &userCode, const QUrl &uri, const QUrl &complete, int expiresIn) {
            context.err << Ctl::tr("Buka %1 di peramban dan ketik kode: %2")
                               .arg(TerminalText::safe(uri.toString()),
                                    TerminalText::safe(userCode))
                        << Qt::endl;
            if (complete.isValid())
                context.err << Ctl::tr("Atau buka langsung: %1")
                                   .arg(TerminalText::safe(complete.toString()))
                            << Qt::endl;
            context.err << Ctl::tr("Kode berlaku %n menit. Menunggu…", nullptr,
                                   qMax(1, expiresIn / 60))
                        << Qt::endl;
        });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&device, &DeviceSignIn::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    device.start();
    loop.exec();
    if (!ok) {
        context.err << TerminalText::safe(device.message()) << Qt::endl;
        return exitCodeFor(device.error());
    }
    PersonSignIn signIn(*context.home, TokenStore::Backend::Keychain);
    QString refused;
    QObject::connect(&signIn, &PersonSignIn::finished, &signIn,
                     [&](PersonSignIn::Outcome outcome, const QString &message) {
                         if (outcome != PersonSignIn::Outcome::SignedIn)
                             refused = message.isEmpty() ? Ctl::tr("Gagal masuk.") : message;
                     });
    signIn.startWithTokens(hub, device.tokens());
    if (!refused.isEmpty()) {
        context.err << TerminalText::safe(refused) << Qt::endl;
        return Exit::Failed;
    }
    return reportSignedIn(context, signIn, hub);
}

} // namespace

int loginCommand(CtlContext &context)
{
    const QString hub = HubAddress::normalized(context.option("hub"));
    const QString user = context.option("user");
    if (context.flag("device")) {
        if (hub.isEmpty()) {
            context.err << Ctl::tr("login --device memerlukan --hub URL.") << Qt::endl;
            return Exit::Usage;
        }
        if (const QString problem = HubAddress::problem(hub); !problem.isEmpty()) {
            context.err << problem << Qt::endl;
            return Exit::Usage;
        }
        return deviceLogin(context, hub);
    }
    if (hub.isEmpty() || user.isEmpty() || !context.flag("password-stdin")) {
        context.err << Ctl::tr("login memerlukan --hub URL --user NAMA --password-stdin.")
                    << Qt::endl;
        return Exit::Usage;
    }
    if (const QString problem = HubAddress::problem(hub); !problem.isEmpty()) {
        context.err << problem << Qt::endl;
        return Exit::Usage;
    }
    // Kept as an absolute path: later commands run from other folders.
    const QString caOption = context.option("ca-file");
    const QString caFile = caOption.isEmpty() ? QString() : QFileInfo(caOption).absoluteFilePath();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable()) {
        context.err << Ctl::tr("Berkas CA %1 tidak ada atau tidak dapat dibaca.").arg(caFile)
                    << Qt::endl;
        return Exit::Usage;
    }
    const QString password = CtlContext::readStdinLine();
    if (password.isEmpty()) {
        context.err << Ctl::tr("Kata sandi kosong pada masukan standar.") << Qt::endl;
        return Exit::Usage;
    }
    // The person's own store, cursor and attachments: signing in as someone else never
    // shows them another's cases.
    PersonSignIn signIn(*context.home, TokenStore::Backend::Keychain);
    signIn.setCaFile(caFile);
    QEventLoop loop;
    QString refused;
    QObject::connect(&signIn, &PersonSignIn::finished, &loop,
                     [&](PersonSignIn::Outcome outcome, const QString &message) {
                         if (outcome != PersonSignIn::Outcome::SignedIn)
                             refused = message.isEmpty() ? Ctl::tr("Gagal masuk.") : message;
                         loop.quit();
                     });
    signIn.start(hub, user, password);
    if (signIn.isRunning())
        loop.exec();
    if (!refused.isEmpty()) {
        context.err << TerminalText::safe(refused) << Qt::endl;
        return signIn.error().ok() ? Exit::Usage : exitCodeFor(signIn.error());
    }
    return reportSignedIn(context, signIn, hub);
}

int logoutCommand(CtlContext &context)
{
    HubAccount account(*context.profile, TokenStore::Backend::Keychain);
    if (account.restoreSession()) {
        auto *call = account.client().logout();
        waitFor(call, &HubCall::finished);
        call->deleteLater();
    }
    account.forgetSession();
    // Nobody is signed in now: the next command names a person with --user.
    if (const auto current = context.home->current();
        current && current->key == context.person->key)
        context.home->clearCurrent();
    context.out << Ctl::tr("Sesi dilupakan.") << Qt::endl;
    return Exit::Ok;
}

int syncCommand(CtlContext &context)
{
    std::unique_ptr<HubAccount> account;
    if (const int code = openSession(context, account); code != Exit::Ok)
        return code;

    // The user's own actions go first, so the pull that follows shows their outcome.
    QString pushed;
    if (const int code = pushOutbox(context, *account, &pushed);
        code == Exit::Network || code == Exit::Auth) {
        context.err << TerminalText::safe(pushed) << Qt::endl;
        context.out << Ctl::tr("gagal: %1").arg(TerminalText::safe(pushed)) << Qt::endl;
        return code;
    }
    context.err << TerminalText::safe(pushed) << Qt::endl;

    const auto calendar = account->calendar(*context.database);
    SyncEngine engine(account->client(), *context.database, calendar);
    if (const int pageSize = context.option("page-size").toInt(); pageSize > 0)
        engine.setPageSize(pageSize);
    const QLocale locale;
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&](qint64 done, qint64 total) {
        context.err
            << Ctl::tr("Sinkronisasi %1/%2").arg(locale.toString(done), locale.toString(total))
            << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::log, &engine, [&](const QString &line) {
        context.err << TerminalText::safe(line) << Qt::endl;
    });
    engine.start();
    if (engine.isRunning())
        waitFor(&engine, &SyncEngine::finished);
    const auto &report = engine.lastReport();
    if (report.error.isAccountDisabled()) {
        context.out << Ctl::tr("gagal: %1").arg(TerminalText::safe(report.error.userMessage()))
                    << Qt::endl;
        return withdrawDisabled(context);
    }
    if (!report.ok) {
        context.err << TerminalText::safe(report.message) << Qt::endl;
        context.out << Ctl::tr("gagal: %1 halaman diterapkan sebelum galat").arg(report.pages)
                    << Qt::endl;
        return exitCodeFor(report.error);
    }
    const auto &c = report.counts;
    context.out << Ctl::tr("ok: %1 laporan, %2 riwayat, %3 draf, %4 dihapus, %5 tidak terbaca, "
                           "%6 permintaan, %7 ms")
                       .arg(c.cases)
                       .arg(c.history)
                       .arg(c.drafts)
                       .arg(c.removed)
                       .arg(c.quarantined)
                       .arg(report.requests)
                       .arg(report.elapsedMs)
                << Qt::endl;
    return Exit::Ok;
}

} // namespace lapor
