// Small helpers for the read-stage tests: read text, list paragraphs, find removed blocks.
#pragma once

#include "core/read/reader.h"

#include <string>
#include <vector>

namespace dateline::test {

inline std::vector<std::string> paragraphsOf(const Article &a) {
    std::vector<std::string> out;
    for (const auto &p : a.paragraphs)
        out.push_back(a.text.substr(p.start, p.end - p.start));
    return out;
}

inline std::vector<std::string> captionsOf(const Article &a) {
    std::vector<std::string> out;
    for (const auto &c : a.captions)
        out.push_back(a.text.substr(c.start, c.end - c.start));
    return out;
}

// The reason the reader gave for removing exactly this line, or "" when it was not removed.
inline std::string removedReason(const Article &a, const std::string &line) {
    for (const auto &r : a.removed)
        if (r.text == line) return r.reason;
    return "";
}

// True when the line was removed with this reason (a line may be removed more than once:
// the title and its repeat at the end of the page).
inline bool removedAs(const Article &a, const std::string &line, const std::string &reason) {
    for (const auto &r : a.removed)
        if (r.text == line && r.reason == reason) return true;
    return false;
}

inline Article readText(const std::string &text, const std::string &name = "page.txt") {
    return readArticle(name, text).article;
}

} // namespace dateline::test
