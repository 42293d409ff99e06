// Tokenizer for the temporal tagger: one pass, no allocation per token beyond the output vector.
#include "core/time/time_tokens.h"

#include <algorithm>

namespace dateline::timetag {

std::uint32_t Vocabulary::hash(std::string_view s) {
    std::uint32_t h = 2166136261u; // FNV-1a
    for (const char c : s)
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

void Vocabulary::place(std::size_t id) {
    const std::uint32_t h = hash(words_[id]);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i] >= 0)
        i = (i + 1) & mask;
    slots_[i] = static_cast<std::int32_t>(id);
    slotHashes_[i] = h;
}

void Vocabulary::rehash(std::size_t slots) {
    slots_.assign(slots, -1);
    slotHashes_.assign(slots, 0);
    for (std::size_t id = 0; id < words_.size(); ++id)
        place(id);
}

std::int32_t Vocabulary::intern(std::string_view lowered) {
    const std::int32_t found = find(lowered);
    if (found >= 0) return found;
    words_.emplace_back(lowered);
    if (lowered.size() > maxLength_) maxLength_ = lowered.size();
    // A power of two, at most half full. Doubled when full, else the new word takes its slot:
    // rebuilding the table per word made loading the rules quadratic in the vocabulary.
    if (words_.size() * 2 > slots_.size())
        rehash(std::max<std::size_t>(64, slots_.size() * 2));
    else
        place(words_.size() - 1);
    return static_cast<std::int32_t>(words_.size() - 1);
}

std::int32_t Vocabulary::find(std::string_view lowered) const {
    if (slots_.empty() || lowered.size() > maxLength_) return -1;
    const std::uint32_t h = hash(lowered);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask; slots_[i] >= 0; i = (i + 1) & mask)
        if (slotHashes_[i] == h && words_[static_cast<std::size_t>(slots_[i])] == lowered) return slots_[i];
    return -1;
}

namespace {

// ASCII letters and digits, from a table: this runs once per byte of every article.
struct AlnumTable {
    bool of[256] = {};
    AlnumTable() {
        for (int c = 0; c < 256; ++c)
            of[c] = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
};
const AlnumTable alnum;

bool isAsciiAlnum(unsigned char c) { return alnum.of[c]; }

// Length of a general-punctuation character (U+2000–U+206F: dashes, curly quotes) at i, or 0.
std::size_t generalPunctuationAt(std::string_view s, std::size_t i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81))
        return 3;
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2; // no-break space: handled as whitespace by the caller
    return 0;
}

bool isWordByte(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return isAsciiAlnum(c);
    return generalPunctuationAt(s, i) == 0;
}

} // namespace

std::vector<Token> tokenize(std::string_view text, const Vocabulary& vocabulary, std::string& lowered) {
    lowered.assign(text.data(), text.size());
    for (char& c : lowered) { // branch-free, so the compiler can vectorise it
        const auto u = static_cast<unsigned char>(c);
        c = static_cast<char>(u + ((static_cast<unsigned char>(u - 'A') < 26u) << 5));
    }
    std::vector<Token> out;
    out.reserve(text.size() / 3 + 1);
    bool space = true, line = true, paragraph = true;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = true;
            ++i;
            continue;
        }
        if (c == '\n') {
            paragraph = paragraph || line;
            space = line = true;
            ++i;
            continue;
        }
        const std::size_t punct = c >= 0x80 ? generalPunctuationAt(text, i) : 0;
        if (punct == 2) { // no-break space
            space = true;
            i += 2;
            continue;
        }
        Token t;
        t.start = static_cast<std::uint32_t>(i);
        t.spaceBefore = space;
        t.lineBefore = line;
        t.paragraphBefore = paragraph;
        space = line = paragraph = false;
        if (punct == 3) {
            i += 3;
            t.kind = TokenKind::Punct;
        } else if (isWordByte(text, i)) {
            t.kind = c >= '0' && c <= '9' ? TokenKind::Number : TokenKind::Word;
            t.capitalised = c >= 'A' && c <= 'Z';
            while (i < n && isWordByte(text, i))
                ++i;
            // "5pm", "10:47am": the clock suffix written onto its number is a token of its own.
            if (t.kind == TokenKind::Number && i - t.start >= 3 && (lowered[i - 1] == 'm') &&
                (lowered[i - 2] == 'a' || lowered[i - 2] == 'p')) {
                bool digits = true;
                for (std::size_t k = t.start; k + 2 < i; ++k)
                    digits = digits && text[k] >= '0' && text[k] <= '9';
                if (digits) {
                    t.end = static_cast<std::uint32_t>(i - 2);
                    t.word = vocabulary.find(std::string_view(lowered).substr(t.start, t.end - t.start));
                    out.push_back(t);
                    Token suffix;
                    suffix.start = t.end;
                    suffix.kind = TokenKind::Word;
                    t = suffix;
                }
            }
        } else {
            ++i;
            t.kind = TokenKind::Punct;
        }
        t.end = static_cast<std::uint32_t>(i);
        t.word = vocabulary.find(std::string_view(lowered).substr(t.start, t.end - t.start));
        out.push_back(t);
    }
    return out;
}

std::vector<std::int32_t> internPhrase(std::string_view phrase, Vocabulary& vocabulary) {
    std::string lowered;
    Vocabulary none;
    const auto tokens = tokenize(phrase, none, lowered);
    std::vector<std::int32_t> ids;
    for (const auto& t : tokens)
        ids.push_back(vocabulary.intern(std::string_view(lowered).substr(t.start, t.end - t.start)));
    return ids;
}

} // namespace dateline::timetag
