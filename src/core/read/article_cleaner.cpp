// The block classifier: vocabulary and shape decide furniture; neighbours decide short blocks.
//
// Index:
//   [SECTION] Block features
//   [SECTION] Furniture: vocabulary, counters, stamps, bylines
//   [SECTION] Title, captions, teasers, lists, duplicates
//   [SECTION] Context: short blocks take their neighbours' side (as in jusText)
//   [SECTION] Output: text, spans, source, author, dates
#include "core/read/article_cleaner.h"

#include "core/assets/data_file.h"
#include "core/read/byline.h"
#include "core/read/publication_date.h"
#include "core/read/read_vocabulary.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace dateline {
namespace {

// [SECTION] Block features ----------------------------------------------------

enum class Quality { Short, NearGood, Good };

struct Block {
    std::string text;  // spaces collapsed
    std::string lower; // ASCII lower case
    std::size_t words = 0;
    std::size_t stopwords = 0;
    bool terminal = false; // ends like a sentence
    bool hasLetters = false;
    Quality quality = Quality::Short;
    bool removed = false;
    std::string reason;
    bool caption = false;
    bool heading = false;
    bool trusted = false;
    bool standfirst = false;
    bool keyPoint = false; // an item under "Summary" / "Key points": the article's own summary
    bool liveEntry = false; // a live blog's entry stamp ("Yesterday, 04:51") or the entry's headline
    bool captionCue = false; // caption vocabulary or a bracketed photo credit
    std::size_t spacedItems = 0; // items set apart by runs of spaces in the raw line (see countSpacedItems)
};

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool endsLikeSentence(std::string_view s) {
    static const std::string_view enders[] = {
        ".", "!", "?",        "\"",           "\xE2\x80\x9D", "\xE2\x80\x99", ")",           "'",
        ":", ";", "\xC2\xBB", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xE3\x80\x8D"}; // 。！？」
    // Closing quotes and brackets count only after sentence punctuation ("…said. (Yonhap)").
    while (!s.empty()) {
        bool closer = false;
        for (auto e : enders) {
            if (s.size() < e.size() || s.substr(s.size() - e.size()) != e) continue;
            if (e == "." || e == "!" || e == "?" || e == ":" || e == ";" || e == "\xE3\x80\x82" ||
                e == "\xEF\xBC\x81" || e == "\xEF\xBC\x9F")
                return true;
            if (e == ")") {
                const std::size_t open = s.rfind('(');
                s = open == std::string_view::npos ? s.substr(0, s.size() - 1) : s.substr(0, open);
                while (!s.empty() && s.back() == ' ')
                    s.remove_suffix(1);
            } else {
                s.remove_suffix(e.size());
            }
            closer = true;
            break;
        }
        if (!closer) return false;
    }
    return false;
}

void measure(Block& b) {
    const auto& stop = readVocabulary().stopwordsPacked;
    std::size_t i = 0;
    const std::string& t = b.lower;
    // Lead bytes of ideographs and kana (below): most blocks have none, and skip the count.
    const bool mayHaveCjk =
        std::any_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE3; });
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ')
            ++i;
        if (i >= t.size()) break;
        const std::size_t a = i;
        while (i < t.size() && t[i] != ' ')
            ++i;
        // Chinese and Japanese write without spaces: count two ideographs or kana as a word.
        std::size_t cjk = 0;
        for (std::size_t k = a; mayHaveCjk && k < i; ++k) {
            const auto c = static_cast<unsigned char>(t[k]);
            cjk += c >= 0xE3 && c <= 0xE9;
        }
        b.words += cjk >= 4 ? cjk / 2 : 1;
        std::size_t wa = a, wb = i;
        while (wa < wb && !isAsciiLetter(t[wa]))
            ++wa;
        while (wb > wa && !isAsciiLetter(t[wb - 1]))
            --wb;
        if (wb - wa <= 7 && wb > wa && stop.contains(packShortWord(std::string_view(t).substr(wa, wb - wa))))
            ++b.stopwords;
    }
    for (char c : t)
        if (isAsciiLetter(c) || static_cast<unsigned char>(c) >= 0xC0) {
            b.hasLetters = true;
            break;
        }
    b.terminal = endsLikeSentence(b.text);
    const bool prose = b.words >= 8 && b.stopwords * 5 >= b.words; // ≥ 20% function words
    if ((b.terminal && b.words >= 10) || (b.words >= 25 && prose))
        b.quality = Quality::Good;
    else if ((b.terminal && b.words >= 3) || (prose && b.words >= 8))
        b.quality = Quality::NearGood;
    else
        b.quality = Quality::Short;
}

void removeBlock(Block& b, const char* reason) {
    if (b.removed) return;
    b.removed = true;
    b.reason = reason;
}

// [SECTION] Furniture: vocabulary, counters, stamps, bylines -----------------

// The whole line is vocabulary ("Back To Top", "MOST POPULAR:", "Read more »").
const std::string* boilerplateReason(const Block& b) {
    const auto& lines = readVocabulary().boilerplateLines;
    if (b.words > 6) return nullptr;
    std::string_view key = b.lower;
    while (!key.empty() && (key.back() == ':' || key.back() == '>' || key.back() == ' ' || key.back() == '.'))
        key.remove_suffix(1);
    if (key.size() >= 2 && key.substr(key.size() - 2) == "\xC2\xBB") key.remove_suffix(2); // »
    while (!key.empty() && key.back() == ' ')
        key.remove_suffix(1);
    const auto it = lines.find(std::string(key));
    return it == lines.end() ? nullptr : &it->second;
}

const std::string* phraseReason(const Block& b) {
    if (b.words >= 60) return nullptr;
    return readVocabulary().phraseMatcher.find(b.lower);
}

// "Read more: Another story's headline" on one line.
bool inlineTeaser(const Block& b) {
    const auto& lines = readVocabulary().boilerplateLines;
    const std::size_t colon = b.lower.find(':');
    if (colon == std::string::npos || colon > 20) return false;
    const auto it = lines.find(b.lower.substr(0, colon));
    return it != lines.end() && it->second == "teaser";
}

// Most words are icon or control names: "bookmarkicon chevron downicon …".
bool uiJunk(const Block& b) {
    if (b.words < 3 || b.terminal) return false;
    const auto& v = readVocabulary();
    std::size_t ui = 0, i = 0;
    const std::string& t = b.lower;
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ')
            ++i;
        const std::size_t a = i;
        while (i < t.size() && t[i] != ' ')
            ++i;
        if (i == a) break;
        const std::string_view w(t.data() + a, i - a);
        bool hit = w.size() <= 7 ? v.uiWordsPacked.contains(packShortWord(w)) : v.uiWords.count(std::string(w)) > 0;
        // "icon-chevron-down", "bookmark-bicon": a class name with an icon part.
        for (std::size_t p = 0; p < w.size() && !hit;) {
            std::size_t q = w.find('-', p);
            if (q == std::string_view::npos) q = w.size();
            const std::string_view part = w.substr(p, q - p);
            for (const auto& suf : v.uiSuffixes)
                if (!hit && part.size() >= suf.size() && part.substr(part.size() - suf.size()) == suf) hit = true;
            p = q + 1;
        }
        ui += hit;
    }
    return ui * 2 >= b.words;
}

