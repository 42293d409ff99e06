// `dateline eval-timeml GOLD_DIR...`: TempEval-3 measures of the tagger against gold TimeML.
#include "cli/commands.h"

#include "core/time/tagger.h"
#include "core/time/timeml.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace dateline::cli {

namespace {

void printScore(const std::string& label, const TimexScore& s) {
    std::printf("%s\n  documents' timexes: gold %zu, system %zu\n", label.c_str(), s.gold, s.system);
    std::printf("  strict extent   P %.2f  R %.2f  F1 %.2f\n", 100 * s.strictPrecision(), 100 * s.strictRecall(),
                100 * s.strictF1());
    std::printf("  relaxed extent  P %.2f  R %.2f  F1 %.2f\n", 100 * s.relaxedPrecision(), 100 * s.relaxedRecall(),
                100 * s.relaxedF1());
    std::printf("  type   accuracy %.2f  F1 %.2f\n", 100 * s.typeAccuracy(), 100 * s.typeF1());
    std::printf("  value  accuracy %.2f  F1 %.2f\n", 100 * s.valueAccuracy(), 100 * s.valueF1());
}

} // namespace

int runEvalTimeML(const Args& args) {
    std::vector<std::string> roots;
    bool listErrors = false;
    for (const auto& a : args) {
        if (a == "--errors")
            listErrors = true;
        else if (a.rfind("--", 0) == 0) {
            std::cerr << "usage: dateline eval-timeml [--errors] GOLD_DIR...\n";
            return 2;
        } else
            roots.push_back(a);
    }
    if (roots.empty()) {
        std::cerr << "usage: dateline eval-timeml [--errors] GOLD_DIR...\n";
        return 2;
    }
    for (const auto& d : timeRuleDiagnostics())
        std::cerr << d.file << ":" << d.line << ": " << d.message << "\n";
    TimexScore total;
    std::size_t documents = 0;
    for (const auto& root : roots) {
        std::error_code ec;
        std::vector<std::string> files;
        if (std::filesystem::is_regular_file(root, ec))
            files.push_back(root);
        else
            for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
                 !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file() && it->path().extension() == ".tml") files.push_back(it->path().string());
        if (ec || files.empty()) {
            std::cerr << "dateline eval-timeml: no .tml files under " << root << "\n";
            return 1;
        }
        std::sort(files.begin(), files.end());
        TimexScore part;
        for (const auto& f : files) {
            std::string raw;
            if (!readWholeFile(f, raw)) {
                std::cerr << "dateline eval-timeml: cannot read " << f << "\n";
                return 1;
            }
            const TimeMLDocument doc = parseTimeML(raw, f);
            TimeTaggerOptions options;
            options.documentType = guessDocumentType(doc.dct);
            const auto system = tagTime(doc.text, doc.dct, options);
            std::vector<TimexDifference> differences;
            part.add(scoreTimexes(doc.text, doc.gold, system, listErrors ? &differences : nullptr));
            ++documents;
            for (const auto& d : differences)
                std::printf("%s\t%s\tgold [%s] %s %s\tsystem [%s] %s %s\n", d.kind.c_str(),
                            std::filesystem::path(f).filename().string().c_str(), d.gold.text.c_str(),
                            d.gold.type.c_str(), d.gold.value.c_str(), d.system.text.c_str(), d.system.type.c_str(),
                            d.system.value.c_str());
        }
        printScore(root + " (" + std::to_string(files.size()) + " documents)", part);
        total.add(part);
    }
    if (roots.size() > 1) printScore("all (" + std::to_string(documents) + " documents)", total);
    return 0;
}

} // namespace dateline::cli
