// Hostile folders through the native `dateline build`: bad files named on stderr, good ones kept.
#include "hostile_support.h"

#include "core/limits.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A fresh folder under the temp directory, removed when the test ends; the process id keeps
// build folders that run the suite at the same time apart.
struct TempFolder {
    fs::path path;
    explicit TempFolder(const std::string& name)
        : path(fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

TEST_CASE("hostile cli - 100,000 tiny files and broken ones: named on stderr, the first maxArticles kept", "[hostile][cli]") {
    TempFolder dir("dateline_hostile_cli");
    const fs::path in = dir.path / "in";
    fs::create_directories(in / "notes");
    writeFile(in / "a_good.txt", dateline::test::goodArticle().bytes);
    writeFile(in / "b_empty.txt", "");
    writeFile(in / "c_binary.txt", dateline::test::hostileFile("binary.txt"));
    for (int i = 0; i < 100000; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "n%06d.txt", i);
        writeFile(in / "notes" / name, "Note " + std::to_string(i) + "\n\nThe council met on " +
                                           std::to_string(i % 28 + 1) + " May 2021 about item " + std::to_string(i) +
                                           ".\n");
    }
    const fs::path out = dir.path / "out.json", err = dir.path / "err.txt";
    const std::string cmd =
        std::string(DATELINE_CLI) + " build " + in.string() + " -o " + out.string() + " 2>" + err.string();
    CHECK(std::system(cmd.c_str()) == 0);
    const std::string messages = slurp(err);
    CHECK(messages.find("b_empty.txt: error: empty file") != std::string::npos);
    CHECK(messages.find("c_binary.txt: error: binary data") != std::string::npos);
    // The good article and notes up to the limit load; the next note is named once.
    const std::size_t limit = dateline::PipelineLimits().maxArticles;
    char firstLeftOut[32], lastKept[32];
    std::snprintf(firstLeftOut, sizeof firstLeftOut, "n%06zu.txt", limit - 1);
    std::snprintf(lastKept, sizeof lastKept, "n%06zu.txt", limit - 2);
    CHECK(messages.find(std::string(firstLeftOut) + ": error: not read: the limit of " + std::to_string(limit) +
                        " articles was reached") != std::string::npos);
    const auto bundle = nlohmann::json::parse(slurp(out), nullptr, false);
    REQUIRE_FALSE(bundle.is_discarded());
    REQUIRE(bundle["articles"].size() == limit);
    CHECK(bundle["articles"][0]["file"] == "a_good.txt");
    CHECK(bundle["articles"][limit - 1]["file"] == lastKept);
}
