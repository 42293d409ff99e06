#include "app/model/event_filter.h"
#include "app/model/synthetic_timeline.h"
#include "core/calendar.h"

#include <catch2/catch.hpp>

using namespace dateline;
using namespace dateline::app;

namespace {
Timeline smallTimeline() {
    Timeline t;
    Article a;
    a.id = "a0";
    a.source = "Korean Central News Agency";
    a.text = "Choe Son-hui met Sergei Lavrov in Moscow on Tuesday. The talks lasted two hours.";
    t.articles.push_back(a);
    Article b;
    b.id = "a1";
    b.file = "wire.txt";
    b.text = "Officials said a second summit is planned for June in Pyongyang.";
    t.articles.push_back(b);
    t.entities = {{"e0", "Choe Son-hui", EntityKind::Person, {"Choe"}, {}, {{0, 0, 12}, {0, 40, 52}}},
                  {"e1", "Sergei Lavrov", EntityKind::Person, {"Lavrov"}, {}, {{0, 17, 30}}},
                  {"e2", "Moscow", EntityKind::Place, {}, {}, {{0, 34, 40}}},
                  {"e3", "Pyongyang", EntityKind::Place, {}, {}, {{1, 55, 64}}}};
    Event meet;
    meet.id = "v0";
    meet.kind = "meeting";
    meet.label = "Choe meets Lavrov";
    meet.date.value = meet.date.earliest = meet.date.latest = "2024-11-05";
    meet.participants = {"e0", "e1"};
    meet.place = "e2";
    meet.sources = {{"a0", 0, 52, "Choe Son-hui met Sergei Lavrov in Moscow on Tuesday.", "2024-11-05"}};
    Event summit;
    summit.id = "v1";
    summit.kind = "visit";
    summit.label = "Second summit";
    summit.date.value = "2025-06";
    summit.date.earliest = "2025-06-01";
    summit.date.latest = "2025-06-30";
    summit.status = EventStatus::Planned;
    summit.place = "e3";
    summit.sources = {{"a1", 0, 64, "Officials said a second summit is planned for June in Pyongyang.", "2025-06"}};
    t.events = {meet, summit};
    return t;
}
} // namespace

TEST_CASE("filter - kinds, status, outlets, range, entity and search each hide what they should", "[app][filter]") {
    const Timeline t = smallTimeline();
    EventFilter f;
    auto r = applyFilter(t, f);
    CHECK(r.shown == 2);
    CHECK(r.hidden == 0);
    f.hiddenKinds = {"visit"};
    r = applyFilter(t, f);
    CHECK(r.visible == std::vector<bool>{true, false});
    f = {};
    f.planned = false;
    CHECK(applyFilter(t, f).visible == std::vector<bool>{true, false});
    f = {};
    f.hiddenSources = {"Korean Central News Agency"};
    CHECK(applyFilter(t, f).visible == std::vector<bool>{false, true});
    f = {};
    f.hasRange = true;
    f.rangeFirst = daysFromCivil({2025, 6, 30});
    f.rangeLast = daysFromCivil({2025, 7, 10});
    CHECK(applyFilter(t, f).visible == std::vector<bool>{false, true}); // last day of the month span overlaps
    f = {};
    f.entity = "e1";
    CHECK(applyFilter(t, f).visible == std::vector<bool>{true, false});
    f.entity = "e3"; // a place counts too
    CHECK(applyFilter(t, f).visible == std::vector<bool>{false, true});
    f = {};
    f.search = "lavrov"; // participant name, any case
    CHECK(applyFilter(t, f).visible == std::vector<bool>{true, false});
    f.search = "JUNE IN PYONG"; // evidence text
    r = applyFilter(t, f);
    CHECK(r.visible == std::vector<bool>{false, true});
    CHECK(r.hidden == 1);
}

TEST_CASE("search - finds events, entities by alias and the place in article text", "[app][search]") {
    const Timeline t = smallTimeline();
    const auto r = searchTimeline(t, "two hours");
    CHECK(r.events.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].article == 0);
    CHECK(t.articles[0].text.substr(r.articles[0].span.start, 9) == "two hours");
    const auto byAlias = searchTimeline(t, "lavrov");
    CHECK(byAlias.entities == std::vector<int>{1});
    CHECK(byAlias.events == std::vector<int>{0});
    CHECK(searchTimeline(t, "").events.empty());
}

TEST_CASE("entities - counted by events they take part in, then by mentions", "[app][entities]") {
    const Timeline t = smallTimeline();
    const auto counts = entityCounts(t);
    REQUIRE(counts.size() == 4);
    CHECK(t.entities[static_cast<std::size_t>(counts[0].entity)].name == "Choe Son-hui"); // 1 event, 2 mentions
    CHECK(counts[0].events == 1);
    CHECK(counts[0].mentions == 2);
    CHECK(counts[3].events == 1); // every entity here is in one event
}

TEST_CASE("filter - 100,000 synthetic events filter to the right counts", "[app][filter]") {
    const Timeline t = makeSyntheticTimeline(100000, 7);
    REQUIRE(t.events.size() == 100000);
    EventFilter f;
    f.happened = false;
    const auto r = applyFilter(t, f);
    std::size_t notHappened = 0;
    for (const auto& e : t.events) notHappened += e.status != EventStatus::Happened;
    CHECK(r.shown == notHappened);
    CHECK(r.shown + r.hidden == 100000);
    CHECK(notHappened > 10000);
    CHECK(notHappened < 20000);
}
