#include "searchtokenizer.h"

#include "searchnormaliser.h"
#include "sqlutil.h"

#include <memory>
#include <sqlite3.h>
#include <string>

namespace lapor::SearchTokenizer {

namespace {

struct Tokenizer
{
    fts5_tokenizer base; // unicode61
    Fts5Tokenizer *inner = nullptr;
};

struct Module
{
    fts5_tokenizer base;
    void *baseContext = nullptr;
};

// The term a form is stored as. FTS5 writes each term a second and a third time into the
// prefix indexes (`prefix = '2 3'`: its first two and first three characters), for
// type-ahead on the words as written; no query asks for the first letters of a form, and
// those copies were an eighth of the index and a tenth to a sixth of the time it took to
// build. A prefix index takes a term's first N characters as UTF-8 counts them, and a
// term shorter than N has none. So the marker is written as a byte that opens a UTF-8
// sequence (0xC0 or 0xC1, which no valid text holds) and the word as bytes that continue
// it (0x80-0xBF): FTS5 counts the whole term as one character. Digits and the letters
// a-z take one byte each; any other byte is 0xBF and its two halves. Distinct forms stay
// distinct terms.
void appendFormTerm(std::string &term, char marker, std::string_view word)
{
    term.assign(1, char(marker == SearchNormaliser::kStemMarker ? 0xC1 : 0xC0));
    for (const char ch : word) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte >= '0' && byte <= '9') {
            term += char(0x80 + (byte - '0'));
        } else if (byte >= 'a' && byte <= 'z') {
            term += char(0x8A + (byte - 'a'));
        } else {
            term += char(0xBF);
            term += char(0x80 | (byte >> 4));
            term += char(0x80 | (byte & 0x0F));
        }
    }
}

struct Emit
{
    void *ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
    bool document;
    std::string term; // reused, so that a long text allocates once
};

int emitToken(void *pCtx, int tflags, const char *token, int size, int start, int end)
{
    auto *sink = static_cast<Emit *>(pCtx);
    int rc = sink->xToken(sink->ctx, tflags, token, size, start, end);
    if (rc != SQLITE_OK || !sink->document || size <= 0)
        return rc;
    const auto &forms = SearchNormaliser::instance().forms(std::string_view(token, size_t(size)));
    if (!forms.expanded.empty()) {
        appendFormTerm(sink->term, SearchNormaliser::kExpandedMarker, forms.expanded);
        rc = sink->xToken(sink->ctx, FTS5_TOKEN_COLOCATED, sink->term.data(),
                          int(sink->term.size()), start, end);
        if (rc != SQLITE_OK)
            return rc;
    }
    if (!forms.stem.empty()) {
        appendFormTerm(sink->term, SearchNormaliser::kStemMarker, forms.stem);
        rc = sink->xToken(sink->ctx, FTS5_TOKEN_COLOCATED, sink->term.data(),
                          int(sink->term.size()), start, end);
    }
    return rc;
}

int xCreate(void *context, const char **args, int argCount, Fts5Tokenizer **out)
{
    auto *module = static_cast<Module *>(context);
    auto *tokenizer = new Tokenizer;
    tokenizer->base = module->base;
    const int rc = module->base.xCreate(module->baseContext, args, argCount, &tokenizer->inner);
    if (rc != SQLITE_OK) {
        delete tokenizer;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *handle)
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(handle);
    tokenizer->base.xDelete(tokenizer->inner);
    delete tokenizer;
}

bool isFormMarker(char ch)
{
    return ch == SearchNormaliser::kExpandedMarker || ch == SearchNormaliser::kStemMarker;
}

int xTokenize(Fts5Tokenizer *handle, void *ctx, int flags, const char *text, int size,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(handle);
    // A form asked for by name: SearchQuery writes it already folded, one word.
    if ((flags & FTS5_TOKENIZE_QUERY) && size > 1 && isFormMarker(text[0])) {
        std::string term;
        appendFormTerm(term, text[0], std::string_view(text + 1, size_t(size - 1)));
        return xToken(ctx, 0, term.data(), int(term.size()), 0, size);
    }
    // Documents (and highlight()'s reading of them) get the forms; a query's words are
    // only themselves, SearchQuery names the forms it wants.
    Emit sink { ctx, xToken, !(flags & FTS5_TOKENIZE_QUERY), {} };
    return tokenizer->base.xTokenize(tokenizer->inner, &sink, flags, text, size, emitToken);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

// lapor_rank(case_search, kinds): kinds holds one letter per phrase of the MATCH
// expression, the words separated by '|': 's' the typed word itself (as a prefix), 'a'
// the word an abbreviation stands for or stands in, 't' a stem. A word scores 2 when
// its surface form matched, 1 through an abbreviation, 0 through a stem only; the sum
// orders the cases, bm25 orders within.
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result,
                  int argCount, sqlite3_value **args)
{
    if (argCount != 1) {
        sqlite3_result_error(result, "lapor_rank(case_search, kinds)", -1);
        return;
    }
    const auto *kinds = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
    const int phrases = api->xPhraseCount(fts);
    int phrase = 0;
    int score = 0;
    int best = 0;
    for (const char *k = kinds ? kinds : ""; *k; ++k) {
        if (*k == '|') {
            score += best;
            best = 0;
            continue;
        }
        if (phrase >= phrases)
            break;
        const int weight = *k == 's' ? 2 : *k == 'a' ? 1 : 0;
        if (weight > best) {
            Fts5PhraseIter iter;
            int column = -1;
            int offset = -1;
            if (api->xPhraseFirst(fts, phrase, &iter, &column, &offset) == SQLITE_OK && column >= 0)
                best = weight;
        }
        ++phrase;
    }
    sqlite3_result_int(result, score + best);
}

void destroyModule(void *context)
{
    delete static_cast<Module *>(context);
}

} // namespace

bool registerOn(sqlite3 *handle)
{
    fts5_api *api = handle ? fts5Api(handle) : nullptr;
    if (!api)
        return false;
    auto module = std::make_unique<Module>();
    void *baseContext = nullptr;
    if (api->xFindTokenizer(api, "unicode61", &baseContext, &module->base) != SQLITE_OK)
        return false;
    module->baseContext = baseContext;
    fts5_tokenizer tokenizer { xCreate, xDelete, xTokenize };
    Module *raw = module.release();
    if (api->xCreateTokenizer(api, "lapor", raw, &tokenizer, destroyModule) != SQLITE_OK) {
        delete raw;
        return false;
    }
    return api->xCreateFunction(api, "lapor_rank", nullptr, rankFunction, nullptr) == SQLITE_OK;
}

bool registerOn(const QSqlDatabase &connection)
{
    return registerOn(Sql::handleOf(connection));
}

std::string formTerm(char marker, std::string_view word)
{
    std::string term;
    appendFormTerm(term, marker, word);
    return term;
}

} // namespace lapor::SearchTokenizer