// A breadcrumb trail ("Home > News > Europe") or a section menu ("Business | Markets | World",
// "HOME / PORTS / NORTH AMERICA", "Sign in | Register", or items set apart by runs of spaces,
// counted in spacedItems before spaces are collapsed): short items between separators. Trail
// arrows make a trail from two items, bars, slashes and dots a menu from three ("Jane Doe |
// Reuters" is a byline, "Baltic cable: NATO chief to visit Tallinn | Reuters" a title with the
// site's name, and "Imports rose > 5% in March, ..." prose).
bool breadcrumbTrail(const Block& b) {
    if (b.terminal || b.words > 16) return false;
    if (b.spacedItems >= 3) return true;
    static const std::string_view arrows[] = {" > ", " \xE2\x80\xBA ", " \xC2\xBB "}; // >, ›, »
    static const std::string_view bars[] = {" | ", " / ", " \xE2\x80\xA2 ", " \xC2\xB7 "}; // |, /, •, ·
    std::size_t parts = 1, segmentWords = 0;
    bool arrow = false;
    const std::string_view text = b.text;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t sep = 0;
        if (text[i] == ' ') { // every separator starts with a space: most bytes skip the comparisons
            for (const std::string_view sv : arrows)
                if (text.substr(i, sv.size()) == sv) sep = sv.size(), arrow = true;
            for (const std::string_view sv : bars)
                if (text.substr(i, sv.size()) == sv) sep = sv.size();
        }
        if (sep) {
            if (segmentWords == 0 || segmentWords > 4) return false;
            ++parts, segmentWords = 0, i += sep;
            continue;
        }
        const auto c = static_cast<unsigned char>(b.text[i]);
        if (c >= '0' && c <= '9') return false; // "Team | 12 | 4": a table row, not a menu
        if (c != ' ' && (i == 0 || b.text[i - 1] == ' ')) ++segmentWords;
        ++i;
    }
    if (segmentWords == 0 || segmentWords > 4) return false;
    return parts >= (arrow ? 2 : 3);
}

// Items of a line set apart by runs of two or more spaces or tabs ("News  Opinion  Sports"),
// each of one to three words; 0 when the line is not such a list.
std::size_t countSpacedItems(std::string_view raw) {
    std::size_t items = 0, i = 0;
    while (i < raw.size()) {
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t'))
            ++i;
        if (i >= raw.size()) break;
        // One item: words separated by single spaces, up to a run of two or more.
        std::size_t words = 0;
        while (i < raw.size()) {
            if (++words > 3) return 0; // prose: known at its fourth word, not at the end of the line
            while (i < raw.size() && raw[i] != ' ' && raw[i] != '\t')
                ++i;
            const bool singleSpace = i + 1 < raw.size() && raw[i] == ' ' && raw[i + 1] != ' ' && raw[i + 1] != '\t';
            if (!singleSpace) break;
            ++i;
        }
        if (words > 3) return 0;
        ++items;
    }
    return items;
}

// "4 views0 comments", "12 shares": numbers and counter words only.
bool socialCounter(const Block& b) {
    if (b.words > 8) return false;
    const auto& words = readVocabulary().counterWords;
    bool digit = false, word = false;
    std::size_t i = 0;
    const std::string& t = b.lower;
    while (i < t.size()) {
        if (t[i] >= '0' && t[i] <= '9') {
            digit = true;
            ++i;
            continue;
        }
        if (t[i] == ' ' || t[i] == ',' || t[i] == '.' || t[i] == '|' || t[i] == 'k') { // "1.2k"
            ++i;
            continue;
        }
        const std::size_t a = i;
        while (i < t.size() && isAsciiLetter(t[i]))
            ++i;
        if (i == a || !words.count(t.substr(a, i - a))) return false;
        word = true;
    }
    return digit && word;
}

// "11.04.2025 | 16:20 | Reading time: 4 min", "Jan 5, 2025 | 3 min read": the stamp without the
// reading-time segment after it.
std::string_view withoutReadingTime(std::string_view line) {
    const std::size_t bar = line.rfind('|');
    if (bar == std::string_view::npos) return line;
    const std::string last = asciiLower(trimView(line.substr(bar + 1)));
    const bool readingTime = last.rfind("reading time", 0) == 0 || last.rfind("read time", 0) == 0 ||
                             (last.size() > 8 && last.compare(last.size() - 8, 8, "min read") == 0);
    return readingTime ? trimView(line.substr(0, bar)) : line;
}

// "Posted on September 4, 2023 by Kim Alvarez", or the byline first: "by Marisol Ortega | Fri 15
// Aug 2025 09:30".
bool stampThenByline(std::string_view line, std::vector<DateStamp>& stamps, std::string& field, std::string& value,
                     std::string& agency) {
    DateStamp st;
    std::size_t consumed = 0;
    if (const std::size_t bar = line.find('|'); bar != std::string_view::npos) {
        std::string byline(trimView(line.substr(0, bar)));
        if (byline.size() > 2 && byline[0] == 'b' && byline[1] == 'y') byline[0] = 'B';
        std::vector<DateStamp> after;
        if (parseBylineLine(byline, field, value, agency) &&
            parseDateStampLine(trimView(line.substr(bar + 1)), after)) {
            stamps.push_back(after.front());
            return true;
        }
    }
    // "By Jane Roe, May 13, 2026 at 7:42 a.m.", "By Jane Roe — Updated 16 Jan 2024": the byline,
    // then a stamp that runs to the end of the line.
    if (line.size() > 3 && (line[0] == 'B' || line[0] == 'b') && line[1] == 'y' && line[2] == ' ')
        for (std::size_t k = 3; k < line.size(); ++k) {
            const bool sep = line[k] == ',' || line[k] == '|' || line.compare(k, 2, "\xC2\xB7") == 0 ||
                             line.compare(k, 3, "\xE2\x80\x94") == 0 || line.compare(k, 3, " - ") == 0;
            if (!sep) continue;
            std::vector<DateStamp> after;
            std::string byline(trimView(line.substr(0, k)));
            byline[0] = 'B';
            std::string f, v, ag;
            std::string_view rest = line.substr(k);
            while (!rest.empty() && (rest.front() == ',' || rest.front() == '|' || rest.front() == ' ' || rest.front() == '-'))
                rest.remove_prefix(1);
            if (rest.substr(0, 2) == "\xC2\xB7") rest.remove_prefix(2);
            if (rest.substr(0, 3) == "\xE2\x80\x94") rest.remove_prefix(3);
            if (parseDateStampLine(withoutReadingTime(trimView(rest)), after) && parseBylineLine(byline, f, v, ag)) {
                field = f, value = v, agency = ag;
                stamps.push_back(after.front());
                return true;
            }
        }
    if (!parseLeadingDateStamp(line, st, consumed)) return false;
    std::string_view rest = line.substr(consumed);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == '|' || rest.front() == '-'))
        rest.remove_prefix(1);
    if (rest.empty()) return false;
    std::string capitalised(rest);
    if (capitalised.size() > 2 && capitalised[0] == 'b' && capitalised[1] == 'y') capitalised[0] = 'B';
    if (!parseBylineLine(capitalised, field, value, agency)) return false;
    stamps.push_back(st);
    return true;
}

