#include "loginpage.h"

#include <QStringList>
#include <QTranslator>

#include <optional>

namespace lapor::hub {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char kContext[] = "lapor::hub::LoginPage";

const QTranslator &english()
{
    // The desk's own translation file (core's resources): one place for every string.
    static const QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(u":/i18n/lapordesk_en.qm"_s))
            qWarning("laporhub: the English sign-in page texts are missing");
        return t;
    }();
    return *translator;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char kStyle[] = R"(
body{margin:0;font-family:"Noto Sans","Segoe UI",Arial,sans-serif;background:#eef2f6;color:#1d2733}
main{max-width:24rem;margin:3rem auto;background:#fff;border-radius:8px;padding:2rem;
box-shadow:0 2px 10px rgba(0,0,0,.08)}
.brand{font-weight:700;color:#b3261e;letter-spacing:.02em;margin:0}
.agency{color:#5a6675;font-size:.9rem;margin:.2rem 0 1.5rem}
h1{font-size:1.35rem;margin:0 0 .5rem}
p.lead{color:#3b4654;margin:0 0 1.25rem}
label{display:block;font-weight:600;margin:.9rem 0 .3rem}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.6rem;
border:1px solid #b8c2cc;border-radius:4px;font-size:1rem}
input.code{font-family:monospace;font-size:1.3rem;letter-spacing:.15em;text-transform:uppercase}
.error{background:#fdecea;color:#8a1c12;border-radius:4px;padding:.6rem .8rem;margin:0 0 1rem}
.buttons{display:flex;gap:.6rem;margin-top:1.5rem}
button{flex:1;padding:.65rem;border-radius:4px;font-size:1rem;cursor:pointer;border:1px solid #b3261e}
button.primary{background:#b3261e;color:#fff}
button.secondary{background:#fff;color:#b3261e}
footer{color:#7a8592;font-size:.8rem;margin-top:1.5rem}
)";

} // namespace

LoginPage::Language LoginPage::choose(const QString &uiLocales, const QByteArray &acceptLanguage)
{
    auto pick = [](const QString &tag) -> std::optional<Language> {
        const QString primary = tag.trimmed().section(u'-', 0, 0).toLower();
        if (primary == u"id"_s || primary == u"in"_s)
            return Language::Indonesian;
        if (primary == u"en"_s)
            return Language::English;
        return std::nullopt;
    };
    for (const QString &tag : uiLocales.split(u' ', Qt::SkipEmptyParts)) {
        if (auto language = pick(tag))
            return *language;
    }
    // Accept-Language: the highest q among the two languages this page has.
    std::optional<Language> best;
    double bestQ = 0;
    for (const QString &entry : QString::fromLatin1(acceptLanguage).split(u',')) {
        const QStringList parts = entry.split(u';');
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString p = parts[i].trimmed();
            if (p.startsWith(u"q="_s))
                q = p.mid(2).toDouble();
        }
        const auto language = pick(parts.value(0));
        if (language && q > bestQ) {
            best = language;
            bestQ = q;
        }
    }
    return best.value_or(Language::Indonesian);
}

QString LoginPage::code(Language language)
{
    return language == Language::English ? u"en"_s : u"id"_s;
}

QString LoginPage::text(Language language, const char *source)
{
    if (language == Language::English) {
        const QString translated = english().translate(kContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

HttpResponse LoginPage::form(Language l, const Form &f, int status)
{
    QString body;
    body += u"<p class=\"brand\">LAPOR Desk</p>"_s;
    if (!f.agencyName.isEmpty())
        body += u"<p class=\"agency\">%1</p>"_s.arg(esc(f.agencyName));
    body += u"<h1>%1</h1>"_s.arg(esc(text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Masuk"))));
    if (f.askUserCode) {
        body += u"<p class=\"lead\">%1</p>"_s.arg(esc(
            text(l,
                 QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                   "Ketik kode yang ditampilkan di perangkat Anda, lalu masuk."))));
    } else if (!f.clientName.isEmpty()) {
        body += u"<p class=\"lead\">%1</p>"_s.arg(
            esc(text(l,
                     QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                       "%1 meminta izin masuk atas nama Anda."))
                    .arg(f.clientName)));
    }
    if (!f.error.isEmpty())
        body += u"<p class=\"error\" role=\"alert\">%1</p>"_s.arg(esc(f.error));
    body += u"<form method=\"post\" action=\"%1\">"_s.arg(esc(f.action));
    body += u"<input type=\"hidden\" name=\"transaction\" value=\"%1\">"_s.arg(esc(f.transaction));
    if (f.askUserCode || !f.userCode.isEmpty()) {
        body += u"<label for=\"user_code\">%1</label>"
                "<input type=\"text\" class=\"code\" id=\"user_code\" name=\"user_code\" "
                "autocomplete=\"off\" required value=\"%2\">"_s.arg(
                    esc(text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Kode perangkat"))),
                    esc(f.userCode));
    }
    body += u"<label for=\"username\">%1</label>"
            "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" "
            "autocapitalize=\"none\" required value=\"%2\">"_s.arg(
                esc(text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Nama pengguna"))),
                esc(f.username));
    body += u"<label for=\"password\">%1</label>"
            "<input type=\"password\" id=\"password\" name=\"password\" "
            "autocomplete=\"current-password\" required>"_s.arg(
                esc(text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Kata sandi"))));
    body += u"<div class=\"buttons\"><button type=\"submit\" class=\"primary\" name=\"action\" "
            "value=\"allow\">%1</button><button type=\"submit\" class=\"secondary\" "
            "name=\"action\" value=\"cancel\" formnovalidate>%2</button></div></form>"_s.arg(
                esc(text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Masuk"))),
                esc(text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Batal"))));
    body += u"<footer>%1</footer>"_s.arg(
        esc(text(l,
                 QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                   "Periksa alamat di peramban sebelum mengetik kata sandi."))));
    const QString title
        = text(l, QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Masuk")) + u" – LAPOR Desk"_s;
    QString page = u"<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                   "<title>%2</title><style>%3</style></head><body><main>"_s.arg(
                       code(l), esc(title), QString::fromLatin1(kStyle));
    page += body;
    page += u"</main></body></html>"_s;
    return html(status, page);
}

HttpResponse LoginPage::message(Language l, const QString &title, const QString &text, int status)
{
    QString page = u"<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                   "<title>%2</title><style>%3</style></head><body><main>"
                   "<p class=\"brand\">LAPOR Desk</p><h1>%2</h1><p class=\"lead\">%4</p>"
                   "</main></body></html>"_s.arg(code(l), esc(title), QString::fromLatin1(kStyle),
                                                 esc(text));
    return html(status, page);
}

QString LoginPage::refusal(Language l, const HttpResponse &answer)
{
    if (answer.status == 429)
        return text(l,
                    QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                      "Terlalu banyak percobaan gagal. Coba lagi dalam %1 detik."))
            .arg(QString::fromLatin1(answer.headerValue("Retry-After")));
    if (answer.status == 403)
        return text(l,
                    QT_TRANSLATE_NOOP("lapor::hub::LoginPage",
                                      "Akun ini dinonaktifkan. Hubungi admin instansi Anda."));
    return text(l,
                QT_TRANSLATE_NOOP("lapor::hub::LoginPage", "Nama pengguna atau kata sandi salah."));
}

HttpResponse LoginPage::refused(Language l, Form again, const HttpResponse &answer)
{
    again.error = refusal(l, answer);
    HttpResponse page = form(l, again, answer.status);
    if (answer.status == 429)
        page.setHeader("Retry-After", answer.headerValue("Retry-After"));
    return page;
}

HttpResponse LoginPage::html(int status, const QString &page)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page.toUtf8();
    response.setHeader("Cache-Control", "no-store");
    // No script at all, no framing (clickjacking of the password form), no referrer that
    // could carry the transaction id elsewhere. form-action is left open on purpose: the
    // answer to the form is a redirect to the desk's loopback address.
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                       "base-uri 'none'");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

} // namespace lapor::hub
