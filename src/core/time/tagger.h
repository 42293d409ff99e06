// Temporal tagger: finds time expressions in text and normalises them to TIMEX3 values.
//
// Two passes: rules under assets/rules/time/<lang>/ emit underspecified values
// (time_matcher), then time_resolver anchors them to the document creation time or to the
// last mentioned date, using the sentence's tense to pick past or future occurrences.
#pragma once

#include "core/model.h"
#include "core/time/time_resolver.h"

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// News anchors relative expressions ("Tuesday", "last year") to the document creation time;
// narrative anchors them to the last mentioned date. Anaphoric phrases ("the same day",
// "a day later") follow the last mentioned date in both.
enum class DocumentType { News, Narrative };

struct TimeTaggerOptions {
    DocumentType documentType = DocumentType::News;
    std::string language = "en"; // folder under assets/rules/time/
};

const char* toString(DocumentType t);

// The document type to use when the caller does not know: news when there is a DCT.
DocumentType guessDocumentType(std::string_view dct);

// Tags text whose document creation time is dct ("YYYY-MM-DD", "YYYY-MM-DDThh:mm",
// or "" when unknown: relative expressions then stay underspecified, e.g. "XXXX-XX-XX").
std::vector<Timex> tagTime(std::string_view text, std::string_view dct);
std::vector<Timex> tagTime(std::string_view text, std::string_view dct, const TimeTaggerOptions& options);

// A live page's entry stamp ("08:12", "Yesterday, 19:40"): a DATE or TIME alone on its line, as
// the reader keeps it above the entry. The tagger takes the entry's "today" from it; the event
// extractor dates the entry's events by it.
bool isEntryStamp(std::string_view text, std::size_t start, std::size_t end, std::string_view type);

// A time expression as matched, before it is resolved against a document creation time.
struct MatchedTimex {
    std::size_t start = 0, end = 0;
    std::size_t firstToken = 0, endToken = 0; // in the tagger's tokens (a quarter's closing date counts them)
    std::string type;                         // DATE | TIME | DURATION | SET
    std::string mod, quant, freq; // filled templates
    std::string raw;              // underspecified value: "NAMED(weekday,1,T)", "REL(day,-1)", "2024-01-16"
    timetag::Tense tense = timetag::Tense::Unknown; // of the sentence around it, when raw needs it
};

// tagTime in its two passes. Matching does not depend on the DCT: an article tagged with none and
// dated later (publication inference) resolves its matches again instead of matching its text again.
std::vector<MatchedTimex> matchTimexes(std::string_view text, const TimeTaggerOptions& options = {});
std::vector<Timex> resolveTimexes(std::string_view text, const std::vector<MatchedTimex>& matched,
                                  std::string_view dct, const TimeTaggerOptions& options = {});

// Problems found while compiling a language's time rules (file:line); empty when all is well.
std::vector<Diagnostic> timeRuleDiagnostics(std::string_view language = "en");

} // namespace dateline
