#include "searchnormaliser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <hunspell/hunspell.h>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

Q_LOGGING_CATEGORY(lcSearchNormaliser, "lapor.store.search")

namespace lapor {

namespace {

// Shorter words are mostly function words and abbreviations, which the list handles;
// Hunspell's affix rules would only invent stems for them.
constexpr size_t kMinStemmedLength = 4;
// The cache stops growing here: typos and numbers would otherwise grow it without end.
constexpr size_t kMaxCached = 200000;

bool isPlainWord(std::string_view word)
{
    for (char ch : word) {
        if (ch < 'a' || ch > 'z')
            return false;
    }
    return !word.empty();
}

QString findDictionary()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("LAPOR_HUNSPELL_DIR");
    if (!fromEnv.isEmpty())
        dirs.append(fromEnv);
    dirs << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
         << QStringLiteral("/usr/local/share/hunspell");
    for (const QString &dir : std::as_const(dirs)) {
        const QString base = dir + QLatin1String("/id_ID");
        if (QFileInfo::exists(base + QLatin1String(".aff"))
            && QFileInfo::exists(base + QLatin1String(".dic")))
            return base;
    }
    return {};
}

// Looks a word up by its view, without building a std::string for it.
struct WordHash
{
    using is_transparent = void;
    size_t operator()(std::string_view word) const noexcept
    {
        return std::hash<std::string_view> {}(word);
    }
};

using FormsCache
    = std::unordered_map<std::string, SearchNormaliser::Forms, WordHash, std::equal_to<>>;

// Each thread's own cache of forms, asked once per word of every text a search row is
// built from: ten million times at 100,000 cases. Open addressing, each slot holding a
// part of its word's hash, so that a lookup reads one slot and compares one word in the
// common case (std::unordered_map with a hash of its own computes the hash of every node
// it passes again: that was a tenth of building the search rows).
class LocalCache
{
public:
    static uint64_t hash(std::string_view word) noexcept
    {
        uint64_t h = 14695981039346656037ull; // FNV-1a
        for (const char ch : word) {
            h ^= uint8_t(ch);
            h *= 1099511628211ull;
        }
        return h;
    }

    const SearchNormaliser::Forms *find(std::string_view word, uint64_t h) const noexcept
    {
        if (m_slots.empty())
            return nullptr;
        const uint32_t tag = uint32_t(h >> 32);
        for (size_t i = size_t(h) & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.entry == 0)
                return nullptr;
            if (slot.tag == tag) {
                const Entry &entry = m_entries[slot.entry - 1];
                if (entry.word == word)
                    return &entry.forms;
            }
        }
    }

    const SearchNormaliser::Forms &insert(std::string_view word, uint64_t h,
                                          SearchNormaliser::Forms forms)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        m_entries.push_back({ std::string(word), std::move(forms) });
        place(h, uint32_t(m_entries.size()));
        return m_entries.back().forms;
    }

    size_t size() const noexcept { return m_entries.size(); }

    void clear()
    {
        m_entries.clear();
        m_slots.assign(m_slots.size(), Slot {});
    }

private:
    struct Slot
    {
        uint32_t tag = 0;
        uint32_t entry = 0; // 1 + its index in m_entries; 0 for an empty slot
    };
    struct Entry
    {
        std::string word;
        SearchNormaliser::Forms forms;
    };

    void place(uint64_t h, uint32_t entry) noexcept
    {
        size_t i = size_t(h) & m_mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = { uint32_t(h >> 32), entry };
    }

    void grow()
    {
        m_slots.assign(qMax<size_t>(1024, m_slots.size() * 2), Slot {});
        m_mask = m_slots.size() - 1;
        for (size_t i = 0; i < m_entries.size(); ++i)
            place(hash(m_entries[i].word), uint32_t(i + 1));
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    std::deque<Entry> m_entries; // stays where it is while more are added
};

} // namespace

struct SearchNormaliser::Private
{
    std::unordered_map<std::string, std::string> abbreviations;
    std::unordered_set<std::string> standalone;
    std::unordered_set<std::string> expansions;
    Hunhandle *hunspell = nullptr;
    QString dictionary;
    mutable std::mutex hunspellLock; // Hunspell keeps state between calls
    mutable std::shared_mutex cacheLock;
    mutable FormsCache cache;
};

