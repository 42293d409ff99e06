// Every EXAMPLE: line in assets/rules/time/ is run: "text => value" tagged with DCT 2025-03-16.
#include "core/assets/data_file.h"
#include "core/assets/embedded_assets.h"
#include "core/time/tagger.h"
#include "core/time/time_rules.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {
// The DCT every example in the rule files assumes: a Sunday, in the first quarter.
constexpr const char* kExampleDct = "2025-03-16";
} // namespace

TEST_CASE("time rules - the English rules compile without diagnostics", "[time][rules]") {
    for (const auto& d : timeRuleDiagnostics("en"))
        FAIL(d.file << ":" << d.line << ": " << d.message);
    const auto& rules = timetag::timeRules("en");
    CHECK(rules.rules.size() > 100);
    CHECK(rules.lexiconIndex("month") >= 0);
    CHECK(rules.lexiconIndex("tense") >= 0);
}

TEST_CASE("time rules - every example in every rule file gives its value", "[time][rules]") {
    std::size_t checked = 0;
    for (const auto& asset : embeddedAssetsUnder("rules/time/en/rules/")) {
        const DataFile file = parseDataFile(asset.path, asset.text);
        for (const auto& row : file.rows) {
            REQUIRE_FALSE(row.examples.empty()); // every rule shows what it handles
            for (const auto& example : row.examples) {
                const std::size_t arrow = example.find("=>");
                INFO(asset.path << ":" << row.line << ": " << example);
                REQUIRE(arrow != std::string::npos);
                const std::string text(trimView(std::string_view(example).substr(0, arrow)));
                const std::string expected(trimView(std::string_view(example).substr(arrow + 2)));
                const auto timexes = tagTime(text, kExampleDct);
                if (expected.empty()) {
                    CHECK(timexes.empty()); // a REMOVE rule's example tags nothing
                } else {
                    REQUIRE_FALSE(timexes.empty());
                    CHECK(timexes.back().value == expected);
                    // Without context words, the example is one expression from end to end.
                    if (timexes.size() == 1 && text.find(' ') == std::string::npos) CHECK(timexes[0].text == text);
                }
                ++checked;
            }
        }
    }
    CHECK(checked > 150);
}

TEST_CASE("time rules - the loader reports bad rows with file and line", "[time][rules]") {
    const std::string table = "FORMAT: phrase | value\njanuary | 01\n";
    const std::string rules = "FORMAT: pattern | type | value | mod | quant | freq\n"
                              "%month | DATE | NAMED(month,{month},T)\n"
                              "%nosuchtable | DATE | x\n"
                              "(unclosed | DATE | x\n"
                              "%month | WHEN | x\n";
    const auto set = timetag::compileTimeRules(
        "xx", {{"rules/time/xx/tables/month.txt", table}, {"rules/time/xx/rules/dates.txt", rules}});
    REQUIRE(set.diagnostics.size() == 3);
    CHECK(set.diagnostics[0].line == 3);
    CHECK(set.diagnostics[0].message.find("nosuchtable") != std::string::npos);
    CHECK(set.diagnostics[1].line == 4);
    CHECK(set.diagnostics[2].line == 5);
    CHECK(set.diagnostics[2].file == "rules/time/xx/rules/dates.txt");
    CHECK(set.rules.size() == 1);
}

TEST_CASE("time rules - trailing context is matched but left out of the expression", "[time][rules]") {
    const std::string table = "FORMAT: phrase | value\njanuary | 01\n";
    const std::string rules = "FORMAT: pattern | type | value | mod | quant | freq\n"
                              "the year > (ended|ending) | DURATION | P1Y\n"
                              "the year > (ended | DURATION | P1Y\n";
    const auto set = timetag::compileTimeRules(
        "xx", {{"rules/time/xx/tables/month.txt", table}, {"rules/time/xx/rules/periods.txt", rules}});
    REQUIRE(set.diagnostics.size() == 1); // the unclosed context group
    CHECK(set.diagnostics[0].line == 3);
    REQUIRE(set.rules.size() == 1);
    REQUIRE(set.variants.size() == 2);
    CHECK(set.variants[0].extentAtoms == 2);
    CHECK(set.variants[0].atoms.size() == 3);
    // In the English rules: without "ended" after it, "the year" is this year, not a period.
    CHECK(tagTime("net for the year ended Sept. 30", "1989-10-30").front().text == "the year");
    CHECK(tagTime("net for the year ended Sept. 30", "1989-10-30").front().value == "P1Y");
    CHECK(tagTime("a high for the year", "1989-10-30").front().value == "1989");
}

TEST_CASE("time rules - leading context is matched but left out of the expression", "[time][rules]") {
    const std::string table = "FORMAT: phrase | value\nafternoon | AF\n";
    const std::string rules = "FORMAT: pattern | type | value | mod | quant | freq\n"
                              "(in|during) < the %partofday > . | TIME | REF(day,0)T{partofday}\n"
                              "(in < the %partofday | TIME | x\n"
                              "%partofday < the %partofday | TIME | x\n";
    const auto set = timetag::compileTimeRules(
        "xx", {{"rules/time/xx/tables/partofday.txt", table}, {"rules/time/xx/rules/parts.txt", rules}});
    REQUIRE(set.diagnostics.size() == 2); // the unclosed leading group; a leading context that is no word
    CHECK(set.diagnostics[0].line == 3);
    CHECK(set.diagnostics[1].line == 4);
    CHECK(set.diagnostics[1].message.find("literal") != std::string::npos);
    REQUIRE(set.variants.size() == 2);
    CHECK(set.variants[0].leadAtoms == 1);
    CHECK(set.variants[0].extentAtoms == 3);
    CHECK(set.variants[0].atoms.size() == 4);
    // In the English rules: the preposition is left out, and "the afternoon" alone is not tagged.
    const auto tagged = tagTime("They landed on Tuesday. In the afternoon they visited the site.", "2025-03-16");
    REQUIRE(tagged.size() == 2);
    CHECK(tagged[1].text == "the afternoon");
    CHECK(tagged[1].value == "2025-03-11TAF");
    CHECK(tagTime("the afternoon session was cancelled", "2025-03-16").empty());
}

TEST_CASE("time rules - a language without rule files is reported, not crashed on", "[time][rules]") {
    const auto diagnostics = timeRuleDiagnostics("zz");
    REQUIRE_FALSE(diagnostics.empty());
    TimeTaggerOptions options;
    options.language = "zz";
    CHECK(tagTime("on Friday, March 14", "2025-03-16", options).empty());
}
