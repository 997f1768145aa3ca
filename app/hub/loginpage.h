#pragma once

#include "httpmessage.h"

#include <QString>

namespace lapor::hub {

// The hub's own HTML pages of the browser sign-in: the login form, the device-code form
// and the short answers around them. Indonesian first, English on request; every value
// that comes from a request or the database is HTML-escaped.
class LoginPage
{
public:
    enum class Language { Indonesian, English };

    // ui_locales (RFC 6749 extension of OpenID Connect: a space-separated list) wins over
    // Accept-Language; anything but English is Indonesian.
    static Language choose(const QString &uiLocales, const QByteArray &acceptLanguage);
    static QString code(Language language);

    struct Form
    {
        QString action; // the path the form posts to
        QString transaction; // server-side id of this sign-in: the CSRF binding
        QString clientName;
        QString agencyName;
        QString username; // shown again after a refusal; never the password
        QString error; // already translated
        QString userCode; // device flow: the code the user typed or followed
        bool askUserCode = false; // device flow, first step
    };

    // A translated text of this page; `source` is the Indonesian original.
    static QString text(Language language, const char *source);
    static HttpResponse form(Language language, const Form &form, int status = 200);
    static HttpResponse message(Language language, const QString &title, const QString &body,
                                int status);
    // What a refused sign-in (AuthService::checkForm) tells the person.
    static QString refusal(Language language, const HttpResponse &answer);
    // The form again after a refusal, with the reason, under the refusal's status.
    static HttpResponse refused(Language language, Form form, const HttpResponse &answer);

private:
    static HttpResponse html(int status, const QString &page);
};

} // namespace lapor::hub
