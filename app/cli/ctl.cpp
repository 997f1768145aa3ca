#include "ctl.h"

#include "core/language.h"
#include "ctlcontext.h"

#include <QCoreApplication>

#include <array>

namespace lapor {

namespace {

// What a command opens before it runs: nothing, the profile folder (and makes it), or
// one person's store in it.
enum class Opens { Nothing, Home, Person };

struct CommandInfo
{
    const char *name;
    CtlCommand run;
    Opens opens;
    const char *summary;
};

constexpr std::array kCommands = {
    CommandInfo {
        "status", statusCommand, Opens::Person,
        QT_TRANSLATE_NOOP("lapor::Ctl",
                          "versi skema, jumlah laporan per status, kursor sinkronisasi") },
    CommandInfo { "login", loginCommand, Opens::Home,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "masuk ke hub (--hub URL --user NAMA --password-stdin, "
                                    "atau --hub URL --device; [--ca-file BERKAS])") },
    CommandInfo { "sync", syncCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "ambil perubahan dari hub ke profil") },
    CommandInfo { "cases", casesCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "daftar laporan di profil (--status S)") },
    CommandInfo { "draft", draftCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "draf tindak lanjut: new --case N --text-file F | edit ID "
                                    "--text-file F | submit ID | resubmit ID | discard ID") },
    CommandInfo { "approvals", approvalsCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "draf yang menunggu persetujuan Anda") },
    CommandInfo { "approve", approveCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "setujui draf: ID --revision R") },
    CommandInfo {
        "reject", rejectCommand, Opens::Person,
        QT_TRANSLATE_NOOP("lapor::Ctl", "kembalikan draf: ID --revision R --comment TEKS") },
    CommandInfo { "nota-dinas", notaDinasCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "nota dinas atas persetujuan atau pengembalian draf: ID "
                                    "--out BERKAS") },
    CommandInfo {
        "forward", forwardCommand, Opens::Person,
        QT_TRANSLATE_NOOP("lapor::Ctl", "disposisi: --case N --unit UNIT [--note TEKS]") },
    CommandInfo {
        "note", noteCommand, Opens::Person,
        QT_TRANSLATE_NOOP("lapor::Ctl", "catatan internal: --case N --text-file BERKAS") },
    CommandInfo { "not-authority", notAuthorityCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "kembalikan sebagai bukan wewenang: --case N --reason-file "
                                    "BERKAS") },
    CommandInfo {
        "related", relatedCommand, Opens::Person,
        QT_TRANSLATE_NOOP("lapor::Ctl", "laporan terkait dan alasannya: NOMOR [--json]") },
    CommandInfo { "search", searchCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "cari laporan, urut menurut kecocokan, dengan kata yang "
                                    "cocok: TEKS [--json] [--limit N]") },
    CommandInfo { "outbox", outboxCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "tindakan yang menunggu dikirim ke hub") },
    CommandInfo { "push", pushCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "kirim tindakan yang menunggu ke hub") },
    CommandInfo { "report", reportCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "laporan periode: --period 2026-10 --format pdf|csv --out "
                                    "BERKAS [--kind rekap|overdue]") },
    CommandInfo { "logout", logoutCommand, Opens::Person,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "keluar dari hub dan lupakan sesi") },
    CommandInfo { "people", peopleCommand, Opens::Home,
                  QT_TRANSLATE_NOOP("lapor::Ctl", "orang yang pernah masuk di profil ini") },
    CommandInfo { "forget", forgetCommand, Opens::Home,
                  QT_TRANSLATE_NOOP("lapor::Ctl",
                                    "hapus semua data seorang pengguna dari profil ini: --user "
                                    "NAMA [--discard-unsent]") },
};

} // namespace

