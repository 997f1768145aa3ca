#include "jsontape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace lapor {

namespace {

using Token = JsonTape::Token;
using Type = JsonTape::Type;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighBits = 0x8080808080808080ULL;

// Whether any of the eight bytes in `bytes` is `byte` (nonzero then).
constexpr quint64 hasByte(quint64 bytes, uchar byte)
{
    const quint64 x = bytes ^ (kOnes * byte);
    return (x - kOnes) & ~x & kHighBits;
}

// The length of the UTF-8 sequence at `p` (at most `left` bytes), or 0 when it is not
// one: overlong forms, encoded surrogates and anything past U+10FFFF are refused, as
// QJsonDocument refuses them.
qsizetype utf8Length(const uchar *p, qsizetype left)
{
    const uchar c = p[0];
    qsizetype length = 0;
    uint min = 0;
    uint code = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        length = 2;
        min = 0x80;
        code = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        length = 3;
        min = 0x800;
        code = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        length = 4;
        min = 0x10000;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    for (qsizetype i = 1; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return length;
}

class Parser
{
public:
    Parser(const QByteArray &text, QList<Token> &tokens)
        : m_p(text.constData())
        , m_n(text.size())
        , m_tokens(tokens)
    { }

    bool run();
    QString error() const { return m_error; }

private:
    bool fail(const char *what)
    {
        m_error = QStringLiteral("%1 at byte %2").arg(QLatin1String(what)).arg(m_pos);
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_n && isSpace(m_p[m_pos]))
            ++m_pos;
    }
    bool scalar();
    bool string();
    bool number();
    bool literal(const char *word, Type type);
    bool key();

    const char *m_p;
    qsizetype m_pos = 0;
    qsizetype m_n;
    QList<Token> &m_tokens;
    QList<qint32> m_open; // the containers not yet closed, innermost last
    QString m_error;
};

bool Parser::run()
{
    // A byte-order mark, which QJsonDocument skips too.
    if (m_n >= 3 && m_p[0] == '\xef' && m_p[1] == '\xbb' && m_p[2] == '\xbf')
        m_pos = 3;
    skipSpace();
    if (m_pos >= m_n || (m_p[m_pos] != '{' && m_p[m_pos] != '['))
        return fail("not an object or array");
    for (;;) {
        // A value.
        if (m_pos >= m_n)
            return fail("unexpected end");
        const char c = m_p[m_pos];
        if (c == '{' || c == '[') {
            if (m_open.size() >= JsonTape::kMaxDepth)
                return fail("nested too deeply");
            const auto index = qint32(m_tokens.size());
            Token token;
            token.begin = qint32(m_pos);
            token.type = c == '{' ? Type::Object : Type::Array;
            token.sorted = c == '{';
            m_tokens.append(token);
            ++m_pos;
            skipSpace();
            if (m_pos < m_n && m_p[m_pos] == (c == '{' ? '}' : ']')) {
                ++m_pos;
                m_tokens[index].end = qint32(m_pos);
                m_tokens[index].next = index + 1;
            } else {
                m_open.append(index);
                if (c == '{' && !key())
                    return false;
                continue;
            }
        } else if (!scalar()) {
            return false;
        }
        // After a value: the next member, or the end of one or more containers.
        for (;;) {
            if (m_open.isEmpty()) {
                skipSpace();
                return m_pos == m_n || fail("more after the end");
            }
            Token &container = m_tokens[m_open.constLast()];
            skipSpace();
            if (m_pos >= m_n)
                return fail("unexpected end");
            const char next = m_p[m_pos];
            if (next == ',') {
                ++m_pos;
                skipSpace();
                if (container.type == Type::Object && !key())
                    return false;
                break;
            }
            if (next != (container.type == Type::Object ? '}' : ']'))
                return fail(container.type == Type::Object ? "expected , or }" : "expected , or ]");
            ++m_pos;
            container.end = qint32(m_pos);
            container.next = qint32(m_tokens.size());
            m_open.removeLast();
        }
    }
}

bool Parser::key()
{
    if (m_pos >= m_n || m_p[m_pos] != '"')
        return fail("expected a member name");
    const auto index = qint32(m_tokens.size());
    if (!string())
        return false;
    // While the object is open, its `next` holds its last name so far.
    Token &object = m_tokens[m_open.constLast()];
    const Token &name = m_tokens.at(index);
    if (object.sorted && name.escaped) {
        object.sorted = false;
    } else if (object.sorted && object.next != 0) {
        const Token &last = m_tokens.at(object.next);
        const QByteArrayView before(m_p + last.begin, last.end - last.begin);
        const QByteArrayView now(m_p + name.begin, name.end - name.begin);
        object.sorted = before.compare(now) < 0;
    }
    object.next = index;
    skipSpace();
    if (m_pos >= m_n || m_p[m_pos] != ':')
        return fail("expected :");
    ++m_pos;
    skipSpace();
    return true;
}

bool Parser::scalar()
{
    switch (m_p[m_pos]) {
    case '"':
        return string();
    case 't':
        return literal("true", Type::True);
    case 'f':
        return literal("false", Type::False);
    case 'n':
        return literal("null", Type::Null);
    default:
        if (m_p[m_pos] == '-' || isDigit(m_p[m_pos]))
            return number();
        return fail("not a value");
    }
}

bool Parser::literal(const char *word, Type type)
{
    const qsizetype length = qsizetype(qstrlen(word));
    if (m_n - m_pos < length || qstrncmp(m_p + m_pos, word, size_t(length)) != 0)
        return fail("not a value");
    Token token;
    token.begin = qint32(m_pos);
    token.end = qint32(m_pos + length);
    token.next = qint32(m_tokens.size() + 1);
    token.type = type;
    m_tokens.append(token);
    m_pos += length;
    return true;
}

bool Parser::number()
{
    const qsizetype begin = m_pos;
    if (m_p[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_n && m_p[m_pos] == '0') {
        ++m_pos;
    } else if (m_pos < m_n && isDigit(m_p[m_pos])) {
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    } else {
        return fail("not a number");
    }
    if (m_pos < m_n && m_p[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= m_n || !isDigit(m_p[m_pos]))
            return fail("not a number");
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_n && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_n && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_n || !isDigit(m_p[m_pos]))
            return fail("not a number");
        while (m_pos < m_n && isDigit(m_p[m_pos]))
            ++m_pos;
    }
    // Beyond a double's range either way: refused, as QJsonDocument refuses it.
    double value = 0;
    if (std::from_chars(m_p + begin, m_p + m_pos, value).ec != std::errc())
        return fail("number out of range");
    Token token;
    token.begin = qint32(begin);
    token.end = qint32(m_pos);
    token.next = qint32(m_tokens.size() + 1);
    token.type = Type::Number;
    m_tokens.append(token);
    return true;
}

bool Parser::string()
{
    Token token;
    token.type = Type::String;
    token.begin = qint32(++m_pos);
    const auto *p = reinterpret_cast<const uchar *>(m_p);
    while (m_pos < m_n) {
        // Eight plain bytes at a time: no quote, no backslash, nothing past ASCII.
        while (m_n - m_pos >= 8) {
            quint64 bytes = 0;
            std::memcpy(&bytes, p + m_pos, 8);
            if ((hasByte(bytes, '"') | hasByte(bytes, '\\') | (bytes & kHighBits)) != 0)
                break;
            m_pos += 8;
        }
        if (m_pos >= m_n)
            break;
        const uchar c = p[m_pos];
        if (c == '"') {
            token.end = qint32(m_pos);
            token.next = qint32(m_tokens.size() + 1);
            m_tokens.append(token);
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            token.escaped = true;
            if (++m_pos >= m_n)
                break;
            switch (p[m_pos]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                ++m_pos;
                break;
            case 'u':
                for (int i = 1; i <= 4; ++i) {
                    if (m_pos + i >= m_n || hexValue(m_p[m_pos + i]) < 0)
                        return fail("invalid \\u escape");
                }
                m_pos += 5;
                break;
            default:
                return fail("invalid escape");
            }
            continue;
        }
        if (c < 0x80) { // control characters too, as QJsonDocument takes them
            ++m_pos;
            continue;
        }
        const qsizetype length = utf8Length(p + m_pos, m_n - m_pos);
        if (length == 0)
            return fail("invalid UTF-8");
        m_pos += length;
    }
    return fail("unterminated string");
}

// The text of a string token with its escapes resolved.
QString unescaped(const char *p, qsizetype begin, qsizetype end)
{
    QString out;
    out.reserve(end - begin);
    qsizetype run = begin; // start of the bytes not yet copied
    qsizetype i = begin;
    while (i < end) {
        if (p[i] != '\\') {
            ++i;
            continue;
        }
        out.append(QString::fromUtf8(p + run, i - run));
        const char c = p[i + 1];
        i += 2;
        switch (c) {
        case 'b':
            out.append(QChar(u'\b'));
            break;
        case 'f':
            out.append(QChar(u'\f'));
            break;
        case 'n':
            out.append(QChar(u'\n'));
            break;
        case 'r':
            out.append(QChar(u'\r'));
            break;
        case 't':
            out.append(QChar(u'\t'));
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k)
                unit = char16_t((unit << 4) | hexValue(p[i + k]));
            // A surrogate stays one UTF-16 unit: pairs join up in the QString, and a lone
            // one is kept as QJsonDocument keeps it.
            out.append(QChar(unit));
            i += 4;
            break;
        }
        default: // " \ /
            out.append(QLatin1Char(c));
            break;
        }
        run = i;
    }
    out.append(QString::fromUtf8(p + run, end - run));
    return out;
}

} // namespace

