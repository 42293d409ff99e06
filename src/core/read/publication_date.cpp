// Hand-written scanners for publication-date shapes (no std::regex: this runs on every line).
#include "core/read/publication_date.h"

#include "core/read/read_vocabulary.h"

#include <cstdio>
#include <utility>

namespace dateline {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Reads up to `maxDigits` digits at s[i]; false when there are none or more follow.
bool readNumber(std::string_view s, std::size_t& i, std::size_t minDigits, std::size_t maxDigits, int& out) {
    std::size_t j = i;
    int v = 0;
    while (j < s.size() && isDigit(s[j]) && j - i < maxDigits)
        v = v * 10 + (s[j++] - '0');
    if (j - i < minDigits || (j < s.size() && isDigit(s[j]))) return false;
    out = v;
    i = j;
    return true;
}

// Skips spaces (and no-break spaces).
void skipSpaces(std::string_view s, std::size_t& i) {
    while (i < s.size()) {
        if (s[i] == ' ' || s[i] == '\t')
            ++i;
        else if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')
            i += 2;
        else
            break;
    }
}

// Skips spaces and the punctuation that separates parts of a stamp: , | · • - – — ( ).
void skipSeparators(std::string_view s, std::size_t& i) {
    while (i < s.size()) {
        const std::string_view rest = s.substr(i);
        if (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == '|' || s[i] == '-' || s[i] == '(' || s[i] == ')' ||
            s[i] == '/')
            ++i;
        else if (rest.substr(0, 2) == "\xC2\xA0" || rest.substr(0, 2) == "\xC2\xB7")
            i += 2;
        else if (rest.substr(0, 3) == "\xE2\x80\xA2" || rest.substr(0, 3) == "\xE2\x80\x93" ||
                 rest.substr(0, 3) == "\xE2\x80\x94")
            i += 3;
        else
            break;
    }
}

// The lower-cased word at s[i] (letters, inner dots for "a.m."), without moving i.
std::string peekWord(std::string_view s, std::size_t i, std::size_t& end) {
    std::string w;
    std::size_t j = i;
    while (j < s.size() && (isAlpha(s[j]) || (s[j] == '.' && !w.empty() && j + 1 < s.size() && isAlpha(s[j + 1]) &&
                                              j + 2 < s.size() && s[j + 2] == '.'))) {
        w += lowerAscii(s[j]);
        ++j;
    }
    // "a.m." keeps its final dot when the word has inner dots.
    if (w.find('.') != std::string::npos && j < s.size() && s[j] == '.') w += '.', ++j;
    end = j;
    return w;
}

const DateWord* dateWord(const std::string& w, const char* kind) {
    const auto& words = readVocabulary().dateWords;
    const auto it = words.find(w);
    return it != words.end() && it->second.kind == kind ? &it->second : nullptr;
}

// Longest label ("last updated on") at s[i], followed by an optional colon.
bool readLabel(std::string_view s, std::size_t& i, std::string& label) {
    std::size_t j = i, bestEnd = 0;
    std::string phrase;
    for (int words = 0; words < 4; ++words) {
        std::size_t end = 0;
        const std::string w = peekWord(s, j, end);
        if (w.empty()) break;
        phrase += (phrase.empty() ? "" : " ") + w;
        if (const DateWord* d = dateWord(phrase, "label")) label = d->value, bestEnd = end;
        j = end;
        skipSpaces(s, j);
    }
    if (!bestEnd) return false;
    i = bestEnd;
    if (i < s.size() && s[i] == ':') ++i;
    return true;
}

bool readMonthName(std::string_view s, std::size_t& i, int& month) {
    std::size_t end = 0;
    const std::string w = peekWord(s, i, end);
    const DateWord* d = dateWord(w, "month");
    if (!d) return false;
    month = d->value.size() == 2 ? (d->value[0] - '0') * 10 + (d->value[1] - '0') : d->value[0] - '0';
    i = end;
    if (i < s.size() && s[i] == '.') ++i;
    return true;
}

void skipOrdinal(std::string_view s, std::size_t& i) {
    static const char* const suffixes[] = {"st", "nd", "rd", "th"};
    for (const char* suf : suffixes)
        if (i + 2 <= s.size() && lowerAscii(s[i]) == suf[0] && lowerAscii(s[i + 1]) == suf[1] &&
            (i + 2 == s.size() || !isAlpha(s[i + 2]))) {
            i += 2;
            return;
        }
}

int daysInMonth(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool validDate(int y, int m, int d) {
    return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// 0 = Sunday (Sakamoto's method).
int weekday(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

// US daylight saving time: second Sunday of March to first Sunday of November.
bool usDaylightTime(int y, int m, int d) {
    if (m < 3 || m > 11) return false;
    if (m > 3 && m < 11) return true;
    const int firstSunday = 1 + (7 - weekday(y, m, 1)) % 7;
    return m == 3 ? d >= firstSunday + 7 : d < firstSunday;
}

std::string zoneOffset(const std::string& zone, int y, int m, int d) {
    const struct {
        const char* name;
        int standard;
    } us[] = {{"us-eastern", -5}, {"us-central", -6}, {"us-mountain", -7}, {"us-pacific", -8}};
    for (const auto& z : us) {
        if (zone != z.name) continue;
        const int h = z.standard + (usDaylightTime(y, m, d) ? 1 : 0);
        char buf[24];
        std::snprintf(buf, sizeof buf, "-%02d:00", -h);
        return buf;
    }
    return zone;
}

// "+03:00", "+0300", "+03", "Z" at s[i]; out is "+03:00".
bool readNumericOffset(std::string_view s, std::size_t& i, std::string& out) {
    std::size_t j = i;
    if (j < s.size() && (s[j] == 'Z' || s[j] == 'z') && (j + 1 == s.size() || !isAlpha(s[j + 1]))) {
        out = "+00:00";
        i = j + 1;
        return true;
    }
    if (j >= s.size() || (s[j] != '+' && s[j] != '-')) return false;
    const char sign = s[j++];
    int hh = 0, mm = 0;
    std::size_t k = j;
    if (!readNumber(s, k, 2, 2, hh)) {
        k = j;
        if (!readNumber(s, k, 1, 2, hh)) return false;
    }
    if (k < s.size() && s[k] == ':') ++k;
    if (k + 1 < s.size() + 1 && k < s.size() && isDigit(s[k])) {
        if (!readNumber(s, k, 2, 2, mm)) return false;
    }
    if (hh > 14 || mm > 59) return false;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, hh, mm);
    out = buf;
    i = k;
    return true;
}

// A zone after a time: "ET", "KST", "(KST)", "GMT+3", "UTC+09:00", "+0300".
bool readZone(std::string_view s, std::size_t& i, std::string& zone) {
    std::size_t j = i;
    skipSpaces(s, j);
    const bool paren = j < s.size() && s[j] == '(';
    if (paren) ++j;
    if (readNumericOffset(s, j, zone)) {
        if (paren && j < s.size() && s[j] == ')') ++j;
        i = j;
        return true;
    }
    std::size_t end = 0;
    const std::string w = peekWord(s, j, end);
    const DateWord* d = dateWord(w, "zone");
    if (!d) return false;
    zone = d->value;
    j = end;
    if ((w == "gmt" || w == "utc") && j < s.size() && (s[j] == '+' || s[j] == '-')) {
        std::string off;
        if (readNumericOffset(s, j, off)) zone = off;
    }
    if (paren && j < s.size() && s[j] == ')') ++j;
    i = j;
    return true;
}

// "14:37", "10:05 AM", "2:30 p.m.", "10.05", "14:37:12" at s[i].
bool readTime(std::string_view s, std::size_t& i, int& hh, int& mm) {
    std::size_t j = i;
    if (!readNumber(s, j, 1, 2, hh)) return false;
    if (j >= s.size() || (s[j] != ':' && s[j] != '.')) return false;
    ++j;
    if (!readNumber(s, j, 2, 2, mm)) return false;
    if (j < s.size() && s[j] == ':') {
        int ss = 0;
        std::size_t k = j + 1;
        if (readNumber(s, k, 2, 2, ss)) j = k;
    }
    std::size_t k = j;
    skipSpaces(s, k);
    std::size_t end = 0;
    const std::string w = peekWord(s, k, end);
    if (const DateWord* d = dateWord(w, "meridiem")) {
        if (hh < 1 || hh > 12) return false;
        if (d->value == "pm" && hh != 12) hh += 12;
        if (d->value == "am" && hh == 12) hh = 0;
        j = end;
    }
    if (hh > 23 || mm > 59) return false;
    i = j;
    return true;
}

enum class NumericOrder { Named, DayFirst, MonthFirst, Ambiguous };

// The date core at s[i]: "16 Mar. 2025", "January 16, 2024", "2024-01-16", "16.01.2024",
// "11/10/2025" (read day-first; `order` is Ambiguous when month-first fits too).
bool readDateCore(std::string_view s, std::size_t& i, int& y, int& m, int& d, bool& isoTimeFollows,
                  NumericOrder& order) {
    std::size_t j = i;
    isoTimeFollows = false;
    order = NumericOrder::Named;
    int a = 0;
    if (readNumber(s, j, 4, 4, a) && j < s.size() && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
        const char sep = s[j++];
        if (!readNumber(s, j, 1, 2, m) || j >= s.size() || s[j] != sep) return false;
        ++j;
        if (!readNumber(s, j, 1, 2, d)) return false;
        y = a;
        isoTimeFollows = sep == '-' && j < s.size() && (s[j] == 'T' || s[j] == 't');
        i = j;
        return validDate(y, m, d);
    }
    j = i;
    if (readNumber(s, j, 1, 2, a)) {
        // Day-first: "16.01.2024" (European) or "16 Mar. 2025".
        if (j < s.size() && s[j] == '.' && j + 1 < s.size() && isDigit(s[j + 1])) {
            ++j;
            if (!readNumber(s, j, 1, 2, m) || j >= s.size() || s[j] != '.') return false;
            ++j;
            if (!readNumber(s, j, 4, 4, y)) return false;
            d = a;
            i = j;
            return validDate(y, m, d);
        }
        // "11/10/2025": day-first or month-first; `order` says which, or that only a zone can tell.
        if (j < s.size() && s[j] == '/' && j + 1 < s.size() && isDigit(s[j + 1])) {
            ++j;
            int b = 0;
            if (!readNumber(s, j, 1, 2, b) || j >= s.size() || s[j] != '/') return false;
            ++j;
            if (!readNumber(s, j, 4, 4, y)) return false;
            order = a > 12 ? NumericOrder::DayFirst : b > 12 ? NumericOrder::MonthFirst : NumericOrder::Ambiguous;
            d = order == NumericOrder::MonthFirst ? b : a;
            m = order == NumericOrder::MonthFirst ? a : b;
            i = j;
            return validDate(y, m, d);
        }
        skipOrdinal(s, j);
        if (j < s.size() && s[j] == '.') ++j;
        skipSpaces(s, j);
        if (!readMonthName(s, j, m)) return false;
        if (j < s.size() && s[j] == ',') ++j;
        skipSpaces(s, j);
        if (!readNumber(s, j, 4, 4, y)) return false;
        d = a;
        i = j;
        return validDate(y, m, d);
    }
    j = i;
    if (!readMonthName(s, j, m)) return false;
    skipSpaces(s, j);
    if (!readNumber(s, j, 1, 2, d)) return false;
    skipOrdinal(s, j);
    if (j < s.size() && s[j] == ',') ++j;
    skipSpaces(s, j);
    if (!readNumber(s, j, 4, 4, y)) return false;
    i = j;
    return validDate(y, m, d);
}

std::string isoValue(int y, int m, int d, bool hasTime, int hh, int mm, const std::string& zone) {
    char buf[40];
    if (!hasTime) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
    return std::string(buf) + (zone.empty() ? "" : zoneOffset(zone, y, m, d));
}

// An ambiguous "11/10/2025" takes the order of its zone's region: month-first in the Americas
// (a negative offset or a US zone), day-first elsewhere; with no zone it is no stamp.
bool settleOrder(NumericOrder order, const std::string& zone, int& m, int& d) {
    if (order != NumericOrder::Ambiguous) return true;
    if (zone.empty()) return false;
    if (zone[0] == '-' || zone.compare(0, 3, "us-") == 0) std::swap(m, d); // both are 1..12
    return true;
}

// One stamp at s[i]: [label] [on] [weekday,] date [,|at|-] [time [zone]].
bool readStamp(std::string_view s, std::size_t& i, DateStamp& out) {
    std::size_t j = i;
    std::string label;
    readLabel(s, j, label);
    skipSeparators(s, j);
    std::size_t end = 0;
    std::string w = peekWord(s, j, end);
    if (w == "on") j = end, skipSpaces(s, j), w = peekWord(s, j, end);
    if (dateWord(w, "weekday")) {
        j = end;
        if (j < s.size() && s[j] == '.') ++j; // "Thu., Oct. 9, 2025"
        if (j < s.size() && s[j] == ',') ++j;
        skipSpaces(s, j);
    }
    int y = 0, m = 0, d = 0, hh = 0, mm = 0;
    bool isoTime = false;
    bool hasTime = false;
    NumericOrder order = NumericOrder::Named;
    std::string zone;
    // Time first: "Updated 10:05 PM GMT+1, January 16, 2024", "3:05 PM EST, Tue January 16, 2024".
    {
        std::size_t t = j;
        int th = 0, tm = 0;
        if (readTime(s, t, th, tm)) {
            std::string tz;
            if (!readZone(s, t, tz)) tz.clear();
            skipSeparators(s, t);
            std::string wd = peekWord(s, t, end);
            if (dateWord(wd, "weekday")) {
                t = end;
                if (t < s.size() && (s[t] == ',' || s[t] == '.')) ++t;
                skipSpaces(s, t);
            }
            if (readDateCore(s, t, y, m, d, isoTime, order) && settleOrder(order, tz, m, d)) {
                out.value = isoValue(y, m, d, true, th, tm, tz);
                out.label = label;
                i = t;
                return true;
            } // else "16.01.2024": the "time" was a day and month; read it as a date below
        }
    }
    if (!readDateCore(s, j, y, m, d, isoTime, order)) return false;
    std::size_t k = j;
    if (isoTime)
        ++k;
    else {
        skipSeparators(s, k);
        const std::string at = peekWord(s, k, end);
        if (at == "at") k = end, skipSpaces(s, k);
    }
    if (readTime(s, k, hh, mm)) {
        hasTime = true;
        j = k;
        if (!readZone(s, j, zone)) zone.clear();
    }
    if (!settleOrder(order, zone, m, d)) return false;
    out.value = isoValue(y, m, d, hasTime, hh, mm, zone);
    out.label = label;
    i = j;
    return true;
}

// "3 hours ago", "4 min read": a number, an age unit and `closing` at s[i].
bool readAmountOfTime(std::string_view s, std::size_t& i, std::string_view closing) {
    std::size_t j = i;
    int n = 0;
    if (!readNumber(s, j, 1, 3, n)) return false;
    skipSpaces(s, j);
    std::size_t end = 0;
    if (!dateWord(peekWord(s, j, end), "age unit")) return false;
    j = end;
    skipSpaces(s, j);
    if (peekWord(s, j, end) != closing) return false;
    i = end;
    return true;
}

// "Updated 3 hours ago": an age after a label, which dates nothing but ends the stamp line.
bool readRelativeAge(std::string_view s, std::size_t& i) {
    std::size_t j = i;
    std::string label;
    if (!readLabel(s, j, label)) return false;
    skipSeparators(s, j);
    if (!readAmountOfTime(s, j, "ago")) return false;
    i = j;
    return true;
}

} // namespace

bool parseDateStampLine(std::string_view line, std::vector<DateStamp>& out) {
    std::vector<DateStamp> found;
    std::size_t i = 0;
    skipSeparators(line, i);
    while (i < line.size()) {
        DateStamp st;
        // An age after a label ("Updated 3 hours ago") or a reading time ("4 min read") ends the line.
        if (!found.empty() && (readRelativeAge(line, i) || readAmountOfTime(line, i, "read"))) {
            skipSeparators(line, i);
            continue;
        }
        if (!readStamp(line, i, st)) return false;
        found.push_back(st);
        skipSeparators(line, i);
        if (i < line.size() && line[i] == '.') ++i, skipSeparators(line, i);
    }
    if (found.empty()) return false;
    out.insert(out.end(), found.begin(), found.end());
    return true;
}

bool ageWithinDayLine(std::string_view line) {
    // The last segment: "Muscat Tribune | 2 hours ago" → "2 hours ago".
    for (const std::string_view sep : {std::string_view("|"), std::string_view("\xC2\xB7")})
        if (const std::size_t at = line.rfind(sep); at != std::string_view::npos) line = line.substr(at + sep.size());
    std::size_t i = 0;
    skipSeparators(line, i);
    std::string label;
    readLabel(line, i, label);
    skipSeparators(line, i);
    std::size_t j = i;
    int n = 0;
    if (!readNumber(line, j, 1, 2, n)) return false;
    skipSpaces(line, j);
    std::size_t end = 0;
    const std::string unit = peekWord(line, j, end);
    if (!dateWord(unit, "age unit") || unit[0] == 'd') return false; // "3 days ago" is another day
    if (!readAmountOfTime(line, i, "ago")) return false;
    skipSeparators(line, i);
    return i >= line.size() && (unit[0] == 'm' || n < 24);
}

bool parseLeadingDateStamp(std::string_view text, DateStamp& out, std::size_t& consumed) {
    std::size_t i = 0;
    skipSeparators(text, i);
    if (!readStamp(text, i, out)) return false;
    consumed = i;
    return true;
}

bool parseIsoDateTime(std::string_view text, std::string& value) {
    std::size_t i = 0;
    skipSpaces(text, i);
    int y = 0, m = 0, d = 0;
    std::size_t j = i;
    if (readNumber(text, j, 8, 8, y)) { // "20240116"
        m = (y / 100) % 100, d = y % 100, y /= 10000;
        if (!validDate(y, m, d)) return false;
        value = isoValue(y, m, d, false, 0, 0, "");
        return true;
    }
    if (!readNumber(text, i, 4, 4, y) || i >= text.size() || text[i] != '-') return false;
    ++i;
    if (!readNumber(text, i, 2, 2, m)) return false;
    if (i >= text.size() || text[i] != '-') {
        if (m < 1 || m > 12) return false;
        char buf[24];
        std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        value = buf;
        return true;
    }
    ++i;
    if (!readNumber(text, i, 2, 2, d) || !validDate(y, m, d)) return false;
    int hh = 0, mm = 0;
    std::string zone;
    bool hasTime = false;
    if (i < text.size() && (text[i] == 'T' || text[i] == 't' || text[i] == ' ')) {
        std::size_t k = i + 1;
        if (readNumber(text, k, 2, 2, hh) && k < text.size() && text[k] == ':' &&
            (++k, readNumber(text, k, 2, 2, mm)) && hh < 24 && mm < 60) {
            hasTime = true;
            if (k < text.size() && text[k] == ':') {
                ++k;
                int ss = 0;
                readNumber(text, k, 2, 2, ss);
                if (k < text.size() && (text[k] == '.' || text[k] == ',')) {
                    ++k;
                    while (k < text.size() && isDigit(text[k]))
                        ++k;
                }
            }
            readNumericOffset(text, k, zone);
        }
    }
    value = isoValue(y, m, d, hasTime, hh, mm, zone);
    return true;
}

bool parseLooseDate(std::string_view text, std::string& value) {
    if (parseIsoDateTime(text, value)) return true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && (isAlpha(text[i - 1]) || isDigit(text[i - 1]))) continue;
        if (!isAlpha(text[i]) && !isDigit(text[i])) continue;
        std::size_t j = i;
        DateStamp st;
        if (readStamp(text, j, st)) {
            value = st.value;
            return true;
        }
    }
    return false;
}

