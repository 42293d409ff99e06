// The native `dateline` command: batch work and measuring over the same core as the page.
#include "cli/commands.h"

#include <cstring>
#include <iostream>

namespace {

const dateline::cli::Command kCommands[] = {
    {"build", "read articles and write a dateline/1 timeline bundle", dateline::cli::runBuild},
    {"timex", "tag time expressions in a TimeML document or a text file", dateline::cli::runTimex},
    {"eval-timeml", "score the time tagger against gold TimeML (TempEval-3 measures)", dateline::cli::runEvalTimeML},
    {"eval-events", "score the timeline of a folder of articles against a gold events file", dateline::cli::runEvalEvents},
};

int usage(std::ostream& out, int status) {
    out << "usage: dateline COMMAND [ARGS]\n\ncommands:\n";
    for (const auto& c : kCommands) out << "  " << c.name << "\t" << c.summary << "\n";
    return status;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage(std::cerr, 2);
    if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "help") == 0)
        return usage(std::cout, 0);
    for (const auto& c : kCommands)
        if (std::strcmp(argv[1], c.name) == 0) return c.run(dateline::cli::Args(argv + 2, argv + argc));
    std::cerr << "dateline: unknown command '" << argv[1] << "'\n";
    return usage(std::cerr, 2);
}
