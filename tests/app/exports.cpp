#include "app/model/exports.h"
#include "app/model/synthetic_timeline.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

using namespace dateline;
using namespace dateline::app;

TEST_CASE("exports - CSV quotes every cell and defuses formulas", "[app][export]") {
    Timeline t = makeSyntheticTimeline(3, 2);
    t.events[0].label = "=HYPERLINK(\"x\") says \"hi\", then leaves";
    const std::string csv = exportEventsCsv(t);
    std::size_t rows = 0;
    for (std::size_t i = 0; (i = csv.find("\r\n", i)) != std::string::npos; i += 2) ++rows;
    CHECK(rows == 4); // header + 3 events
    CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\") says \"\"hi\"\", then leaves\"") != std::string::npos);
    std::vector<bool> visible = {false, true, false};
    std::size_t shownRows = 0;
    const std::string some = exportEventsCsv(t, &visible);
    for (std::size_t i = 0; (i = some.find("\r\n", i)) != std::string::npos; i += 2) ++shownRows;
    CHECK(shownRows == 2);
}

TEST_CASE("exports - TimelineJS JSON has a slide per dated event with escaped evidence", "[app][export]") {
    Timeline t = makeSyntheticTimeline(20, 3);
    t.events[0].sources[0].sentence = "<script>alert(1)</script>";
    t.events[1].date = {};
    t.events[1].date.value = "XXXX-XX-XX";
    const auto doc = nlohmann::json::parse(exportTimelineJs(t), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    REQUIRE(doc["events"].size() == 19);
    for (const auto& slide : doc["events"]) {
        CHECK(slide["start_date"]["year"].get<int>() >= 2000);
        CHECK(slide["text"]["headline"].is_string());
    }
    CHECK(doc["events"][0]["text"]["text"].get<std::string>().find("<script>") == std::string::npos);
    CHECK(doc["events"][0]["text"]["text"].get<std::string>().find("&lt;script&gt;") != std::string::npos);
}
