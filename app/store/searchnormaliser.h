#pragma once

#include <QString>

#include <memory>
#include <string>
#include <string_view>

namespace lapor {

// How search reads the words citizens write (docs/inbox.md, "How search reads
// Indonesian"). A word, already folded to lower case without accents, has up to two more
// forms: the word an SMS-style abbreviation stands for (resources/data/
// search-normalisation.json: "blm" is "belum", "anak2" is "anak") and its Hunspell stem
// ("diperbaiki" is "baik"). Index and query both take their forms from here, so they
// can never disagree. Forms are cached per word: a store holds millions of words but only
// some thousands of distinct ones, and a Hunspell lookup costs tens of microseconds.
// Safe to use from several threads.
class SearchNormaliser
{
public:
    // What a word adds to the index beside itself; empty when it adds nothing.
    struct Forms
    {
        std::string expanded; // the word an abbreviation stands for
        std::string stem; // the stem of the word (or of its expansion), when it differs
        // The word (or its expansion) is a stem in the dictionary: other words may have it
        // as their stem. A word that is not can have no "~" form pointing at it.
        bool isStem = false;
    };

    // Markers of the added index terms: neither can start a word that FTS5 reads from text.
    static constexpr char kExpandedMarker = '^';
    static constexpr char kStemMarker = '~';

    static SearchNormaliser &instance();

    // The forms of one folded word. The reference holds until this thread's next call: the
    // tokenizer asks once per word of every text, so nothing is copied or allocated on the
    // way.
    const Forms &forms(std::string_view folded) const;
    // A stem that, written bare, is a common word of another meaning ("baik" in "baik
    // pak"): its affixed forms match each other but never the bare word.
    bool isStandalone(std::string_view stem) const;
    // Whether some abbreviation stands for this word, so that "^word" may be in the index.
    bool isExpansion(std::string_view word) const;
    // Folds a word as the index does (unicode61 with remove_diacritics 2): lower case,
    // no accents.
    static QString fold(const QString &word);
    bool hasStemmer() const;
    // Where the dictionary was found; empty without one.
    QString dictionaryPath() const;

    SearchNormaliser(const SearchNormaliser &) = delete;
    SearchNormaliser &operator=(const SearchNormaliser &) = delete;
    ~SearchNormaliser();

private:
    SearchNormaliser();
    Forms compute(std::string_view folded) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lapor