std::shared_ptr<const JsonTape> JsonTape::parse(const QByteArray &text, QString *error)
{
    if (text.size() >= std::numeric_limits<qint32>::max()) {
        if (error)
            *error = QStringLiteral("text too large");
        return nullptr;
    }
    auto tape = std::make_shared<JsonTape>();
    tape->m_text = text;
    Parser parser(tape->m_text, tape->m_tokens);
    if (!parser.run()) {
        if (error)
            *error = parser.error();
        return nullptr;
    }
    tape->m_tokens.squeeze();
    return tape;
}

JsonRef::JsonRef(const QJsonValue &value)
    : m_value(value)
{ }

JsonRef::JsonRef(const QJsonObject &object)
    : m_value(object)
{ }

JsonRef::JsonRef(std::shared_ptr<const JsonTape> tape, qsizetype index)
    : m_tape(std::move(tape))
    , m_index(index)
{ }

const JsonTape::Token *JsonRef::token() const
{
    return m_tape && m_index >= 0 && m_index < m_tape->size() ? &m_tape->at(m_index) : nullptr;
}

std::optional<JsonTape::Type> JsonRef::type() const
{
    if (m_tape) {
        const Token *t = token();
        return t ? std::optional(t->type) : std::nullopt;
    }
    switch (m_value.type()) {
    case QJsonValue::Null:
        return Type::Null;
    case QJsonValue::Bool:
        return m_value.toBool() ? Type::True : Type::False;
    case QJsonValue::Double:
        return Type::Number;
    case QJsonValue::String:
        return Type::String;
    case QJsonValue::Array:
        return Type::Array;
    case QJsonValue::Object:
        return Type::Object;
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

bool JsonRef::isBool() const
{
    const auto t = type();
    return t == Type::True || t == Type::False;
}

double JsonRef::toDouble() const
{
    if (!m_tape)
        return m_value.isDouble() ? m_value.toDouble() : std::nan("");
    const Token *t = token();
    if (!t || t->type != Type::Number)
        return std::nan("");
    const char *p = m_tape->text().constData();
    double value = 0;
    std::from_chars(p + t->begin, p + t->end, value); // checked when parsed
    return value;
}

QString JsonRef::toString() const
{
    if (!m_tape)
        return m_value.isString() ? m_value.toString() : QString();
    const Token *t = token();
    if (!t || t->type != Type::String)
        return {};
    const char *p = m_tape->text().constData();
    if (t->escaped)
        return unescaped(p, t->begin, t->end);
    if (t->begin == t->end)
        return QStringLiteral("");
    return QString::fromUtf8(p + t->begin, t->end - t->begin);
}

JsonRef JsonRef::member(QLatin1StringView key) const
{
    if (!m_tape) {
        if (!m_value.isObject())
            return {};
        const QJsonObject object = m_value.toObject();
        const auto it = object.constFind(key);
        return it == object.constEnd() ? JsonRef() : JsonRef(it.value());
    }
    const Token *t = token();
    if (!t || t->type != Type::Object)
        return {};
    const char *p = m_tape->text().constData();
    qsizetype found = -1;
    for (qsizetype i = m_index + 1; i < t->next; i = m_tape->at(i + 1).next) {
        const Token &name = m_tape->at(i);
        if (t->sorted) {
            const int order = QByteArrayView(p + name.begin, name.end - name.begin)
                                  .compare(QByteArrayView(key));
            if (order == 0)
                return JsonRef(m_tape, i + 1);
            if (order > 0)
                break;
            continue;
        }
        const bool same = name.escaped ? unescaped(p, name.begin, name.end) == key
                                       : name.end - name.begin == key.size()
                && std::memcmp(p + name.begin, key.data(), size_t(key.size())) == 0;
        if (same)
            found = i + 1; // the last of its name wins, as in QJsonObject
    }
    return found < 0 ? JsonRef() : JsonRef(m_tape, found);
}

qsizetype JsonRef::size() const
{
    if (!m_tape) {
        if (m_value.isArray())
            return m_value.toArray().size();
        return m_value.isObject() ? m_value.toObject().size() : 0;
    }
    const Token *t = token();
    if (!t || (t->type != Type::Array && t->type != Type::Object))
        return 0;
    qsizetype count = 0;
    for (qsizetype i = m_index + 1; i < t->next; i = m_tape->at(i).next) {
        if (t->type == Type::Object)
            i = i + 1; // past the name to its value
        ++count;
    }
    return count;
}

JsonRef JsonRef::at(qsizetype index) const
{
    if (!m_tape) {
        if (!m_value.isArray() || index < 0)
            return {};
        const QJsonArray array = m_value.toArray();
        return index < array.size() ? JsonRef(array.at(index)) : JsonRef();
    }
    const Token *t = token();
    if (!t || t->type != Type::Array || index < 0)
        return {};
    qsizetype i = m_index + 1;
    for (qsizetype k = 0; k < index && i < t->next; ++k)
        i = m_tape->at(i).next;
    return i < t->next ? JsonRef(m_tape, i) : JsonRef();
}

QList<JsonRef> JsonRef::entries() const
{
    QList<JsonRef> out;
    if (!m_tape) {
        if (m_value.isArray()) {
            const QJsonArray array = m_value.toArray();
            out.reserve(array.size());
            for (const QJsonValue &value : array)
                out.append(JsonRef(value));
        }
        return out;
    }
    const Token *t = token();
    if (!t || t->type != Type::Array)
        return out;
    out.reserve(size());
    for (qsizetype i = m_index + 1; i < t->next; i = m_tape->at(i).next)
        out.append(JsonRef(m_tape, i));
    return out;
}

QJsonValue JsonRef::toValue() const
{
    if (!m_tape)
        return m_value;
    const Token *t = token();
    if (!t)
        return QJsonValue::Undefined;
    switch (t->type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::False:
    case Type::True:
        return toBool();
    case Type::Number:
        return toDouble();
    case Type::String:
        return toString();
    case Type::Array:
    case Type::Object:
        break;
    }
    // The value's own bytes, parsed by QJsonDocument: its tree is needed whole.
    const QByteArray text = m_tape->text().mid(t->begin, t->end - t->begin);
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return t->type == Type::Array ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace lapor
