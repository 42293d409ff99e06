// The whole core in one call: input files → Timeline (read, clean, tag, entities, events, merge).
#pragma once

#include "core/limits.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace dateline {

struct InputFile {
    std::string name;  // file name, used in ids, messages and the article list
    std::string bytes; // raw content, any encoding
};

// Builds a timeline; files that cannot be read, or break the limits, yield diagnostics and are skipped.
Timeline buildTimeline(const std::vector<InputFile>& files, const PipelineLimits& limits = PipelineLimits{});

// The same over files the caller keeps elsewhere (no copy of their bytes: the page holds the
// bundled and the user's files apart and analyses them together).
Timeline buildTimeline(const std::vector<const InputFile*>& files, const PipelineLimits& limits = PipelineLimits{});

// Adds events, dates and merged entities to already-read articles (used after import).
void analyseArticles(Timeline& timeline);

} // namespace dateline
