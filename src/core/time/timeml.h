// TimeML documents for the temporal tagger: read the text and DCT, write TIMEX3 tags back in
// (the TempEval-3 submission format), and score tagged TIMEX3s against gold ones.
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct TimeMLDocument {
    std::string raw;                        // the document as read
    std::string dct;                        // value of the TIMEX3 inside <DCT>, "" when absent
    std::string text;                       // content of <TEXT> with every tag removed (entities kept as written)
    std::vector<std::size_t> rawOffset;     // raw offset of each byte of text, plus one for its end
    std::size_t textBegin = 0, textEnd = 0; // raw range of <TEXT>'s content
    std::vector<Timex> gold;                // TIMEX3s already inside <TEXT>, offsets into text
    std::vector<Diagnostic> diagnostics;
};

TimeMLDocument parseTimeML(std::string_view raw, std::string_view name = "");

// The document with the TIMEX3 tags inside <TEXT> replaced by timexes (offsets into doc.text);
// every other byte is kept. A timex whose tags would cross another element's is left out and
// counted in skipped.
std::string writeTimeML(const TimeMLDocument& doc, const std::vector<Timex>& timexes, std::size_t* skipped = nullptr);

// TempEval-3 counts, summed over documents.
struct TimexScore {
    std::size_t gold = 0, system = 0;
    std::size_t strictSystem = 0, strictGold = 0;   // with an exactly matching partner
    std::size_t relaxedSystem = 0, relaxedGold = 0; // with an overlapping partner
    std::size_t matchedPairs = 0, typeCorrect = 0, valueCorrect = 0;

    void add(const TimexScore& o);
    double strictPrecision() const;
    double strictRecall() const;
    double strictF1() const;
    double relaxedPrecision() const;
    double relaxedRecall() const;
    double relaxedF1() const;
    double typeAccuracy() const;
    double valueAccuracy() const;
    double typeF1() const { return relaxedF1() * typeAccuracy(); }
    double valueF1() const { return relaxedF1() * valueAccuracy(); }
};

// One disagreement, for error listings.
struct TimexDifference {
    std::string kind; // "missed", "spurious", "extent", "value", "type"
    Timex gold, system;
};

TimexScore scoreTimexes(std::string_view text, const std::vector<Timex>& gold, const std::vector<Timex>& system,
                        std::vector<TimexDifference>* differences = nullptr);

} // namespace dateline
