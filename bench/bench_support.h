// Shared plumbing for the benchmark programs: reading fixtures, the repository root, timing.
#pragma once

#include "core/timeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace dateline::bench {

namespace fs = std::filesystem;

inline std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The repository root: argv[1], or the folder above this header.
inline fs::path repoRoot(int argc, char** argv) {
    if (argc > 1) return argv[1];
    return fs::path(__FILE__).parent_path().parent_path();
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
