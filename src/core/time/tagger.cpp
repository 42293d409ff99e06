// Temporal tagger entry points: tokenize, match rules, judge tense, resolve values.
#include "core/time/tagger.h"

#include "core/text/sentences.h"
#include "core/time/calendar.h"
#include "core/time/time_matcher.h"
#include "core/time/time_resolver.h"
#include "core/time/time_rules.h"

#include <algorithm>
#include <cctype>

namespace dateline {
namespace {

using namespace timetag;

struct TenseScanner {
    const TimeRuleSet& set;
    const std::vector<Token>& tokens;
    std::string_view text, lowered;
    int tenseLexicon;

    std::string_view lower(std::size_t i) const {
        return lowered.substr(tokens[i].start, tokens[i].end - tokens[i].start);
    }
    bool isQuote(std::size_t i) const {
        const std::string_view t = lower(i);
        return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D";
    }
    bool endsSentence(std::size_t i) const { // token i is ". ! ?" followed by a new sentence
        const std::string_view t = lower(i);
        if (t != "." && t != "!" && t != "?") return false;
        if (i + 1 < tokens.size() && !tokens[i + 1].lineBefore && !tokens[i + 1].capitalised) return false;
        if (t == "." && i > 0 && !tokens[i].spaceBefore &&
            isNonFinalAbbreviation(text.substr(tokens[i - 1].start, tokens[i - 1].end - tokens[i - 1].start)))
            return i + 1 >= tokens.size() || tokens[i + 1].lineBefore; // "Mr. Davison", "Daniel P. Davison"
        return true;
    }

    // What a tense marker says. A "nearest" marker ("by Jan. 14") stops the search and leaves
    // the choice to the nearer occurrence; an adjacent-only one counts right before the expression,
    // a near-only one (a reporting verb) within a few words on either side.
    struct Marker {
        bool found = false;
        Tense tense = Tense::Unknown;
        bool adjacentOnly = false;
        bool nearOnly = false;
    };

    bool startsSentence(std::size_t j) const { return j == 0 || tokens[j].lineBefore || endsSentence(j - 1); }

    // The tense table's value for the longest phrase of at most maxWords words at token j, or
    // null; words (when given) receives the phrase's length.
    const std::string* tableValueAt(std::size_t j, std::size_t maxWords, std::size_t* words = nullptr) const {
        if (tenseLexicon < 0) return nullptr;
        const Lexicon& l = set.lexicons[static_cast<std::size_t>(tenseLexicon)];
        std::int32_t node = 0;
        const std::string* value = nullptr;
        for (std::size_t k = j; k < tokens.size() && k < j + maxWords && tokens[k].word >= 0; ++k) {
            const auto& next = l.nodes[static_cast<std::size_t>(node)].next;
            const auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(tokens[k].word, std::int32_t(-1)));
            if (it == next.end() || it->first != tokens[k].word) break;
            node = it->second;
            const auto& n = l.nodes[static_cast<std::size_t>(node)];
            if (n.value >= 0) {
                value = &l.values[static_cast<std::size_t>(n.value)];
                if (words) *words = k + 1 - j;
            }
        }
        return value;
    }

    // The table's value for token j: a phrase that starts up to three words before and runs
    // through j wins over one starting at j ("had been due" is past, "due" alone ahead).
    const std::string* tableValueCovering(std::size_t j) const {
        const bool inPhrase =
            tenseLexicon >= 0 && tokens[j].word >= 0 &&
            set.lexiconLaterWords[static_cast<std::size_t>(tenseLexicon)][static_cast<std::size_t>(tokens[j].word)];
        for (std::size_t k = !inPhrase ? j : j >= 3 ? j - 3 : 0; k < j; ++k) {
            std::size_t words = 0;
            const std::string* value = tableValueAt(k, 4, &words);
            if (value && k + words > j) return value;
        }
        return tableValueAt(j, 4);
    }

    // The marker at token j, if any: the tense table, else a past-tense "-ed" word.
    Marker markerAt(std::size_t j) const {
        Marker m;
        if (const std::string* value = tableValueCovering(j)) {
            std::string_view v = *value;
            if (v == "NONE") return m;
            auto dropSuffix = [&v](std::string_view suffix) {
                if (v.size() <= suffix.size() || v.substr(v.size() - suffix.size()) != suffix) return false;
                v.remove_suffix(suffix.size());
                return true;
            };
            m.adjacentOnly = dropSuffix("_ADJACENT");
            m.nearOnly = !m.adjacentOnly && dropSuffix("_NEAR");
            m.found = v == "FUTURE" || v == "PAST" || v == "NEAREST" || v == "NOT_AFTER";
            m.tense = v == "FUTURE" ? Tense::Future
                      : v == "PAST" ? Tense::Past
                      : v == "NOT_AFTER" ? Tense::NotAfter
                                         : Tense::Unknown;
            return m;
        }
        const std::string_view t = lower(j);
        if (tokens[j].kind == TokenKind::Word && t.size() > 4 && t.compare(t.size() - 2, 2, "ed") == 0 &&
            (!tokens[j].capitalised || startsSentence(j))) {
            m.found = true;
            m.tense = Tense::Past;
        }
        return m;
    }