SearchNormaliser::SearchNormaliser()
    : d(std::make_unique<Private>())
{
    QFile file(QStringLiteral(":/data/search-normalisation.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject abbreviations = root.value(QLatin1String("abbreviations")).toObject();
        for (auto it = abbreviations.begin(); it != abbreviations.end(); ++it) {
            d->abbreviations.emplace(it.key().toStdString(), it.value().toString().toStdString());
            d->expansions.insert(it.value().toString().toStdString());
        }
        for (const auto &stem : root.value(QLatin1String("standalone")).toArray())
            d->standalone.insert(stem.toString().toStdString());
    } else {
        qCWarning(lcSearchNormaliser, "the abbreviation list is missing from the resources");
    }
    d->dictionary = findDictionary();
    if (!d->dictionary.isEmpty()) {
        const QByteArray aff = QFile::encodeName(d->dictionary + QLatin1String(".aff"));
        const QByteArray dic = QFile::encodeName(d->dictionary + QLatin1String(".dic"));
        d->hunspell = Hunspell_create(aff.constData(), dic.constData());
    }
    if (!d->hunspell)
        qCWarning(lcSearchNormaliser,
                  "no Indonesian Hunspell dictionary (id_ID) found: search matches words "
                  "and abbreviations but not their stems");
}

SearchNormaliser::~SearchNormaliser()
{
    if (d->hunspell)
        Hunspell_destroy(d->hunspell);
}

SearchNormaliser &SearchNormaliser::instance()
{
    static SearchNormaliser normaliser;
    return normaliser;
}

bool SearchNormaliser::hasStemmer() const
{
    return d->hunspell != nullptr;
}

QString SearchNormaliser::dictionaryPath() const
{
    return d->dictionary;
}

bool SearchNormaliser::isStandalone(std::string_view stem) const
{
    return d->standalone.count(std::string(stem)) > 0;
}

bool SearchNormaliser::isExpansion(std::string_view word) const
{
    return d->expansions.count(std::string(word)) > 0;
}

QString SearchNormaliser::fold(const QString &word)
{
    QString out;
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (!ch.isMark())
            out.append(ch.toLower());
    }
    return out;
}

const SearchNormaliser::Forms &SearchNormaliser::forms(std::string_view folded) const
{
    // Numbers, codes and words of other scripts have no forms ("anak2" starts with a
    // letter): they are most of the distinct tokens of a store and would fill the caches.
    static const Forms none;
    if (folded.empty() || folded.front() < 'a' || folded.front() > 'z')
        return none;
    // Each thread first asks a cache of its own: indexing asks once per word of every text,
    // and the shared lock would be taken millions of times in a first sync.
    thread_local LocalCache local;
    const uint64_t h = LocalCache::hash(folded);
    if (const Forms *cached = local.find(folded, h))
        return *cached;
    Forms found;
    bool known = false;
    {
        std::shared_lock lock(d->cacheLock);
        const auto it = d->cache.find(folded);
        if (it != d->cache.end()) {
            found = it->second;
            known = true;
        }
    }
    if (!known) {
        found = compute(folded);
        std::unique_lock lock(d->cacheLock);
        if (d->cache.size() < kMaxCached)
            d->cache.emplace(std::string(folded), found);
    }
    if (local.size() >= kMaxCached)
        local.clear();
    return local.insert(folded, h, std::move(found));
}

SearchNormaliser::Forms SearchNormaliser::compute(std::string_view folded) const
{
    Forms out;
    if (!isPlainWord(folded)) {
        // "anak2", "gara2": the figure 2 repeats the word (anak-anak).
        if (folded.size() > 3 && folded.back() == '2'
            && isPlainWord(folded.substr(0, folded.size() - 1)))
            out.expanded = std::string(folded.substr(0, folded.size() - 1));
        else
            return out;
    } else if (const auto it = d->abbreviations.find(std::string(folded));
               it != d->abbreviations.end()) {
        out.expanded = it->second;
    }
    const std::string word = out.expanded.empty() ? std::string(folded) : out.expanded;
    if (!d->hunspell || word.size() < kMinStemmedLength)
        return out;
    std::string stem;
    {
        std::lock_guard lock(d->hunspellLock);
        char **list = nullptr;
        const int n = Hunspell_stem(d->hunspell, &list, word.c_str());
        // The first stem is the most direct analysis ("belajar", not "lajar").
        for (int i = 0; i < n; ++i) {
            if (i == 0)
                stem = list[0];
            if (word == list[i])
                out.isStem = true;
        }
        Hunspell_free_list(d->hunspell, &list, n);
    }
    if (isPlainWord(stem) && stem != word)
        out.stem = std::move(stem);
    return out;
}

} // namespace lapor
