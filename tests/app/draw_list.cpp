#include "app/model/draw_list.h"
#include "app/model/time_axis.h"
#include "core/calendar.h"

#include <catch2/catch.hpp>

using namespace dateline;
using namespace dateline::app;

namespace {
Event dayEvent(const std::string& kind, const std::string& day) {
    Event e;
    e.kind = kind;
    e.date.value = e.date.earliest = e.date.latest = day;
    e.date.granularity = Granularity::Day;
    return e;
}
} // namespace

TEST_CASE("draw list - lanes group events by kind and skip undated ones", "[app][draw]") {
    Timeline t;
    t.events = {dayEvent("meeting", "2024-01-16"), dayEvent("meeting", "2024-01-17"), dayEvent("travel", "2024-01-14")};
    Event undated;
    undated.kind = "meeting";
    undated.date.value = "XXXX-XX-XX";
    t.events.push_back(undated);
    const auto index = buildLaneIndex(t, LaneMode::Kind);
    REQUIRE(index.lanes.size() == 2);
    CHECK(index.lanes[0].label == "meeting");
    CHECK(index.lanes[0].items.size() == 2);
    CHECK(index.datedEvents == 3);
    CHECK(index.firstDay == daysFromCivil({2024, 1, 14}));
}

TEST_CASE("draw list - culls off-screen items and folds crowded ones into counted clusters", "[app][draw]") {
    Timeline t;
    for (int d = 1; d <= 28; ++d) t.events.push_back(dayEvent("meeting", "2024-02-" + std::string(d < 10 ? "0" : "") + std::to_string(d)));
    t.events.push_back(dayEvent("meeting", "2025-06-01"));
    const auto index = buildLaneIndex(t, LaneMode::Kind);
    ViewState v;
    // Zoomed in on February 2024 at 1000 px: 28 separate items, June 2025 culled.
    fitToDays(v, daysFromCivil({2024, 2, 1}), daysFromCivil({2024, 2, 29}), 0.0);
    auto items = buildDrawList(v, index, 1000);
    CHECK(items.size() == 28);
    // Zoomed out to a decade at 300 px: February folds into one cluster of 28.
    fitToDays(v, daysFromCivil({2020, 1, 1}), daysFromCivil({2030, 1, 1}), 0.0);
    items = buildDrawList(v, index, 300);
    REQUIRE(items.size() == 2);
    CHECK(items[0].count == 28);
    CHECK(items[0].event == -1);
    CHECK(items[1].count == 1);
}

TEST_CASE("draw list - month-level events are spans of their month", "[app][draw]") {
    Timeline t;
    Event e;
    e.kind = "agreement";
    e.date.value = "2024-06";
    e.date.earliest = "2024-06-01";
    e.date.latest = "2024-06-30";
    t.events.push_back(e);
    const auto index = buildLaneIndex(t, LaneMode::Kind);
    ViewState v;
    fitToDays(v, daysFromCivil({2024, 1, 1}), daysFromCivil({2025, 1, 1}), 0.0);
    const auto items = buildDrawList(v, index, 366);
    REQUIRE(items.size() == 1);
    CHECK(items[0].x1 - items[0].x0 == Approx(30).margin(0.01));
}

TEST_CASE("time axis - ticks adapt from years to hours", "[app][axis]") {
    ViewState v;
    fitToDays(v, daysFromCivil({2000, 1, 1}), daysFromCivil({2030, 1, 1}), 0.0);
    auto ticks = buildAxisTicks(v, 1000);
    REQUIRE(!ticks.empty());
    CHECK(ticks.front().label.size() == 4); // years
    fitToDays(v, daysFromCivil({2024, 1, 1}), daysFromCivil({2024, 12, 31}), 0.0);
    ticks = buildAxisTicks(v, 1200);
    bool sawMonth = false;
    for (const auto& t : ticks) sawMonth |= t.label == "Jun";
    CHECK(sawMonth);
    v.firstDay = daysFromCivil({2024, 1, 16});
    v.lastDay = v.firstDay + 1;
    ticks = buildAxisTicks(v, 1200);
    bool sawHour = false;
    for (const auto& t : ticks) sawHour |= t.label == "12:00";
    CHECK(sawHour);
    for (std::size_t i = 1; i < ticks.size(); ++i)
        CHECK(dayToX(v, ticks[i].day, 1200) - dayToX(v, ticks[i - 1].day, 1200) >= 89.0);
}
