// Plain text as people copy or scrape it → blocks for the article cleaner.
#pragma once

#include "core/read/article_cleaner.h"

#include <string_view>
#include <vector>

namespace dateline {

// One block per line, or one per blank-line-separated block when the text is hard-wrapped
// (most lines 55–100 characters long). A leading " date YYYY-MM-DD" scraper marker goes into
// facts and the rest of its line stays a block.
std::vector<TextBlock> plainTextBlocks(std::string_view text, PageFacts& facts);

} // namespace dateline