// "Posted by Hanne (editor) · November 14, 2025 · 4 min read", "Muscat Tribune | Published: 11
// November 2025, 09:30": a post-meta line of segments, each a stamp, a byline, a counter or a
// name, with at least one stamp. The byline (if any) fills field/value/agency.
bool postMetaLine(std::string_view line, std::vector<DateStamp>& stamps, std::string& field, std::string& value,
                  std::string& agency) {
    std::vector<std::string_view> segments;
    for (std::size_t i = 0, start = 0; i <= line.size(); ++i) {
        std::size_t sep = 0;
        if (i == line.size())
            sep = 1;
        else if (line[i] == '|')
            sep = 1;
        else if (line.compare(i, 2, "\xC2\xB7") == 0)
            sep = 2; // ·
        else if (line.compare(i, 3, "\xE2\x80\xA2") == 0)
            sep = 3; // •
        if (!sep) continue;
        const std::string_view seg = trimView(line.substr(start, i - start));
        if (!seg.empty()) segments.push_back(seg);
        start = i + sep;
        i += sep - 1;
    }
    if (segments.size() < 2) return false;
    std::vector<DateStamp> found;
    bool byline = false;
    for (const auto seg : segments) {
        std::string f, v, ag;
        Block tmp;
        tmp.text = std::string(seg);
        tmp.lower = asciiLower(seg);
        measure(tmp);
        if (parseDateStampLine(seg, found)) continue;
        if (!byline && parseBylineLine(seg, f, v, ag)) {
            byline = true, field = f, value = v, agency = ag;
            continue;
        }
        const bool readingTime = tmp.words <= 3 && tmp.lower.size() > 5 && tmp.lower[0] >= '0' && tmp.lower[0] <= '9' &&
                                 tmp.lower.compare(tmp.lower.size() - 5, 5, " read") == 0; // "4 min read"
        if (readingTime || socialCounter(tmp) || (tmp.words <= 4 && (personNameLine(seg) || outletNameLine(seg, ag))))
            continue;
        return false;
    }
    if (found.empty()) return false;
    stamps.insert(stamps.end(), found.begin(), found.end());
    return true;
}

// A live blog's entry stamp: "08:12", "8.05am", "Yesterday, 21:45", "Today 07:40", "Thu 14:02".
bool liveEntryStamp(const Block& b) {
    if (b.words > 3 || b.text.size() > 24) return false;
    std::string_view t = b.lower;
    for (const std::string_view day : {std::string_view("yesterday"), std::string_view("today")})
        if (t.substr(0, day.size()) == day) t.remove_prefix(day.size());
    if (t.size() > 3 && isAsciiLetter(t[0]) && isAsciiLetter(t[1]) && isAsciiLetter(t[2])) {
        const std::size_t sp = t.find_first_of(" ,");
        if (sp == std::string_view::npos || sp > 9) return false;
        t.remove_prefix(sp); // a weekday
    }
    while (!t.empty() && (t.front() == ' ' || t.front() == ','))
        t.remove_prefix(1);
    std::size_t i = 0, h = 0, m = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9')
        ++i, ++h;
    if (h < 1 || h > 2 || i >= t.size() || (t[i] != ':' && t[i] != '.')) return false;
    ++i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9')
        ++i, ++m;
    if (m != 2) return false;
    const std::string_view rest = t.substr(i);
    return rest.empty() || rest == "am" || rest == "pm" || rest == " am" || rest == " pm";
}

// The heading of a reader-comment thread: "6 thoughts on “Headline”", "12 comments", "3
// responses to Headline". Everything after it is the thread, until prose resumes.
bool commentThreadHeading(const Block& b) {
    if (b.words > 24) return false;
    std::size_t i = 0;
    while (i < b.lower.size() && b.lower[i] >= '0' && b.lower[i] <= '9')
        ++i;
    if (i == 0 || i > 4 || i >= b.lower.size() || b.lower[i] != ' ') return false;
    const std::string_view rest = std::string_view(b.lower).substr(i + 1);
    for (const std::string_view noun : {"thoughts on ", "thought on ", "comments on ", "responses to ", "response to ",
                                        "replies to ", "reader comments"})
        if (rest.substr(0, noun.size()) == noun) return true;
    return rest == "comments" || rest == "responses" || rest == "replies";
}

bool isUrlLine(const Block& b) {
    return b.words == 1 &&
           (b.lower.rfind("http://", 0) == 0 || b.lower.rfind("https://", 0) == 0 || b.lower.rfind("www.", 0) == 0);
}

// [SECTION] Title, captions, teasers, lists, duplicates ---------------------

// "Item 1 of 2 Canada's minister arrives …", "[1/2]Canada's minister arrives …": a photo
// gallery's caption, numbered.
bool galleryCaption(std::string_view lower) {
    std::size_t i = 0;
    const auto number = [&] {
        const std::size_t a = i;
        while (i < lower.size() && lower[i] >= '0' && lower[i] <= '9')
            ++i;
        return i > a && i - a <= 3;
    };
    if (lower.rfind("item ", 0) == 0) {
        i = 5;
        if (!number() || lower.compare(i, 4, " of ") != 0) return false;
        i += 4;
        return number() && i < lower.size() && lower[i] == ' ';
    }
    if (lower.rfind("[", 0) != 0) return false;
    i = 1;
    if (!number() || i >= lower.size() || lower[i] != '/') return false;
    ++i;
    return number() && i < lower.size() && lower[i] == ']';
}

bool captionCue(const Block& b) {
    if (b.words > 80) return false;
    if (readVocabulary().captionMatcher.find(b.lower) || galleryCaption(b.lower)) return true;
    std::string agency;
    return b.text.back() == ']' && trailingCredit(b.text, agency);
}

