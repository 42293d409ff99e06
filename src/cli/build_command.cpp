// `dateline build PATH... [-o OUT.json]`: the whole pipeline, written as a dateline/1 bundle.
// Files named on the command line may also be Dateline .json bundles (read back, as the page does).
#include "cli/commands.h"

#include "core/io/bundle_json.h"
#include "core/timeline/corpus.h"

#include <iostream>

namespace dateline::cli {

int runBuild(const Args& args) {
    std::vector<std::string> paths;
    std::string output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
        else if (args[i].rfind("-", 0) == 0) {
            std::cerr << "dateline build: unknown option " << args[i] << "\n";
            return 2;
        } else paths.push_back(args[i]);
    }
    if (paths.empty()) {
        std::cerr << "usage: dateline build PATH... [-o timeline.json]\n";
        return 2;
    }
    std::vector<InputFile> files;
    const bool allRead = collectInputFiles(paths, files);
    std::vector<const InputFile*> inputs;
    for (const auto& f : files) inputs.push_back(&f);
    const Timeline timeline = buildCorpus(inputs);
    for (const auto& d : timeline.diagnostics)
        if (d.severity != Severity::Info) std::cerr << d.file << ": " << toString(d.severity) << ": " << d.message << "\n";
    const std::string json = writeBundle(timeline) + "\n";
    if (output.empty()) std::cout << json;
    else if (!writeWholeFile(output, json)) {
        std::cerr << "dateline build: cannot write " << output << "\n";
        return 1;
    }
    std::cerr << "dateline: " << timeline.articles.size() << " articles, " << timeline.entities.size()
              << " entities, " << timeline.events.size() << " events\n";
    return allRead && !timeline.articles.empty() ? 0 : 1;
}

} // namespace dateline::cli
