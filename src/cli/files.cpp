// Native file access for the CLI (the core never touches the file system).
#include "cli/commands.h"

#include "core/limits.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace dateline::cli {

namespace fs = std::filesystem;

bool readWholeFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return !in.bad();
}

bool writeWholeFile(const std::string& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary);
    out << data;
    return static_cast<bool>(out);
}

bool collectInputFiles(const std::vector<std::string>& paths, std::vector<InputFile>& out) {
    bool allOk = true;
    std::vector<fs::path> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec)) {
                const auto ext = it->path().extension().string();
                if (it->is_regular_file() && (ext == ".txt" || ext == ".html" || ext == ".htm"))
                    files.push_back(it->path());
            }
        } else if (fs::is_regular_file(p, ec)) {
            files.emplace_back(p);
        } else {
            std::cerr << "dateline: " << p << ": no such file or folder\n";
            allOk = false;
        }
    }
    std::sort(files.begin(), files.end());
    const PipelineLimits limits;
    for (const auto& f : files) {
        InputFile in;
        in.name = f.filename().string();
        // Refuse oversize files before reading them, with the core's own message, so a
        // 200 MB file costs no memory; the core applies the same limit to what it is given.
        std::error_code sizeError;
        const auto size = fs::file_size(f, sizeError);
        LimitCounters oneFile;
        std::vector<Diagnostic> refused;
        if (!sizeError && !admitFile(in.name, static_cast<std::size_t>(size), limits, oneFile, refused)) {
            for (const auto& d : refused) std::cerr << d.file << ": " << toString(d.severity) << ": " << d.message << "\n";
            continue;
        }
        if (!readWholeFile(f.string(), in.bytes)) {
            std::cerr << "dateline: " << f.string() << ": cannot read\n";
            allOk = false;
            continue;
        }
        out.push_back(std::move(in));
    }
    return allOk;
}

} // namespace dateline::cli
