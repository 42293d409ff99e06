// Bylines, agency tags and credits, decided by shape plus the agency list in assets/.
#include "core/read/byline.h"

#include "core/read/read_vocabulary.h"

#include <algorithm>
#include <vector>

namespace dateline {
namespace {

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::size_t countWords(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool sp = c == ' ' || c == '\t';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

// Names look like names: every word starts upper case, except short joiners
// ("and", "de", "van", "bin", "kyzy") and at most half of the words.
bool looksLikeNames(std::string_view s) {
    std::size_t words = 0, capitalised = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ','))
            ++i;
        if (i >= s.size()) break;
        const std::size_t a = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',')
            ++i;
        ++words;
        const auto c = static_cast<unsigned char>(s[a]);
        if (isUpper(s[a]) || c >= 0x80)
            ++capitalised; // non-ASCII initial: Cyrillic, Hangul, …
        else if (!isLower(s[a]))
            return false;
    }
    return words >= 1 && words <= 10 && capitalised * 2 > words &&
           (isUpper(s[0]) || static_cast<unsigned char>(s[0]) >= 0x80);
}

// The words of a line, split at spaces.
std::vector<std::string_view> spaceSeparated(std::string_view line) {
    std::vector<std::string_view> parts;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t j = line.find(' ', i);
        if (j == std::string_view::npos) j = line.size();
        if (j > i) parts.push_back(line.substr(i, j - i));
        i = j + 1;
    }
    return parts;
}

bool capitalisedWord(std::string_view w, bool allowDots) {
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
    return std::all_of(w.begin(), w.end(), [&](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || u >= 0x80 ||
               (allowDots && c == '.');
    });
}
} // namespace

std::string agencyName(std::string_view cue) {
    cue = trim(cue);
    const auto& agencies = readVocabulary().agencies;
    const auto it = agencies.find(asciiLower(cue));
    return it == agencies.end() ? std::string() : it->second;
}

bool trailingAgencyTag(std::string_view p, std::string& agency) {
    p = trim(p);
    if (p.size() < 4 || p.back() != ')') return false;
    const std::size_t open = p.rfind('(');
    if (open == std::string_view::npos || p.size() - open > 40) return false;
    const std::string name = agencyName(p.substr(open + 1, p.size() - open - 2));
    if (name.empty()) return false;
    agency = name;
    return true;
}

bool trailingCredit(std::string_view line, std::string& agency) {
    line = trim(line);
    if (line.size() < 4) return false;
    const char close = line.back();
    if (close != ']' && close != ')') return false;
    const std::size_t open = line.rfind(close == ']' ? '[' : '(');
    if (open == std::string_view::npos || line.size() - open > 60) return false;
    std::string_view inner = line.substr(open + 1, line.size() - open - 2);
    // "[REUTERS/YONHAP]", "(AFP/Getty Images)": the last name distributed the photo.
    std::string last;
    while (!inner.empty()) {
        const std::size_t slash = inner.find('/');
        const std::string name = agencyName(inner.substr(0, slash));
        if (!name.empty()) last = name;
        if (slash == std::string_view::npos) break;
        inner.remove_prefix(slash + 1);
    }
    if (last.empty()) return false;
    agency = last;
    return true;
}

namespace {
// "Karen Botha, Senior Editor · 5 min read", "Hanne (editor) · 6 Comments", "Tom Greaves |
// tgreaves@example.org": the name(s) before the segments a byline carries after them (a
// reading time, a comment count, an e-mail address, the writer's role). A known agency among
// those segments is kept in `agency` ("By Jane Roe | Reuters", "By Jane Roe, Reuters").
std::string_view bylinePerson(std::string_view name, std::string& agency) {
    std::string_view person = trim(name);
    for (const std::string_view sep : {std::string_view("|"), std::string_view("\xC2\xB7"),
                                       std::string_view("\xE2\x80\xA2")}) { // |, ·, •
        const std::size_t at = person.find(sep);
        if (at == std::string_view::npos) continue;
        for (std::string_view rest = person.substr(at + sep.size()); !rest.empty();) {
            const std::size_t next = rest.find(sep);
            const std::string named = agencyName(rest.substr(0, next));
            if (!named.empty() && agency.empty()) agency = named;
            rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + sep.size());
        }
        person = trim(person.substr(0, at));
    }
    // "Miriam Kole in Field notes", "Jane Roe in Brussels": the desk or city after the name.
    if (const std::size_t in = person.find(" in "); in != std::string_view::npos) person = trim(person.substr(0, in));
    if (const std::size_t comma = person.rfind(','); comma != std::string_view::npos) {
        const std::string_view tail = person.substr(comma + 1);
        const std::string named = agencyName(tail);
        if (!named.empty()) {
            if (agency.empty()) agency = named;
            person = trim(person.substr(0, comma));
        } else if (journalistRoleLine(tail)) {
            person = trim(person.substr(0, comma)); // ", Senior Editor"
        }
    }
    // "Hanne (editor)": a role in brackets after the name.
    if (!person.empty() && person.back() == ')')
        if (const std::size_t open = person.rfind('('); open != std::string_view::npos && open > 0)
            person = trim(person.substr(0, open));
    return person;
}

