// Word tokens with byte offsets, shared by the entity finder and the event extractor.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct WordToken {
    std::size_t start = 0; // byte offsets in the tokenised text (possessive "'s" excluded)
    std::size_t end = 0;
    std::string lower;          // ASCII-lower-cased word
    bool capitalised = false;   // starts with an upper-case ASCII letter or a non-ASCII letter
    bool possessive = false;    // followed by 's / ’s
    bool commaAfter = false;    // a comma (or colon, dash) follows before the next word
    bool stopAfter = false;     // sentence or clause punctuation ; ( ) “ ” " follows
    unsigned char ruleMask = 0; // free for a stage to mark which of its phrase tables may start here
};

// A run of tokens inside a longer tokenisation (one sentence of an article's tokens).
struct WordTokenSpan {
    const WordToken* data = nullptr;
    std::size_t count = 0;
    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    const WordToken& operator[](std::size_t i) const { return data[i]; }
};

// Splits text into words: letters, digits, inner hyphens, dots of abbreviations ("U.S.",
// "N."), apostrophes inside names ("Workers'"). Curly quotes and dashes are punctuation.
std::vector<WordToken> tokenizeWords(std::string_view text, std::size_t baseOffset = 0);

// Lower-cases ASCII letters (names in other scripts are compared as they are).
std::string lowerAsciiWord(std::string_view s);

} // namespace dateline
