// First cleaning pass for plain text: site lines out, title and publication date in.
#include "core/read/reader.h"

#include "core/assets/data_file.h"
#include "core/text/sentences.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <string>

namespace dateline {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Phrases that mark a whole line as site furniture wherever they appear in it.
const std::vector<std::pair<std::string, std::string>>& boilerplatePhrases() {
    static const std::vector<std::pair<std::string, std::string>> v = [] {
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& row : loadDataAsset("rules/read/boilerplate_phrases.txt").rows)
            out.emplace_back(row.fields[0], row.fields.size() > 1 ? row.fields[1] : "boilerplate");
        return out;
    }();
    return v;
}

const std::map<std::string, std::string>& boilerplateLines() {
    static const std::map<std::string, std::string> m = [] {
        std::map<std::string, std::string> out;
        for (const auto& row : loadDataAsset("rules/read/boilerplate.txt").rows)
            out[row.fields[0]] = row.fields.size() > 1 ? row.fields[1] : "boilerplate";
        return out;
    }();
    return m;
}

bool endsSentence(std::string_view line) {
    static const std::string_view enders[] = {".", "!", "?", "\"", "\xE2\x80\x9D", ")", ":"};
    for (auto e : enders)
        if (line.size() >= e.size() && line.substr(line.size() - e.size()) == e) return true;
    return false;
}

std::size_t wordCount(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool sp = c == ' ' || c == '\t';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

// "16 Mar. 2025, 14:37", "17 Jan, 2024 00:31", "January 16, 2024": a line that is only a date stamp.
bool parseDateStamp(std::string_view line, std::string& iso) {
    static const std::regex dayMonth(
        R"(^(?:Published:?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$)");
    static const std::regex monthDay(
        R"(^(?:Published:?\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?.*$)");
    std::cmatch m;
    const std::string s(line);
    std::string day, month, year, hh, mm;
    if (std::regex_match(s.c_str(), m, dayMonth)) {
        day = m[1], month = m[2], year = m[3], hh = m[4], mm = m[5];
    } else if (std::regex_match(s.c_str(), m, monthDay)) {
        month = m[1], day = m[2], year = m[3], hh = m[4], mm = m[5];
    } else {
        return false;
    }
    const std::string mon = lower(month).substr(0, 3);
    const auto* it = std::find_if(std::begin(kMonths), std::end(kMonths), [&](const char* k) { return mon == k; });
    if (it == std::end(kMonths)) return false;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s-%02d-%02d", year.c_str(), static_cast<int>(it - kMonths) + 1, std::stoi(day));
    iso = buf;
    if (!hh.empty()) iso += "T" + std::string(hh.size() == 1 ? "0" : "") + hh + ":" + mm;
    return true;
}

} // namespace

ReadResult readArticle(std::string_view fileName, std::string_view bytes) {
    ReadResult r;
    const std::string file(fileName);
    if (bytes.empty()) {
        r.diagnostics.push_back({Severity::Error, file, 0, "empty file"});
        return r;
    }
    DecodedText decoded = decodeText(bytes);
    if (decoded.binary) {
        r.diagnostics.push_back({Severity::Error, file, 0, "binary data, not an article"});
        return r;
    }
    if (decoded.repaired)
        r.diagnostics.push_back({Severity::Warning, file, 0, "invalid " + decoded.encoding + " bytes replaced"});
    Article& a = r.article;
    a.file = file;

    std::string_view text = decoded.text;
    // A scraper's leading " date YYYY-MM-DD" marker; the rest of that line is page text.
    static const std::regex marker(R"(^\s*date (\d{4}-\d{2}-\d{2})\s*)");
    std::cmatch mm;
    std::string body(text);
    if (std::regex_search(body.c_str(), mm, marker)) {
        a.published = {mm[1], DateBasis::Explicit, std::string(trimView(mm[0].str())), ""};
        body = body.substr(static_cast<std::size_t>(mm.length(0)));
    }

    std::vector<std::string> lines;
    for (std::size_t pos = 0; pos <= body.size();) {
        std::size_t nl = body.find('\n', pos);
        if (nl == std::string::npos) nl = body.size();
        lines.emplace_back(trimView(std::string_view(body).substr(pos, nl - pos)));
        pos = nl + 1;
    }

    std::map<std::string, int> seen;
    for (const auto& l : lines) ++seen[l];
    // A headline-like line the page repeats (top and bottom, or heading and breadcrumb)
    // before the body starts is the title; otherwise the first headline-like line is.
    for (const auto& l : lines) {
        if (endsSentence(l) && wordCount(l) >= 4) break;
        if (wordCount(l) >= 4 && seen[l] > 1 && !boilerplateLines().count(lower(l))) {
            a.title = l;
            break;
        }
    }
    bool skipNextAsTeaser = false;
    for (const auto& line : lines) {
        if (line.empty()) continue;
        const auto bp = boilerplateLines().find(lower(line));
        if (bp != boilerplateLines().end()) {
            a.removed.push_back({line, bp->second, a.text.size()});
            skipNextAsTeaser = bp->second == "teaser";
            continue;
        }
        const std::string lowered = lower(line);
        const auto phrase = std::find_if(boilerplatePhrases().begin(), boilerplatePhrases().end(),
                                         [&](const auto& p) { return lowered.find(p.first) != std::string::npos; });
        if (phrase != boilerplatePhrases().end()) {
            a.removed.push_back({line, phrase->second, a.text.size()});
            continue;
        }
        if (skipNextAsTeaser) {
            a.removed.push_back({line, "teaser", a.text.size()});
            skipNextAsTeaser = false;
            continue;
        }
        std::string iso;
        if (parseDateStamp(line, iso)) {
            if (a.published.basis != DateBasis::Explicit || a.published.value.size() < iso.size())
                a.published = {iso, DateBasis::Explicit, line, ""};
            a.removed.push_back({line, "date line", a.text.size()});
            continue;
        }
        const bool sentence = endsSentence(line) && wordCount(line) >= 4;
        if (!sentence) {
            if (a.title.empty() && wordCount(line) >= 4) {
                a.title = line;
                continue;
            }
            a.removed.push_back({line, line == a.title ? "duplicate" : "short line", a.text.size()});
            continue;
        }
        if (seen[line] > 1 && a.text.find(line) != std::string::npos) {
            a.removed.push_back({line, "duplicate", a.text.size()});
            continue;
        }
        if (!a.text.empty()) a.text += "\n\n";
        a.paragraphs.push_back({a.text.size(), a.text.size() + line.size()});
        a.text += line;
    }
    a.sentences = splitSentences(a.text);
    if (a.published.basis != DateBasis::Explicit)
        r.diagnostics.push_back({Severity::Info, file, 0, "no publication date stated"});
    r.ok = !a.text.empty();
    if (!r.ok) r.diagnostics.push_back({Severity::Error, file, 0, "no article text found"});
    return r;
}

} // namespace dateline
