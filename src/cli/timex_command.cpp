// `dateline timex`: tags time expressions in a TimeML document or a plain text file.
#include "cli/commands.h"

#include "core/time/tagger.h"
#include "core/time/timeml.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace dateline::cli {

namespace {
int timexUsage() {
    std::cerr << "usage: dateline timex --timeml IN.tml > OUT.tml\n"
                 "       dateline timex [--dct YYYY-MM-DD] [--narrative|--news] FILE.txt [--json]\n";
    return 2;
}
} // namespace

int runTimex(const Args& args) {
    std::string timemlPath, textPath, dct;
    TimeTaggerOptions options;
    bool typeGiven = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--timeml" && i + 1 < args.size())
            timemlPath = args[++i];
        else if (args[i] == "--dct" && i + 1 < args.size())
            dct = args[++i];
        else if (args[i] == "--json")
            continue; // the only output for plain text
        else if (args[i] == "--narrative")
            options.documentType = DocumentType::Narrative, typeGiven = true;
        else if (args[i] == "--news")
            options.documentType = DocumentType::News, typeGiven = true;
        else if (args[i].rfind("--", 0) == 0)
            return timexUsage();
        else if (textPath.empty())
            textPath = args[i];
        else
            return timexUsage();
    }
    if (timemlPath.empty() == textPath.empty()) return timexUsage();
    if (!timemlPath.empty()) {
        std::string raw;
        if (!readWholeFile(timemlPath, raw)) {
            std::cerr << "dateline timex: cannot read " << timemlPath << "\n";
            return 1;
        }
        const TimeMLDocument doc = parseTimeML(raw, timemlPath);
        for (const auto& d : doc.diagnostics)
            std::cerr << timemlPath << ": " << d.message << "\n";
        if (!doc.diagnostics.empty()) return 1;
        if (!typeGiven) options.documentType = guessDocumentType(doc.dct);
        std::size_t skipped = 0;
        std::cout << writeTimeML(doc, tagTime(doc.text, doc.dct, options), &skipped);
        if (skipped)
            std::cerr << "dateline timex: " << skipped << " time expressions crossed other tags and were left out\n";
        return 0;
    }
    std::string text;
    if (!readWholeFile(textPath, text)) {
        std::cerr << "dateline timex: cannot read " << textPath << "\n";
        return 1;
    }
    if (!typeGiven) options.documentType = guessDocumentType(dct);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : tagTime(text, dct, options)) {
        nlohmann::json j = {{"start", t.start}, {"end", t.end}, {"text", t.text}, {"type", t.type}, {"value", t.value}};
        if (!t.mod.empty()) j["mod"] = t.mod;
        if (!t.quant.empty()) j["quant"] = t.quant;
        if (!t.freq.empty()) j["freq"] = t.freq;
        if (!t.anchor.empty()) j["anchor"] = t.anchor;
        out.push_back(std::move(j));
    }
    std::cout << out.dump(2) << "\n";
    return 0;
}

} // namespace dateline::cli
