#include "core/timeline/corpus.h"

#include "core/io/bundle_json.h"
#include "core/read/read_vocabulary.h"

namespace dateline {

InputKind inputKindOf(const std::string& fileName) {
    const std::size_t dot = fileName.rfind('.');
    const std::size_t slash = fileName.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return InputKind::Article;
    const std::string ext = asciiLower(std::string_view(fileName).substr(dot));
    if (ext == ".json") return InputKind::Bundle;
    if (ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".text") return InputKind::Article;
    return InputKind::Unsupported;
}

Timeline buildCorpus(const std::vector<const InputFile*>& files, const PipelineLimits& limits) {
    std::vector<const InputFile*> text; // the callers keep the bytes: no copies here
    std::vector<const InputFile*> bundles;
    std::vector<Diagnostic> problems;
    for (const InputFile* f : files) {
        switch (inputKindOf(f->name)) {
        case InputKind::Article: text.push_back(f); break;
        case InputKind::Bundle: bundles.push_back(f); break;
        case InputKind::Unsupported:
            problems.push_back({Severity::Error, f->name, 0,
                                "unsupported file type (use .txt, .html or a Dateline .json bundle)"});
            break;
        }
    }
    Timeline t;
    if (text.empty() && bundles.size() == 1) {
        auto r = readBundle(bundles[0]->bytes, bundles[0]->name);
        t = std::move(r.timeline);
        for (auto& d : r.diagnostics) t.diagnostics.push_back(std::move(d));
        if (!r.ok) t.diagnostics.push_back({Severity::Error, bundles[0]->name, 0, "not a Dateline bundle"});
        if (r.ok && t.events.empty()) {
            t.entities.clear();
            analyseArticles(t);
        }
    } else {
        t = buildTimeline(text, limits);
        bool added = false;
        for (const InputFile* b : bundles) {
            auto r = readBundle(b->bytes, b->name);
            for (auto& d : r.diagnostics) t.diagnostics.push_back(std::move(d));
            if (!r.ok) {
                t.diagnostics.push_back({Severity::Error, b->name, 0, "not a Dateline bundle"});
                continue;
            }
            for (auto& a : r.timeline.articles) {
                a.id = "a" + std::to_string(t.articles.size());
                t.articles.push_back(std::move(a));
                added = true;
            }
        }
        if (added) {
            t.entities.clear();
            analyseArticles(t);
        }
    }
    for (auto& d : problems) t.diagnostics.push_back(std::move(d));
    return t;
}

} // namespace dateline
