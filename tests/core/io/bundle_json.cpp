#include "core/io/bundle_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace dateline;

TEST_CASE("bundle - articles survive a write and read round trip", "[io][bundle]") {
    Timeline t;
    Article a;
    a.id = "a0";
    a.file = "x.txt";
    a.title = "Title";
    a.text = "Choe met Lavrov on Tuesday.";
    a.published = {"2024-01-17", DateBasis::Explicit, "17 Jan, 2024 00:31", ""};
    a.sentences = {{0, a.text.size()}};
    a.timexes.push_back({18, 26, "Tuesday", "DATE", "2024-01-16", "", "", "", "dct"});
    t.articles.push_back(a);
    const auto json = writeBundle(t);
    CHECK(nlohmann::json::parse(json)["schema"] == "dateline/1");
    const auto r = readBundle(json, "b.json");
    REQUIRE(r.ok);
    REQUIRE(r.timeline.articles.size() == 1);
    const auto& b = r.timeline.articles[0];
    CHECK(b.title == "Title");
    CHECK(b.published.value == "2024-01-17");
    CHECK(b.published.basis == DateBasis::Explicit);
    REQUIRE(b.timexes.size() == 1);
    CHECK(b.timexes[0].value == "2024-01-16");
}

TEST_CASE("bundle - malformed input is reported, valid parts are kept", "[io][bundle]") {
    CHECK_FALSE(readBundle("{not json", "bad.json").ok);
    CHECK_FALSE(readBundle("[1,2]", "list.json").ok);
    CHECK_FALSE(readBundle(R"({"schema":"other/2","articles":[]})", "other.json").ok);
    const auto r = readBundle(R"({"schema":"dateline/1","articles":[
        {"id":"a0","text":"One."},
        {"id":"a0","text":"Duplicate id."},
        {"id":7,"text":"Wrong type."},
        {"id":"a2","text":"Offsets.","sentences":[{"start":0,"end":1e30}]},
        "not an object"]})",
                              "mixed.json");
    REQUIRE(r.ok);
    CHECK(r.timeline.articles.size() == 2);
    CHECK(r.diagnostics.size() >= 3);
    CHECK(r.timeline.articles[1].sentences.empty());
}
