// Malformed dateline/1 bundles: refused or partly imported, with the file and the problem named.
#include "core/io/bundle_json.h"
#include "hostile_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using test::findDiagnostic;
using test::hostileFile;

namespace {
BundleReadResult importFile(const std::string& name) { return readBundle(hostileFile(name), name); }

std::vector<std::string> articleIds(const BundleReadResult& r) {
    std::vector<std::string> ids;
    for (const auto& a : r.timeline.articles)
        ids.push_back(a.id);
    return ids;
}
} // namespace

TEST_CASE("hostile bundles - truncated JSON and a foreign schema are refused by name", "[hostile][bundle]") {
    const auto broken = importFile("bundle_not_json.json");
    CHECK_FALSE(broken.ok);
    CHECK(findDiagnostic(broken.diagnostics, "bundle_not_json.json", "not valid JSON") != nullptr);
    const auto foreign = importFile("bundle_wrong_schema.json");
    CHECK_FALSE(foreign.ok);
    CHECK(findDiagnostic(foreign.diagnostics, "bundle_wrong_schema.json", "not a dateline/1 bundle") != nullptr);
    for (const char* text : {"", "null", "[]", "\"dateline/1\"", "{\"schema\":7}", "{\"schema\":\"dateline/1\"}"}) {
        INFO(text);
        const auto r = readBundle(text, "odd.json");
        CHECK_FALSE(r.ok);
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics.back().file == "odd.json");
    }
}

TEST_CASE("hostile bundles - wrong types and missing fields are reported, valid articles kept", "[hostile][bundle]") {
    const auto typed = importFile("bundle_wrong_types.json");
    REQUIRE(typed.ok);
    CHECK(articleIds(typed) == std::vector<std::string>{"a1"});
    CHECK(findDiagnostic(typed.diagnostics, "bundle_wrong_types.json", "\"id\" is not a string") != nullptr);
    CHECK(findDiagnostic(typed.diagnostics, "bundle_wrong_types.json", "not an object") != nullptr);
    CHECK(findDiagnostic(typed.diagnostics, "bundle_wrong_types.json", "\"paragraphs\" is not a list") != nullptr);
    CHECK(typed.timeline.articles[0].sentences.empty()); // "start" given as a string
    CHECK(typed.timeline.articles[0].timexes.size() == 1);

    const auto missing = importFile("bundle_missing_fields.json");
    REQUIRE(missing.ok);
    CHECK(articleIds(missing) == std::vector<std::string>{"a2"});
    CHECK(findDiagnostic(missing.diagnostics, "bundle_missing_fields.json", "missing \"id\"") != nullptr);
    CHECK(findDiagnostic(missing.diagnostics, "bundle_missing_fields.json", "missing \"text\"") != nullptr);
}

TEST_CASE("hostile bundles - huge and negative numbers never become offsets", "[hostile][bundle]") {
    const auto r = importFile("bundle_huge_numbers.json");
    REQUIRE(r.ok);
    const Article& a = r.timeline.articles.at(0);
    CHECK(a.sentences.empty());
    REQUIRE(a.timexes.size() == 1);
    CHECK(a.timexes[0].end == 25);
    CHECK(findDiagnostic(r.diagnostics, "bundle_huge_numbers.json", "is not an offset within the text") != nullptr);
    // A number past the range of a double cannot be represented at all: the bundle is refused.
    const auto overflow = readBundle("{\"schema\":\"dateline/1\",\"articles\":[{\"id\":\"a0\",\"text\":\"x\","
                                     "\"sentences\":[{\"start\":0,\"end\":1e400}]}]}",
                                     "overflow.json");
    CHECK_FALSE(overflow.ok);
    CHECK(findDiagnostic(overflow.diagnostics, "overflow.json", "not valid JSON") != nullptr);
}

TEST_CASE("hostile bundles - duplicate ids: the first is kept, the second named", "[hostile][bundle]") {
    const auto r = importFile("bundle_duplicate_ids.json");
    REQUIRE(r.ok);
    CHECK(articleIds(r) == std::vector<std::string>{"a0", "a1"});
    CHECK(r.timeline.articles[0].text == "First article, kept.");
    CHECK(findDiagnostic(r.diagnostics, "bundle_duplicate_ids.json", "duplicate id \"a0\"") != nullptr);
}

TEST_CASE("hostile bundles - 100,000 levels of nesting are refused without a crash", "[hostile][bundle]") {
    std::string deep = "{\"schema\":\"dateline/1\",\"articles\":[{\"id\":\"a0\",\"text\":\"Kept.\",\"title\":";
    deep += std::string(100000, '[') + std::string(100000, ']') + "}]}";
    const auto r = readBundle(deep, "deep.json");
    CHECK(findDiagnostic(r.diagnostics, "deep.json", "\"title\" is not a string") != nullptr);
    CHECK(r.ok);
    const auto unclosed = readBundle(std::string(100000, '['), "unclosed.json");
    CHECK_FALSE(unclosed.ok);
    CHECK(findDiagnostic(unclosed.diagnostics, "unclosed.json", "not valid JSON") != nullptr);
}
