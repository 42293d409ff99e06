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

// True when a period after word does not end a sentence: a known abbreviation ("Mr", "Corp")
// or a single capital letter (an initial, "Daniel P. Davison").
bool isNonFinalAbbreviation(std::string_view word);

} // namespace dateline
