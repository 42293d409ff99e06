// Sentence boundaries with byte offsets, for plain cleaned text.
#pragma once

#include "core/model.h"

#include <string_view>
#include <vector>

namespace dateline {

// Splits text into sentences. Line breaks always end a sentence; ". ! ?" end one
// unless the word before is a known abbreviation (assets/rules/text/abbreviations.txt)
// or the next word starts in lower case. Spans exclude surrounding whitespace.
std::vector<ByteSpan> splitSentences(std::string_view text);

} // namespace dateline
