// Input limits: refuse oversize or surplus files with a clear diagnostic, cut overlong text.
#include "core/limits.h"

#include <algorithm>

namespace dateline {
namespace {

// Keeps spans that end inside the first `size` bytes.
void keepSpansWithin(std::vector<ByteSpan>& spans, std::size_t size) {
    spans.erase(std::remove_if(spans.begin(), spans.end(), [&](const ByteSpan& s) { return s.end > size; }),
                spans.end());
}

// The largest cut point <= budget: a paragraph end, else a sentence end, else a code-point start.
std::size_t cutPoint(const Article& a, std::size_t budget) {
    std::size_t best = 0;
    for (const auto& p : a.paragraphs)
        if (p.end <= budget) best = std::max(best, p.end);
    if (best == 0)
        for (const auto& s : a.sentences)
            if (s.end <= budget) best = std::max(best, s.end);
    if (best > 0) return best;
    std::size_t cut = std::min(budget, a.text.size());
    // Never split a UTF-8 sequence: step back over continuation bytes.
    while (cut > 0 && cut < a.text.size() && (static_cast<unsigned char>(a.text[cut]) & 0xC0) == 0x80)
        --cut;
    return cut;
}

} // namespace

std::string describeBytes(std::size_t bytes) {
    if (bytes >= (10u << 20) || (bytes >= (1u << 20) && bytes % (1u << 20) == 0))
        return std::to_string(bytes >> 20) + " MB";
    if (bytes >= (1u << 20)) {
        const std::size_t tenths = (bytes * 10) >> 20;
        return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
    }
    if (bytes >= (10u << 10)) return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

bool admitFile(std::string_view fileName, std::size_t fileBytes, const PipelineLimits& limits, LimitCounters& counters,
               std::vector<Diagnostic>& diagnostics) {
    const std::string file(fileName);
    if (counters.articles >= limits.maxArticles) {
        // One message for the whole run, naming the first file left out; later ones are counted.
        if (counters.skippedForCount++ == 0)
            diagnostics.push_back({Severity::Error, file, 0,
                                   "not read: the limit of " + std::to_string(limits.maxArticles) +
                                       " articles was reached (this and any later files are skipped)"});
        return false;
    }
    if (fileBytes > limits.maxFileBytes) {
        diagnostics.push_back(
            {Severity::Error, file, 0,
             "file too large: " + describeBytes(fileBytes) + ", the limit is " + describeBytes(limits.maxFileBytes)});
        return false;
    }
    if (fileBytes > limits.maxTotalBytes - std::min(counters.bytes, limits.maxTotalBytes)) {
        diagnostics.push_back({Severity::Error, file, 0,
                               "not read: together with the files before it, the input passes the limit of " +
                                   describeBytes(limits.maxTotalBytes)});
        return false;
    }
    counters.bytes += fileBytes;
    return true;
}

bool applyTextBudget(Article& article, const PipelineLimits& limits, std::vector<Diagnostic>& diagnostics) {
    if (article.text.size() <= limits.maxArticleTextBytes) return false;
    const std::size_t before = article.text.size();
    const std::size_t cut = cutPoint(article, limits.maxArticleTextBytes);
    article.text.resize(cut);
    keepSpansWithin(article.paragraphs, cut);
    keepSpansWithin(article.sentences, cut);
    keepSpansWithin(article.captions, cut);
    article.timexes.erase(
        std::remove_if(article.timexes.begin(), article.timexes.end(), [&](const Timex& t) { return t.end > cut; }),
        article.timexes.end());
    for (auto& r : article.removed)
        r.beforeOffset = std::min(r.beforeOffset, cut);
    diagnostics.push_back({Severity::Warning, article.file, 0,
                           "article text is " + describeBytes(before) + "; only the first " + describeBytes(cut) +
                               " is analysed (the limit is " + describeBytes(limits.maxArticleTextBytes) + ")"});
    return true;
}

} // namespace dateline
