// Limits on what one pipeline run accepts, so hostile input costs bounded memory and work.
//
// The core has no clock (native and WASM must give identical results), so the per-file work
// budget is counted in bytes of cleaned text, not seconds. docs/security.md states the bounds
// these defaults give and how they were measured.
#pragma once

#include "core/model.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct PipelineLimits {
    std::size_t maxFileBytes = 16u << 20;       // larger files are refused before reading
    std::size_t maxTotalBytes = 64u << 20;      // files past this corpus-wide total are skipped
    std::size_t maxArticles = 10000;            // files past this many articles are skipped
    std::size_t maxArticleTextBytes = 1u << 20; // work budget: cleaned text beyond it is cut off
};

// Why a file may not be read at all under the limits; admitFile tracks the running totals.
struct LimitCounters {
    std::size_t articles = 0;        // articles kept so far
    std::size_t bytes = 0;           // input bytes admitted so far
    std::size_t skippedForCount = 0; // files refused because maxArticles was reached
};

// True when the file may be read; otherwise appends an Error diagnostic naming the file and
// the limit it broke. Call once per file, in order; count kept articles in counters.articles.
bool admitFile(std::string_view fileName, std::size_t fileBytes, const PipelineLimits& limits, LimitCounters& counters,
               std::vector<Diagnostic>& diagnostics);

// Cuts an article's text to limits.maxArticleTextBytes (at the last paragraph or sentence end
// that fits, else at a UTF-8 boundary), clips every span and timex to it, and appends a
// Warning naming the file. Returns true when the article was cut.
bool applyTextBudget(Article& article, const PipelineLimits& limits, std::vector<Diagnostic>& diagnostics);

// "16 MB", "900 KB", "12 bytes": sizes in messages people read.
std::string describeBytes(std::size_t bytes);

} // namespace dateline
