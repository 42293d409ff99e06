// Rule-based sentence splitter over UTF-8 text.
#include "core/text/sentences.h"

#include "core/assets/data_file.h"

#include <string>
#include <unordered_set>

namespace dateline {
namespace {

const std::unordered_set<std::string>& abbreviations() {
    static const std::unordered_set<std::string> set = [] {
        std::unordered_set<std::string> s;
        for (const auto& row : loadDataAsset("rules/text/abbreviations.txt").rows)
            s.insert(row.fields[0]);
        return s;
    }();
    return set;
}

} // namespace

bool isNonFinalAbbreviation(std::string_view word) {
    if (word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';
    return abbreviations().count(std::string(word)) > 0;
}

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Closing quotes and brackets that belong to the sentence before the break.
std::size_t skipClosers(std::string_view t, std::size_t i) {
    static const std::string_view closers[] = {"\"", "'", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"};
    for (bool more = true; more;) {
        more = false;
        for (auto c : closers) {
            if (t.substr(i, c.size()) == c) {
                i += c.size();
                more = true;
            }
        }
    }
    return i;
}

// "J.P." in "chief executive J.P. Okafor": dotted capitals are a name's initials, unless "the"
// comes before them ("in the U.S. The talks …" ends a sentence).
bool nameInitials(std::string_view t, std::size_t w, std::size_t dot) {
    const std::string_view word = t.substr(w, dot - w);
    if (word.size() < 3 || word.size() > 7 || word.size() % 2 == 0) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (k % 2 == 0 ? (word[k] < 'A' || word[k] > 'Z') : word[k] != '.') return false;
    std::size_t p = w;
    while (p > 0 && isSpace(t[p - 1]))
        --p;
    const std::string_view before = t.substr(p >= 4 ? p - 4 : 0, p >= 4 ? 4 : p);
    return before != " the" && before != " The" && before != "the" && before != "The";
}

bool startsLowercase(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= 'a' && t[i] <= 'z'; }

void pushTrimmed(std::vector<ByteSpan>& out, std::string_view t, std::size_t a, std::size_t b) {
    while (a < b && isSpace(t[a]))
        ++a;
    while (b > a && isSpace(t[b - 1]))
        --b;
    if (b > a) out.push_back({a, b});
}

} // namespace

std::vector<ByteSpan> splitSentences(std::string_view t) {
    std::vector<ByteSpan> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '\n') {
            pushTrimmed(out, t, start, i);
            start = i + 1;
            continue;
        }
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t end = skipClosers(t, i + 1);
        if (end < t.size() && !isSpace(t[end])) continue; // "3.5", "U.S.", "example.com"
        std::size_t next = end;
        while (next < t.size() && (t[next] == ' ' || t[next] == '\t'))
            ++next;
        if (next < t.size() && t[next] != '\n' && startsLowercase(t, next)) continue;
        if (c == '.') {
            std::size_t w = i;
            while (w > start && !isSpace(t[w - 1]) && t[w - 1] != '(' && t[w - 1] != '"')
                --w;
            // Abbreviations are short: skip the set (and the string) for ordinary words.
            if (i - w <= 8 && isNonFinalAbbreviation(t.substr(w, i - w))) continue;
            if (nameInitials(t, w, i)) continue;
        }
        pushTrimmed(out, t, start, end);
        start = end;
        i = end - 1;
    }
    pushTrimmed(out, t, start, t.size());
    return out;
}

} // namespace dateline
