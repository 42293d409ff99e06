// Word tokenizer: UTF-8 aware enough to keep names in other scripts and skip typographic punctuation.
#include "core/who/word_tokens.h"

namespace dateline {
namespace {

bool isAsciiAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of a UTF-8 punctuation sequence at s[i] (General Punctuation block: quotes, dashes), else 0.
std::size_t punctuationLength(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() + 0 && static_cast<unsigned char>(s[i + 1]) == 0x80) return 3;
    if (c == 0xC2 && i + 1 < s.size()) return 2; // NBSP, «, », ©, ·
    return 0;
}

bool isWordByte(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (isAsciiAlnum(c)) return true;
    return c >= 0x80 && punctuationLength(s, i) == 0;
}

bool isRightSingleQuote(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
           static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99;
}

} // namespace

std::string lowerAsciiWord(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::vector<WordToken> tokenizeWords(std::string_view s, std::size_t base) {
    std::vector<WordToken> out;
    out.reserve(s.size() / 6 + 4); // about one word per six bytes of English
    std::size_t i = 0;
    while (i < s.size()) {
        if (!isWordByte(s, i)) {
            const std::size_t p = punctuationLength(s, i);
            // "7.8-magnitude", "11,000": a decimal point or thousands comma between digits is
            // part of a number, neither a stop nor a comma.
            const bool inNumber = (s[i] == '.' || s[i] == ',') && i > 0 && i + 1 < s.size() && s[i - 1] >= '0' &&
                                  s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9';
            if (!out.empty() && !inNumber) {
                const char c = s[i];
                if (c == ',' || c == ':' || (p == 3 && static_cast<unsigned char>(s[i + 2]) == 0x94))
                    out.back().commaAfter = true;
                if (c == ';' || c == '\n' || c == '(' || c == ')' || c == '"' || c == '.' || c == '!' || c == '?' ||
                    (p == 3 &&
                     (static_cast<unsigned char>(s[i + 2]) == 0x9C || static_cast<unsigned char>(s[i + 2]) == 0x9D)))
                    out.back().stopAfter = true;
            }
            i += p ? p : 1;
            continue;
        }
        WordToken t;
        t.start = i;
        std::size_t j = i;
        while (j < s.size()) {
            if (isWordByte(s, j)) {
                ++j;
                continue;
            }
            // Inner hyphen or apostrophe joins ("Son-hui", "O'Brien"); a dot joins single capitals ("U.S.").
            if ((s[j] == '-' || s[j] == '\'') && j + 1 < s.size() && isWordByte(s, j + 1) &&
                !(s[j] == '\'' && j + 1 < s.size() && (s[j + 1] == 's') &&
                  (j + 2 >= s.size() || !isWordByte(s, j + 2)))) {
                ++j;
                continue;
            }
            if (s[j] == '.' && j - t.start <= 2 && j + 1 < s.size() && s[j + 1] >= 'A' && s[j + 1] <= 'Z' &&
                (j + 2 >= s.size() || s[j + 2] == '.')) {
                ++j;
                continue;
            }
            break;
        }
        // Keep the abbreviation's final dot ("U.S.", "N.") so "N. Korean" matches the gazetteer.
        if (j < s.size() && s[j] == '.' && j > t.start &&
            ((j - t.start == 1 && s[t.start] >= 'A' && s[t.start] <= 'Z') || (j - t.start >= 3 && s[j - 2] == '.')))
            ++j;
        t.end = j;
        const std::string_view word = s.substr(t.start, t.end - t.start);
        t.lower = lowerAsciiWord(word);
        const auto first = static_cast<unsigned char>(word[0]);
        t.capitalised = (first >= 'A' && first <= 'Z') || first >= 0x80;
        // Possessive 's / ’s
        if (j + 1 < s.size() && s[j] == '\'' && s[j + 1] == 's' && (j + 2 >= s.size() || !isWordByte(s, j + 2))) {
            t.possessive = true;
            j += 2;
        } else if (isRightSingleQuote(s, j) && j + 3 < s.size() + 1 && j + 3 <= s.size() && j + 3 < s.size() &&
                   s[j + 3] == 's' && (j + 4 >= s.size() || !isWordByte(s, j + 4))) {
            t.possessive = true;
            j += 4;
        }
        t.start += base;
        t.end += base;
        out.push_back(std::move(t));
        i = j;
    }
    return out;
}

} // namespace dateline