    // A past participle right after an infinitive marker ("will be held", "to be signed") is
    // not a past tense, nor is an "-ed" word right after a determiner ("a revised offer").
    Marker markerAtInContext(std::size_t j) const {
        const Marker m = markerAt(j);
        if (!m.found || j == 0) return m;
        const std::string* before = tableValueAt(j - 1, 1);
        if (!before) return m;
        // "a scheduled maintenance check", "the planned visit": an adjective, whatever its verb says.
        const std::string_view t = lower(j);
        const bool edWord = t.size() > 4 && t.compare(t.size() - 2, 2, "ed") == 0;
        if (*before == "DETERMINER" && edWord) return Marker{};
        if (m.tense != Tense::Past) return m;
        if (*before == "INFINITIVE") return Marker{};
        return *before == "DETERMINER" && !tableValueAt(j, 1) ? Marker{} : m;
    }

    // The tense of the sentence around tokens [first, end): the nearest marker on the left,
    // unless the nearest on the right is less than half as far, skipping markers on the other
    // side of a quotation mark ("'We will meet Friday,' he said"). Adjacent-only markers count
    // up to three tokens before the expression ("by Jan. 14"); near-only ones up to three before
    // or four after it ("said Friday that he would …", "On Friday, the ministry said …" are
    // past). A possessive ("Wednesday's ruling") has no tense of its own.
    Tense around(std::size_t first, std::size_t end) const {
        if (end + 1 < tokens.size() && (lower(end) == "'" || lower(end) == "\xE2\x80\x99") && lower(end + 1) == "s" &&
            !tokens[end].spaceBefore)
            return Tense::Unknown;
        std::size_t from = first, to = end;
        while (from > 0 && first - from < 40 && !endsSentence(from - 1) && !tokens[from].lineBefore)
            --from;
        while (to < tokens.size() && to - end < 40 && !tokens[to].lineBefore && !endsSentence(to - 1))
            ++to;
        // Returns true when the search stops at token j, with the tense in found.
        auto consider = [&](std::size_t j, std::size_t distanceBefore, std::size_t distanceAfter, int quotesBetween,
                            Tense& found) {
            const Marker m = markerAtInContext(j);
            if (!m.found || quotesBetween % 2 == 1) return false; // quoted speech keeps its own tense
            if (m.adjacentOnly && (distanceBefore == 0 || distanceBefore > 3)) return false;
            if (m.nearOnly && (distanceBefore > 3 || distanceAfter > 4)) return false;
            found = m.tense;
            return true;
        };
        Tense left = Tense::Unknown, right = Tense::Unknown;
        std::size_t leftDistance = 0, rightDistance = 0;
        bool leftAcrossComma = false, rightAcrossComma = false;
        int quotes = 0;
        for (std::size_t j = first; j-- > from;) {
            if (isQuote(j))
                ++quotes;
            else if (consider(j, first - j, 0, quotes, left)) {
                leftDistance = first - j;
                break;
            }
            leftAcrossComma = leftAcrossComma || lower(j) == ",";
        }
        quotes = 0;
        for (std::size_t j = end; j < to; ++j) {
            if (isQuote(j))
                ++quotes;
            else if (consider(j, 0, j - end + 1, quotes, right)) {
                rightDistance = j - end + 1;
                break;
            }
            rightAcrossComma = rightAcrossComma || lower(j) == ",";
        }
        // The governing verb usually comes first ("met on Saturday"), so the left marker wins
        // unless the right one is less than half as far ("where the Aug. 7 blasts killed …")
        // and in the same clause ("who gave evidence in February, will be sentenced" is past).
        if (leftDistance > 0 && rightDistance > 0 && rightAcrossComma && !leftAcrossComma) return left;
        if (leftDistance > 0 && (rightDistance == 0 || leftDistance <= 2 * rightDistance)) return left;
        if (rightDistance > 0) return right;
        return Tense::Unknown;
    }
};

// TIMEX3 durations count decades and centuries in years: "two decades" is P20Y, and
// "decades-long" an unknown number of years, PXY.
std::string yearsForLongUnits(std::string value) {
    const bool decades = value.size() > 3 && value.compare(value.size() - 2, 2, "DE") == 0;
    const bool centuries = value.size() > 3 && value.compare(value.size() - 2, 2, "CE") == 0;
    if (value[0] != 'P' || (!decades && !centuries)) return value;
    if (value.size() == 4 && value[1] == 'X') return "PXY";
    long n = 0;
    for (std::size_t i = 1; i + 2 < value.size(); ++i) {
        if (value[i] < '0' || value[i] > '9' || n > 100000) return value;
        n = n * 10 + (value[i] - '0');
    }
    return "P" + std::to_string(n * (decades ? 10 : 100)) + "Y";
}

// False for values no calendar has: month 13, February 30, a negative year. Rules copy digits
// from the text ("31/31/2024", "2024-02-30"), and arithmetic on a hostile DCT can leave 0000.
bool validCalendarValue(std::string_view v) {
    if (v.empty() || v[0] == '-') return false;
    if (v.size() < 7 || v[4] != '-' || v[5] < '0' || v[5] > '9' || v[6] < '0' || v[6] > '9') return true;
    for (int i = 0; i < 4; ++i)
        if (v[static_cast<std::size_t>(i)] < '0' || v[static_cast<std::size_t>(i)] > '9') return v[0] == 'X';
    calendar::Date d;
    const int fields = calendar::parseIsoPrefix(v, d);
    if (fields < 2) return false; // "2024-13"
    const bool hasDay = v.size() >= 10 && v[7] == '-' && v[8] >= '0' && v[8] <= '9';
    return !hasDay || fields == 3;
}

// "P9M", "P6M": a period of four to eleven months.
bool severalMonths(std::string_view v) {
    if (v.size() < 3 || v.size() > 4 || v[0] != 'P' || v.back() != 'M') return false;
    int n = 0;
    for (std::size_t i = 1; i + 1 < v.size(); ++i) {
        if (v[i] < '0' || v[i] > '9') return false;
        n = n * 10 + (v[i] - '0');
    }
    return n >= 4 && n <= 11;
}

// True when [start, end) is all its line holds but spaces.
bool aloneOnLine(std::string_view text, std::size_t start, std::size_t end) {
    for (std::size_t i = start; i > 0 && text[i - 1] != '\n'; --i)
        if (text[i - 1] != ' ' && text[i - 1] != '\t') return false;
    for (std::size_t i = end; i < text.size() && text[i] != '\n'; ++i)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') return false;
    return true;
}

// A bare year between a determiner and a lower-case word names a thing ("the 2027 budget",
// "its 2024 safeguards"), not when the story is: it does not become the last date mentioned.
bool yearAsModifier(std::string_view text, std::size_t start, std::size_t end) {
    if (end - start != 4 || end + 1 >= text.size() || text[end] != ' ' || text[end + 1] < 'a' || text[end + 1] > 'z')
        return false;
    std::size_t wordEnd = start;
    while (wordEnd > 0 && text[wordEnd - 1] == ' ')
        --wordEnd;
    std::size_t wordStart = wordEnd;
    while (wordStart > 0 && std::isalpha(static_cast<unsigned char>(text[wordStart - 1])))
        --wordStart;
    std::string word(text.substr(wordStart, wordEnd - wordStart));
    for (char& c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const char* const determiners[] = {"the", "its", "their", "his", "her", "our", "this", "that", "a", "an"};
    for (const char* d : determiners)
        if (word == d) return true;
    return false;
}

} // namespace

bool isEntryStamp(std::string_view text, std::size_t start, std::size_t end, std::string_view type) {
    return (type == "DATE" || type == "TIME") && end <= text.size() && aloneOnLine(text, start, end);
}

const char* toString(DocumentType t) { return t == DocumentType::News ? "news" : "narrative"; }

DocumentType guessDocumentType(std::string_view dct) {
    return dct.size() >= 4 ? DocumentType::News : DocumentType::Narrative;
}

std::vector<Timex> tagTime(std::string_view text, std::string_view dct) {
    return tagTime(text, dct, TimeTaggerOptions{});
}

std::vector<Timex> tagTime(std::string_view text, std::string_view dct, const TimeTaggerOptions& options) {
    return resolveTimexes(text, matchTimexes(text, options), dct, options);
}

std::vector<MatchedTimex> matchTimexes(std::string_view text, const TimeTaggerOptions& options) {
    const TimeRuleSet& set = timeRules(options.language);
    std::string lowered;
    const std::vector<Token> tokens = tokenize(text, set.vocabulary, lowered);
    const std::vector<RuleMatch> matches = matchTimeRules(set, tokens, lowered);
    const TenseScanner tense{set, tokens, text, lowered, set.lexiconIndex("tense")};
    std::vector<MatchedTimex> out;
    out.reserve(matches.size());
    for (const auto& m : matches) {
        const TimeRule& rule = set.rules[static_cast<std::size_t>(m.rule)];
        if (rule.remove) continue;
        MatchedTimex t;
        t.start = tokens[m.firstToken].start;
        t.end = tokens[m.endToken - 1].end;
        t.firstToken = m.firstToken;
        t.endToken = m.endToken;
        t.type = rule.type;
        t.mod = fillTemplate(rule.mod, rule, m.captures);
        t.quant = fillTemplate(rule.quant, rule, m.captures);
        t.freq = fillTemplate(rule.freq, rule, m.captures);
        t.raw = fillTemplate(rule.value, rule, m.captures);
        const bool needsTense = t.raw.find(",T)") != std::string::npos;
        t.tense = needsTense ? tense.around(m.firstToken, m.endToken) : Tense::Unknown;
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<Timex> resolveTimexes(std::string_view text, const std::vector<MatchedTimex>& matched, std::string_view dct,
                                  const TimeTaggerOptions& options) {
    Anchors anchors;
    anchors.dct = anchorFromValue(dct);
    anchors.narrative = options.documentType == DocumentType::Narrative;
    const TimeAnchor page = anchors.dct;
    std::size_t quarterEnd = 0; // token after the last quarter mentioned, 0 before the first
    std::vector<Timex> out;
    out.reserve(matched.size());
    for (const auto& m : matched) {
        Timex t;
        t.start = m.start;
        t.end = m.end;
        t.text = std::string(text.substr(t.start, t.end - t.start));
        t.type = m.type;
        t.mod = m.mod;
        t.quant = m.quant;
        t.freq = m.freq;
        const std::string& raw = m.raw;
        // A live page's entry stamp counts from the page's DCT ("08:12" is on the page's day, not
        // on the last day mentioned), and until the next stamp its day is the writer's "today":
        // "this afternoon" under "Yesterday, 19:40" is the day before the page's.
        const bool stamp = isEntryStamp(text, m.start, m.end, m.type);
        Anchors stampAnchors;
        if (stamp) {
            stampAnchors.dct = page;
            stampAnchors.lastMentioned = page;
        }
        const ResolvedValue r = resolveTimeValue(raw, stamp ? stampAnchors : anchors, m.tense);
        t.value = r.value;
        if (!validCalendarValue(t.value)) continue;
        if (stamp && anchorFromValue(t.value).granularity == 3) anchors.dct = anchorFromValue(t.value);
        if (t.type == "DURATION" && !t.value.empty()) t.value = yearsForLongUnits(std::move(t.value));
        t.anchor = r.anchoredTo == AnchorKind::Dct             ? "dct"
                   : r.anchoredTo == AnchorKind::LastMentioned ? "narrative"
                                                               : "";
        // A point of comparison ("up from $4 million a year earlier") is not where the story
        // goes on: the next "a year earlier" still counts from the period reported.
        const bool comparison = raw.find(",Q)") != std::string::npos || yearAsModifier(text, t.start, t.end);
        if ((t.type == "DATE" || t.type == "TIME") && !comparison) {
            const TimeAnchor& last = anchors.lastMentioned;
            TimeAnchor mentioned = anchorFromValue(t.value);
            // "the quarter ended Sept. 30": a date inside the quarter just mentioned keeps it,
            // and so does one right after it (a fiscal quarter's last day).
            const bool inside = mentioned.year == last.year && (mentioned.month - 1) / 3 + 1 == last.quarter;
            const bool closing = quarterEnd > 0 && m.firstToken <= quarterEnd + 3;
            if (mentioned.quarter == 0 && last.quarter > 0 && mentioned.month > 0 && (inside || closing))
                mentioned.quarter = last.quarter;
            if (mentioned.granularity > 0) anchors.lastMentioned = mentioned;
            if (mentioned.granularity == 3) anchors.lastDay = mentioned;
            if (anchorFromValue(t.value).quarter > 0) {
                // An earlier quarter named in passing ("after a flat second quarter") does not
                // replace the later one the report is about.
                const TimeAnchor& q = anchors.lastQuarter;
                if (q.quarter == 0 || mentioned.year * 4 + mentioned.quarter >= q.year * 4 + q.quarter ||
                    !endedBy(q, anchors.dct)) {
                    anchors.lastQuarter = mentioned;
                    anchors.monthsSinceQuarter = false;
                }
                quarterEnd = m.endToken;
            }
        }
        // A period of several months reported ("the nine months") is no quarter: a comparison
        // after it ("compared with $9 million a year earlier") is with the year before.
        if (t.type == "DURATION" && severalMonths(t.value)) {
            anchors.lastMentioned.quarter = 0;
            anchors.monthsSinceQuarter = true;
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<Diagnostic> timeRuleDiagnostics(std::string_view language) { return timeRules(language).diagnostics; }

} // namespace dateline