bool headlineLike(const Block& b) {
    if (b.removed || b.caption || b.words < 3 || b.words > 30) return false;
    // "the independent blog for private investors": a site's tagline starts with a lower-case
    // function word; a headline does not ("iPhone sales fall" starts in lower case too).
    if (b.text[0] >= 'a' && b.text[0] <= 'z') {
        const std::string_view firstWord = std::string_view(b.lower).substr(0, b.lower.find(' '));
        if (firstWord.size() <= 7 && readVocabulary().stopwordsPacked.contains(packShortWord(firstWord))) return false;
    }
    const char last = b.text.back();
    return !b.terminal || last == '?' || last == '!';
}

// "Headline FEATURE" after "Headline": a list that repeats each item with a label.
bool labelledRepeat(const Block& b, const std::unordered_set<std::string_view>& seen) {
    const std::size_t sp = b.text.rfind(' ');
    if (sp == std::string::npos || sp + 1 >= b.text.size()) return false;
    for (std::size_t i = sp + 1; i < b.text.size(); ++i)
        if (b.text[i] < 'A' || b.text[i] > 'Z') return false;
    return seen.count(std::string_view(b.text).substr(0, sp)) > 0;
}

std::string normalisedTitle(std::string_view s) { return asciiLower(collapseSpaces(s)); }

// [SECTION] Context: short blocks take their neighbours' side (as in jusText) -

enum class Side { Bad, Good, Neutral };

Side sideOf(const Block& b) {
    if (b.removed) return Side::Bad;
    if (b.caption || b.standfirst || b.keyPoint || b.liveEntry) return Side::Neutral;
    return b.quality == Quality::Good ? Side::Good : Side::Neutral;
}

// For each block, the side of the nearest decided block before it (or after it, with
// `before` false), in one pass; the edge of the page counts as bad.
std::vector<Side> nearestSides(const std::vector<Block>& bs, bool before) {
    std::vector<Side> out(bs.size(), Side::Bad);
    Side last = Side::Bad;
    for (std::size_t n = 0; n < bs.size(); ++n) {
        const std::size_t i = before ? n : bs.size() - 1 - n;
        out[i] = last;
        const Side s = sideOf(bs[i]);
        if (s != Side::Neutral) last = s;
    }
    return out;
}

// [SECTION] Output: text, spans, source, author, dates ----------------------

void setSource(Article& a, const std::string& name) {
    if (a.source.empty() && !name.empty()) a.source = name;
}

// The site's name as the first line of the page: "The City Desk", "NORDKANAL", "Notes from
// Poland", "FRAUD & COMPLIANCE BRIEF" — one to four capitalised words (joiners between them),
// not a section or account word ("LIVE", "Menu").
bool mastheadLike(const Block& b) {
    static const std::unordered_set<std::string_view> joiners = {"of", "in", "from", "for", "the", "and", "on", "&"};
    if (b.words < 1 || b.words > 4 || b.terminal) return false;
    std::size_t i = 0, letters = 0;
    bool firstWord = true;
    while (i < b.text.size()) {
        const std::size_t a = i;
        while (i < b.text.size() && b.text[i] != ' ')
            ++i;
        const std::string_view w(b.text.data() + a, i - a);
        const bool joiner = !firstWord && joiners.count(std::string_view(b.lower.data() + a, i - a));
        if (!joiner && (w[0] < 'A' || w[0] > 'Z')) return false;
        for (char c : w) {
            if (isAsciiLetter(c))
                ++letters;
            else if (c != '-' && c != '&' && c != '\'')
                return false;
        }
        firstWord = false;
        ++i;
    }
    const auto& words = readVocabulary().outletWords;
    const auto kind = words.find(b.lower.substr(0, b.lower.find(' ')));
    return letters >= 4 && !(kind != words.end() && kind->second == "section");
}

// A one-word site name is set apart by its shape ("NORDKANAL", "DutchDesk") or named again on
// the page ("Thanks for reading Tradewinds!"); a lone "Account" or "Weather" is a menu item.
bool oneWordSiteName(const std::vector<Block>& bs, std::size_t at) {
    const Block& b = bs[at];
    std::size_t upper = 0;
    for (char c : b.text)
        upper += c >= 'A' && c <= 'Z';
    if (upper >= 2) return true;
    for (std::size_t i = 0; i < bs.size(); ++i) {
        if (i == at || bs[i].lower == b.lower || bs[i].reason == "navigation") continue; // a menu repeats its items
        for (std::size_t p = bs[i].lower.find(b.lower); p != std::string::npos; p = bs[i].lower.find(b.lower, p + 1)) {
            const std::size_t e = p + b.lower.size();
            if ((p == 0 || !isAsciiLetter(bs[i].lower[p - 1])) && (e == bs[i].lower.size() || !isAsciiLetter(bs[i].lower[e])))
                return true;
        }
    }
    return false;
}

} // namespace