// "LEILA HADDAD and MORTEN AASEN" → "Leila Haddad and Morten Aasen": names set in capitals by
// the page's style are written as names; mixed-case words ("McCallister", "de") are kept.
std::string nameCase(std::string_view names) {
    std::string out(names);
    for (std::size_t i = 0; i < out.size();) {
        std::size_t j = i;
        while (j < out.size() && out[j] != ' ')
            ++j;
        bool allCaps = j - i >= 2;
        for (std::size_t k = i; k < j && allCaps; ++k)
            allCaps = !isLower(out[k]) && static_cast<unsigned char>(out[k]) < 0x80;
        std::size_t letters = 0;
        for (std::size_t k = i; k < j; ++k)
            letters += isUpper(out[k]);
        if (allCaps && letters >= 3 && agencyName(std::string_view(out).substr(i, j - i)).empty()) // not "AP", "AFP"
            for (std::size_t k = i + 1; k < j; ++k)
                if (isUpper(out[k]) && out[k - 1] != '-' && out[k - 1] != '\'') out[k] = static_cast<char>(out[k] + 32);
        i = j + 1;
    }
    return out;
}
} // namespace

bool parseBylineLine(std::string_view line, std::string& field, std::string& value, std::string& agency) {
    line = trim(line);
    if (line.empty() || line.size() > 120) return false;
    const std::string lowered = asciiLower(line);
    for (const auto& [label, kind] : readVocabulary().bylineLabels) {
        if (lowered.compare(0, label.size(), label) != 0) continue;
        if (lowered.size() <= label.size()) continue;
        // "By" needs a space (or a colon: "Written by: Karen Botha") after it; "Author:" may be
        // followed directly by the name.
        const char after = lowered[label.size()];
        if (label.back() != ':' && after != ' ' && after != ':') continue;
        std::string_view name = trim(line.substr(label.size()));
        if (!name.empty() && name.front() == ':') name = trim(name.substr(1));
        // "Reporting by Jane Roe; Editing by John Doe": each role after a semicolon is another credit.
        if (const std::size_t semi = name.find(';'); semi != std::string_view::npos) name = trim(name.substr(0, semi));
        std::string trailingAgency;
        const std::string_view person = bylinePerson(name, trailingAgency);
        if (person.empty() || countWords(person) > 10) return false;
        if (kind == "author" && !looksLikeNames(person)) return false;
        field = kind;
        value = kind == "author" ? nameCase(person) : std::string(person);
        agency = trailingAgency;
        return true;
    }
    return false;
}

bool bylineWithoutLabel(std::string_view line, std::string& names) {
    line = trim(line);
    // "Jane Roe, Staff Writer": a name and the writer's role.
    if (const std::size_t comma = line.find(", "); comma != std::string_view::npos && line.find(" in ") == std::string_view::npos) {
        if (!personNameLine(line.substr(0, comma)) || !journalistRoleLine(line.substr(comma + 2))) return false;
        names = std::string(line.substr(0, comma));
        return true;
    }
    if (line.size() > 120 || line.find(" in ") == std::string_view::npos) return false;
    // "Henrietta Vance in Brussels and Marc-André Leclerc in Ottawa": each credit is a name and
    // the city the writer files from.
    std::string out;
    std::size_t credits = 0;
    while (!line.empty()) {
        std::size_t end = line.find(" and ");
        std::size_t skip = 5;
        if (const std::size_t comma = line.find(", "); comma < end) end = comma, skip = 2;
        std::string_view credit = line.substr(0, end);
        const std::size_t in = credit.find(" in ");
        if (in == std::string_view::npos) return false;
        const std::string_view name = credit.substr(0, in), place = credit.substr(in + 4);
        if (!personNameLine(name) || spaceSeparated(place).size() > 3) return false;
        for (const auto w : spaceSeparated(place))
            if (!capitalisedWord(w, true)) return false;
        if (!out.empty()) out += " and ";
        out += std::string(name);
        ++credits;
        line = end == std::string_view::npos ? std::string_view() : line.substr(end + skip);
    }
    if (credits == 0) return false;
    names = out;
    return true;
}

