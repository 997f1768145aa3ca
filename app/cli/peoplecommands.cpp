#include "core/terminaltext.h"
#include "ctl.h"
#include "ctlcontext.h"
#include "hubapi/tokenstore.h"
#include "store/outboxrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lapor {

int peopleCommand(CtlContext &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << Ctl::tr("people tidak menerima argumen.") << Qt::endl;
        return Exit::Usage;
    }
    const auto people = context.home->people();
    const auto current = context.home->current();
    const auto isCurrent = [&current](const ProfileHome::Person &person) {
        return current && current->key == person.key;
    };
    if (context.json) {
        QJsonArray list;
        for (const auto &person : people) {
            list.append(QJsonObject {
                { QStringLiteral("username"), person.username },
                { QStringLiteral("display_name"), person.displayName },
                { QStringLiteral("unit"), person.unitName },
                { QStringLiteral("hub"), person.hubUrl },
                { QStringLiteral("last_sign_in"),
                  person.lastSignIn.isValid()
                      ? QJsonValue(person.lastSignIn.toUTC().toString(Qt::ISODate))
                      : QJsonValue() },
                { QStringLiteral("signed_in"), isCurrent(person) },
            });
        }
        context.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Exit::Ok;
    }
    if (people.isEmpty()) {
        context.out << Ctl::tr("Belum ada yang masuk di profil ini.") << Qt::endl;
        return Exit::Ok;
    }
    const QLocale locale;
    for (const auto &person : people) {
        const QString last = person.lastSignIn.isValid()
            ? locale.toString(person.lastSignIn.toLocalTime(), QLocale::ShortFormat)
            : Ctl::tr("(belum pernah)");
        context.out << (isCurrent(person) ? QStringLiteral("* ") : QStringLiteral("  "))
                    << QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(TerminalText::safe(person.username), -16)
                           .arg(TerminalText::safe(person.displayName), -28)
                           .arg(TerminalText::safe(person.unitName), -40)
                           .arg(TerminalText::safe(person.hubUrl), -32)
                           .arg(last)
                    << '\n';
    }
    context.out << Ctl::tr("* sedang masuk") << Qt::endl;
    return Exit::Ok;
}

int forgetCommand(CtlContext &context)
{
    if (!context.arguments.isEmpty() || context.option("user").isEmpty()) {
        context.err << Ctl::tr("forget memerlukan --user NAMA (dan --hub URL bila nama itu ada di "
                               "beberapa hub).")
                    << Qt::endl;
        return Exit::Usage;
    }
    const auto person = context.choosePerson();
    if (!person)
        return Exit::Usage;
    if (const int code = context.openPerson(*person); code != Exit::Ok)
        return code;
    const int unsent = OutboxRepository(*context.database).pendingCount();
    if (unsent > 0 && !context.flag("discard-unsent")) {
        context.err << Ctl::tr("%1 masih punya %n tindakan yang belum terkirim. Minta dia "
                               "mengirimnya dulu (masuk lalu sinkronkan), atau tambahkan "
                               "--discard-unsent untuk menghapusnya juga.",
                               nullptr, unsent)
                           .arg(TerminalText::safe(person->displayName))
                    << Qt::endl;
        return Exit::Failed;
    }
    // The store closes before its folder goes.
    context.database.reset();
    context.profile.reset();
    TokenStore tokens(TokenStore::Backend::Keychain);
    tokens.remove(TokenStore::accountKey(person->hubUrl, person->username));
    QString error;
    if (!context.home->remove(person->key, &error)) {
        context.err << error << Qt::endl;
        return Exit::Failed;
    }
    context.out << Ctl::tr("Data %1 (%2) dihapus dari profil ini: laporan, draf, lampiran dan "
                           "pengaturan.")
                       .arg(TerminalText::safe(person->displayName),
                            TerminalText::safe(person->username))
                << Qt::endl;
    if (unsent > 0)
        context.out << Ctl::tr("%n tindakan yang belum terkirim ikut dihapus.", nullptr, unsent)
                    << Qt::endl;
    return Exit::Ok;
}

} // namespace lapor
