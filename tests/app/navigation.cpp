#include "app/model/draw_list.h"
#include "app/model/synthetic_timeline.h"
#include "core/calendar.h"

#include <catch2/catch.hpp>

using namespace dateline;
using namespace dateline::app;

namespace {
Event at(const std::string& id, const std::string& kind, const std::string& day) {
    Event e;
    e.id = id;
    e.kind = kind;
    e.date.value = e.date.earliest = e.date.latest = day;
    e.date.granularity = Granularity::Day;
    return e;
}
} // namespace

TEST_CASE("navigation - arrows walk a lane in time and jump to the nearest event in the next lane", "[app][nav]") {
    Timeline t;
    t.events = {at("v0", "meeting", "2024-01-10"), at("v1", "meeting", "2024-01-20"), at("v2", "meeting", "2024-03-01"),
                at("v3", "visit", "2024-01-18"), at("v4", "visit", "2024-05-01")};
    const auto index = buildLaneIndex(t, LaneMode::Kind);
    REQUIRE(index.lanes[0].label == "meeting");
    const double centre = daysFromCivil({2024, 1, 15});
    CHECK(neighbourEvent(index, -1, 1, 0, centre) == 1); // first at or after the centre
    CHECK(neighbourEvent(index, 1, 1, 0, centre) == 2);
    CHECK(neighbourEvent(index, 2, 1, 0, centre) == 2); // stays at the end
    CHECK(neighbourEvent(index, 1, -1, 0, centre) == 0);
    CHECK(neighbourEvent(index, 1, 0, 1, centre) == 3);  // 20 Jan → 18 Jan in the visit lane
    CHECK(neighbourEvent(index, 3, 0, -1, centre) == 1); // and back
    CHECK(neighbourEvent(index, 3, 0, 1, centre) == 3);  // no lane below
    CHECK(laneOfEvent(index, 4) == 1);
}

TEST_CASE("draw list - honest dates: points for days, spans for months, flags for status and basis", "[app][draw]") {
    Timeline t;
    t.events.push_back(at("v0", "meeting", "2024-06-10"));
    Event month = at("v1", "meeting", "2024-06");
    month.date.earliest = "2024-06-01";
    month.date.latest = "2024-06-30";
    month.date.granularity = Granularity::Month;
    month.date.basis = DateBasis::Inferred;
    month.status = EventStatus::Planned;
    month.conflicts.push_back({"date", {"a0: 2024-06", "a1: 2024-07"}});
    t.events.push_back(month);
    const auto index = buildLaneIndex(t, LaneMode::Kind);
    ViewState v;
    fitToDays(v, daysFromCivil({2024, 6, 1}), daysFromCivil({2024, 7, 1}), 0.0);
    const auto items = buildDrawList(v, index, 3000, 0, -1, 0.0f);
    REQUIRE(items.size() == 2);
    const DrawItem& span = items[0].event == 1 ? items[0] : items[1];
    const DrawItem& point = items[0].event == 0 ? items[0] : items[1];
    CHECK(point.x0 == point.x1);
    CHECK(point.x0 == Approx(9.5 * 100)); // middle of the 10th day at 100 px per day
    CHECK(span.x1 - span.x0 == Approx(3000));
    CHECK(span.flags == (kItemSpan | kItemInferred | kItemPlanned | kItemConflict));
    CHECK(point.flags == 0);
}

TEST_CASE("draw list - 100,000 events zoomed out fold into a few hundred counted clusters", "[app][draw]") {
    const Timeline t = makeSyntheticTimeline(100000, 1);
    const auto index = buildLaneIndex(t, LaneMode::Kind);
    REQUIRE(index.datedEvents == 100000);
    ViewState v;
    fitToDays(v, index.firstDay, index.lastDay);
    const auto items = buildDrawList(v, index, 1200);
    std::size_t total = 0;
    for (const auto& i : items) total += static_cast<std::size_t>(i.count);
    CHECK(total == 100000);
    CHECK(items.size() < 2000);
}