bool agencyOnlyLine(std::string_view line, std::string& agency) {
    line = trim(line);
    // "— Reuters", "- AP", "(Yonhap)"
    while (!line.empty() && (line.front() == '-' || line.front() == '(' || line.front() == '['))
        line = trim(line.substr(1));
    for (const std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93"})
        if (line.substr(0, dash.size()) == dash) line = trim(line.substr(dash.size()));
    while (!line.empty() && (line.back() == ')' || line.back() == ']' || line.back() == '.'))
        line.remove_suffix(1);
    const std::string name = agencyName(line);
    if (name.empty()) return false;
    agency = name;
    return true;
}


bool outletNameLine(std::string_view line, std::string& outlet) {
    line = trim(line);
    const auto& words = readVocabulary().outletWords;
    const auto parts = spaceSeparated(line);
    if (parts.size() < 2 || parts.size() > 4) return false;
    for (const auto w : parts) {
        const bool capitalised = w[0] >= 'A' && w[0] <= 'Z';
        const bool lettersOnly = std::all_of(w.begin(), w.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '&';
        });
        if (!capitalised || !lettersOnly) return false;
    }
    const auto kindOf = [&](std::string_view w) -> std::string_view {
        const auto it = words.find(asciiLower(w));
        return it == words.end() ? std::string_view() : std::string_view(it->second);
    };
    const std::size_t first = asciiLower(parts[0]) == "the" ? 1 : 0;
    if (first >= parts.size() - 1 || kindOf(parts[first]) == "section" || kindOf(parts.back()) != "masthead")
        return false;
    outlet = std::string(line);
    return true;
}


bool journalistRoleLine(std::string_view line) {
    const auto parts = spaceSeparated(trim(line));
    if (parts.empty() || parts.size() > 4) return false;
    // "Staff Reporter", "City correspondent": a capitalised first word, then words of letters.
    for (std::size_t k = 0; k < parts.size(); ++k) {
        std::string w(parts[k]);
        if (k > 0 && isLower(w[0])) w[0] = static_cast<char>(w[0] - 32);
        if (!capitalisedWord(w, false)) return false;
    }
    return readVocabulary().journalistRoles.count(asciiLower(parts.back())) > 0;
}

bool personNameLine(std::string_view line) {
    const auto parts = spaceSeparated(trim(line));
    if (parts.size() < 2 || parts.size() > 4) return false;
    for (const auto w : parts)
        if (!capitalisedWord(w, true) || readVocabulary().outletWords.count(asciiLower(w))) return false;
    return true;
}

bool copyrightHolder(std::string_view line, std::string& holder) {
    line = trim(line);
    std::size_t at = line.find("\xC2\xA9"); // ©
    std::size_t skip = 2;
    if (at == std::string_view::npos) {
        const std::string lowered = asciiLower(line);
        at = lowered.find("copyright");
        skip = 9;
        if (at == std::string::npos) return false;
    }
    std::string_view rest = trim(line.substr(at + skip));
    if (asciiLower(rest.substr(0, 9)) == "copyright") rest = trim(rest.substr(9));
    if (rest.substr(0, 2) == "\xC2\xA9") rest = trim(rest.substr(2));
    // A quoted name is the outlet: “TV-Novosti”.
    const std::size_t q = rest.find("\xE2\x80\x9C");
    if (q != std::string_view::npos) {
        const std::size_t qe = rest.find("\xE2\x80\x9D", q + 3);
        if (qe != std::string_view::npos && qe - q < 80) {
            holder = std::string(rest.substr(q + 3, qe - q - 3));
            return !holder.empty();
        }
    }
    // Drop years ("2005–2024", "2024") and everything from the first sentence stop.
    std::string out;
    std::size_t i = 0;
    while (i < rest.size()) {
        const char c = rest[i];
        if (c == '.' && (i + 1 == rest.size() || rest[i + 1] == ' ')) break;
        if (c == '|' || c == ';') break;
        out += c;
        ++i;
    }
    // Strip leading/trailing years, dashes and commas.
    std::string_view h = out;
    const auto junk = [](char c) { return (c >= '0' && c <= '9') || c == ' ' || c == ',' || c == '-'; };
    while (!h.empty() && (junk(h.front()) || static_cast<unsigned char>(h.front()) == 0xE2)) {
        if (static_cast<unsigned char>(h.front()) == 0xE2 && h.size() >= 3)
            h.remove_prefix(3);
        else
            h.remove_prefix(1);
    }
    while (!h.empty() && junk(h.back()))
        h.remove_suffix(1);
    if (h.size() >= 3 && static_cast<unsigned char>(h[h.size() - 3]) == 0xE2) {
        h.remove_suffix(3);
        while (!h.empty() && junk(h.back()))
            h.remove_suffix(1);
    }
    if (h.empty() || countWords(h) > 8) return false;
    holder = std::string(h);
    return true;
}

} // namespace dateline
