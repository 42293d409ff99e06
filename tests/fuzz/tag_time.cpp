// libFuzzer target: the temporal tagger. First line = document creation time, the rest = text;
// a first byte '!' selects narrative documents.
#include "core/time/tagger.h"
#include "fuzz_checks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dateline;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    TimeTaggerOptions options;
    if (!input.empty() && input.front() == '!') {
        options.documentType = DocumentType::Narrative;
        input.remove_prefix(1);
    }
    const std::size_t eol = input.find('\n');
    const std::string_view dct = eol == std::string_view::npos ? std::string_view() : input.substr(0, eol);
    const std::string_view text = eol == std::string_view::npos ? input : input.substr(eol + 1);
    fuzz::checkTimexes(text, tagTime(text, dct, options));
    return 0;
}
