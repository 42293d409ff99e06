// Gold scoring: one-to-one optimal assignment of timeline events to gold events, coarse dates reported.
#include "core/events/event_date.h"
#include "core/timeline/gold_score.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {

Event event(const std::string& id, const std::string& kind, const std::string& date,
            std::vector<std::string> participants) {
    Event e;
    e.id = id;
    e.kind = kind;
    e.label = kind + " " + date;
    REQUIRE(eventDateFromValue(date, e.date));
    e.participants = std::move(participants);
    return e;
}

Entity person(const std::string& id, const std::string& name) {
    Entity e;
    e.id = id;
    e.name = name;
    e.kind = EntityKind::Person;
    return e;
}

} // namespace

TEST_CASE("gold score - a gold event naming nobody does not take the only event another gold event fits",
          "[timeline][gold]") {
    // Gold g1 names nobody and fits both events; g2 fits only the first. A greedy pass in gold
    // order gave g1 the first event and left g2 unmatched; the assignment matches both.
    Timeline t;
    t.entities = {person("e0", "Ada Quell")};
    t.events = {event("v0", "other", "2025-04-02", {"e0"}), event("v1", "other", "2025-04-02", {})};
    const std::string gold = R"({"events": [
        {"id": "g1", "kind": "other", "date": "2025-04-02", "participants": [], "required": true},
        {"id": "g2", "kind": "other", "date": "2025-04-02", "participants": ["Ada Quell"], "required": true}]})";
    const GoldScore s = scoreAgainstGold(t, gold);
    REQUIRE(s.ok);
    CHECK(s.requiredFound == 2);
    CHECK(s.predictedMatched == 2);
    CHECK(s.duplicates == 0);
    CHECK(s.missed.empty());
}

TEST_CASE("gold score - a year-level report of a dated gold event counts but is reported as coarse",
          "[timeline][gold]") {
    Timeline t;
    t.events = {event("v0", "incident", "2025", {})};
    const std::string gold = R"({"events": [
        {"id": "g1", "kind": "incident", "date": "2025-04-02", "participants": [], "required": true}]})";
    const GoldScore coarse = scoreAgainstGold(t, gold);
    CHECK(coarse.requiredFound == 1);
    CHECK(coarse.coarseDates == 1);
    CHECK(coarse.exactDates == 0);
    // A month is no more than a month coarser: not coarse. The exact day is exact.
    t.events = {event("v0", "incident", "2025-04", {})};
    CHECK(scoreAgainstGold(t, gold).coarseDates == 0);
    t.events = {event("v0", "incident", "2025-04-02", {})};
    CHECK(scoreAgainstGold(t, gold).exactDates == 1);
    // Given a day-level and a year-level report, the assignment takes the day.
    t.events = {event("v0", "incident", "2025", {}), event("v1", "incident", "2025-04-02", {})};
    const GoldScore both = scoreAgainstGold(t, gold);
    CHECK(both.exactDates == 1);
    CHECK(both.duplicates == 1);
}
