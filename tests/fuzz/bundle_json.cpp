// libFuzzer target: dateline/1 JSON import. Whatever is accepted must write back and re-read
// to the same number of articles, entities and events.
#include "core/io/bundle_json.h"
#include "fuzz_checks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dateline;
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    const BundleReadResult r = readBundle(json, "fuzz.json");
    fuzz::checkDiagnostics(r.diagnostics);
    if (!r.ok) {
        fuzz::require(!r.diagnostics.empty(), "a refused bundle says why");
        return 0;
    }
    for (const auto& a : r.timeline.articles)
        fuzz::checkArticle(a, false);
    const BundleReadResult again = readBundle(writeBundle(r.timeline, -1), "again.json");
    fuzz::require(again.ok, "an imported bundle writes back readable");
    fuzz::require(again.timeline.articles.size() == r.timeline.articles.size(), "round trip keeps the articles");
    fuzz::require(again.timeline.entities.size() == r.timeline.entities.size(), "round trip keeps the entities");
    fuzz::require(again.timeline.events.size() == r.timeline.events.size(), "round trip keeps the events");
    return 0;
}
