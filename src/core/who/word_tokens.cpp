// Word tokenizer: UTF-8 aware enough to keep names in other scripts and skip typographic punctuation.
#include "core/who/word_tokens.h"

namespace dateline {
namespace {

bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Length of a UTF-8 punctuation sequence at s[i] (General Punctuation block: quotes, dashes), else 0.
std::size_t punctuationLength(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return 3;
    if (c == 0xC2 && i + 1 < s.size()) return 2; // NBSP, «, », ©, ·
    return 0;
}

// Per byte: 1 for ASCII letters and digits, 2 for bytes of non-ASCII characters (word bytes unless
// they start typographic punctuation), 0 otherwise. A table: this runs once per byte of every article.
struct ByteClasses {
    unsigned char of[256] = {};
    ByteClasses() {
        for (int c = 0; c < 256; ++c)
            of[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? 1 : c >= 0x80 ? 2 : 0;
    }
};
const ByteClasses byteClasses;

inline bool isWordByte(std::string_view s, std::size_t i) {
    const unsigned char k = byteClasses.of[static_cast<unsigned char>(s[i])];
    return k == 1 || (k == 2 && punctuationLength(s, i) == 0);
}

bool isRightSingleQuote(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
           static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99;
}

void lowerAsciiInPlace(std::string& s) {
    for (auto& c : s)
        if (isAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
}

} // namespace

std::string lowerAsciiWord(std::string_view s) {
    std::string out(s);
    lowerAsciiInPlace(out);
    return out;
}

std::vector<WordToken> tokenizeWords(std::string_view s, std::size_t base) {
    std::vector<WordToken> out;
    out.reserve(s.size() / 6 + 4); // about one word per six bytes of English
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (!isWordByte(s, i)) {
            if (s[i] == ' ') { // most gaps between words: marks nothing
                ++i;
                continue;
            }
            const std::size_t p = punctuationLength(s, i);
            const char c = s[i];
            if (!out.empty()) {
                // "7.8-magnitude", "11,000": a decimal point or thousands comma between digits is
                // part of a number, neither a stop nor a comma.
                const bool inNumber = (c == '.' || c == ',') && i > 0 && i + 1 < n && isAsciiDigit(s[i - 1]) &&
                                      isAsciiDigit(s[i + 1]);
                if (!inNumber) {
                    const auto third = p == 3 ? static_cast<unsigned char>(s[i + 2]) : 0;
                    if (c == ',' || c == ':' || third == 0x94) out.back().commaAfter = true;
                    if (c == ';' || c == '\n' || c == '(' || c == ')' || c == '"' || c == '.' || c == '!' ||
                        c == '?' || third == 0x9C || third == 0x9D)
                        out.back().stopAfter = true;
                }
            }
            i += p ? p : 1;
            continue;
        }
        const std::size_t start = i;
        std::size_t j = i + 1;
        while (j < n) {
            if (isWordByte(s, j)) {
                ++j;
                continue;
            }
            // Inner hyphen or apostrophe joins ("Son-hui", "O'Brien"); a dot joins single capitals ("U.S.").
            const char c = s[j];
            if ((c == '-' || c == '\'') && j + 1 < n && isWordByte(s, j + 1) &&
                !(c == '\'' && s[j + 1] == 's' && (j + 2 >= n || !isWordByte(s, j + 2)))) {
                ++j;
                continue;
            }
            if (c == '.' && j - start <= 2 && j + 1 < n && isAsciiUpper(s[j + 1]) && (j + 2 >= n || s[j + 2] == '.')) {
                ++j;
                continue;
            }
            break;
        }
        // Keep the abbreviation's final dot ("U.S.", "N.") so "N. Korean" matches the gazetteer.
        if (j < n && s[j] == '.' && ((j - start == 1 && isAsciiUpper(s[start])) || (j - start >= 3 && s[j - 2] == '.')))
            ++j;
        WordToken& t = out.emplace_back();
        t.start = start + base;
        t.end = j + base;
        // Lower-cased while copied; short words (nearly all) go through a stack buffer into the
        // string's own small buffer with one append (assign's general path cost more than the copy).
        const std::size_t len = j - start;
        if (len <= 16) {
            char buf[16];
            for (std::size_t k = 0; k < len; ++k) {
                const auto u = static_cast<unsigned char>(s[start + k]);
                buf[k] = static_cast<char>(u + ((static_cast<unsigned char>(u - 'A') < 26u) << 5));
            }
            t.lower.append(buf, len);
        } else {
            t.lower.assign(s.data() + start, len);
            lowerAsciiInPlace(t.lower);
        }
        const auto first = static_cast<unsigned char>(s[start]);
        t.capitalised = (first >= 'A' && first <= 'Z') || first >= 0x80;
        // Possessive 's / ’s
        if (j + 1 < n && s[j] == '\'' && s[j + 1] == 's' && (j + 2 >= n || !isWordByte(s, j + 2))) {
            t.possessive = true;
            j += 2;
        } else if (isRightSingleQuote(s, j) && j + 3 < n && s[j + 3] == 's' && (j + 4 >= n || !isWordByte(s, j + 4))) {
            t.possessive = true;
            j += 4;
        }
        i = j;
    }
    return out;
}

} // namespace dateline