bool dateFromUrlPath(std::string_view url, std::string& value) {
    // Skip scheme and host: only the path carries dates.
    std::size_t start = url.find("://");
    start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
    if (start == std::string_view::npos) return false;
    for (std::size_t i = start; i < url.size(); ++i) {
        if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
        std::size_t j = i + 1;
        int y = 0, m = 0, d = 0;
        if (readNumber(url, j, 8, 8, y)) { // "/20240117/"
            m = (y / 100) % 100, d = y % 100, y /= 10000;
        } else {
            j = i + 1;
            if (!readNumber(url, j, 4, 4, y) || j >= url.size() || (url[j] != '/' && url[j] != '-')) continue;
            const char sep = url[j++];
            if (!readNumber(url, j, 1, 2, m) || j >= url.size() || url[j] != sep) continue;
            ++j;
            if (!readNumber(url, j, 1, 2, d)) continue;
        }
        if (j < url.size() && url[j] != '/' && url[j] != '-' && url[j] != '_' && url[j] != '.') continue;
        if (!validDate(y, m, d)) continue;
        value = isoValue(y, m, d, false, 0, 0, "");
        return true;
    }
    return false;
}

bool parseDateline(std::string_view p, Dateline& out) {
    // PLACE: capitalised words ("SEOUL", "Manila", "NEW YORK", "São Paulo", "TOKYO/PITTSBURGH":
    // letters, spaces, dots, hyphens, slashes), at most 40 bytes. A word that starts in lower case
    // is prose, not a place.
    std::size_t i = 0;
    while (i < p.size() && i < 40 &&
           (isAlpha(p[i]) || static_cast<unsigned char>(p[i]) >= 0x80 || p[i] == ' ' || p[i] == '.' || p[i] == '-' ||
            p[i] == '\'' || (p[i] == '/' && i > 0 && isAlpha(p[i - 1])))) {
        const bool wordStart = i == 0 || p[i - 1] == ' ' || p[i - 1] == '/';
        if (wordStart && p[i] >= 'a' && p[i] <= 'z') return false;
        ++i;
    }
    std::size_t placeEnd = i;
    while (placeEnd > 0 && p[placeEnd - 1] == ' ')
        --placeEnd;
    if (placeEnd < 3) return false;
    Dateline dl;
    dl.place = std::string(p.substr(0, placeEnd));
    std::size_t j = i;
    // A region after the place: "RUSTENBURG, South Africa, May 13 (…) -", "PINE HOLLOW, Ore. (…) —".
    if (j < p.size() && p[j] == ',') {
        std::size_t k = j + 1, probe = 0;
        skipSpaces(p, k);
        int month = 0;
        probe = k;
        if (!readMonthName(p, probe, month) && k < p.size() && p[k] >= 'A' && p[k] <= 'Z') {
            std::size_t r = k;
            while (r < p.size() && r - k < 30 &&
                   (isAlpha(p[r]) || static_cast<unsigned char>(p[r]) >= 0x80 || p[r] == ' ' || p[r] == '.' ||
                    p[r] == '-')) {
                if (p[r - 1] == ' ' && p[r] >= 'a' && p[r] <= 'z') break; // "Moscow and Beijing": prose
                ++r;
            }
            std::size_t after = r;
            skipSpaces(p, after);
            if (after < p.size() && (p[after] == ',' || p[after] == '(')) j = p[after] == ',' ? after : r;
        }
    }
    if (j < p.size() && p[j] == ',') {
        ++j;
        skipSpaces(p, j);
        int m = 0, d = 0, y = 0;
        std::size_t k = j;
        if (readMonthName(p, k, m)) {
            skipSpaces(p, k);
            if (readNumber(p, k, 1, 2, d) && d >= 1 && d <= 31) {
                std::size_t afterDay = k;
                if (k < p.size() && p[k] == ',') ++k;
                skipSpaces(p, k);
                char buf[24];
                if (readNumber(p, k, 4, 4, y) && validDate(y, m, d)) {
                    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
                    j = k;
                } else {
                    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
                    j = afterDay;
                }
                dl.value = buf;
            }
        }
    }
    skipSpaces(p, j);
    if (j < p.size() && p[j] == '(') {
        const std::size_t close = p.find(')', j);
        if (close == std::string_view::npos || close - j > 40) return false;
        dl.agency = std::string(p.substr(j + 1, close - j - 1));
        if (dl.agency.empty() || dl.agency[0] < 'A' || dl.agency[0] > 'Z') return false; // "(the alliance)"
        j = close + 1;
        skipSpaces(p, j);
    }
    // The dash that closes a dateline: "--", "-", "–", "—".
    const std::string_view rest = p.substr(j);
    std::size_t dash = 0;
    if (rest.substr(0, 2) == "--")
        dash = 2;
    else if (rest.substr(0, 1) == "-")
        dash = 1;
    else if (rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94")
        dash = 3;
    if (!dash || (dl.agency.empty() && dl.value.empty())) return false;
    j += dash;
    skipSpaces(p, j);
    dl.length = j;
    out = dl;
    return true;
}

} // namespace dateline
