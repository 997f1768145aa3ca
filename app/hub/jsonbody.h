#pragma once

#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lapor::hub {

// Strict reader for request bodies: wrong types, missing fields, out-of-range values and
// unknown fields are all collected and refused together with one 400 validation problem.
class JsonBody
{
public:
    // Parses an object body; on failure `problem` holds the 400/415 response.
    static std::optional<JsonBody> parse(const HttpRequest &request, HttpResponse *problem,
                                         bool emptyIsObject = false);
    explicit JsonBody(const QJsonObject &object);

    QString string(const char *key, int minLength, int maxLength);
    std::optional<QString> optionalString(const char *key, int maxLength);
    qint64 integer(const char *key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max);
    bool boolean(const char *key, bool fallback);
    QString oneOf(const char *key, const QStringList &allowed);
    std::optional<double> optionalNumber(const char *key, double min, double max);

    // Records a rule that the caller checked itself.
    void addError(const char *field, const QString &message);
    // Refuses unknown fields; false with the 400 response when anything was wrong.
    bool finish(HttpResponse *problem);

private:
    QJsonValue take(const char *key);

    QJsonObject m_object;
    QStringList m_known;
    QJsonArray m_errors;
};

// Text a person typed: no NUL or other control characters besides tab and line breaks.
bool isCleanText(const QString &text);
bool isUuid(const QString &text);

} // namespace lapor::hub
