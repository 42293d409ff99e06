// Every embedded data file parses cleanly (FORMAT header, field counts).
#include "core/assets/data_file.h"
#include "core/assets/embedded_assets.h"

#include <catch2/catch.hpp>

using namespace dateline;

TEST_CASE("assets - every data file has a FORMAT header and well-formed rows", "[assets]") {
    const auto all = embeddedAssetsUnder("");
    REQUIRE_FALSE(all.empty());
    for (const auto& asset : all) {
        INFO(asset.path);
        const auto f = parseDataFile(asset.path, asset.text);
        for (const auto& d : f.diagnostics) INFO(d.file << ":" << d.line << ": " << d.message);
        CHECK(f.diagnostics.empty());
        CHECK_FALSE(f.rows.empty());
    }
}

TEST_CASE("assets - the data file reader reports problems with their line", "[assets]") {
    const auto f = parseDataFile("x.txt", "# comment\nvalue before header\nFORMAT: a | b\nEXAMPLE: e\n1 | 2 | 3\n");
    REQUIRE(f.diagnostics.size() == 2);
    CHECK(f.diagnostics[0].line == 2);
    CHECK(f.diagnostics[1].line == 5);
    REQUIRE(f.rows.size() == 2);
    CHECK(f.rows[1].examples == std::vector<std::string>{"e"});
}
