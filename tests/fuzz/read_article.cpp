// libFuzzer target: any bytes as one input file → readArticle (plain text and HTML, chosen by content).
#include "core/read/reader.h"
#include "fuzz_checks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dateline;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ReadResult r = readArticle("fuzz.txt", bytes);
    fuzz::checkDiagnostics(r.diagnostics);
    fuzz::require(r.ok || !r.diagnostics.empty(), "a file that is not read says why");
    for (const auto& d : r.diagnostics)
        fuzz::require(d.file == "fuzz.txt", "diagnostics name the file");
    if (r.ok) {
        fuzz::require(!r.article.text.empty(), "a read article has text");
        fuzz::checkArticle(r.article);
    }
    return 0;
}
