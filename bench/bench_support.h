// Shared plumbing for the benchmark programs: reading fixtures, the repository root, timing.
#pragma once

#include "core/timeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace dateline::bench {

namespace fs = std::filesystem;

inline std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The repository root: argv[1], or the folder above this header. Anything else (a second
// argument, an option, a folder without assets/articles) prints a usage line and exits with 2:
// the file walks below would otherwise end in an uncaught filesystem_error.
inline fs::path repoRoot(int argc, char** argv) {
    const fs::path root = argc > 1 ? fs::path(argv[1]) : fs::path(__FILE__).parent_path().parent_path();
    std::error_code ec;
    if (argc > 2 || (argc > 1 && argv[1][0] == '-') || !fs::is_directory(root / "assets/articles", ec)) {
        const std::string name = argc > 0 ? fs::path(argv[0]).filename().string() : "bench";
        std::fprintf(stderr, "usage: %s [REPOSITORY_ROOT]\n", name.c_str());
        if (argc == 2 && argv[1][0] != '-')
            std::fprintf(stderr, "%s: no folder %s\n", name.c_str(), (root / "assets/articles").string().c_str());
        std::exit(2);
    }
    return root;
}

// The files of a folder as pipeline inputs, in file-name order.
inline std::vector<InputFile> folderFiles(const fs::path& folder) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(folder)) paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<InputFile> out;
    for (const auto& p : paths) out.push_back({p.filename().string(), readFile(p)});
    return out;
}

// The bundled articles as pipeline inputs, in file-name order.
inline std::vector<InputFile> bundledArticles(const fs::path& root) { return folderFiles(root / "assets/articles"); }

inline double secondsSince(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace dateline::bench
