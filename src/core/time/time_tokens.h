// Tokens for the temporal tagger: byte spans over the text, looked up once in the rules' vocabulary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::timetag {

enum class TokenKind : std::uint8_t { Word, Number, Punct };

struct Token {
    std::uint32_t start = 0, end = 0; // byte span in the text
    std::int32_t word = -1;           // vocabulary id of the lower-cased token, -1 when unknown
    TokenKind kind = TokenKind::Word;
    bool capitalised = false;     // first byte is an ASCII upper-case letter
    bool spaceBefore = false;     // whitespace separates it from the previous token
    bool lineBefore = false;      // a line break separates it from the previous token
    bool paragraphBefore = false; // a blank line does: no expression runs across it
};

// Maps lower-cased token text to ids: an open-addressing table, since every token of every
// article is looked up once and most are not there.
class Vocabulary {
public:
    std::int32_t intern(std::string_view lowered);
    std::int32_t find(std::string_view lowered) const;
    const std::string& text(std::int32_t id) const { return words_[static_cast<std::size_t>(id)]; }
    std::size_t size() const { return words_.size(); }

private:
    static std::uint32_t hash(std::string_view s);
    void rehash(std::size_t slots);
    void place(std::size_t id); // puts word id into its slot (the table has a free one)

    std::vector<std::string> words_;
    std::vector<std::int32_t> slots_; // word id or -1; size is a power of two
    std::vector<std::uint32_t> slotHashes_;
    std::size_t maxLength_ = 0;
};

// Splits text into words (letters, digits and non-ASCII letters run together), numbers
// (runs that start with a digit: "1998", "5th", "1990s") and single punctuation marks
// (ASCII, or one U+2000–U+206F character such as a curly quote or a dash).
// lowered receives an ASCII-lower-cased copy of text, which the tokens' ids refer to.
std::vector<Token> tokenize(std::string_view text, const Vocabulary& vocabulary, std::string& lowered);

// Tokenizes a rule or lexicon phrase, interning every token.
std::vector<std::int32_t> internPhrase(std::string_view phrase, Vocabulary& vocabulary);

} // namespace dateline::timetag
