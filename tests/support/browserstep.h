#pragma once

#include "hubtestclient.h"
#include "testlocation.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTcpServer>

#include <optional>

namespace lapor::test {

using FormFields = QList<QPair<QString, QString>>;

// What a browser reads of a sign-in page: where its form posts and the values the page
// put in it (hidden fields and pre-filled inputs), HTML entities decoded.
struct HtmlForm
{
    QString action;
    FormFields fields;
    QString value(const QString &name) const;
};

// The page's one form; a page without a form fails the test at the caller's line.
std::optional<HtmlForm> parseForm(const QByteArray &html,
                                  TestLocation where = TestLocation::current());
// application/x-www-form-urlencoded, as a browser writes it.
QByteArray formEncode(const FormFields &fields);
// Sends `form` as a browser would after the user filled in `values` (which replace or add
// to the page's own fields) and pressed the button named by one of them.
HubReply submitForm(HubTestClient &client, const HtmlForm &form, const FormFields &values);
// The browser's whole part of a sign-in on the page at `pageUrl`: load it, type the user
// name and password, press "Masuk". Returns the hub's answer to the form; a page that
// does not load or has no form fails the test.
HubReply signInOnPage(HubTestClient &client, const QString &pageUrl, const QString &username,
                      const QString &password, TestLocation where = TestLocation::current());

// A native app's loopback redirect listener in the test: 127.0.0.1, a port from the OS,
// every request's target recorded and answered 200.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    LoopbackListener();
    quint16 port() const { return m_server.serverPort(); }
    const QStringList &targets() const { return m_targets; } // "/oauth/callback?code=…"

signals:
    void received(const QString &target);

private:
    QTcpServer m_server;
    QStringList m_targets;
};

} // namespace lapor::test
