// The reader's vocabulary from assets/rules/read/: boilerplate lines, agencies, date words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dateline {

struct DateWord {
    std::string kind;  // month | weekday | label | zone | meridiem
    std::string value; // see assets/rules/read/date_words.txt
};

// Finds any of a set of lower-case phrases in a lower-cased line in one pass: phrases are
// bucketed by their first two bytes, so most positions cost one table lookup.
class PhraseMatcher {
public:
    void add(std::string phrase, std::string tag);
    // The tag of the first phrase found (leftmost position), or nullptr.
    const std::string* find(std::string_view lowered) const;
    bool empty() const { return phrases_.empty(); }

private:
    std::vector<std::pair<std::string, std::string>> phrases_;
    std::vector<std::vector<std::size_t>> buckets_; // phrases sharing their first two bytes
    std::vector<std::uint16_t> bucketOfHead_ = std::vector<std::uint16_t>(65536, 0); // 0: none, else bucket + 1
    bool startsPhrase_[256] = {}; // first bytes of the phrases: most positions fail this small test
};

// Words of at most 7 bytes packed into an integer: set lookups without building strings.
std::uint64_t packShortWord(std::string_view w);

// A small open-addressing set of packed words (the per-word lookups of the line scan).
class PackedWordSet {
public:
    void insert(std::uint64_t v);
    bool contains(std::uint64_t v) const {
        for (std::size_t i = slot(v);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == v) return true;
            if (slots_[i] == 0) return false;
        }
    }

private:
    std::size_t slot(std::uint64_t v) const {
        return static_cast<std::size_t>((v * 0x9E3779B97F4A7C15ull) >> 52) & (slots_.size() - 1);
    }
    std::vector<std::uint64_t> slots_ =
        std::vector<std::uint64_t>(1024, 0); // keep the load low: few hundred words at most
};

struct ReadVocabulary {
    std::unordered_map<std::string, std::string> boilerplateLines;       // lower-cased line → reason
    std::vector<std::pair<std::string, std::string>> boilerplatePhrases; // phrase → reason
    PhraseMatcher phraseMatcher;                                         // boilerplatePhrases, for the per-line scan
    PhraseMatcher captionMatcher;                                        // captionCues
    std::unordered_set<std::string> uiWords;
    PackedWordSet uiWordsPacked; // the ≤ 7-byte ones, packed
    std::vector<std::string> uiSuffixes;
    std::unordered_set<std::string> counterWords;
    std::unordered_map<std::string, std::string> agencies; // lower-cased cue → name
    std::unordered_map<std::string, std::string> outletWords; // lower-cased word → masthead | section
    std::vector<std::string> captionCues;
    std::vector<std::pair<std::string, std::string>> bylineLabels; // label → author | source
    std::unordered_set<std::string> journalistRoles;               // "reporter", "correspondent", ...
    std::unordered_map<std::string, DateWord> dateWords;
    std::unordered_set<std::string> stopwords;
    PackedWordSet stopwordsPacked;
    std::vector<std::pair<std::string, int>> htmlHints; // class/id substring → +1, -1, -2 (strong)
};

// Loaded once from the embedded assets.
const ReadVocabulary& readVocabulary();

// ASCII lower-casing (the vocabulary is ASCII; other bytes pass through).
std::string asciiLower(std::string_view s);

// Collapses runs of spaces, tabs and no-break spaces into one space and trims the ends.
std::string collapseSpaces(std::string_view s);
void collapseSpacesInPlace(std::string& s); // the same, without a copy when nothing changes

} // namespace dateline
