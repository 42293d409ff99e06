// Saved HTML pages → blocks for the article cleaner, plus what the page's metadata says.
#pragma once

#include "core/read/article_cleaner.h"

#include <string_view>
#include <vector>

namespace dateline {

// True when the text looks like an HTML document (doctype, <html>, <head>, <body>, <article>).
bool looksLikeHtml(std::string_view text);

// Parses the page (gumbo's HTML5 parser when built with it), reads <title>, Open Graph and
// article:* meta, JSON-LD NewsArticle, <time datetime>, canonical URL, and picks the article
// body by text and link density. Blocks outside the body come back marked as removed.
std::vector<TextBlock> htmlBlocks(std::string_view html, PageFacts& facts);

} // namespace dateline
