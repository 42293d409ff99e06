// Helpers for the temporal tagger tests: the value a phrase gets when tagged in context.
#pragma once

#include "core/time/tagger.h"

#include <string>
#include <string_view>

namespace dateline::test {

// The Timex whose text is exactly phrase, tagged in text with the DCT; an empty Timex
// with value "<not tagged>" when there is none.
inline Timex timexFor(std::string_view text, std::string_view dct, std::string_view phrase,
                      DocumentType type = DocumentType::News) {
    TimeTaggerOptions options;
    options.documentType = type;
    for (const auto& t : tagTime(text, dct, options))
        if (t.text == phrase) return t;
    Timex none;
    none.value = "<not tagged>";
    return none;
}

inline std::string valueFor(std::string_view text, std::string_view dct, std::string_view phrase,
                            DocumentType type = DocumentType::News) {
    return timexFor(text, dct, phrase, type).value;
}

} // namespace dateline::test
