// Blocks of page text → clean Article body, title, source, author and dates (shared by the
// plain-text and HTML readers: plain text gives one block per line, HTML one per element).
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct TextBlock {
    std::string text;
    std::string removeReason; // set by the HTML reader for elements it already knows are furniture
    bool caption = false;     // <figcaption> and the like
    bool heading = false;     // <h2>…<h6> inside the article
    bool trusted = false;     // inside the element chosen as the article body
};

// What the page's metadata already says (HTML); empty fields are found from the text.
struct PageFacts {
    std::string title;
    std::string source;
    std::string author;
    PublicationDate published;
    std::string markerDate; // a scraper's " date YYYY-MM-DD" marker
    std::string markerEvidence;
    PublicationDate fallbackPublished; // weaker page evidence (first <time>, URL path): used after text stamps
};

// Decides which blocks are the article, fills `a` (title, source, author, published, text,
// paragraphs, captions, removed) and returns diagnostics-free; sentences are split by the caller.
void cleanBlocks(std::vector<TextBlock> blocks, const PageFacts& facts, Article& a);

} // namespace dateline
