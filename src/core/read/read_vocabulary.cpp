// Loads assets/rules/read/ into lookup tables once.
#include "core/read/read_vocabulary.h"

#include "core/assets/data_file.h"

namespace dateline {
namespace {

std::string field(const DataRow& row, std::size_t i, const char* fallback = "") {
    return i < row.fields.size() ? row.fields[i] : std::string(fallback);
}

ReadVocabulary loadVocabulary() {
    ReadVocabulary v;
    for (const auto& row : loadDataAsset("rules/read/boilerplate.txt").rows)
        v.boilerplateLines[asciiLower(row.fields[0])] = field(row, 1, "boilerplate");
    for (const auto& row : loadDataAsset("rules/read/boilerplate_phrases.txt").rows)
        v.boilerplatePhrases.emplace_back(asciiLower(row.fields[0]), field(row, 1, "boilerplate"));
    for (const auto& row : loadDataAsset("rules/read/ui_words.txt").rows) {
        if (field(row, 1) == "suffix")
            v.uiSuffixes.push_back(asciiLower(row.fields[0]));
        else
            v.uiWords.insert(asciiLower(row.fields[0]));
    }
    for (const auto& row : loadDataAsset("rules/read/social_counters.txt").rows)
        v.counterWords.insert(row.fields[0]);
    for (const auto& row : loadDataAsset("rules/read/agencies.txt").rows)
        v.agencies[asciiLower(row.fields[0])] = field(row, 1, row.fields[0].c_str());
    for (const auto& row : loadDataAsset("rules/read/outlet_words.txt").rows)
        v.outletWords[asciiLower(row.fields[0])] = field(row, 1, "masthead");
    for (const auto& row : loadDataAsset("rules/read/caption_cues.txt").rows)
        v.captionCues.push_back(row.fields[0]);
    for (const auto& row : loadDataAsset("rules/read/byline_labels.txt").rows)
        v.bylineLabels.emplace_back(asciiLower(row.fields[0]), field(row, 1, "author"));
    for (const auto& row : loadDataAsset("rules/read/journalist_roles.txt").rows)
        v.journalistRoles.insert(asciiLower(row.fields[0]));
    for (const auto& row : loadDataAsset("rules/read/date_words.txt").rows)
        v.dateWords[asciiLower(row.fields[0])] = {field(row, 1), field(row, 2)};
    for (const auto& row : loadDataAsset("rules/read/stopwords_en.txt").rows)
        v.stopwords.insert(row.fields[0]);
    for (const auto& [phrase, reason] : v.boilerplatePhrases)
        v.phraseMatcher.add(phrase, reason);
    for (const auto& cue : v.captionCues)
        v.captionMatcher.add(asciiLower(cue), cue);
    for (const auto& w : v.uiWords)
        if (w.size() <= 7) v.uiWordsPacked.insert(packShortWord(w));
    for (const auto& w : v.stopwords)
        if (w.size() <= 7) v.stopwordsPacked.insert(packShortWord(w));
    for (const auto& row : loadDataAsset("rules/read/html_hints.txt").rows)
        v.htmlHints.emplace_back(asciiLower(row.fields[0]), field(row, 1) == "--" ? -2 : field(row, 1) == "-" ? -1 : 1);
    return v;
}

} // namespace

void PhraseMatcher::add(std::string phrase, std::string tag) {
    if (phrase.size() < 2) return; // one-byte phrases would match almost every line
    const unsigned head = static_cast<unsigned char>(phrase[0]) << 8 | static_cast<unsigned char>(phrase[1]);
    if (!bucketOfHead_[head]) {
        buckets_.emplace_back();
        bucketOfHead_[head] = static_cast<std::uint16_t>(buckets_.size());
    }
    buckets_[bucketOfHead_[head] - 1].push_back(phrases_.size());
    startsPhrase_[static_cast<unsigned char>(phrase[0])] = true;
    phrases_.emplace_back(std::move(phrase), std::move(tag));
}

const std::string* PhraseMatcher::find(std::string_view s) const {
    const std::uint16_t* heads = bucketOfHead_.data();
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (!startsPhrase_[static_cast<unsigned char>(s[i])]) continue;
        const unsigned head = static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1]);
        const std::uint16_t bucket = heads[head];
        if (!bucket) continue;
        for (const std::size_t k : buckets_[bucket - 1]) {
            const std::string& p = phrases_[k].first;
            if (s.size() - i < p.size() || (p.size() > 2 && s[i + 2] != p[2])) continue; // cheap third-byte check first
            if (std::char_traits<char>::compare(s.data() + i, p.data(), p.size()) == 0) return &phrases_[k].second;
        }
    }
    return nullptr;
}

void PackedWordSet::insert(std::uint64_t v) {
    if (v == 0 || contains(v)) return;
    std::size_t i = slot(v);
    while (slots_[i] != 0)
        i = (i + 1) & (slots_.size() - 1);
    slots_[i] = v;
}

std::uint64_t packShortWord(std::string_view w) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < w.size() && i < 7; ++i)
        v = v << 8 | static_cast<unsigned char>(w[i]);
    return v | (static_cast<std::uint64_t>(w.size() > 7 ? 8 : w.size()) << 56);
}

const ReadVocabulary& readVocabulary() {
    static const ReadVocabulary v = loadVocabulary();
    return v;
}

std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) { // branch-free, so the compiler can vectorise it
        const auto u = static_cast<unsigned char>(c);
        c = static_cast<char>(u + ((static_cast<unsigned char>(u - 'A') < 26u) << 5));
    }
    return out;
}

namespace {
bool alreadyCollapsed(std::string_view s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
    // Branch-free scan: any tab/CR/LF/FF/VT, double space or no-break space means work to do.
    unsigned bad = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const unsigned c = p[i], next = p[i + 1];
        bad |= (c - 9u < 5u) | ((c == ' ') & (next == ' ')) | ((c == 0xC2) & (next == 0xA0));
    }
    return !bad && static_cast<unsigned>(p[s.size() - 1]) - 9u >= 5u;
}
} // namespace

void collapseSpacesInPlace(std::string& s) {
    if (!alreadyCollapsed(s)) s = collapseSpaces(s);
}

std::string collapseSpaces(std::string_view s) {
    if (alreadyCollapsed(s)) return std::string(s); // most lines: one copy, no per-byte appends
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || nbsp) {
            if (nbsp) ++i;
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

} // namespace dateline