int runCtl(QCoreApplication &app)
{
    Language::install(&app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Ctl::tr("lapordeskctl: LAPOR Desk tanpa jendela, untuk skrip dan penjadwal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Ctl::tr("Folder profil (wajib)."), Ctl::tr("FOLDER"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Ctl::tr("Keluaran JSON untuk dibaca program lain."));
    parser.addOptions({
        profileOption,
        jsonOption,
        { QStringLiteral("hub"),
          Ctl::tr("Alamat hub (login; dengan --user bila nama itu ada "
                  "di beberapa hub)."),
          QStringLiteral("URL") },
        { QStringLiteral("ca-file"),
          Ctl::tr("login: sertifikat CA instansi (PEM, boleh beberapa) yang dipercaya untuk hub "
                  "ini selain CA sistem; disimpan di pengaturan orang itu."),
          Ctl::tr("BERKAS") },
        { QStringLiteral("user"),
          Ctl::tr("Nama pengguna: untuk login dan forget, atau untuk bekerja sebagai orang ini "
                  "(bawaan: yang terakhir masuk)."),
          Ctl::tr("NAMA") },
        { QStringLiteral("discard-unsent"),
          Ctl::tr("forget: hapus juga tindakan yang belum terkirim.") },
        { QStringLiteral("device"),
          Ctl::tr("login: masuk di peramban mana pun dengan kode yang ditampilkan; kata sandi "
                  "tidak diketik di sini.") },
        { QStringLiteral("password-stdin"),
          Ctl::tr("Baca kata sandi dari masukan standar; tanpa keychain, sesi hanya untuk "
                  "perintah ini.") },
        { QStringLiteral("status"), Ctl::tr("Saring menurut status (cases)."),
          QStringLiteral("STATUS") },
        { QStringLiteral("show-confidential"),
          Ctl::tr("Tampilkan judul laporan rahasia, bukan \"(rahasia)\" (cases, related, "
                  "search).") },
        { QStringLiteral("limit"), Ctl::tr("Jumlah hasil paling banyak, bawaan 20 (search)."),
          QStringLiteral("N") },
        { QStringLiteral("page-size"), Ctl::tr("Jumlah catatan per halaman (sync)."),
          QStringLiteral("N") },
        { QStringLiteral("case"),
          Ctl::tr("Nomor laporan (draft new, forward, note, not-authority)."), Ctl::tr("NOMOR") },
        { QStringLiteral("text-file"), Ctl::tr("Berkas teks UTF-8 (draft new, draft edit, note)."),
          Ctl::tr("BERKAS") },
        { QStringLiteral("reason-file"),
          Ctl::tr("Berkas teks UTF-8 berisi alasan, minimal 10 karakter (not-authority)."),
          Ctl::tr("BERKAS") },
        { QStringLiteral("revision"), Ctl::tr("Revisi yang diperiksa (approve, reject)."),
          QStringLiteral("R") },
        { QStringLiteral("comment"), Ctl::tr("Komentar pengembalian (reject)."), Ctl::tr("TEKS") },
        { QStringLiteral("unit"), Ctl::tr("Unit tujuan (forward)."), QStringLiteral("UNIT") },
        { QStringLiteral("note"), Ctl::tr("Catatan disposisi (forward)."), Ctl::tr("TEKS") },
        { QStringLiteral("period"), Ctl::tr("Bulan laporan, TAHUN-BULAN (report)."),
          QStringLiteral("YYYY-MM") },
        { QStringLiteral("format"), Ctl::tr("pdf atau csv (report)."), QStringLiteral("FORMAT") },
        { QStringLiteral("out"), Ctl::tr("Berkas keluaran (report, nota-dinas)."),
          Ctl::tr("BERKAS") },
        { QStringLiteral("kind"), Ctl::tr("rekap atau overdue (report)."),
          QStringLiteral("JENIS") },
        { QStringLiteral("as-of"), Ctl::tr("Nilai tenggat per waktu ini, ISO 8601 (report)."),
          Ctl::tr("WAKTU") },
    });
    QString commandHelp = Ctl::tr("Perintah:");
    for (const auto &command : kCommands)
        commandHelp += QStringLiteral("\n  %1  %2")
                           .arg(QLatin1String(command.name), Ctl::tr(command.summary));
    parser.addPositionalArgument(QStringLiteral("command"), commandHelp, Ctl::tr("PERINTAH"));

    CtlContext context(parser);
    if (!parser.parse(app.arguments())) {
        context.err << parser.errorText() << Qt::endl;
        return Exit::Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        context.out << QCoreApplication::applicationName() << ' '
                    << QCoreApplication::applicationVersion() << Qt::endl;
        return Exit::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        context.out << parser.helpText();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? Exit::Usage
                                                                             : Exit::Ok;
    }

    const QString name = positional.first();
    for (const auto &command : kCommands) {
        if (name != QLatin1String(command.name))
            continue;
        context.arguments = positional.mid(1);
        context.json = parser.isSet(jsonOption);
        if (command.opens != Opens::Nothing) {
            if (!parser.isSet(profileOption)) {
                context.err << Ctl::tr("Perintah %1 memerlukan --profile FOLDER.").arg(name)
                            << Qt::endl;
                return Exit::Usage;
            }
            // Only login may make the folder: a mistyped --profile is an error.
            const bool create = command.run == loginCommand;
            if (const int code = context.openHome(parser.value(profileOption), create);
                code != Exit::Ok)
                return code;
        }
        if (command.opens == Opens::Person) {
            const auto person = context.choosePerson();
            if (!person)
                return Exit::Usage;
            if (const int code = context.openPerson(*person); code != Exit::Ok)
                return code;
        }
        return command.run(context);
    }
    context.err << Ctl::tr("Perintah tidak dikenal: %1. Lihat --help.").arg(name) << Qt::endl;
    return Exit::Usage;
}

} // namespace lapor