void cleanBlocks(std::vector<TextBlock> input, const PageFacts& facts, Article& a) {
    std::vector<Block> bs;
    bs.reserve(input.size());
    for (auto& in : input) {
        Block b;
        b.text = std::move(in.text);
        b.spacedItems = countSpacedItems(b.text);
        collapseSpacesInPlace(b.text);
        if (b.text.empty()) continue;
        b.lower = asciiLower(b.text);
        b.caption = in.caption;
        b.heading = in.heading;
        b.trusted = in.trusted;
        measure(b);
        if (!in.removeReason.empty()) {
            b.removed = true;
            b.reason = in.removeReason;
        }
        bs.push_back(std::move(b));
    }

    // Facts collected on the way, applied in order of trust at the end.
    std::vector<DateStamp> stampsBeforeBody, labelledStamps;
    std::string bylineAuthor, bylineSource, creditLineAgency, outletLine, copyright, urlDate, urlEvidence;
    std::string stampEvidence;
    std::string ageStamp, pageDate, pageDateEvidence, logoLine;
    bool roleByline = false;      // the author so far came from "Name" over "Journalist" lines
    bool headlineAbove = false;   // a kept headline-like line above this one
    std::size_t firstKept = bs.size();

    // A stamp line can read as a sentence ("May 13, 2026 at 7:42 a.m. · Updated …"): it does not
    // start the body. The second paragraph bounds the byline area, as a standfirst can read as
    // the first.
    const auto stampLine = [](const Block& b) {
        std::vector<DateStamp> st;
        return b.words <= 14 && parseDateStampLine(withoutReadingTime(b.text), st);
    };
    std::size_t firstGood = bs.size(), secondGood = bs.size();
    for (std::size_t i = 0; i < bs.size(); ++i)
        if (!bs[i].removed && bs[i].quality == Quality::Good && !bs[i].caption && !stampLine(bs[i])) {
            if (firstGood < bs.size()) {
                secondGood = i;
                break;
            }
            firstGood = i;
        }
    // A bare name is a byline only beside the stamp or the counters ("Thabo Sekgoto" over
    // "18/05/2026") and below a headline-like line (a title-case headline is no name).
    const auto besideStamp = [&](std::size_t i) {
        if (i > 0 && bs[i - 1].removed && bs[i - 1].reason == "date line") return true;
        return i + 1 < bs.size() && (stampLine(bs[i + 1]) || (!bs[i + 1].hasLetters && bs[i + 1].text.size() < 12));
    };

    std::unordered_map<std::string_view, int> counts; // views into bs, which no longer grows
    for (const auto& b : bs)
        ++counts[b.text];

    // A live blog: three or more entry stamps. Each stamp and the headline under it stay in the
    // text (the stamp is the entry's time), instead of going as short lines.
    {
        std::vector<std::size_t> stamps;
        for (std::size_t i = 0; i < bs.size(); ++i)
            if (!bs[i].removed && liveEntryStamp(bs[i])) stamps.push_back(i);
        if (stamps.size() >= 3)
            for (std::size_t i : stamps) {
                bs[i].liveEntry = true;
                if (i + 1 < bs.size() && !bs[i + 1].removed && !bs[i + 1].terminal && bs[i + 1].words >= 3 &&
                    bs[i + 1].words <= 14 && !liveEntryStamp(bs[i + 1]))
                    bs[i + 1].liveEntry = true;
            }
    }

    // Furniture by vocabulary and shape.
    bool keptBefore = false;        // a block before this one is still in
    std::size_t lastKept = bs.size(); // the last block still in before this one
    for (std::size_t i = 0; i < bs.size(); ++i) {
        Block& b = bs[i];
        // Blocks outside an HTML page's article still carry bylines and date stamps.
        if (b.removed && b.reason != "outside article") continue;
        if (b.liveEntry) continue;
        std::vector<DateStamp> stamps;
        std::string field, value, agency;
        if (const std::string* r = boilerplateReason(b)) {
            removeBlock(b, r->c_str());
        } else if (inlineTeaser(b)) {
            removeBlock(b, "teaser");
        } else if (i > firstGood && firstGood < bs.size() && commentThreadHeading(b)) {
            removeBlock(b, "site list"); // the comments below go as a list does
        } else if (b.words <= 14 &&
                   parseDateStampLine(withoutReadingTime(b.text), stamps)) { // before "no words": "06.03.2025 18:05"
            removeBlock(b, "date line");
            for (const auto& s : stamps) {
                if (!s.label.empty())
                    labelledStamps.push_back(s);
                else if (i < firstGood)
                    stampsBeforeBody.push_back(s);
            }
            if (stampEvidence.empty() && (i < firstGood || !stamps[0].label.empty())) stampEvidence = b.text;
        } else if (!b.hasLetters && b.text.size() < 40) {
            removeBlock(b, "no words");
        } else if (b.words <= 20 && postMetaLine(b.text, stamps, field, value, agency)) {
            removeBlock(b, "date line");
            for (const auto& s : stamps) {
                if (!s.label.empty())
                    labelledStamps.push_back(s);
                else if (i < firstGood)
                    stampsBeforeBody.push_back(s);
            }
            if (stampEvidence.empty() && (i < firstGood || !stamps[0].label.empty())) stampEvidence = b.text;
            if (!value.empty()) (field == "source" ? bylineSource : bylineAuthor) = value;
            if (bylineSource.empty()) bylineSource = agency;
        } else if (b.words <= 8 && i < secondGood && ageWithinDayLine(b.text)) {
            // "2 hours ago" (or "Muscat Tribune | 2 hours ago"): dated by the page's own date line.
            if (ageStamp.empty()) ageStamp = b.text;
            removeBlock(b, "date line");
        } else if (b.words <= 16 && stampThenByline(b.text, stamps, field, value, agency)) {
            removeBlock(b, "date line");
            if (!stamps[0].label.empty())
                labelledStamps.push_back(stamps[0]);
            else if (i < firstGood)
                stampsBeforeBody.push_back(stamps[0]);
            if (stampEvidence.empty()) stampEvidence = b.text;
            (field == "source" ? bylineSource : bylineAuthor) = value;
            if (bylineSource.empty()) bylineSource = agency;
        } else if ((b.text.find("\xC2\xA9") != std::string::npos ||
                    (b.words < 30 && b.lower.find("copyright") != std::string::npos)) &&
                   !(b.lower.find("photo") != std::string::npos && b.lower.find("rights") == std::string::npos)) {
            // "© Photo: Jane Roe, TASS" is a photo credit, not the page's copyright line.
            if (copyright.empty()) copyrightHolder(b.text, copyright);
            if (b.words < 40)
                removeBlock(b, "copyright");
            else if (const std::string* pr = phraseReason(b))
                removeBlock(b, pr->c_str());
        } else if (const std::string* pr = phraseReason(b)) {
            // "Reporting by A; Editing by B": the sign-off leaves the text and names the reporter.
            if (*pr == "credit line" && bylineAuthor.empty() && parseBylineLine(b.text, field, value, agency) &&
                field == "author")
                bylineAuthor = value;
            removeBlock(b, pr->c_str());
        } else if (uiJunk(b)) {
            removeBlock(b, "icon names");
        } else if (socialCounter(b)) {
            removeBlock(b, "social counter");
        } else if (breadcrumbTrail(b)) {
            removeBlock(b, "navigation");
        } else if (isUrlLine(b)) {
            if (urlDate.empty() && dateFromUrlPath(b.text, urlDate)) urlEvidence = b.text;
            removeBlock(b, "url");
        } else if (b.words <= 12 && parseBylineLine(b.text, field, value, agency)) {
            (field == "source" ? bylineSource : bylineAuthor) = value;
            if (bylineSource.empty()) bylineSource = agency;
            removeBlock(b, "byline");
        } else if (i < secondGood && b.words <= 16 && bylineWithoutLabel(b.text, value)) {
            if (bylineAuthor.empty()) bylineAuthor = value;
            removeBlock(b, "byline");
        } else if (i < secondGood && b.words <= 4 && lastKept < i && journalistRoleLine(b.text) &&
                   personNameLine(bs[lastKept].text)) {
            // "Sam Okonkwo-Reyes" over "Staff Reporter": a byline without "By"; a second pair
            // ("Marius Lie Hagen" / "Journalist") adds its writer.
            if (bylineAuthor.empty())
                bylineAuthor = bs[lastKept].text, roleByline = true;
            else if (roleByline)
                bylineAuthor += " and " + bs[lastKept].text;
            removeBlock(bs[lastKept], "byline");
            removeBlock(b, "byline");
        } else if (i < secondGood && headlineAbove && b.words >= 2 && b.words <= 3 && bylineAuthor.empty() &&
                   personNameLine(b.text) && besideStamp(i)) {
            bylineAuthor = b.text;
            removeBlock(b, "byline");
        } else if (i < firstGood && b.words >= 2 && b.words <= 4 && b.lower.size() > 5 &&
                   b.lower.compare(b.lower.size() - 5, 5, " logo") == 0) {
            // "Meridian logo": the alt text of the site's logo.
            if (logoLine.empty()) logoLine = b.text.substr(0, b.text.size() - 5);
            removeBlock(b, "outlet name");
        } else if (b.words <= 4 && agencyOnlyLine(b.text, agency)) {
            if (creditLineAgency.empty()) creditLineAgency = agency;
            removeBlock(b, "source credit");
        } else if (i < firstGood && b.words <= 4 && (keptBefore || i + 1 < firstGood) && outletNameLine(b.text, agency)) {
            // The masthead at the top of the page, or under the title, above the body: "ERR News"
            // (a first kept line right above the body is the title).
            if (outletLine.empty()) outletLine = agency;
            removeBlock(b, "outlet name");
        }
        if (i < firstGood && pageDate.empty() && b.words <= 20) {
            // The page's own date in its top bar ("Tuesday, 11 November 2025 | 20 Jumada Al Awwal
            // 1447"): what "2 hours ago" counts from.
            DateStamp st;
            std::size_t consumed = 0;
            if (parseLeadingDateStamp(b.text, st, consumed) && st.value.size() >= 10)
                pageDate = st.value.substr(0, 10), pageDateEvidence = b.text;
        }
        // The first line of the page that is not navigation (a masthead line already named it).
        if (firstKept == bs.size() && (!b.removed || b.reason == "outlet name")) firstKept = i;
        keptBefore = keptBefore || !b.removed;
        if (!b.removed) lastKept = i;
        if (!b.removed && headlineLike(b)) headlineAbove = true;
    }

    for (auto& b : bs)
        if (!b.removed) b.captionCue = captionCue(b);
    // Recompute where the body starts now that furniture is gone.
    firstGood = bs.size();
    for (std::size_t i = 0; i < bs.size(); ++i)
        if (!bs[i].removed && bs[i].quality == Quality::Good && !bs[i].captionCue) {
            firstGood = i;
            break;
        }

    // Captions: a cue word or credit, or the same line twice in a row (image alt text + caption).
    for (std::size_t i = 0; i < bs.size(); ++i) {
        Block& b = bs[i];
        if (b.removed) continue;
        const bool repeatedPair = i + 1 < bs.size() && bs[i + 1].text == b.text && b.words >= 6;
        if (b.caption || b.captionCue || repeatedPair) {
            b.caption = true;
            for (std::size_t k = i + 1; k < bs.size() && bs[k].text == b.text; ++k)
                removeBlock(bs[k], "duplicate caption");
        }
    }

    // Title: metadata first; else a headline-like block before the body, preferring one the page
    // repeats (heading + breadcrumb, top + bottom) over teasers of other stories, then the first
    // of five words or more (menu entries and "Skip to navigation" are shorter), then the first.
    std::string title = facts.title;
    std::size_t titleIndex = bs.size();
    if (title.empty()) {
        std::size_t first = bs.size(), firstLong = bs.size(), repeated = bs.size();
        // The headline sits right above the byline or the date line ("LIVE: Watch NewsNow at 6"
        // higher up is a promotion): the last such candidate, when nothing repeats.
        std::size_t aboveByline = bs.size();
        bool afterList = false; // "Top stories" above the headline: its items come first, the headline last
        for (std::size_t i = 0; i < firstGood && i < bs.size(); ++i) {
            if (bs[i].removed && bs[i].reason == "site list") {
                afterList = true;
                first = firstLong = bs.size();
            }
            if (!headlineLike(bs[i])) continue;
            if (first == bs.size() || afterList) first = i;
            if ((firstLong == bs.size() || afterList) && bs[i].words >= 5) firstLong = i;
            if (counts[bs[i].text] > 1) {
                repeated = i;
                break;
            }
            if (bs[i].words < 5) continue;
            std::size_t k = i + 1;
            while (k < bs.size() && k < firstGood && !bs[k].removed && bs[k].words <= 3 && !headlineLike(bs[k]))
                ++k; // a kicker or a section label in between
            // A standfirst that reads as a sentence between the headline and the byline.
            if (k < bs.size() && k + 1 < bs.size() && !bs[k].removed && bs[k].terminal && bs[k].words >= 8 &&
                bs[k].quality != Quality::Short && !bs[k].captionCue)
                ++k;
            if (k < bs.size() && bs[k].removed && (bs[k].reason == "byline" || bs[k].reason == "date line"))
                aboveByline = i;
        }
        // "Headline" over "Deck" over the byline: the line right above the deck is the headline.
        if (repeated == bs.size() && !afterList && aboveByline < bs.size() && aboveByline > 0) {
            const Block& above = bs[aboveByline - 1];
            // Not a promotion in capitals ("BREAKING Royal decree …", "WATCH: …") over the headline.
            const std::size_t label = above.text.find_first_of(" :");
            bool promo = label != std::string::npos && label >= 4;
            for (std::size_t k = 0; k < label && k < above.text.size() && promo; ++k)
                promo = above.text[k] >= 'A' && above.text[k] <= 'Z';
            if (!above.removed && headlineLike(above) && above.words >= 5 && !above.captionCue && !promo) {
                bs[aboveByline].standfirst = true;
                --aboveByline;
            }
        }
        titleIndex = repeated < bs.size()     ? repeated
                     : aboveByline < bs.size() ? aboveByline
                     : firstLong < bs.size()   ? firstLong
                                               : first;
        // The line right under the site's name at the top of the page is its tagline ("News and
        // life in Voss, Hardanger and Sogn — for newcomers"): a later candidate is the headline.
        const bool siteNameFirst = firstKept < bs.size() && (bs[firstKept].reason == "outlet name" ||
                                                             (!bs[firstKept].removed && mastheadLike(bs[firstKept])));
        if (titleIndex < bs.size() && titleIndex == firstKept + 1 && siteNameFirst && titleIndex != repeated &&
            titleIndex != aboveByline)
            for (std::size_t i = titleIndex + 1; i < firstGood && i < bs.size(); ++i)
                if (headlineLike(bs[i]) && bs[i].words >= 5) {
                    titleIndex = i;
                    break;
                }
        if (titleIndex < bs.size()) title = bs[titleIndex].text;
    }
    if (!title.empty()) {
        const std::string key = normalisedTitle(title);
        for (std::size_t i = 0; i < bs.size(); ++i) {
            if (bs[i].lower != key) continue;
            if (titleIndex == bs.size()) titleIndex = i;
            removeBlock(bs[i], i == titleIndex ? "title" : "duplicate title");
        }
        // Headline-like lines above the title are the site's header or other stories' teasers.
        for (std::size_t i = 0; i < titleIndex && i < bs.size(); ++i)
            if (!bs[i].caption && bs[i].quality != Quality::Good) removeBlock(bs[i], "header");
        // A prose-like line between the title and the body is the standfirst.
        for (std::size_t i = titleIndex + 1; i < firstGood && i < bs.size(); ++i)
            if (!bs[i].removed && !bs[i].caption && bs[i].quality == Quality::NearGood && bs[i].words >= 8) {
                bs[i].standfirst = true;
                break;
            }
    }
    a.title = title;
    // The first line of the page, above the title, names the site.
    std::string topLine;
    if (firstKept < titleIndex && titleIndex < bs.size() && bs[firstKept].reason != "outlet name" && mastheadLike(bs[firstKept]) &&
        (bs[firstKept].words > 1 || oneWordSiteName(bs, firstKept)))
        topLine = bs[firstKept].text;

    // Teasers around "Read more", lists after "Top stories", repeated lines.
    std::unordered_set<std::string_view> seen, seenCaptions;
    bool inList = false;
    for (std::size_t i = 0; i < bs.size(); ++i) {
        Block& b = bs[i];
        if (b.removed && b.reason == "site list") {
            inList = true;
            continue;
        }
        if (inList) {
            if (!b.removed && b.terminal && b.words >= 30 && !b.caption)
                inList = false;
            else {
                removeBlock(b, "site list");
                continue;
            }
        }
        if (b.removed && b.reason == "teaser") {
            std::size_t next = i + 1;
            while (next < bs.size() && bs[next].removed)
                ++next;
            if (next < bs.size() && bs[next].quality != Quality::Good && !bs[next].caption) {
                // "Headline / Read more / Headline": both copies belong to the other story.
                if (i > 0 && !bs[i - 1].removed && (bs[i - 1].text == bs[next].text || headlineLike(bs[i - 1])) &&
                    bs[i - 1].quality != Quality::Good)
                    removeBlock(bs[i - 1], "teaser");
                removeBlock(bs[next], "teaser");
            }
            continue;
        }
        if (b.removed) continue;
        if (!b.caption && (seen.count(b.text) || labelledRepeat(b, seen))) removeBlock(b, "duplicate");
        // A caption printed again away from its photo (a gallery's copy, a figcaption repeated).
        if (b.caption && seenCaptions.count(b.text)) removeBlock(b, "duplicate caption");
        if (b.caption) seenCaptions.insert(b.text);
        seen.insert(b.text);
    }

    // "Summary" / "Key points" heads the article's own summary: its items (not one-word labels
    // such as "Companies") are text, up to the first paragraph.
    for (std::size_t i = 0; i < bs.size(); ++i) {
        if (!bs[i].removed || bs[i].reason != "summary heading") continue;
        for (std::size_t k = i + 1, items = 0; k < bs.size() && items < 8 && bs[k].quality != Quality::Good; ++k) {
            if (bs[k].removed || bs[k].caption) continue;
            if (bs[k].words >= 4) bs[k].keyPoint = true, ++items;
        }
    }

    // Context for blocks that are neither clearly prose nor clearly furniture.
    std::vector<char> keep(bs.size(), 0);
    const std::vector<Side> sidesBefore = nearestSides(bs, true), sidesAfter = nearestSides(bs, false);
    // Four or more fragments in a row ("News", "Sport", "Business", …) are a menu even between
    // paragraphs; one or two are a cross-head or a one-word answer.
    std::vector<std::size_t> fragmentRun(bs.size(), 0);
    const auto fragment = [&](const Block& b) {
        return !b.removed && !b.caption && !b.trusted && b.quality == Quality::Short && !b.terminal;
    };
    for (std::size_t i = 0; i < bs.size();) {
        std::size_t j = i;
        while (j < bs.size() && fragment(bs[j]))
            ++j;
        for (std::size_t k = i; k < j; ++k)
            fragmentRun[k] = j - i;
        i = j == i ? i + 1 : j;
    }
    for (std::size_t i = 0; i < bs.size(); ++i) {
        const Block& b = bs[i];
        if (b.removed) continue;
        if (b.caption || b.standfirst || b.keyPoint || b.liveEntry || b.quality == Quality::Good) {
            keep[i] = 1;
            continue;
        }
        const Side before = sidesBefore[i], after = sidesAfter[i];
        if (b.quality == Quality::NearGood || b.heading || b.trusted)
            keep[i] = before == Side::Good || after == Side::Good;
        else
            keep[i] = before == Side::Good && after == Side::Good && fragmentRun[i] < 4;
    }
    for (std::size_t i = 0; i < bs.size(); ++i)
        if (!bs[i].removed && !keep[i]) removeBlock(bs[i], "short line");

    // The author box after the article: the writer's name alone ("LEILA HADDAD") and the bio
    // under it that starts with their surname ("Haddad covers the Gulf for …").
    {
        const std::string authors = asciiLower(!facts.author.empty() ? facts.author : bylineAuthor);
        std::vector<std::string> names;
        for (std::size_t p = 0; p < authors.size();) {
            std::size_t q = std::min(authors.find(" and ", p), authors.find(", ", p));
            if (q == std::string::npos) q = authors.size();
            if (q > p) names.push_back(authors.substr(p, q - p));
            p = q + (q < authors.size() && authors[q] == ',' ? 2 : 5);
        }
        for (std::size_t i = firstGood; i < bs.size(); ++i) {
            if (bs[i].removed || std::find(names.begin(), names.end(), bs[i].lower) == names.end()) continue;
            removeBlock(bs[i], "author box");
            const std::string surname = bs[i].lower.substr(bs[i].lower.rfind(' ') + 1);
            std::size_t k = i + 1;
            while (k < bs.size() && bs[k].removed)
                ++k;
            if (k < bs.size() && bs[k].words <= 40 && bs[k].lower.compare(0, surname.size() + 1, surname + " ") == 0)
                removeBlock(bs[k], "author box");
        }
    }

    // Plain text has no element tree: the article is the stretch of page where kept prose
    // outweighs furniture (maximum-sum run, as in BTE). Prose far outside it, beyond long runs
    // of menus and lists, is footer or sidebar text. HTML already chose its article element.
    const bool htmlChoseBody = std::any_of(bs.begin(), bs.end(), [](const Block& b) { return b.trusted; });
    if (!htmlChoseBody && !bs.empty()) {
        long best = 0, run = 0;
        std::size_t bestStart = 0, bestEnd = 0, runStart = 0;
        for (std::size_t i = 0; i < bs.size(); ++i) {
            const Block& b = bs[i];
            long w = 0;
            if (b.removed)
                w = b.reason == "title" || b.reason == "date line" || b.reason == "byline" ? 0 : -3;
            else if (!b.caption)
                w = static_cast<long>(b.quality == Quality::Good ? b.words : b.words / 2);
            if (run <= 0) run = 0, runStart = i;
            run += w;
            if (run > best) best = run, bestStart = runStart, bestEnd = i + 1;
        }
        for (std::size_t i = 0; i < bs.size(); ++i)
            if ((i < bestStart || i >= bestEnd) && !bs[i].removed && !bs[i].caption && !bs[i].standfirst && !bs[i].liveEntry)
                removeBlock(bs[i], "outside main text"); // a standfirst sits above page tools ("Save", "Share")
    }

    // A page with no prose at all (a notice, a page whose markup swallowed its paragraphs):
    // keep what is not known furniture rather than return nothing.
    if (std::all_of(bs.begin(), bs.end(), [](const Block& b) { return b.removed; }))
        for (auto& b : bs)
            if (b.reason == "short line" || b.reason == "header" || b.reason == "outside main text" ||
                b.reason == "title") {
                b.removed = false;
                b.reason.clear();
            }

    // Output. The text is held for the whole corpus: sized once, with no spare capacity.
    a.text.clear();
    a.paragraphs.clear();
    a.captions.clear();
    a.removed.clear();
    std::size_t textSize = 0;
    for (const auto& b : bs)
        if (!b.removed) textSize += (textSize ? 2 : 0) + b.text.size();
    a.text.reserve(textSize);
    for (auto& b : bs) {
        if (b.removed) {
            a.removed.push_back({std::move(b.text), std::move(b.reason), a.text.size()});
            continue;
        }
        if (!a.text.empty()) a.text += "\n\n";
        const ByteSpan span{a.text.size(), a.text.size() + b.text.size()};
        a.text += b.text;
        a.paragraphs.push_back(span);
        if (b.caption) a.captions.push_back(span);
    }

    // Source: page metadata, a byline's agency, the dateline, a closing "(Agency)" tag, a credit
    // line, a photo credit, the copyright holder.
    setSource(a, facts.source);
    setSource(a, bylineSource);
    Dateline dl;
    bool haveDateline = false;
    std::string datelineText; // as written, for evidence
    std::string datelineAbbreviation;
    // The dateline opens one of the first paragraphs (after captions, key points, a summary).
    for (std::size_t p = 0, scanned = 0; p < a.paragraphs.size() && scanned < 6 && !haveDateline; ++p) {
        const ByteSpan sp = a.paragraphs[p];
        if (!a.captions.empty() && std::find(a.captions.begin(), a.captions.end(), sp) != a.captions.end()) continue;
        ++scanned;
        haveDateline = parseDateline(std::string_view(a.text).substr(sp.start, sp.end - sp.start), dl);
        if (haveDateline) {
            datelineText = a.text.substr(sp.start, dl.length);
            while (!datelineText.empty() && datelineText.back() == ' ')
                datelineText.pop_back();
        }
        if (haveDateline && !dl.agency.empty()) {
            const std::string name = agencyName(dl.agency);
            // An unknown abbreviation ("(MP)") names the outlet less well than its masthead
            // ("Meridian Press"): it waits for the page's own name lines.
            const bool abbreviation = name.empty() && dl.agency.size() <= 5 &&
                                      std::all_of(dl.agency.begin(), dl.agency.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if (abbreviation)
                datelineAbbreviation = dl.agency;
            else
                setSource(a, name.empty() ? dl.agency : name);
        }
    }
    for (std::size_t p = a.paragraphs.size(); p-- > 0;) {
        const ByteSpan sp = a.paragraphs[p];
        if (std::find(a.captions.begin(), a.captions.end(), sp) != a.captions.end()) continue;
        std::string agency;
        if (trailingAgencyTag(std::string_view(a.text).substr(sp.start, sp.end - sp.start), agency))
            setSource(a, agency);
        break;
    }
    setSource(a, creditLineAgency);
    setSource(a, logoLine);
    setSource(a, topLine);
    setSource(a, outletLine);
    setSource(a, datelineAbbreviation);
    for (const ByteSpan sp : a.captions) {
        std::string agency;
        if (trailingCredit(std::string_view(a.text).substr(sp.start, sp.end - sp.start), agency)) {
            setSource(a, agency);
            break;
        }
    }
    setSource(a, copyright);
    a.author = !facts.author.empty() ? facts.author : bylineAuthor;

    // Publication date: metadata, a labelled stamp, a stamp above the body, the scraper's
    // marker, a dated dateline, a URL path. Never guessed: otherwise basis stays unknown.
    a.published = facts.published;
    const auto firstWith = [](const std::vector<DateStamp>& v, const char* label) -> const DateStamp* {
        for (const auto& s : v)
            if (s.label == label) return &s;
        return nullptr;
    };
    if (a.published.basis != DateBasis::Explicit) {
        const DateStamp* pub = firstWith(labelledStamps, "published");
        if (!pub && !stampsBeforeBody.empty()) pub = &stampsBeforeBody.front();
        if (pub) {
            a.published = {pub->value, DateBasis::Explicit, stampEvidence, ""};
        } else if (!ageStamp.empty() && !pageDate.empty()) {
            // "2 hours ago" on a page whose top bar says "Tuesday, 11 November 2025": that day.
            a.published = {pageDate, DateBasis::Explicit, ageStamp + " / " + pageDateEvidence, ""};
        } else if (!facts.markerDate.empty()) {
            a.published = {facts.markerDate, DateBasis::Explicit, facts.markerEvidence, ""};
        } else if (haveDateline && dl.value.rfind("XXXX", 0) != 0 && !dl.value.empty()) {
            a.published = {dl.value, DateBasis::Explicit, datelineText, ""};
        } else if (facts.fallbackPublished.basis == DateBasis::Explicit) {
            a.published = facts.fallbackPublished;
        } else if (!urlDate.empty()) {
            a.published = {urlDate, DateBasis::Explicit, urlEvidence, ""};
        } else if (haveDateline && !dl.value.empty()) {
            // A dateline without a year: keep what it says for the inference stage.
            a.published.evidence = datelineText;
            a.datelineMonthDay = dl.value;
        }
    }
    if (a.published.updated.empty())
        if (const DateStamp* up = firstWith(labelledStamps, "updated")) {
            a.published.updated = up->value;
            // A page that states only when it was updated: that is the one date it gives.
            if (a.published.basis != DateBasis::Explicit)
                a.published = {up->value, DateBasis::Explicit, stampEvidence, up->value};
        }
    // With no publication label, a later stamp above the body is the update.
    if (a.published.updated.empty() && stampsBeforeBody.size() > 1 && !firstWith(labelledStamps, "published"))
        a.published.updated = stampsBeforeBody[1].value;
}

} // namespace dateline
