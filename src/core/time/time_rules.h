// The temporal tagger's rules as compiled data: lexicons (tries over tokens) and token patterns.
//
// Layout per language, under assets/rules/time/<lang>/ (adding a language adds a folder, no code):
//   tables/<name>.txt   FORMAT: phrase | value      a lexicon, referred to in patterns as %name
//   rules/<family>.txt  FORMAT: pattern | type | value | mod | quant | freq
// Pattern syntax, tokens separated by spaces:
//   word        a literal (case-insensitive; "May" written capitalised must be capitalised in text)
//   %name       a lexicon entry or a built-in class; captured as {name} (a repeat as {name2})
//   key=%name   the same, captured as {key}
//   (a b|c)     alternatives, each a sequence;  x? or (…)?  optional
//   a > b       b must follow a but is no part of the expression: "the year > (ended|ending)"
//   a < b       a must come right before b but is no part of it: "(in|during) < the %partofday";
//               a is literal words only
// Built-in classes: %int %num %year4 %year2 %day %hour %minute %ordinal %decade.
// type REMOVE marks a negative rule: it wins like any match, then its text is not tagged.
#pragma once

#include "core/model.h"
#include "core/time/time_tokens.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline::timetag {

enum class Builtin : std::uint8_t { Int, Num, Year4, Year2, Day, Hour, Minute, Ordinal, Decade };

// One token-level test in a flattened pattern.
struct Atom {
    enum class Kind : std::uint8_t { Literal, Lexicon, Builtin } kind = Kind::Literal;
    std::int32_t word = -1; // Literal
    bool mustBeCapitalised = false;
    int lexicon = -1; // Lexicon
    Builtin builtin = Builtin::Int;
    int capture = -1; // capture slot in the rule, -1 for none
};

struct LexiconNode {
    std::vector<std::pair<std::int32_t, std::int32_t>> next; // (word id, node), sorted by word id
    std::int32_t value = -1;                                 // index into Lexicon::values when a phrase ends here
    bool mustBeCapitalised = false;                          // the phrase was written with a capital letter
};

struct Lexicon {
    std::string name;
    std::vector<LexiconNode> nodes{1}; // node 0 is the root
    std::vector<std::string> values;
};

struct TimeRule {
    std::string file;
    std::size_t line = 0;
    std::string pattern;                 // as written
    std::string type;                    // DATE | TIME | DURATION | SET | REMOVE
    std::string value, mod, quant, freq; // templates with {capture} slots
    std::vector<std::string> captureNames;
    std::vector<std::string> examples;
    bool remove = false; // type REMOVE
};

// A rule's pattern with groups and optional parts expanded into plain atom sequences.
struct RuleVariant {
    int rule = 0;
    std::vector<Atom> atoms;
    std::size_t leadAtoms = 0;   // atoms before this one are leading context ("a < b"), one word each
    std::size_t extentAtoms = 0; // atoms past this one are trailing context ("a > b"), not matched text
    // A cheap test before the walk: when the first atom is one token, the second token must
    // be this word (secondWord) or start a phrase of this lexicon (secondLexicon); -1 = no test.
    std::int32_t secondWord = -1;
    int secondLexicon = -1;
};

struct TimeRuleSet {
    std::string language;
    Vocabulary vocabulary;
    std::vector<Lexicon> lexicons;
    std::vector<TimeRule> rules;
    std::vector<RuleVariant> variants;
    // Candidate variants for a start token. A variant whose first atom is one token and whose
    // second atom is known is filed under both words, so common words ("the", "a") cost little.
    std::vector<std::vector<int>> variantsByFirstWord;                           // indexed by word id
    std::unordered_map<std::uint64_t, std::vector<int>> variantsByFirstTwoWords; // wordPairKey(first, second)
    std::vector<int> variantsStartingWithNumber;                                 // first atom accepts a digit token
    std::vector<std::vector<int>> variantsByNumberThenWord;                      // digit token, then this word id
    std::vector<std::vector<bool>> lexiconFirstWords;                            // per lexicon, indexed by word id
    std::vector<std::vector<bool>> lexiconLaterWords; // per lexicon: the word ends or continues a phrase
    int numberLexicon = -1, ordinalLexicon = -1; // %num and %ordinal read words from these
    std::vector<Diagnostic> diagnostics;

    int lexiconIndex(std::string_view name) const;
    static std::uint64_t wordPairKey(std::int32_t first, std::int32_t second) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(first)) << 32) |
               static_cast<std::uint32_t>(second);
    }
};

// Compiles the rule set of a language from the embedded assets (once; later calls reuse it).
const TimeRuleSet& timeRules(std::string_view language = "en");

// Compiles a rule set from explicit file texts: path → content (paths as under assets/).
// Used by timeRules() and by tests that check the loader's error reports.
TimeRuleSet compileTimeRules(std::string_view language,
                             const std::vector<std::pair<std::string, std::string_view>>& files);

// Built-in class names, for the loader and documentation.
bool builtinByName(std::string_view name, Builtin& out);

} // namespace dateline::timetag
