// `dateline timex` and `dateline eval-timeml` end to end.
#include "test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

std::string run(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return out;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0)
        out.append(buf.data(), n);
    return out;
}

} // namespace

TEST_CASE("cli - timex --json lists time expressions with offsets and values", "[cli][time]") {
    const std::string file = std::string(DATELINE_SOURCE_DIR) + "/assets/articles/000_fcb9af26f97140a6.txt";
    const auto j =
        nlohmann::json::parse(run(std::string(DATELINE_CLI) + " timex --dct 2025-03-16 " + file + " --json"));
    REQUIRE(j.is_array());
    bool sawLastJune = false;
    const std::string text = dateline::test::readSourceFile("assets/articles/000_fcb9af26f97140a6.txt");
    for (const auto& t : j) {
        const auto start = t["start"].get<std::size_t>(), end = t["end"].get<std::size_t>();
        CHECK(text.substr(start, end - start) == t["text"].get<std::string>());
        if (t["text"] == "last June") sawLastJune = t["value"] == "2024-06" && t["type"] == "DATE";
    }
    CHECK(sawLastJune);
}

TEST_CASE("cli - timex --timeml writes the document back with TIMEX3 tags", "[cli][time]") {
    const std::string file = std::string(DATELINE_SOURCE_DIR) + "/tests/data/time/sample.tml";
    const std::string out = run(std::string(DATELINE_CLI) + " timex --timeml " + file);
    CHECK(out.rfind("<?xml version=\"1.0\" ?>", 0) == 0);
    CHECK(out.find("value=\"PT24H\"") != std::string::npos);
    CHECK(out.find("</TimeML>") != std::string::npos);
}

TEST_CASE("cli - eval-timeml prints the TempEval-3 measures", "[cli][time]") {
    const std::string dir = std::string(DATELINE_SOURCE_DIR) + "/tests/data/time";
    const std::string out = run(std::string(DATELINE_CLI) + " eval-timeml " + dir + " 2>/dev/null");
    CHECK(out.find("strict extent") != std::string::npos);
    CHECK(out.find("relaxed extent") != std::string::npos);
    CHECK(out.find("value  accuracy") != std::string::npos);
    CHECK(std::system((std::string(DATELINE_CLI) + " eval-timeml /nonexistent 2>/dev/null").c_str()) != 0);
}
