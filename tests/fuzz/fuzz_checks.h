// Contracts every fuzz target checks on what the core returns; a broken one aborts the run.
#pragma once

#include "core/model.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace dateline::fuzz {

[[noreturn]] inline void broken(const char* what) {
    std::fprintf(stderr, "dateline fuzz: contract broken: %s\n", what);
    std::abort();
}

inline void require(bool ok, const char* what) {
    if (!ok) broken(what);
}

// Timex offsets are byte offsets into the tagged text and its text field is that slice.
inline void checkTimexes(std::string_view text, const std::vector<Timex>& timexes) {
    for (const auto& t : timexes) {
        require(t.start <= t.end && t.end <= text.size(), "timex offsets inside the text");
        require(text.substr(t.start, t.end - t.start) == t.text, "timex text is the slice at its offsets");
    }
}

inline void checkSpans(std::string_view text, const std::vector<ByteSpan>& spans, const char* what) {
    for (const auto& s : spans)
        require(s.start <= s.end && s.end <= text.size(), what);
}

// An article as the reader or the importer hands it on: every offset stays inside its text.
// Imported timexes carry their text as written in the bundle, so only the tagger's are sliced.
inline void checkArticle(const Article& a, bool timexTextIsSlice = true) {
    checkSpans(a.text, a.paragraphs, "paragraph spans inside the text");
    checkSpans(a.text, a.sentences, "sentence spans inside the text");
    checkSpans(a.text, a.captions, "caption spans inside the text");
    if (timexTextIsSlice) checkTimexes(a.text, a.timexes);
    for (const auto& t : a.timexes)
        require(t.start <= t.end && t.end <= a.text.size(), "timex inside the text");
}

// Every diagnostic says something.
inline void checkDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics)
        require(!d.message.empty(), "diagnostic has a message");
}

} // namespace dateline::fuzz
