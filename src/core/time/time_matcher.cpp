// Token-pattern matcher: candidate rules come from an index on the first token, then a short
// depth-first walk over each candidate's atoms; no regular expressions at match time.
#include "core/time/time_matcher.h"

#include <algorithm>

namespace dateline::timetag {
namespace {

// What an atom captured, kept cheap to copy during the walk: a lexicon value (owned by the rule
// set) or a number to print. Only the winning match's captures become strings.
struct Capture {
    const std::string* lexiconValue = nullptr;
    long number = -1; // -1: nothing captured
    bool twoDigits = false;

    std::string text() const {
        if (lexiconValue) return *lexiconValue;
        if (number < 0) return {};
        std::string s = std::to_string(number);
        return twoDigits && s.size() < 2 ? "0" + s : s;
    }
};
using Option = std::pair<std::size_t, Capture>; // tokens used, what they captured

Capture numberCapture(long v) { return Capture{nullptr, v, false}; }
Capture paddedCapture(long v) { return Capture{nullptr, v, true}; }

struct Scanner {
    const TimeRuleSet& set;
    const std::vector<Token>& tokens;
    std::string_view lowered;
    // Options tried at each atom depth of a walk, reused across walks: the matcher runs at every
    // token, and a fresh vector per step was most of its allocations.
    mutable std::vector<std::vector<Option>> scratch;

    std::string_view textOf(std::size_t i) const {
        return lowered.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    }

    // Digits at the front of a number token, and what follows them.
    static bool splitNumber(std::string_view t, std::size_t& digits, long& value) {
        digits = 0;
        value = 0;
        while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') {
            if (digits < 9) value = value * 10 + (t[digits] - '0');
            ++digits;
        }
        return digits > 0;
    }

    // A run of number words ("twenty-four", "two hundred and fifty"); returns tokens used.
    std::size_t numberWords(std::size_t i, long& value) const {
        const int lex = set.numberLexicon;
        if (lex < 0) return 0;
        const Lexicon& numbers = set.lexicons[static_cast<std::size_t>(lex)];
        long total = 0, current = 0;
        std::size_t used = 0, j = i;
        bool any = false;
        while (j < tokens.size()) {
            const auto& root = numbers.nodes[0].next;
            const auto it =
                std::lower_bound(root.begin(), root.end(), std::make_pair(tokens[j].word, std::int32_t(-1)));
            if (tokens[j].word < 0 || it == root.end() || it->first != tokens[j].word) break;
            const auto& node = numbers.nodes[static_cast<std::size_t>(it->second)];
            if (node.value < 0) break;
            const std::string& v = numbers.values[static_cast<std::size_t>(node.value)];
            long n = 0;
            for (char c : v)
                if (c >= '0' && c <= '9' && n < 100000000) n = n * 10 + (c - '0');
            if (!v.empty() && v[0] == '*') {
                if (!any && current == 0) break; // a bare "hundred" is not a number here
                current = (current == 0 ? 1 : current) * n;
                if (n >= 1000) total += current, current = 0;
            } else {
                // "nineteen ninety" is two numbers; "ninety six" and "hundred five" are one.
                const bool joins =
                    current == 0 || current % 100 == 0 || (current % 10 == 0 && current % 100 >= 20 && n < 10);
                if (!joins) break;
                current += n;
            }
            any = true;
            used = j + 1 - i;
            ++j;
            // "twenty-four", "hundred and five"
            if (j + 1 < tokens.size() && (textOf(j) == "-" && !tokens[j].spaceBefore))
                ++j;
            else if (j + 1 < tokens.size() && textOf(j) == "and" && v[0] == '*')
                ++j;
        }
        value = total + current;
        return any ? used : 0;
    }

