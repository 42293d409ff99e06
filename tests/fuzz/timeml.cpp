// libFuzzer target: TimeML reading, tagging its text against its DCT, and writing TIMEX3s back in.
#include "core/time/timeml.h"
#include "core/time/tagger.h"
#include "fuzz_checks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dateline;
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    const TimeMLDocument doc = parseTimeML(raw, "fuzz.tml");
    fuzz::checkDiagnostics(doc.diagnostics);
    fuzz::require(doc.textBegin <= doc.textEnd && doc.textEnd <= raw.size(), "TEXT range inside the document");
    fuzz::require(doc.rawOffset.empty() || doc.rawOffset.size() == doc.text.size() + 1, "one raw offset per text byte");
    for (std::size_t off : doc.rawOffset)
        fuzz::require(off <= raw.size(), "raw offsets inside the document");
    fuzz::checkTimexes(doc.text, doc.gold);
    const std::vector<Timex> tagged = tagTime(doc.text, doc.dct);
    fuzz::checkTimexes(doc.text, tagged);
    std::size_t skipped = 0;
    (void)writeTimeML(doc, tagged, &skipped);
    fuzz::require(skipped <= tagged.size(), "skipped count within the timexes written");
    (void)scoreTimexes(doc.text, doc.gold, tagged);
    return 0;
}
