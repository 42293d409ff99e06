// Splits plain text into line blocks and lifts a scraper's leading date marker.
#include "core/read/plain_text_cleaner.h"

namespace dateline {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// " date 2025-03-16  Headline…": the marker some scrapers put before the page text.
bool takeDateMarker(std::string_view& text, PageFacts& facts) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    if (text.substr(i, 5) != "date ") return false;
    const std::string_view d = text.substr(i + 5, 10);
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(d[k])) return false;
    std::size_t end = i + 15;
    if (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\r' && text[end] != '\t')
        return false;
    facts.markerDate = std::string(d);
    facts.markerEvidence = std::string(text.substr(i, 15));
    text.remove_prefix(end);
    return true;
}

std::size_t visibleLength(std::string_view line) {
    std::size_t n = 0;
    for (char c : line)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

bool isBlank(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') continue;
        if (c == '\xC2' && i + 1 < line.size() && line[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

std::vector<TextBlock> plainTextBlocks(std::string_view text, PageFacts& facts) {
    takeDateMarker(text, facts);
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        lines.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    // Hard-wrapped text (e-mail, terminals): lines end mid-sentence at a fixed width.
    std::size_t nonBlank = 0, wrappedWidth = 0, longest = 0;
    for (const auto l : lines) {
        if (isBlank(l)) continue;
        ++nonBlank;
        const std::size_t n = visibleLength(l);
        longest = n > longest ? n : longest;
        if (n >= 55 && n <= 100) ++wrappedWidth;
    }
    const bool hardWrapped = nonBlank >= 8 && longest <= 110 && wrappedWidth * 10 >= nonBlank * 6;

    std::vector<TextBlock> blocks;
    bool joinNext = false;
    for (const auto l : lines) {
        if (isBlank(l)) {
            joinNext = false;
            continue;
        }
        if (hardWrapped && joinNext && !blocks.empty()) {
            blocks.back().text += ' ';
            blocks.back().text.append(l.data(), l.size());
        } else {
            TextBlock b;
            b.text.assign(l.data(), l.size());
            blocks.push_back(std::move(b));
        }
        joinNext = true;
    }
    return blocks;
}

} // namespace dateline
