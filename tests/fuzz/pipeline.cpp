// libFuzzer target: the whole pipeline. The input is split into up to four files at each
// line "=====", so merging across articles is exercised too.
#include "core/timeline/pipeline.h"
#include "fuzz_checks.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace dateline;
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<InputFile> files;
    while (files.size() < 3) {
        const std::size_t cut = input.find("\n=====\n");
        if (cut == std::string_view::npos) break;
        files.push_back({"f" + std::to_string(files.size()) + ".txt", std::string(input.substr(0, cut))});
        input.remove_prefix(cut + 7);
    }
    files.push_back({"f" + std::to_string(files.size()) + ".txt", std::string(input)});
    const Timeline t = buildTimeline(files);
    fuzz::checkDiagnostics(t.diagnostics);
    fuzz::require(t.articles.size() <= files.size(), "at most one article per file");
    for (const auto& a : t.articles)
        fuzz::checkArticle(a);
    for (const auto& e : t.events)
        for (const auto& s : e.sources) {
            const Article* source = nullptr;
            for (const auto& a : t.articles)
                if (a.id == s.article) source = &a;
            fuzz::require(source != nullptr, "event sources name an article");
            fuzz::require(s.start <= s.end && s.end <= source->text.size(), "evidence inside its article");
        }
    return 0;
}
