#include "browserstep.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>

namespace lapor::test {

namespace {

QString unescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name));
    const auto match = re.match(tag);
    return match.hasMatch() ? unescape(match.captured(1)) : QString();
}

} // namespace

QString HtmlForm::value(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

std::optional<HtmlForm> parseForm(const QByteArray &html, TestLocation where)
{
    const QString page = QString::fromUtf8(html);
    static const QRegularExpression formTag(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const auto form = formTag.match(page);
    if (!form.hasMatch()) {
        failAt(QStringLiteral("the page has no form: ") + page.left(300), where);
        return std::nullopt;
    }
    HtmlForm out;
    out.action = attribute(form.captured(1), QStringLiteral("action"));
    static const QRegularExpression inputTag(QStringLiteral("<input\\b([^>]*)>"));
    for (auto it = inputTag.globalMatch(form.captured(2)); it.hasNext();) {
        const QString tag = it.next().captured(1);
        const QString name = attribute(tag, QStringLiteral("name"));
        if (!name.isEmpty())
            out.fields.append({ name, attribute(tag, QStringLiteral("value")) });
    }
    return out;
}

QByteArray formEncode(const FormFields &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

HubReply submitForm(HubTestClient &client, const HtmlForm &form, const FormFields &values)
{
    FormFields fields = form.fields;
    for (const auto &value : values) {
        bool replaced = false;
        for (auto &field : fields) {
            if (field.first == value.first) {
                field.second = value.second;
                replaced = true;
            }
        }
        if (!replaced)
            fields.append(value);
    }
    return client.request("POST", form.action, formEncode(fields),
                          { { "Content-Type", "application/x-www-form-urlencoded" } });
}

HubReply signInOnPage(HubTestClient &client, const QString &pageUrl, const QString &username,
                      const QString &password, TestLocation where)
{
    const HubReply page = client.get(pageUrl);
    if (page.status != 200) {
        failAt(QStringLiteral("the sign-in page did not load: ") + page.describe(), where);
        return page;
    }
    const auto form = parseForm(page.body, where);
    if (!form)
        return page;
    return submitForm(client, *form,
                      { { QStringLiteral("username"), username },
                        { QStringLiteral("password"), password },
                        { QStringLiteral("action"), QStringLiteral("allow") } });
}

LoopbackListener::LoopbackListener()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (socket->property("answered").toBool() || !socket->canReadLine())
                    return;
                socket->setProperty("answered", true);
                const QList<QByteArray> line = socket->readLine().trimmed().split(' ');
                const QString target = QString::fromLatin1(line.value(1));
                m_targets.append(target);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                              "Content-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
                emit received(target);
            });
        }
    });
}

} // namespace lapor::test
