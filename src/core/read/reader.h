// Bytes of one input file → Article (clean body, title, source, author, publication date).
#pragma once

#include "core/model.h"

#include <string_view>
#include <vector>

namespace dateline {

struct ReadResult {
    bool ok = false; // false: the file could not be read as an article (see diagnostics)
    Article article; // id is left empty: the corpus assigns ids
    std::vector<Diagnostic> diagnostics;
};

// Reads plain text or a saved HTML page (decided from the content, not the name).
ReadResult readArticle(std::string_view fileName, std::string_view bytes);

} // namespace dateline
