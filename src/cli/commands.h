// The `dateline` subcommands; each lives in its own file and is listed in main.cpp.
#pragma once

#include "core/timeline/pipeline.h"

#include <string>
#include <vector>

namespace dateline::cli {

using Args = std::vector<std::string>;

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const Args& args); // args exclude the program and command names
};

int runBuild(const Args& args);
int runTimex(const Args& args);
int runEvalTimeML(const Args& args);
int runEvalEvents(const Args& args);

// Reads files and (recursively) folders of .txt/.html/.htm files, sorted by path.
// Unreadable paths are reported on stderr and skipped; returns false if any was.
bool collectInputFiles(const std::vector<std::string>& paths, std::vector<InputFile>& out);

bool readWholeFile(const std::string& path, std::string& out);
bool writeWholeFile(const std::string& path, const std::string& data);

} // namespace dateline::cli
