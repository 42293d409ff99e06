// Event extractor: triggers (assets/rules/events) → clause → participants, place, time, status.
//
// Index:
//   [SECTION] Rule tables
//   [SECTION] Clauses
//   [SECTION] Frames
#include "core/events/event_extractor.h"
#include "core/text/word_table.h"

#include "core/assets/data_file.h"
#include "core/events/event_date.h"
#include "core/time/tagger.h"
#include "core/who/gazetteer.h"
#include "core/who/word_tokens.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace dateline {

// [SECTION] Rule tables -------------------------------------------------------

namespace {

struct Trigger {
    std::string kind, action;
};

// A trigger with room for a few words inside it: "exchange+ ~ prisoners" matches "exchanged three
// prisoners". Keyed by its words before the gap; these are the words after it.
struct GappedTrigger {
    std::vector<std::string> tail;
    std::size_t maxGap = 3;
    Trigger trigger;
};

// Everything a phrase of triggers.txt starts: a whole trigger, and gapped triggers it heads.
struct TriggerRule {
    bool whole = false; // the phrase itself is a trigger
    Trigger trigger;
    WordTable<std::vector<GappedTrigger>> gapped; // by the first word after the gap
    std::size_t maxGap = 0;                       // the widest gap of those
};

struct ClauseBreak {
    bool never = false; // a longer phrase that is not a break ("as early as")
    bool sharesTime = false;
    bool onlyBeforeLowercase = false;
    bool notBeforeTheName = false; // "the" + Name after it is a noun phrase ("Japan and the Philippines")
    bool anchorsSameDay = false;   // "earlier the same day": a time reference, not a break
    bool hasOffset = false;
    long offset = 0;
};

struct EventRules {
    WordTable<TriggerRule> triggers; // lower-case phrase → kind (inflections spelled out), looked up per token
    std::unordered_map<std::string, std::string> modality; // phrase → planned | possible | negated
    std::unordered_map<std::string, ClauseBreak> breaks;
    std::unordered_set<std::string> reporting;
    std::size_t maxWords = 1;
    WordTable<unsigned char> firstWords;        // first word of any phrase above → tables (bits)
    WordTable<bool> prefixes;                   // every proper word prefix of a phrase: longer keys are worth trying
    std::vector<Diagnostic> triggerDiagnostics; // rows of triggers.txt that could not be compiled
};

std::size_t countWords(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

long parseOffset(const std::string& s, bool& ok) {
    long v = 0;
    bool neg = false, digits = false;
    for (char c : s) {
        if (c == '-')
            neg = true;
        else if (c >= '0' && c <= '9' && v < 10000)
            v = v * 10 + (c - '0'), digits = true;
    }
    ok = digits;
    return neg ? -v : v;
}

// [SECTION] Trigger phrases: inflections and gaps

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

using IrregularVerbs = std::unordered_map<std::string, std::vector<std::string>>; // base → past forms

const IrregularVerbs& irregularVerbs() {
    static const IrregularVerbs table = [] {
        IrregularVerbs out;
        for (const auto& row : loadDataAsset("rules/events/irregular_verbs.txt").rows) {
            if (row.fields.size() < 3) continue;
            auto& forms = out[lowerAsciiWord(row.fields[0])];
            for (std::size_t f = 1; f < 3; ++f)
                for (std::size_t at = 0; at <= row.fields[f].size();) {
                    const std::size_t slash = std::min(row.fields[f].find('/', at), row.fields[f].size());
                    const std::string form =
                        lowerAsciiWord(trimView(std::string_view(row.fields[f]).substr(at, slash - at)));
                    if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end())
                        forms.push_back(form);
                    at = slash + 1;
                }
        }
        return out;
    }();
    return table;
}

// The forms of a verb given in its base form: base, -s, -ed, -ing, with y → ied and consonant
// doubling; an irregular verb's past forms come from irregular_verbs.txt instead of -ed.
std::vector<std::string> inflectVerb(const std::string& base) {
    std::vector<std::string> out{base};
    const std::size_t n = base.size();
    if (n < 2) return out;
    auto ends = [&](std::string_view s) { return n >= s.size() && base.compare(n - s.size(), s.size(), s) == 0; };
    const bool consonantY = base[n - 1] == 'y' && !isVowel(base[n - 2]);
    const std::string stem = base.substr(0, n - 1);
    if (consonantY)
        out.push_back(stem + "ies");
    else if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o"))
        out.push_back(base + "es");
    else
        out.push_back(base + "s");
    const auto irregular = irregularVerbs().find(base);
    const bool regularPast = irregular == irregularVerbs().end();
    if (!regularPast) out.insert(out.end(), irregular->second.begin(), irregular->second.end());
    auto add = [&](const std::string& past, const std::string& ing) {
        if (regularPast) out.push_back(past);
        out.push_back(ing);
    };
    if (consonantY) {
        add(stem + "ied", base + "ing");
    } else if (ends("ie")) {
        add(base + "d", base.substr(0, n - 2) + "ying"); // die → died, dying
    } else if (ends("e")) {
        add(base + "d", ends("ee") || ends("ye") || ends("oe") ? base + "ing" : stem + "ing");
    } else {
        // A last consonant after one vowel doubles ("stab" → "stabbed"). Beyond one syllable
        // that depends on stress ("admitted", "visited"), so both spellings are made: the wrong
        // one never occurs in text.
        const char last = base[n - 1];
        const bool quV = n >= 4 && base[n - 3] == 'u' && base[n - 4] == 'q'; // "quit": qu is a consonant
        const bool cvc = n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                         isVowel(base[n - 2]) && (!isVowel(base[n - 3]) || quV);
        std::size_t syllables = 0;
        for (std::size_t k = 0; k < n; ++k)
            syllables += isVowel(base[k]) && (k == 0 || !isVowel(base[k - 1]));
        if (!cvc || syllables > 1) add(base + "ed", base + "ing");
        if (cvc) add(base + last + "ed", base + last + "ing");
    }
    return out;
}

// Every phrase a list of word alternatives spells ({{exchanged, exchanges}, {prisoners}} → two).
std::vector<std::string> spellings(const std::vector<std::vector<std::string>>& words) {
    std::vector<std::string> out{""};
    for (const auto& alternatives : words) {
        std::vector<std::string> next;
        for (const auto& prefix : out)
            for (const auto& w : alternatives)
                next.push_back(prefix.empty() ? w : prefix + ' ' + w);
        out.swap(next);
    }
    return out;
}

// Compiles triggers.txt: "word+" stands for the verb's forms, "~" (or "~N") for a gap of up to
// three (N) words. A written phrase wins over a form generated from another row.
void loadTriggers(EventRules& out) {
    const DataFile file = loadDataAsset("rules/events/triggers.txt");
    struct Generated {
        std::string phrase;
        Trigger trigger;
        std::size_t line;
    };
    std::vector<Generated> generated;
    auto problem = [&](std::size_t line, std::string message) {
        out.triggerDiagnostics.push_back({Severity::Error, file.path, line, std::move(message)});
    };
    for (const auto& row : file.rows) {
        if (row.fields.size() < 2) continue;
        const Trigger trigger{row.fields[1], row.fields.size() > 2 ? row.fields[2] : row.fields[1]};
        std::vector<std::vector<std::string>> head, tail;
        bool gap = false, inflected = false, bad = false;
        std::size_t maxGap = 3;
        const std::string phrase = lowerAsciiWord(row.fields[0]);
        for (std::size_t at = 0; at < phrase.size();) {
            const std::size_t sp = std::min(phrase.find(' ', at), phrase.size());
            const std::string w = phrase.substr(at, sp - at);
            at = sp + 1;
            if (w.empty()) continue;
            if (w[0] == '~') {
                bool digits = w.size() > 1;
                for (std::size_t k = 1; k < w.size(); ++k)
                    digits &= w[k] >= '0' && w[k] <= '9';
                bad |= gap || head.empty() || (w.size() > 1 && !digits);
                if (w.size() > 1 && digits) maxGap = std::min<std::size_t>(std::stoul(w.substr(1)), 6);
                gap = true;
                continue;
            }
            const bool verb = w.size() > 1 && w.back() == '+';
            inflected |= verb;
            (gap ? tail : head).push_back(verb ? inflectVerb(w.substr(0, w.size() - 1)) : std::vector<std::string>{w});
        }
        if (bad || head.empty() || (gap && tail.empty())) {
            problem(row.line, "a gap '~' needs words before and after it, once per trigger");
            continue;
        }
        out.maxWords = std::max(out.maxWords, head.size());
        if (gap) {
            const auto tails = spellings(tail);
            for (const auto& h : spellings(head))
                for (const auto& t : tails) {
                    GappedTrigger g{{}, maxGap, trigger};
                    for (std::size_t at = 0; at <= t.size();) {
                        const std::size_t sp = std::min(t.find(' ', at), t.size());
                        g.tail.push_back(t.substr(at, sp - at));
                        at = sp + 1;
                    }
                    TriggerRule& rule = out.triggers[h];
                    rule.maxGap = std::max(rule.maxGap, maxGap);
                    rule.gapped[g.tail.front()].push_back(std::move(g));
                }
            continue;
        }
        for (auto& h : spellings(head)) {
            if (inflected) {
                generated.push_back({std::move(h), trigger, row.line});
                continue;
            }
            TriggerRule& rule = out.triggers[h];
            rule.whole = true;
            rule.trigger = trigger;
        }
    }
    std::unordered_map<std::string, std::size_t> generatedBy; // form → the row that made it
    for (const auto& g : generated) {
        TriggerRule& rule = out.triggers[g.phrase];
        const auto by = generatedBy.find(g.phrase);
        if (!rule.whole) {
            rule.whole = true;
            rule.trigger = g.trigger;
            generatedBy[g.phrase] = g.line;
        } else if (by != generatedBy.end() &&
                   (rule.trigger.kind != g.trigger.kind || rule.trigger.action != g.trigger.action)) {
            problem(g.line, "'" + g.phrase + "' is also a form of line " + std::to_string(by->second) +
                                ", with another kind or action: write it out");
        }
    }
}

// Which bit of WordToken::ruleMask marks a possible start of each table's phrases.
inline unsigned char tableBit(const WordTable<TriggerRule>&) { return 1; }
inline unsigned char tableBit(const std::unordered_map<std::string, std::string>&) { return 2; }
inline unsigned char tableBit(const std::unordered_map<std::string, ClauseBreak>&) { return 4; }
inline unsigned char tableBit(const std::unordered_set<std::string>&) { return 8; }

const EventRules& loadRules() {
    static const EventRules r = [] {
        EventRules out;
        loadTriggers(out);
        for (const auto& row : loadDataAsset("rules/events/modality.txt").rows)
            if (row.fields.size() >= 2) {
                out.modality[lowerAsciiWord(row.fields[0])] = row.fields[1];
                out.maxWords = std::max(out.maxWords, countWords(row.fields[0]));
            }
        for (const auto& row : loadDataAsset("rules/events/clause_breaks.txt").rows) {
            if (row.fields.size() < 2) continue;
            ClauseBreak b;
            b.onlyBeforeLowercase = row.fields.size() > 2 && (row.fields[2] == "before-lowercase" ||
                                                              row.fields[2] == "before-lowercase-not-names");
            b.notBeforeTheName = row.fields.size() > 2 && row.fields[2] == "before-lowercase-not-names";
            b.never = row.fields.size() > 2 && row.fields[2] == "never";
            b.sharesTime = row.fields.size() > 3 && row.fields[3] == "shared";
            b.anchorsSameDay = row.fields[1] == "same";
            if (row.fields[1] != "same" && row.fields[1] != "none") b.offset = parseOffset(row.fields[1], b.hasOffset);
            out.breaks[lowerAsciiWord(row.fields[0])] = b;
            out.maxWords = std::max(out.maxWords, countWords(row.fields[0]));
        }
        for (const auto& row : loadDataAsset("rules/events/reporting.txt").rows)
            if (!row.fields.empty()) {
                out.reporting.insert(lowerAsciiWord(row.fields[0]));
                out.maxWords = std::max(out.maxWords, countWords(row.fields[0]));
            }
        auto addFirst = [&](const std::string& phrase, unsigned char bit) {
            out.firstWords[phrase.substr(0, phrase.find(' '))] |= bit;
            for (std::size_t sp = phrase.find(' '); sp != std::string::npos; sp = phrase.find(' ', sp + 1))
                out.prefixes.insert(phrase.substr(0, sp));
        };
        out.triggers.forEach(
            [&](const std::string& phrase, const TriggerRule&) { addFirst(phrase, tableBit(out.triggers)); });
        for (const auto& kv : out.modality)
            addFirst(kv.first, tableBit(out.modality));
        for (const auto& kv : out.breaks)
            addFirst(kv.first, tableBit(out.breaks));
        for (const auto& w : out.reporting)
            addFirst(w, tableBit(out.reporting));
        return out;
    }();
    return r;
}

// The tables. Asked for at nearly every word: a reference tested inline, not a call into the loader.
inline const EventRules& rules() {
    static const EventRules& r = loadRules();
    return r;
}

// longestAt past its first test: token i may start a phrase of `map`.
template <typename Map>
std::size_t longestPhraseAt(WordTokenSpan tok, std::size_t i, std::size_t end, const Map& map,
                            typename Map::const_iterator& hit) {
    const EventRules& r = rules();
    std::string key;
    std::size_t best = 0;
    for (std::size_t n = 0; n < r.maxWords && i + n < end; ++n) {
        if (n) key += ' ';
        key += tok[i + n].lower;
        const auto it = map.find(key);
        if (it != map.end()) best = n + 1, hit = it;
        if (tok[i + n].stopAfter || !r.prefixes.contains(key)) break;
    }
    return best;
}

// The longest whole trigger phrase starting at token i (0 when none); `heads` gets the gapped
// triggers headed by the words from i, with their head's length.
struct GapHeads {
    std::size_t words[16]; // the head's length
    const TriggerRule* rule[16];
    std::size_t count = 0;
};
std::size_t wholeTriggerAt(WordTokenSpan tok, std::size_t i, std::size_t end, const Trigger*& hit, GapHeads* heads) {
    const EventRules& r = rules();
    if (i >= end || !(tok[i].ruleMask & tableBit(r.triggers))) return 0;
    std::string key;
    std::size_t best = 0;
    for (std::size_t n = 0; n < r.maxWords && i + n < end; ++n) {
        if (n) key += ' ';
        key += tok[i + n].lower;
        if (const TriggerRule* rule = r.triggers.find(key)) {
            if (rule->whole) best = n + 1, hit = &rule->trigger;
            if (heads && rule->gapped.size() && heads->count < 16) {
                heads->words[heads->count] = n + 1;
                heads->rule[heads->count++] = rule;
            }
        }
        if (tok[i + n].stopAfter || !r.prefixes.contains(key)) break;
    }
    return best;
}

// The longest trigger starting at token i: a whole phrase, or a gapped one whose words after the
// gap come within its gap with no punctuation in between. A phrase of kind none wins over a gapped
// trigger that starts with it or spans it ("he recalled that the ambassador …").
std::size_t triggerPhraseAt(WordTokenSpan tok, std::size_t i, std::size_t end, const Trigger*& hit) {
    GapHeads heads;
    std::size_t best = wholeTriggerAt(tok, i, end, hit, &heads);
    if (!heads.count || (best && hit->kind == "none")) return best;
    for (std::size_t hi = 0; hi < heads.count; ++hi) {
        const std::size_t h = heads.words[hi];
        const TriggerRule& rule = *heads.rule[hi];
        // Each word of the gap window, looked up once: the rules whose words after the gap start there.
        for (std::size_t j = i + h; j <= i + h + rule.maxGap && j < end; ++j) {
            if (tok[j - 1].commaAfter || tok[j - 1].stopAfter) break; // punctuation ends the gap
            const std::vector<GappedTrigger>* tails = rule.gapped.find(tok[j].lower);
            if (!tails) continue;
            for (const GappedTrigger& g : *tails) {
                if (j > i + h + g.maxGap || j + g.tail.size() > end) continue;
                bool match = true;
                for (std::size_t k = 1; k < g.tail.size() && match; ++k)
                    match = !tok[j + k - 1].stopAfter && tok[j + k].lower == g.tail[k];
                const std::size_t span = j + g.tail.size() - i;
                if (!match || span <= best) continue;
                bool blocked = false;
                for (std::size_t k = i + h; k < j && !blocked; ++k) {
                    const Trigger* inner = nullptr;
                    blocked = wholeTriggerAt(tok, k, end, inner, nullptr) && inner->kind == "none";
                }
                if (!blocked) best = span, hit = &g.trigger;
            }
        }
    }
    return best;
}

// triggerPhraseAt behind the test it starts with (may token i start a trigger?), inlined where it
// is called: it runs at every word, and most words start none.
inline std::size_t triggerAt(WordTokenSpan tok, std::size_t i, std::size_t end, const Trigger*& hit) {
    if (i >= end || !(tok[i].ruleMask & tableBit(rules().triggers))) return 0;
    return triggerPhraseAt(tok, i, end, hit);
}

// Longest phrase of `map` starting at token i; returns its word count (0 when none). It runs at
// nearly every word and most words start no phrase: that test is inlined where it is called.
template <typename Map>
inline std::size_t longestAt(WordTokenSpan tok, std::size_t i, std::size_t end, const Map& map,
                             typename Map::const_iterator& hit) {
    if (i >= end || !(tok[i].ruleMask & tableBit(map))) return 0;
    return longestPhraseAt(tok, i, end, map, hit);
}

// [SECTION] Clauses -----------------------------------------------------------

struct Clause {
    std::size_t first = 0, end = 0; // token range
    bool sharesTime = false;        // opened by "where", "and" …: may take its neighbour's time
    bool hasOffset = false;
    long offset = 0;
};

struct TriggerHit {
    std::size_t token = 0, words = 1;
    Trigger trigger;
};

// A time written before a noun as its modifier ("upheld the August decision", "since the Monday
// vote") dates that noun, another event, not the clause: "the" or a possessive before it, a
// lower-case word (no function word) after it.
bool attributiveTime(std::string_view text, const Timex& t) {
    // A named month or day only ("the August decision"): a year before a noun ("the 2027 budget")
    // is as often the clause's own time, or its only one.
    if (t.text.find_first_of("0123456789") != std::string::npos) return false;
    static const std::unordered_set<std::string> before = {"the", "its", "his", "her", "their", "our", "this"};
    static const std::unordered_set<std::string> function = {
        "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "when", "after", "before", "as",
        "that", "which", "while", "from", "until", "through", "last", "this", "next", "is", "was", "were",
        "will", "would", "had", "has", "have", "be", "been", "are", "but", "so", "than", "into", "over"};
    std::size_t b = t.start;
    while (b > 0 && text[b - 1] == ' ') --b;
    std::size_t a = b;
    while (a > 0 && std::isalpha(static_cast<unsigned char>(text[a - 1]))) --a;
    if (a == b || !before.count(lowerAsciiWord(std::string(text.substr(a, b - a))))) return false;
    std::size_t c = t.end;
    if (c >= text.size() || text[c] != ' ') return false;
    ++c;
    std::size_t d = c;
    while (d < text.size() && std::isalpha(static_cast<unsigned char>(text[d]))) ++d;
    if (d == c || !std::islower(static_cast<unsigned char>(text[c]))) return false;
    return !function.count(std::string(text.substr(c, d - c)));
}

// Word tests take string_view: its comparison with a literal is inline (std::string's calls the library).
bool isPronounSubject(std::string_view w) { return w == "she" || w == "he" || w == "they" || w == "both"; }

bool isAuxiliaryOrAdverb(std::string_view w) {
    static const std::string_view words[] = {"was",  "were", "is",   "are",   "has",  "have",        "had",
                                             "been", "be",   "then", "later", "also", "subsequently"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// Fills `refined` with the sentence's clauses; `out` is scratch (both are reused sentence after
// sentence, so their buffers are allocated once an article).
void splitClauses(std::string_view text, WordTokenSpan tok, const std::vector<TriggerHit>& triggers,
                  std::vector<Clause>& out, std::vector<Clause>& refined) {
    out.clear();
    refined.clear();
    Clause cur;
    auto cut = [&](std::size_t at) {
        if (at <= cur.first) return false;
        cur.end = at;
        out.push_back(cur);
        cur = Clause{};
        cur.first = at;
        return true;
    };
    // A short aside in brackets ("the Serious Fraud Office (SFO) in September", "Gdansk (Danzig)")
    // names or glosses something in the clause: it does not cut it.
    auto gapHas = [&](std::size_t i, char c) { // between tokens i-1 and i
        return text.substr(tok[i - 1].end, tok[i].start - tok[i - 1].end).find(c) != std::string_view::npos;
    };
    std::size_t asideEnd = 0; // the token after a short aside's closing bracket
    for (std::size_t i = 0; i < tok.size(); ++i) {
        if (i > 0 && tok[i - 1].stopAfter) {
            bool aside = i == asideEnd;
            if (!aside && gapHas(i, '(') && !gapHas(i, ')'))
                for (std::size_t j = i + 1; j < tok.size() && j <= i + 4 && !aside; ++j) {
                    if (!tok[j - 1].stopAfter) continue;
                    // "Manila, July 9 (Reuters) - …": a dateline's agency ends the dateline.
                    if (!gapHas(j, ')') || gapHas(j, '-') || gapHas(j, ':') ||
                        text.substr(tok[j - 1].end, tok[j].start - tok[j - 1].end).find("\xE2\x80") !=
                            std::string_view::npos)
                        break;
                    aside = true;
                    asideEnd = j;
                }
            if (!aside) cut(i);
        }
        decltype(rules().breaks)::const_iterator hit;
        const std::size_t n = longestAt(tok, i, tok.size(), rules().breaks, hit);
        if (n && hit->second.never) {
            i += n - 1;
            continue;
        }
        // A break word that ends a trigger ("appear before the committee ... along with X") is the
        // trigger's own word, not a new clause.
        const bool endsTrigger = n && std::any_of(triggers.begin(), triggers.end(), [&](const TriggerHit& t) {
            return t.words > 1 && i > t.token && i + n == t.token + t.words;
        });
        if (n && !hit->second.anchorsSameDay && !endsTrigger) {
            bool nextLower = i + n < tok.size() && !tok[i + n].capitalised;
            // "Japan and the Philippines signed": "the" before a name continues the noun phrase,
            // unless a comma sets the clause off ("…, and the Kremlin said").
            if (nextLower && hit->second.notBeforeTheName && tok[i + n].lower == "the" && i + n + 1 < tok.size() &&
                tok[i + n + 1].capitalised && !(i > 0 && tok[i - 1].commaAfter))
                nextLower = false;
            if (!hit->second.onlyBeforeLowercase || nextLower) {
                if (cut(i) || i == 0) {
                    cur.hasOffset = hit->second.hasOffset;
                    cur.offset = hit->second.offset;
                    cur.sharesTime = hit->second.sharesTime;
                }
                i += n - 1;
            }
        }
    }
    // A comma shortly before a reporting verb opens the reporter's clause:
    // "…Choe this week, Kremlin spokesman Dmitry Peskov told journalists on Monday".
    cur.end = tok.size();
    out.push_back(cur);
    for (const auto& c : out) {
        std::size_t start = c.first;
        for (const auto& t : triggers) {
            if (t.trigger.kind != "statement" || t.token <= start || t.token >= c.end) continue;
            for (std::size_t k = t.token; k-- > start && t.token - k <= 7;) {
                if (tok[k].commaAfter && k + 1 == t.token) continue; // "Koo Byoung-sam, told": the subject is before it
                if (tok[k].commaAfter) {
                    bool otherTrigger = false;
                    for (const auto& u : triggers)
                        otherTrigger |= u.token > k && u.token < t.token;
                    if (!otherTrigger && k + 1 > start) {
                        Clause head = c;
                        head.first = start;
                        head.end = k + 1;
                        refined.push_back(head);
                        start = k + 1;
                    }
                    break;
                }
            }
        }
        Clause tail = c;
        tail.first = start;
        if (start != c.first) tail.hasOffset = false;
        refined.push_back(tail);
    }
}

// [SECTION] Frames ------------------------------------------------------------

// The sentence holding byte `pos`, or end() when it lies past the last one.
std::vector<ByteSpan>::const_iterator sentenceAt(const Article& article, std::size_t pos) {
    return std::upper_bound(article.sentences.begin(), article.sentences.end(), pos,
                            [](std::size_t p, const ByteSpan& b) { return p < b.end; });
}

// Where a sentence's opening ends: at its fourth word. A person named before it opens the sentence.
std::size_t openingEnd(std::string_view text, const ByteSpan& sentence) {
    const auto words =
        tokenizeWords(text.substr(sentence.start, std::min<std::size_t>(60, sentence.end - sentence.start)), sentence.start);
    return words.size() > 3 ? words[3].start : sentence.end;
}

bool namesAPerson(const Event& event, const std::vector<Entity>& entities) {
    return std::any_of(event.participants.begin(), event.participants.end(), [&](const std::string& id) {
        const Entity* e = findEntity(entities, id);
        return e && e->kind == EntityKind::Person;
    });
}

// Delayed identification: a news lede often describes its subject ("The founder of collapsed
// payments company Quillon Pay went on trial on Monday") and names them in the next sentence or
// paragraph ("Hendrik de Vries, 52, a Dutch national, denies …"). The lede's events that name no
// person take the person who opens one of the next two sentences.
void identifyDescribedSubject(const Article& article, const ArticleMentions& am, const std::vector<Entity>& entities,
                              std::vector<EventFrame>& frames) {
    if (frames.empty() || frames.front().event.sources.empty()) return;
    const std::string_view text = article.text;
    const std::size_t ledeStart = frames.front().event.sources.front().start;
    const auto ledeSentence = sentenceAt(article, ledeStart);
    if (ledeSentence == article.sentences.end()) return;
    // The described subject: "The/A/An", up to two capitalised words that name no person or
    // organisation ("A Madras man", "The Ohio woman"), and a lower-case word open the event's
    // clause; a clause opened by "and"/"but" shares it ("… made his first court appearance Thursday
    // and was charged …").
    const auto namedAt = [&](std::size_t byte) {
        for (const auto& m : am.mentions)
            if (byte >= m.start && byte < m.end && (m.kind == EntityKind::Person || m.kind == EntityKind::Org))
                return true;
        return false;
    };
    const auto describedSubject = [&](const EventFrame& f) {
        const std::size_t at = f.event.sources.front().start;
        const auto words = tokenizeWords(text.substr(at, std::min<std::size_t>(60, text.size() - at)), at);
        if (words.empty() || words[0].start != at) return false;
        if (words[0].lower == "and" || words[0].lower == "but") return true;
        if (words[0].lower != "the" && words[0].lower != "a" && words[0].lower != "an") return false;
        std::size_t k = 1;
        while (k < words.size() && k <= 2 && words[k].capitalised && !namedAt(words[k].start))
            ++k;
        return k < words.size() && !words[k].capitalised;
    };
    auto personOpening = [&](const ByteSpan& sentence) -> const std::string* {
        const std::size_t limit = openingEnd(text, sentence);
        for (const auto& m : am.mentions)
            if (m.start >= sentence.start && m.start <= limit && m.kind == EntityKind::Person && !m.demonym)
                return &entities[m.entity].id;
        return nullptr;
    };
    const std::string* person = nullptr;
    for (auto s = ledeSentence + 1; s != article.sentences.end() && s <= ledeSentence + 2 && !person; ++s)
        person = personOpening(*s);
    if (!person) return;
    for (auto& f : frames) {
        if (f.event.sources.front().start >= ledeSentence->end) break;
        if (f.event.kind == "statement" || !describedSubject(f)) continue;
        if (!namesAPerson(f.event, entities)) f.event.participants.insert(f.event.participants.begin(), *person);
    }
}

// A role before its name: an event whose clause opens with a role held by nobody named there
// ("Santa Catarina's governor declared a state of emergency on Saturday") takes the person who
// opens the next sentence with that role as title ("Governor Ana Ruiz said on Monday …").
void identifyRoleNamedNext(const Article& article, const ArticleMentions& am, const std::vector<Entity>& entities,
                           std::vector<EventFrame>& frames) {
    const std::string_view text = article.text;
    const auto roleWords = [](const Entity& e) {
        std::vector<std::string> out;
        for (const auto& r : e.roles) out.push_back(lowerAsciiWord(std::string_view(r).substr(0, r.find(" ("))));
        return out;
    };
    for (auto& f : frames) {
        if (f.event.kind == "statement" || f.event.sources.empty() || namesAPerson(f.event, entities)) continue;
        const std::size_t at = f.event.sources.front().start;
        const auto sentence = sentenceAt(article, at);
        if (sentence == article.sentences.end() || sentence + 1 == article.sentences.end()) continue;
        // The role: a lower-case word among the clause's first five, after a possessive or "the".
        const auto words = tokenizeWords(text.substr(at, std::min<std::size_t>(80, text.size() - at)), at);
        std::vector<std::string> roles;
        for (std::size_t k = 1; k < words.size() && k < 5; ++k)
            if (!words[k].capitalised && (words[k - 1].possessive || words[k - 1].lower == "the"))
                roles.push_back(words[k].lower);
        if (roles.empty()) continue;
        const ByteSpan& next = *(sentence + 1);
        const std::size_t limit = openingEnd(text, next);
        for (const auto& m : am.mentions) {
            if (m.start < next.start || m.start > limit || m.kind != EntityKind::Person || !m.titled) continue;
            const auto held = roleWords(entities[m.entity]);
            const bool match = std::any_of(roles.begin(), roles.end(), [&](const std::string& w) {
                return std::find(held.begin(), held.end(), w) != held.end();
            });
            if (match) f.event.participants.insert(f.event.participants.begin(), entities[m.entity].id);
            break;
        }
    }
}

std::string statementLabel(const EventFrame& f, const std::vector<Entity>& entities, std::string_view clauseText) {
    std::string who;
    if (!f.event.participants.empty())
        if (const Entity* e = findEntity(entities, f.event.participants.front())) who = e->name;
    std::string quote(clauseText.substr(0, 100));
    if (clauseText.size() > 100) quote += "…";
    return (who.empty() ? std::string("Statement") : who) + " (" + f.action + "): " + quote;
}

bool isLocative(std::string_view w) {
    return w == "in" || w == "at" || w == "to" || w == "from" || w == "for" || w == "into";
}

int placeSpecificity(std::string_view subtype) {
    if (subtype == "landmark") return 4;
    if (subtype == "city" || subtype == "region") return 3;
    if (subtype == "country") return 2;
    return 1;
}

} // namespace

std::string eventLabel(const Event& e, const std::string& action, const std::vector<Entity>& entities) {
    auto nameOf = [&](const std::string& id) -> std::string {
        const Entity* e = findEntity(entities, id);
        return e ? e->name : id;
    };
    static const std::pair<const char*, const char*> nouns[] = {
        {"meet", "Meeting"},        {"visit", "Visit"},     {"arrive", "Arrival"},
        {"depart", "Departure"},    {"go", "Trip"},         {"sign", "Signing"},
        {"ratify", "Ratification"}, {"agree", "Agreement"}, {"deploy", "Deployment"}};
    std::string noun = action;
    for (const auto& n : nouns)
        if (action == n.first) noun = n.second;
    if (e.kind == "meeting") noun = "Meeting";
    if (!noun.empty() && noun[0] >= 'a' && noun[0] <= 'z') noun[0] = static_cast<char>(noun[0] - 'a' + 'A');
    std::string who;
    for (std::size_t i = 0; i < e.participants.size() && i < 4; ++i) {
        if (i) who += i + 1 == e.participants.size() || i == 3 ? " and " : ", ";
        who += nameOf(e.participants[i]);
    }
    std::string label = noun + (who.empty() ? "" : ": " + who);
    if (!e.place.empty()) label += " — " + nameOf(e.place);
    if (e.status != EventStatus::Happened) label += std::string(" (") + toString(e.status) + ")";
    if (e.negated) label += " (negated)";
    return label;
}

// Sets ruleMask: one table lookup per word instead of one per table.
static void markRuleWords(std::vector<WordToken>& tok) {
    const auto& first = rules().firstWords;
    for (auto& t : tok) {
        const unsigned char* mask = first.find(t.lower);
        t.ruleMask = mask ? *mask : 0;
    }
}

static std::vector<WordToken> ruleTokens(std::string_view text, std::size_t base) {
    auto tok = tokenizeWords(text, base);
    markRuleWords(tok);
    return tok;
}

std::vector<std::string> verbForms(const std::string& base) { return inflectVerb(lowerAsciiWord(base)); }

std::vector<Diagnostic> triggerRuleDiagnostics() { return rules().triggerDiagnostics; }

std::vector<std::pair<std::string, std::string>> findTriggers(std::string_view text) {
    const auto tokens = ruleTokens(text, 0);
    const WordTokenSpan tok{tokens.data(), tokens.size()};
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < tok.size(); ++i) {
        const Trigger* hit = nullptr;
        const std::size_t n = triggerAt(tok, i, tok.size(), hit);
        if (!n) continue;
        if (hit->kind != "none") out.emplace_back(hit->kind, hit->action);
        i += n - 1;
    }
    return out;
}

std::vector<EventFrame> extractEventFrames(const Article& article, const ArticleMentions& am,
                                           const std::vector<Entity>& entities) {
    return extractEventFrames(article, am, entities, tokenizeWords(article.text));
}

std::vector<EventFrame> extractEventFrames(const Article& article, const ArticleMentions& am,
                                           const std::vector<Entity>& entities, std::vector<WordToken> articleTokens) {
    std::vector<EventFrame> frames;
    const std::string_view text = article.text;
    // One tokenisation for the article; each sentence takes its slice.
    markRuleWords(articleTokens);
    // At most one frame per word that may start a trigger: no reallocation while frames grow.
    const auto mayTrigger = [](const WordToken& t) { return (t.ruleMask & tableBit(rules().triggers)) != 0; };
    frames.reserve(static_cast<std::size_t>(std::count_if(articleTokens.begin(), articleTokens.end(), mayTrigger)));
    std::size_t tokenCursor = 0, timexCursor = 0;
    // Timexes in text order (imported bundles may list them in any order).
    std::vector<const Timex*> orderedTimexes;
    orderedTimexes.reserve(article.timexes.size());
    for (const auto& t : article.timexes)
        orderedTimexes.push_back(&t);
    std::stable_sort(orderedTimexes.begin(), orderedTimexes.end(),
                     [](const Timex* a, const Timex* b) { return a->start < b->start; });
    std::size_t previous = static_cast<std::size_t>(-1); // index of the last frame with a date ("the same day")
    std::size_t previousSentence = static_cast<std::size_t>(-1);
    // Salience: the person who opened the latest sentence a person opened (its subject). A "he" or
    // "she" means that person while no other person has opened a sentence since, up to three
    // sentences on ("X made her decision. The talks were long. On Friday she met Y").
    const std::string* subjectId = nullptr;
    std::size_t previousSentenceSubject = static_cast<std::size_t>(-1);
    constexpr std::size_t kSubjectReach = 3;
    std::size_t mentionCursor = 0;
    // Per-sentence working lists, declared once so their buffers are reused sentence after sentence.
    std::vector<const EntityMention*> ments;
    std::vector<TriggerHit> triggers;
    std::vector<Clause> clauseCuts, clauses;
    std::vector<std::string> participants;
    std::vector<std::pair<std::size_t, std::size_t>> reportingSpans; // byte ranges
    std::vector<const Timex*> timexes;
    std::vector<int> owner;
    std::vector<EventFrame> sentenceFrames;
    std::vector<std::size_t> frameClause;
    // A live page's entries open with a stamp, a time alone on its line ("08:12", "Yesterday,
    // 19:40"); the tagger resolves it to a day. The last one above a sentence is its entry's.
    const Timex* entryStamp = nullptr;
    std::size_t stampCursor = 0;

    for (std::size_t si = 0; si < article.sentences.size(); ++si) {
        const ByteSpan sent = article.sentences[si];
        while (stampCursor < orderedTimexes.size() && orderedTimexes[stampCursor]->start < sent.start) {
            const Timex* t = orderedTimexes[stampCursor++];
            long stampDay = 0;
            if (isEntryStamp(text, t->start, t->end, t->type) &&
                parseIsoDay(std::string_view(t->value).substr(0, 10), stampDay))
                entryStamp = t; // a stamp resolved to a day
        }
        while (tokenCursor < articleTokens.size() && articleTokens[tokenCursor].start < sent.start)
            ++tokenCursor;
        std::size_t tokenEnd = tokenCursor;
        while (tokenEnd < articleTokens.size() && articleTokens[tokenEnd].end <= sent.end)
            ++tokenEnd;
        const WordTokenSpan tok{articleTokens.data() + tokenCursor, tokenEnd - tokenCursor};
        if (tok.empty()) continue;
        while (mentionCursor < am.mentions.size() && am.mentions[mentionCursor].end <= sent.start)
            ++mentionCursor;
        ments.clear();
        for (std::size_t k = mentionCursor; k < am.mentions.size() && am.mentions[k].start < sent.end; ++k)
            ments.push_back(&am.mentions[k]);
        auto insideMention = [&](std::size_t byte) {
            for (const auto* m : ments)
                if (byte >= m->start && byte < m->end) return true;
            return false;
        };

        // The sentence's subject, if a person opens it ("Hendrik de Vries, 52, denies …"): a "he"
        // or "she" later in the sentence, or opening one of the next sentences, is most often that
        // person.
        const std::string* priorSubject =
            previousSentenceSubject < si && si - previousSentenceSubject <= kSubjectReach ? subjectId : nullptr;
        const std::string* sentenceSubject = nullptr;
        std::size_t sentenceSubjectEnd = 0;
        for (const auto* m : ments)
            if (m->kind == EntityKind::Person && !m->demonym && tok.size() > 0 &&
                (tok.size() < 5 || m->start <= tok[4].start)) {
                subjectId = sentenceSubject = &entities[m->entity].id;
                sentenceSubjectEnd = m->end;
                previousSentenceSubject = si;
                break;
            }

        triggers.clear();
        for (std::size_t i = 0; i < tok.size(); ++i) {
            const Trigger* hit = nullptr;
            const std::size_t n = triggerAt(tok, i, tok.size(), hit);
            if (!n || insideMention(tok[i].start)) continue;
            if (hit->kind != "none") triggers.push_back({i, n, *hit}); // "a sign of": no event
            i += n - 1;
        }
        if (triggers.empty()) continue;
        splitClauses(text, tok, triggers, clauseCuts, clauses);

        // Reporting phrases ("according to the KCNA") hide their object from participants.
        reportingSpans.clear();
        for (std::size_t i = 0; i < tok.size(); ++i) {
            decltype(rules().reporting)::const_iterator hit;
            const std::size_t n = longestAt(tok, i, tok.size(), rules().reporting, hit);
            if (!n) continue;
            std::size_t j = i + n;
            while (j < tok.size() && !tok[j - 1].commaAfter && !tok[j - 1].stopAfter && j - i < n + 8)
                ++j;
            reportingSpans.push_back({tok[i].start, tok[j - 1].end});
        }

        // Time expressions of this sentence, each owned by the nearest trigger before it in its clause.
        timexes.clear();
        while (timexCursor < orderedTimexes.size() && orderedTimexes[timexCursor]->start < sent.start)
            ++timexCursor;
        for (std::size_t x = timexCursor; x < orderedTimexes.size() && orderedTimexes[x]->start < sent.end; ++x) {
            const Timex* t = orderedTimexes[x];
            if (t->end > sent.end || (t->type != "DATE" && t->type != "TIME")) continue;
            // A time word inside a trigger's own words is none: "the fall of ground" is no autumn.
            bool triggerWord = false;
            for (const auto& h : triggers)
                for (const WordToken* w : {&tok[h.token], &tok[h.token + h.words - 1]})
                    triggerWord |= t->start < w->end && t->end > w->start;
            // An attributive time before the trigger's own noun ("the September panel ruling")
            // stays that event's time.
            bool ownNoun = false;
            for (const auto& h : triggers) {
                const std::size_t at = tok[h.token].start;
                if (at < t->end || at - t->end > 40) continue;
                const std::string_view gap = text.substr(t->end, at - t->end);
                ownNoun |= std::count(gap.begin(), gap.end(), ' ') <= 2 &&
                           gap.find_first_of(",;:.()\"") == std::string_view::npos;
            }
            if (!triggerWord && (ownNoun || !attributiveTime(text, *t))) timexes.push_back(t);
        }
        auto clauseOf = [&](std::size_t byte) -> std::size_t {
            for (std::size_t c = 0; c < clauses.size(); ++c)
                if (byte < tok[clauses[c].end - 1].end) return c;
            return clauses.size() - 1;
        };
        owner.assign(timexes.size(), -1);
        for (std::size_t x = 0; x < timexes.size(); ++x) {
            const std::size_t c = clauseOf(timexes[x]->start);
            // "last year's treaty" dates a noun: it governs only a trigger of its noun phrase, two
            // words on at most ("this week's talks", "Sunday's presidential runoff").
            const std::string_view tail = text.substr(timexes[x]->end, 4);
            if (tail.substr(0, 2) == "'s" || tail.substr(0, 4) == "\xE2\x80\x99s") {
                owner[x] = -2;
                std::size_t next = 0;
                while (next < tok.size() && tok[next].start <= timexes[x]->end)
                    ++next;
                for (std::size_t t = 0; t < triggers.size() && owner[x] == -2; ++t) {
                    const std::size_t at = triggers[t].token;
                    bool phrase = at >= next && at <= next + 2;
                    for (std::size_t k = next; phrase && k < at; ++k)
                        phrase = !tok[k].commaAfter && !tok[k].stopAfter;
                    if (phrase) owner[x] = static_cast<int>(t);
                }
                continue;
            }
            int before = -1, after = -1;
            for (std::size_t t = 0; t < triggers.size(); ++t) {
                const std::size_t tb = tok[triggers[t].token].start;
                if (clauseOf(tb) != c) continue;
                if (tb < timexes[x]->start)
                    before = static_cast<int>(t);
                else if (after < 0)
                    after = static_cast<int>(t);
            }
            owner[x] = before >= 0 ? before : after;
        }

        sentenceFrames.clear();
        frameClause.clear();
        for (std::size_t t = 0; t < triggers.size(); ++t) {
            const TriggerHit& trig = triggers[t];
            const std::size_t ci = clauseOf(tok[trig.token].start);
            const Clause& clause = clauses[ci];
            EventFrame f;
            f.event.kind = trig.trigger.kind;
            f.action = trig.trigger.action;

            // Status and negation: cues in the few words before the trigger, in its clause. An
            // infinitive ("will travel to Brussels next week to meet Rutte") takes its status from
            // the verb it hangs on, however far back in the clause.
            const bool infinitive = trig.token > clause.first && tok[trig.token - 1].lower == "to";
            const std::size_t reach = infinitive ? 14 : 6;
            const std::size_t from = trig.token > clause.first + reach ? trig.token - reach : clause.first;
            // A word of a time expression is no cue: "on May 12" is a month, not "may".
            auto insideTimex = [&](std::size_t k) {
                for (const Timex* x : timexes)
                    if (tok[k].start >= x->start && tok[k].end <= x->end) return true;
                return false;
            };
            for (std::size_t k = from; k < trig.token; ++k) {
                decltype(rules().modality)::const_iterator hit;
                const std::size_t n = longestAt(tok, k, trig.token, rules().modality, hit);
                if (!n || insideTimex(k)) continue;
                if (hit->second == "planned" && f.event.status == EventStatus::Happened)
                    f.event.status = EventStatus::Planned;
                else if (hit->second == "possible")
                    f.event.status = EventStatus::Possible;
                else if (hit->second == "negated" && trig.token - k <= 3)
                    f.event.negated = true;
                k += n - 1;
            }
            // "Kim's visit to Moscow could happen": a modal right after a noun trigger counts too; not
            // after a statement, whose modal is what was said ("said he will lead the party").
            for (std::size_t k = trig.token + trig.words;
                 f.event.kind != "statement" && k < clause.end && k < trig.token + trig.words + 5; ++k) {
                decltype(rules().modality)::const_iterator hit;
                const std::size_t n = longestAt(tok, k, clause.end, rules().modality, hit);
                if (!n || hit->second == "negated" || insideTimex(k)) continue;
                f.event.status =
                    hit->second == "planned" ? std::max(f.event.status, EventStatus::Planned) : EventStatus::Possible;
                break;
            }
            f.pastTense = f.event.status == EventStatus::Happened;

            // Participants and place from the clause's mentions. The participants are gathered in a
            // buffer reused frame after frame, then copied once at their final size.
            participants.clear();
            const std::size_t cStart = tok[clause.first].start, cEnd = tok[clause.end - 1].end;
            int bestPlace = 0;
            for (const auto* m : ments) {
                if (m->start < cStart || m->end > cEnd || m->demonym) continue;
                const std::string& id = entities[m->entity].id;
                bool reported = false;
                for (const auto& r : reportingSpans)
                    reported |= m->start >= r.first && m->end <= r.second;
                if (reported && f.event.kind != "statement") continue;
                // The word before the mention decides whether it is a place.
                std::size_t k = clause.first;
                while (k < clause.end && tok[k].start < m->start)
                    ++k;
                std::string prev = k > clause.first ? tok[k - 1].lower : "";
                if (prev == "the" && k > clause.first + 1) prev = tok[k - 2].lower;
                const bool directObject = k > 0 && k - 1 >= trig.token && k - 1 < trig.token + trig.words &&
                                          (f.event.kind == "visit" || f.event.kind == "travel");
                // "at/in the Kremlin" is a place; the "in" of a trigger ("shares in Acme") is not.
                const bool prevInTrigger = k > clause.first && k - 1 >= trig.token && k - 1 < trig.token + trig.words;
                const bool place = m->kind == EntityKind::Place ||
                                   (m->kind == EntityKind::Org && (prev == "at" || prev == "in") && !prevInTrigger);
                const bool regionOrSite =
                    m->kind == EntityKind::Place && m->subtype != "country" && m->subtype != "city";
                // "Minister of Foreign Affairs of the DPRK", "head of a DPRK delegation": an affiliation.
                const std::string before = k > clause.first ? tok[k - 1].lower : "";
                const std::string before2 = k > clause.first + 1 ? tok[k - 2].lower : "";
                // "the southern city of Kahramanmaras", "the port of Odesa": a place named by its kind.
                const auto placeWord = builtinGazetteer().nameParts.find(before2);
                const bool placeNounOf = before == "of" && placeWord != builtinGazetteer().nameParts.end() &&
                                         placeWord->second == EntityKind::Place;
                if (!regionOrSite && !placeNounOf && f.event.kind != "statement" &&
                    (before == "of" || ((before == "the" || before == "a") && before2 == "of")))
                    continue;
                // "in Paris, France": a place right after a place and a comma names where that place
                // is, so it is a place of the event too, never a participant.
                bool afterPlace = false;
                if (m->kind == EntityKind::Place && k > clause.first && tok[k - 1].commaAfter &&
                    text.substr(tok[k - 1].end, 1) == ",")
                    for (const auto* other : ments)
                        afterPlace |= other != m && other->kind == EntityKind::Place && other->end == tok[k - 1].end;
                if (place && (isLocative(prev) || directObject || regionOrSite || placeNounOf || afterPlace)) {
                    if (f.event.kind == "statement") continue; // where a claim is about is not where it was made
                    int spec = 2 * (placeSpecificity(m->subtype) + (m->kind == EntityKind::Org ? -1 : 0));
                    // Where a happening is ("in Oman") outranks where someone came from or went to
                    // ("..., arrived by car from Oslo"), however specific; travel is told by those.
                    if ((prev == "from" || prev == "to") && spec > 0 && f.event.kind != "travel" &&
                        f.event.kind != "visit")
                        spec = 1;
                    if (spec > bestPlace) bestPlace = spec, f.event.place = id;
                    continue;
                }
                const Entity* mentioned = m->kind == EntityKind::Org ? &entities[m->entity] : nullptr;
                if (mentioned && f.event.kind != "statement") {
                    // News agencies report events; they take part only in statements.
                    const int g = builtinGazetteer().find(mentioned->name);
                    if (g >= 0 && (builtinGazetteer().entries[static_cast<std::size_t>(g)].subtype == "agency" ||
                                   builtinGazetteer().entries[static_cast<std::size_t>(g)].subtype == "media"))
                        continue;
                }
                if (std::find(participants.begin(), participants.end(), id) == participants.end())
                    participants.push_back(id);
            }
            // Nobody named: a demonym before the trigger stands for its country ("Finnish police
            // seized the tanker" → Finland), so the report is not too vague to keep.
            if (participants.empty() && f.event.place.empty() && f.event.kind != "statement")
                for (const auto* m : ments)
                    if (m->demonym && m->start >= cStart && m->end <= tok[trig.token].start &&
                        std::find(participants.begin(), participants.end(), entities[m->entity].id) ==
                            participants.end())
                        participants.push_back(entities[m->entity].id);
            // Statements: the speaker is the participant nearest before the verb.
            if (f.event.kind == "statement" && participants.size() > 1) {
                // The clause's subject when a person opens it ("Speaker Igor Kollár, who is not related
                // to the prime minister, told"): a person named inside its aside is not the speaker.
                std::string speaker;
                const std::size_t subjectLimit =
                    clause.first + 4 < clause.end ? tok[clause.first + 4].start : tok[clause.end - 1].end;
                for (const auto* m : ments)
                    if (m->start >= cStart && m->end <= tok[trig.token].start && !m->demonym &&
                        std::find(participants.begin(), participants.end(), entities[m->entity].id) !=
                            participants.end()) {
                        speaker = entities[m->entity].id;
                        if (m->kind == EntityKind::Person && m->start <= subjectLimit) break;
                    }
                if (speaker.empty()) speaker = participants.front();
                participants.assign(1, speaker);
            }
            f.event.participants.assign(participants.begin(), participants.end());

            // Time: an owned timex; else an offset from the previous clause; else "the same day".
            const Timex* governing = nullptr;
            for (std::size_t x = 0; x < timexes.size(); ++x)
                if (owner[x] == static_cast<int>(t)) {
                    governing = timexes[x];
                    break;
                }
            bool pronounSubject = false, singularPronoun = false;
            std::size_t pronounAt = 0;
            for (std::size_t k = trig.token >= 3 ? trig.token - 3 : 0; k < trig.token; ++k)
                if (k >= clause.first && isPronounSubject(tok[k].lower)) {
                    pronounSubject = true;
                    singularPronoun = tok[k].lower == "he" || tok[k].lower == "she";
                    pronounAt = k;
                }
            // "was charged with fraud and released on bail": a verb right after "and"/"but" shares
            // the subject of the clause before.
            if (trig.token > clause.first && (tok[clause.first].lower == "and" || tok[clause.first].lower == "but")) {
                bool elided = true;
                for (std::size_t k = clause.first + 1; k < trig.token && elided; ++k)
                    elided = isAuxiliaryOrAdverb(tok[k].lower);
                pronounSubject |= elided;
            }
            // A time another clause may borrow: not an offset clause's, not a report's own.
            auto lendsTime = [&](std::size_t x) {
                if (clauses[clauseOf(timexes[x]->start)].hasOffset || owner[x] == -2) return false;
                return owner[x] < 0 || triggers[static_cast<std::size_t>(owner[x])].trigger.kind != "statement";
            };
            // An offset clause after a clause that tells no event but has a time ("Rescuers pulled
            // survivors out on Sunday, two days after the earthquake"): that time, offset.
            const Timex* offsetFrom = nullptr;
            if (!governing && clause.hasOffset && sentenceFrames.empty())
                for (std::size_t x = timexes.size(); x-- > 0 && !offsetFrom;)
                    if (clauseOf(timexes[x]->start) < ci && lendsTime(x)) offsetFrom = timexes[x];
            if (governing) {
                f.rawDate = governing->value;
                f.timexText = governing->text;
            } else if (clause.hasOffset && !sentenceFrames.empty()) {
                const EventFrame& anchor = sentenceFrames.back();
                f.rawDate = anchor.rawDate;
                f.timexText = anchor.timexText;
                f.dayOffset = anchor.dayOffset + clause.offset;
            } else if (offsetFrom) {
                f.rawDate = offsetFrom->value;
                f.timexText = offsetFrom->text;
                f.dayOffset = clause.offset;
            } else {
                bool sameDay = false;
                for (std::size_t k = clause.first; k < clause.end; ++k) {
                    decltype(rules().breaks)::const_iterator hit;
                    if (longestAt(tok, k, clause.end, rules().breaks, hit) && hit->second.anchorsSameDay)
                        sameDay = true;
                }
                if (sameDay && previous < frames.size()) {
                    f.rawDate = frames[previous].rawDate;
                    f.timexText = frames[previous].timexText;
                    f.dayOffset = frames[previous].dayOffset;
                } else if (f.event.kind != "statement") {
                    // The time of another clause of the sentence ("hosted Choe, following talks …
                    // earlier on Tuesday"), unless it belongs to a report or to an offset clause.
                    // An event that ends a state ("remains in office until Takáč is sworn in") has
                    // not happened by then: it borrows no time.
                    bool untilEvent = false;
                    for (std::size_t k = trig.token; k-- > clause.first && trig.token - k <= 4;)
                        untilEvent |= tok[k].lower == "until" || tok[k].lower == "till";
                    for (std::size_t x = 0; !untilEvent && x < timexes.size(); ++x) {
                        const std::size_t xc = clauseOf(timexes[x]->start);
                        if (xc == ci || !lendsTime(x)) continue;
                        // Neighbouring clauses that share time lend it ("in January, where she met Putin");
                        // otherwise only a day carries over ("hosted Choe, following talks … earlier on
                        // Tuesday") and "talks … after the September summit" keeps no date.
                        const bool neighbours =
                            (xc + 1 == ci && clauses[ci].sharesTime) || (ci + 1 == xc && clauses[xc].sharesTime);
                        EventDate probe;
                        const bool day =
                            (eventDateFromValue(timexes[x]->value, probe) && probe.granularity == Granularity::Day) ||
                            timexes[x]->value.find("WXX-") != std::string::npos;
                        if (!day && !neighbours) continue;
                        f.rawDate = timexes[x]->value;
                        f.timexText = timexes[x]->text;
                        break;
                    }
                }
            }
            // "X has lodged an appeal, his lawyers confirmed on Tuesday": an event in the perfect
            // told inside a dated report happened by the report's day; it takes that day, marked
            // as borrowed (placing an undated article on it would be circular).
            if (f.rawDate.empty() && f.event.kind != "statement" && trig.token > clause.first) {
                bool perfect = false;
                for (std::size_t k = trig.token; k-- > clause.first && trig.token - k <= 3;) {
                    if (tok[k].lower == "has" || tok[k].lower == "have") perfect = true;
                    if (perfect || !isAuxiliaryOrAdverb(tok[k].lower)) break;
                }
                for (std::size_t x = 0; perfect && x < timexes.size(); ++x) {
                    if (owner[x] < 0 || triggers[static_cast<std::size_t>(owner[x])].trigger.kind != "statement" ||
                        clauseOf(timexes[x]->start) == ci)
                        continue;
                    EventDate probe;
                    // A day, or the publication date itself when only its month is known.
                    const bool day =
                        (eventDateFromValue(timexes[x]->value, probe) && probe.granularity == Granularity::Day) ||
                        timexes[x]->value.find("WXX-") != std::string::npos ||
                        (timexes[x]->anchor == "dct" && probe.granularity == Granularity::Month);
                    if (!day) continue;
                    f.rawDate = timexes[x]->value;
                    f.timexText = timexes[x]->text;
                    f.timeBorrowed = true;
                    break;
                }
            }
            // What a live entry tells in the past with no time of its own happened by its stamp
            // ("Rescue teams have recovered two bodies" under "Yesterday, 16:05"): the entry's day,
            // borrowed like a report's (never used to place an undated article).
            bool entryDay = false;
            if (f.rawDate.empty() && entryStamp && f.event.kind != "statement" &&
                f.event.status == EventStatus::Happened && !f.event.negated) {
                f.rawDate = entryStamp->value.substr(0, 10);
                f.timexText = entryStamp->text;
                f.timeBorrowed = true;
                entryDay = true;
            }
            // Pronoun subjects ("they arrived", "She also traveled") take the previous event's people.
            // "He"/"she" is the salient person: the subject of its own sentence when one opens it
            // before the pronoun ("X made her decision after talks, when she received Y"), else the
            // subject of a recent sentence.
            const std::string* referent = nullptr;
            if (pronounSubject && singularPronoun)
                referent = sentenceSubject && sentenceSubjectEnd <= tok[pronounAt].start ? sentenceSubject
                           : sentenceFrames.empty() || !sentenceSubject ? priorSubject
                                                                        : nullptr;
            if (referent) {
                if (std::find(f.event.participants.begin(), f.event.participants.end(), *referent) ==
                    f.event.participants.end())
                    f.event.participants.push_back(*referent);
            } else if (pronounSubject) {
                const EventFrame* prior =
                    !sentenceFrames.empty() ? &sentenceFrames.back() : (!frames.empty() ? &frames.back() : nullptr);
                if (prior) {
                    for (const auto& p : prior->event.participants)
                        if (std::find(f.event.participants.begin(), f.event.participants.end(), p) ==
                            f.event.participants.end())
                            f.event.participants.push_back(p);
                    // The narrative time carries over only when it is coarse ("in June … They signed");
                    // a day rarely holds for the next sentence ("On January 14 … She held meetings").
                    EventDate priorDate;
                    const bool coarse = eventDateFromValue(prior->rawDate, priorDate) &&
                                        priorDate.granularity != Granularity::Day &&
                                        priorDate.granularity != Granularity::Week;
                    if (f.rawDate.empty() && coarse && sentenceFrames.empty() && previousSentence + 1 == si) {
                        f.rawDate = prior->rawDate;
                        f.timexText = prior->timexText;
                        f.dayOffset = prior->dayOffset;
                    }
                }
            }
            // "The two-hour meeting with MacLeod and Okafor was held …": a definite noun in a sentence
            // with no time, right after a sentence that told such an event on a day, is that event:
            // it takes its time and its people.
            bool definite = false;
            for (std::size_t k = trig.token >= clause.first + 3 ? trig.token - 3 : clause.first; k < trig.token; ++k)
                definite |= tok[k].lower == "the";
            // Without "the", the same kind of event told of one of the same people ("A court on
            // Thursday dismissed an appeal by X. Justice Y upheld the decision that found X ...").
            if (timexes.empty() && sentenceFrames.empty() && previousSentence + 1 == si) {
                for (std::size_t back = 0; back < 4 && back < frames.size(); ++back) {
                    const EventFrame& prior = frames[frames.size() - 1 - back];
                    if (prior.event.kind != f.event.kind || prior.action != f.action) continue;
                    if (!definite && std::none_of(f.event.participants.begin(), f.event.participants.end(),
                                                  [&](const std::string& p) {
                                                      return std::count(prior.event.participants.begin(),
                                                                        prior.event.participants.end(), p) > 0;
                                                  }))
                        break;
                    // Only a day: "the meeting" after "the September summit" is seldom that summit.
                    if (prior.event.date.granularity != Granularity::Day) break;
                    f.rawDate = prior.rawDate;
                    f.timexText = prior.timexText;
                    f.dayOffset = prior.dayOffset;
                    for (const auto& p : prior.event.participants)
                        if (std::find(f.event.participants.begin(), f.event.participants.end(), p) ==
                            f.event.participants.end())
                            f.event.participants.push_back(p);
                    break;
                }
            }
            // Frames with nobody named stay ("treaty signed last June"): the merge attaches them to
            // the one compatible event, or keeps them only when their kind stands on its own.

            // Resolved date (undated articles keep rawDate only).
            EventDate date;
            if (!f.rawDate.empty() && eventDateFromValue(f.rawDate, date)) {
                if (f.dayOffset) date = shiftedDay(date, f.dayOffset);
                // "Last week" written at a weekend means the week just ending as often as the one
                // before it (TimeML says the one before): the honest date covers both.
                long dct = 0;
                if (date.granularity == Granularity::Week && !f.dayOffset &&
                    lowerAsciiWord(f.timexText).rfind("last week", 0) == 0 &&
                    parseIsoDay(std::string_view(article.published.value).substr(0, 10), dct) && weekdayOf(dct) >= 6 &&
                    isoDayFromDays(dct) > date.latest)
                    date.latest = isoDayFromDays(dct);
                // A report's day dates what it tells in the perfect only from above: it happened
                // that day or in the days before ("has met", "has lodged").
                long reportDay = 0;
                if (f.timeBorrowed && !entryDay && date.granularity == Granularity::Day &&
                    parseIsoDay(date.latest, reportDay)) {
                    date.granularity = Granularity::Week;
                    date.earliest = isoDayFromDays(reportDay - 6);
                }
                date.basis = article.published.basis == DateBasis::Explicit ? DateBasis::Explicit : DateBasis::Inferred;
                f.event.date = date;
                // Something said is said by the time it is published: a later time is what the
                // words are about ("He has said he will lead the party into the March election",
                // "the SFO said proceedings would begin in the autumn"), not when they were said;
                // the page's day is.
                EventDate pageDay;
                if (f.event.kind == "statement" && f.event.status == EventStatus::Happened &&
                    article.published.value.size() >= 10 &&
                    date.earliest > std::string_view(article.published.value).substr(0, 10) &&
                    eventDateFromValue(article.published.value.substr(0, 10), pageDay)) {
                    pageDay.basis = date.basis;
                    f.event.date = pageDay;
                    f.timexText.clear();
                }
            }
            f.event.sources.push_back({article.id, cStart, cEnd, std::string(), f.event.date.value});
            // Other kinds are labelled once merged (the label names every participant).
            if (f.event.kind == "statement")
                f.event.label = statementLabel(f, entities, text.substr(cStart, cEnd - cStart));

            // One event per clause and kind: "held summit talks", "arrived … on an official visit".
            bool merged = false;
            for (std::size_t k = 0; k < sentenceFrames.size(); ++k) {
                EventFrame& g = sentenceFrames[k];
                if (frameClause[k] != ci) continue;
                const bool sameKind = g.event.kind == f.event.kind;
                const bool visitInTravel = (g.event.kind == "travel" && f.event.kind == "visit") ||
                                           (g.event.kind == "visit" && f.event.kind == "travel");
                if (!sameKind && !visitInTravel) continue;
                // Other happenings are told by their action: "took effect on Friday, and Hamas freed
                // hostages on Saturday" are two (an outcome still joins its contest, below).
                if (f.event.kind == "other" && g.action != f.action && g.action != kOutcomeAction &&
                    f.action != kOutcomeAction)
                    continue;
                if (visitInTravel && g.event.kind == "visit") {
                    f.event.status = std::min(f.event.status, g.event.status);
                    g = f;
                }
                // "won a confidence vote", "had won Sunday's runoff": the contest names the event.
                if (sameKind && g.action == kOutcomeAction && f.action != kOutcomeAction) {
                    if (f.rawDate.empty())
                        f.rawDate = g.rawDate, f.timexText = g.timexText, f.event.date = g.event.date;
                    f.event.status = std::min(f.event.status, g.event.status);
                    g = f;
                }
                if (g.rawDate.empty()) g.rawDate = f.rawDate, g.timexText = f.timexText, g.event.date = f.event.date;
                if (g.event.place.empty()) g.event.place = f.event.place;
                merged = true;
                break;
            }
            if (merged) continue;
            sentenceFrames.push_back(std::move(f));
            frameClause.push_back(ci);
        }
        for (auto& f : sentenceFrames) {
            frames.push_back(std::move(f));
            if (!frames.back().rawDate.empty()) previous = frames.size() - 1;
        }
        if (!sentenceFrames.empty()) previousSentence = si;
    }
    identifyDescribedSubject(article, am, entities, frames);
    identifyRoleNamedNext(article, am, entities, frames);
    return frames; // the pipeline keeps the frames it needs, fitted to size
}

} // namespace dateline