    // Tries a built-in class at token i: fills (tokens used, captured text) options.
    void builtin(Builtin b, std::size_t i, std::vector<Option>& out) const {
        const Token& t = tokens[i];
        std::size_t digits = 0;
        long v = 0;
        const std::string_view s = textOf(i);
        const bool number = t.kind == TokenKind::Number && splitNumber(s, digits, v);
        const std::string_view suffix = number ? s.substr(digits) : std::string_view();
        switch (b) {
        case Builtin::Int:
            if (number && suffix.empty()) out.push_back({1, numberCapture(v)});
            break;
        case Builtin::Num: {
            if (number && suffix.empty() && digits <= 9)
                out.push_back({1, numberCapture(v)});
            else if (!number) {
                long words = 0;
                if (const std::size_t used = numberWords(i, words)) out.push_back({used, numberCapture(words)});
            }
            break;
        }
        case Builtin::Year4:
            if (number && suffix.empty() && digits == 4 && v >= 1000 && v <= 2199)
                out.push_back({1, numberCapture(v)});
            break;
        case Builtin::Year2:
            if (number && suffix.empty() && digits == 2)
                out.push_back({1, numberCapture(v < 30 ? 2000 + v : 1900 + v)});
            break;
        case Builtin::Day:
            if (number && digits <= 2 && v >= 1 && v <= 31 &&
                (suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
                out.push_back({1, paddedCapture(v)});
            break;
        case Builtin::Hour:
            if (number && suffix.empty() && digits <= 2 && v <= 24) out.push_back({1, paddedCapture(v)});
            break;
        case Builtin::Minute:
            if (number && suffix.empty() && digits == 2 && v <= 59) out.push_back({1, paddedCapture(v)});
            break;
        case Builtin::Ordinal:
            if (number && digits <= 3 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
                out.push_back({1, numberCapture(v)});
            else if (!number) {
                if (set.ordinalLexicon >= 0) lexicon(static_cast<std::size_t>(set.ordinalLexicon), i, out);
            }
            break;
        case Builtin::Decade:
            if (number && suffix == "s" && (digits == 4 || digits == 2) && v % 10 == 0) {
                const long full = digits == 4 ? v : (v < 30 ? 2000 + v : 1900 + v);
                out.push_back({1, numberCapture(full / 10)});
            }
            break;
        }
    }

    // Every phrase of a lexicon that starts at token i.
    void lexicon(std::size_t lex, std::size_t i, std::vector<Option>& out) const {
        const Lexicon& l = set.lexicons[lex];
        std::int32_t node = 0;
        for (std::size_t j = i; j < tokens.size(); ++j) {
            const std::int32_t w = tokens[j].word;
            if (w < 0) return;
            const auto& next = l.nodes[static_cast<std::size_t>(node)].next;
            const auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(w, std::int32_t(-1)));
            if (it == next.end() || it->first != w) return;
            node = it->second;
            const LexiconNode& n = l.nodes[static_cast<std::size_t>(node)];
            if (n.value >= 0 && (!n.mustBeCapitalised || tokens[i].capitalised))
                out.push_back({j + 1 - i, Capture{&l.values[static_cast<std::size_t>(n.value)], -1, false}});
        }
    }

    // extentEnd: where the expression ends, before any trailing context ("the year > ended").
    void walk(const RuleVariant& v, std::size_t atom, std::size_t at, std::size_t extentEnd, std::vector<Capture>& caps,
              std::size_t& bestEnd, std::vector<Capture>& bestCaps) const {
        if (atom == v.extentAtoms) extentEnd = at;
        if (atom == v.atoms.size()) {
            if (extentEnd > bestEnd) {
                bestEnd = extentEnd;
                bestCaps = caps;
            }
            return;
        }
        if (at >= tokens.size()) return;
        const Atom& a = v.atoms[atom];
        if (a.kind == Atom::Kind::Literal) {
            if (tokens[at].word == a.word && (!a.mustBeCapitalised || tokens[at].capitalised))
                walk(v, atom + 1, at + 1, extentEnd, caps, bestEnd, bestCaps);
            return;
        }
        std::vector<Option> local;
        auto& options = atom < scratch.size() ? scratch[atom] : local; // scratch never grows during a walk
        options.clear();
        if (a.kind == Atom::Kind::Lexicon)
            lexicon(static_cast<std::size_t>(a.lexicon), at, options);
        else
            builtin(a.builtin, at, options);
        for (const auto& [used, captured] : options) {
            if (a.capture >= 0) caps[static_cast<std::size_t>(a.capture)] = captured;
            walk(v, atom + 1, at + used, extentEnd, caps, bestEnd, bestCaps);
        }
    }

    // Whether a built-in class may match from token t: all but %num and %ordinal need a digit
    // token, and those two read words only from their lexicons.
    bool builtinMayStart(Builtin b, const Token& t) const {
        if (t.kind == TokenKind::Number) return true;
        const int lex = b == Builtin::Num ? set.numberLexicon : b == Builtin::Ordinal ? set.ordinalLexicon : -1;
        return lex >= 0 && t.word >= 0 &&
               set.lexiconFirstWords[static_cast<std::size_t>(lex)][static_cast<std::size_t>(t.word)];
    }

    // The variant's cheap pre-test (see RuleVariant): true when a walk may succeed. A built-in
    // second atom ("the %year4", "the %num %timeunit") is tested too: after "the" it seldom fits.
    bool secondTokenFits(const RuleVariant& v, std::size_t i) const {
        const bool builtinSecond = v.atoms.size() >= 2 && v.atoms[1].kind == Atom::Kind::Builtin;
        if (v.secondWord < 0 && v.secondLexicon < 0 && !builtinSecond) return true;
        const Atom& first = v.atoms.front();
        const bool oneToken = first.kind == Atom::Kind::Literal ||
                              (first.kind == Atom::Kind::Builtin && tokens[i].kind == TokenKind::Number);
        if (!oneToken) return true;
        if (i + 1 >= tokens.size()) return false;
        if (builtinSecond) return builtinMayStart(v.atoms[1].builtin, tokens[i + 1]);
        const std::int32_t w = tokens[i + 1].word;
        if (w < 0) return false;
        if (v.secondWord >= 0) return w == v.secondWord;
        return set.lexiconFirstWords[static_cast<std::size_t>(v.secondLexicon)][static_cast<std::size_t>(w)];
    }

    // No expression runs across a blank line: a live page's "… on Wednesday" and the next
    // entry's stamp "21:05" are two.
    bool acrossParagraphs(std::size_t first, std::size_t end) const {
        for (std::size_t j = first + 1; j < end; ++j)
            if (tokens[j].paragraphBefore) return true;
        return false;
    }

    // "1,000" and "3.5" are one number: no match may start or end inside them.
    bool insideNumber(std::size_t first, std::size_t end) const {
        auto glued = [&](std::size_t a, std::size_t b) { // tokens a, b, b+1 form digit [.,] digit
            return tokens[a].kind == TokenKind::Number && tokens[b + 1].kind == TokenKind::Number &&
                   !tokens[b].spaceBefore && !tokens[b + 1].spaceBefore && (textOf(b) == "," || textOf(b) == ".");
        };
        if (first >= 2 && tokens[first].kind == TokenKind::Number && glued(first - 2, first - 1)) return true;
        if (end + 1 < tokens.size() && tokens[end - 1].kind == TokenKind::Number && glued(end - 1, end)) return true;
        return false;
    }
};

} // namespace

std::vector<RuleMatch> matchTimeRules(const TimeRuleSet& set, const std::vector<Token>& tokens,
                                      std::string_view lowered) {
    Scanner scan{set, tokens, lowered, {}};
    scan.scratch.resize(32);
    std::vector<RuleMatch> candidates; // the longest match at each start
    std::vector<Capture> caps, bestCaps;
    // Variants that open with the same lexicon ("%startend %month", "%startend %year4" …) would
    // each look it up at the same token: it is looked up once per token, and when nothing of it
    // starts there, those variants are skipped (their walk would end at once).
    std::vector<std::size_t> lexiconTriedAt(set.lexicons.size(), static_cast<std::size_t>(-1));
    std::vector<char> lexiconStartsAt(set.lexicons.size(), 0);
    std::vector<Option> lexiconOptions;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const std::int32_t next = i + 1 < tokens.size() ? tokens[i + 1].word : -1;
        const std::vector<int>* lists[4] = {nullptr, nullptr, nullptr, nullptr};
        if (t.word >= 0) {
            lists[0] = &set.variantsByFirstWord[static_cast<std::size_t>(t.word)];
            if (next >= 0) {
                const auto it = set.variantsByFirstTwoWords.find(TimeRuleSet::wordPairKey(t.word, next));
                if (it != set.variantsByFirstTwoWords.end()) lists[1] = &it->second;
            }
        }
        if (t.kind == TokenKind::Number) {
            lists[2] = &set.variantsStartingWithNumber;
            if (next >= 0) lists[3] = &set.variantsByNumberThenWord[static_cast<std::size_t>(next)];
        }
        if ((!lists[0] || lists[0]->empty()) && !lists[1] && !lists[2]) continue;
        std::size_t bestStart = i, bestEnd = i;
        int bestRule = -1;
        std::vector<Capture> winnerCaps;
        for (const auto* list : lists) {
            if (!list) continue;
            for (const int vi : *list) {
                const RuleVariant& v = set.variants[static_cast<std::size_t>(vi)];
                if (!v.atoms.empty() && v.atoms.front().kind == Atom::Kind::Lexicon) {
                    const auto lex = static_cast<std::size_t>(v.atoms.front().lexicon);
                    if (lexiconTriedAt[lex] != i) {
                        lexiconTriedAt[lex] = i;
                        lexiconOptions.clear();
                        scan.lexicon(lex, i, lexiconOptions);
                        lexiconStartsAt[lex] = !lexiconOptions.empty();
                    }
                    if (!lexiconStartsAt[lex]) continue;
                }
                if (!scan.secondTokenFits(v, i)) continue;
                const TimeRule& rule = set.rules[static_cast<std::size_t>(v.rule)];
                caps.assign(rule.captureNames.size(), Capture{});
                std::size_t end = i;
                scan.walk(v, 0, i, i, caps, end, bestCaps);
                const std::size_t start = i + v.leadAtoms; // leading context is one word per atom
                if (end <= start || scan.insideNumber(start, end) || scan.acrossParagraphs(i, end)) continue;
                // Equal lengths: a REMOVE rule first, then the earlier rule.
                const bool removes = rule.remove;
                const bool bestRemoves = bestRule >= 0 && set.rules[static_cast<std::size_t>(bestRule)].remove;
                if (end > bestEnd || (end == bestEnd && (removes != bestRemoves ? removes : v.rule < bestRule))) {
                    bestStart = start;
                    bestEnd = end;
                    bestRule = v.rule;
                    winnerCaps = bestCaps;
                }
            }
        }
        if (bestRule >= 0) {
            std::vector<std::string> texts;
            texts.reserve(winnerCaps.size());
            for (const Capture& c : winnerCaps)
                texts.push_back(c.text());
            candidates.push_back({bestStart, bestEnd, bestRule, std::move(texts)});
        }
    }
    // Longer matches first, so "in the past" cannot cut "the past two months" short.
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return candidates[a].endToken - candidates[a].firstToken > candidates[b].endToken - candidates[b].firstToken;
    });
    std::vector<bool> taken(tokens.size(), false);
    std::vector<bool> keep(candidates.size(), false);
    for (const std::size_t k : order) {
        const RuleMatch& c = candidates[k];
        bool free = true;
        for (std::size_t j = c.firstToken; j < c.endToken && free; ++j)
            free = !taken[j];
        if (!free) continue;
        for (std::size_t j = c.firstToken; j < c.endToken; ++j)
            taken[j] = true;
        keep[k] = true;
    }
    std::vector<RuleMatch> out;
    for (std::size_t k = 0; k < candidates.size(); ++k)
        if (keep[k]) out.push_back(std::move(candidates[k]));
    return out;
}

std::string fillTemplate(const std::string& templ, const TimeRule& rule, const std::vector<std::string>& captures) {
    auto capture = [&](std::string_view name) -> std::string {
        for (std::size_t i = 0; i < rule.captureNames.size() && i < captures.size(); ++i)
            if (rule.captureNames[i] == name) return captures[i];
        return {};
    };
    std::string out;
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] != '{') {
            out += templ[i];
            continue;
        }
        const std::size_t close = templ.find('}', i);
        if (close == std::string::npos) {
            out += templ.substr(i);
            break;
        }
        const std::string_view name = std::string_view(templ).substr(i + 1, close - i - 1);
        if (name == "hour24") {
            const std::string h = capture("hour");
            int hour = 0;
            for (char c : h)
                hour = hour * 10 + (c - '0');
            const std::string ampm = capture("ampm");
            if (ampm == "pm" && hour < 12) hour += 12;
            if (ampm == "am" && hour == 12) hour = 0;
            out += (hour < 10 ? "0" : "") + std::to_string(hour);
        } else {
            out += capture(name);
        }
        i = close;
    }
    return out;
}

} // namespace dateline::timetag
