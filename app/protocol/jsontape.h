#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace lapor {

// A JSON text checked and indexed in place, without building QJsonValue trees: the
// change feed's pages are read through it (Wire::decodeFeedPage), where building a tree of
// every record and reading it back field by field took as long as everything else the
// desk does with a record before storing it (docs/sync.md, "Reading a page").
//
// It accepts exactly RFC 8259 JSON, in UTF-8, up to kMaxDepth levels deep, and nothing
// QJsonDocument::fromJson would refuse (tst_jsontape, fuzz_feedpage). Values stay text
// until asked for; a string without escapes is converted straight from the page's bytes.
class JsonTape
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    static constexpr int kMaxDepth = 512;

    // One value. A container's members follow it, each member of an object as its key (a
    // String) and then its value; `next` is the index just past the value's last member.
    struct Token
    {
        qint32 begin = 0; // a string: just after its opening quote; others: first byte
        qint32 end = 0; // a string: its closing quote; others: just past the last byte
        qint32 next = 0;
        Type type = Type::Null;
        bool escaped = false; // a string holding backslash escapes
        // An object whose names ascend byte by byte, none escaped (as the hub writes
        // them): then no name is there twice, and a search may stop where its name would be.
        bool sorted = false;
    };

    // Null, with `*error` saying what is wrong and at which byte, for text that is not
    // one JSON value (surrounded by whitespace at most).
    static std::shared_ptr<const JsonTape> parse(const QByteArray &text, QString *error);

    const QByteArray &text() const { return m_text; }
    const Token &at(qsizetype index) const { return m_tokens.at(index); }
    qsizetype size() const { return m_tokens.size(); }

private:
    QByteArray m_text;
    QList<Token> m_tokens;
};

// One value: in a JsonTape, or a QJsonValue for callers that hold one already. Reading it
// is the same either way; a missing member reads as undefined.
class JsonRef
{
public:
    JsonRef() = default;
    JsonRef(const QJsonValue &value); // NOLINT: a QJsonValue is a value too
    JsonRef(const QJsonObject &object); // NOLINT: and so is an object
    JsonRef(std::shared_ptr<const JsonTape> tape, qsizetype index);

    // What the value is: nothing when it is undefined (a missing member). A QJsonValue's
    // booleans are True or False too.
    std::optional<JsonTape::Type> type() const;
    bool isUndefined() const { return !type(); }
    bool isNull() const { return type() == JsonTape::Type::Null; }
    bool isBool() const;
    bool isDouble() const { return type() == JsonTape::Type::Number; }
    bool isString() const { return type() == JsonTape::Type::String; }
    bool isArray() const { return type() == JsonTape::Type::Array; }
    bool isObject() const { return type() == JsonTape::Type::Object; }

    bool toBool() const { return type() == JsonTape::Type::True; }
    double toDouble() const; // NaN when it is not a number
    QString toString() const; // a null QString when it is not a string

    // An object's member, the last one of that name as QJsonObject keeps it. `key` is
    // ASCII, as every name of the hub API is.
    JsonRef member(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !member(key).isUndefined(); }
    // An array's entries, or an object's member count.
    qsizetype size() const;
    JsonRef at(qsizetype index) const; // undefined unless an array's entry
    QList<JsonRef> entries() const; // an array's entries; empty for anything else

    // As QJsonValue: for what needs a tree (a record set aside, read whole).
    QJsonValue toValue() const;

private:
    const JsonTape::Token *token() const;

    std::shared_ptr<const JsonTape> m_tape;
    qsizetype m_index = -1;
    QJsonValue m_value { QJsonValue::Undefined };
};

} // namespace lapor
