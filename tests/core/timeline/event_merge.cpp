// Merging across articles: one event per happening, planned + happened, date conflicts, namesakes apart.
#include "core/text/sentences.h"
#include "core/timeline/pipeline.h"
#include "core/who/gazetteer.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dateline;

namespace {

Timeline analysed(std::vector<Article> articles) {
    Timeline t;
    t.articles = std::move(articles);
    analyseArticles(t);
    return t;
}

std::string idOf(const Timeline &t, const std::string &name) {
    for (const auto &e : t.entities)
        if (e.name == name) return e.id;
    return "?";
}

std::vector<const Event *> eventsOfKind(const Timeline &t, const std::string &kind) {
    std::vector<const Event *> out;
    for (const auto &e : t.events)
        if (e.kind == kind) out.push_back(&e);
    return out;
}

} // namespace

TEST_CASE("merge - one event reported by two outlets has two sources", "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0",
               "Russian President Vladimir Putin met North Korean Foreign Minister Choe Son-hui in Moscow on Tuesday.",
               "2024-01-17"),
         test::makeArticle("a1", "On January 16, Vladimir Putin met with Choe Son-hui at the Kremlin.", "2024-01-18")});
    const auto meetings = eventsOfKind(t, "meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->date.value == "2024-01-16");
    CHECK(meetings[0]->sources.size() == 2);
    CHECK(meetings[0]->conflicts.empty());
    CHECK(meetings[0]->place == idOf(t, "Moscow")); // the city is more specific than an organisation
}

TEST_CASE("merge - a planned meeting merges with the report that it happened", "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0", "Choe Son-hui is scheduled to meet with Foreign Minister Sergey Lavrov on Tuesday.", "2024-01-15"),
         test::makeArticle("a1", "Foreign Minister Sergey Lavrov met Choe Son-hui on Tuesday.", "2024-01-17")});
    const auto meetings = eventsOfKind(t, "meeting");
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0]->status == EventStatus::Happened);
    CHECK(meetings[0]->sources.size() == 2);
}

TEST_CASE("merge - sources that disagree on the day give one event with a conflict", "[timeline][merge]") {
    const Timeline t =
        analysed({test::makeArticle("a0", "On January 14, Foreign Minister Choe Son-hui arrived in Russia.", "2024-01-17"),
                  test::makeArticle("a1", "Foreign Minister Choe Son-hui arrived in Moscow on Monday.", "2024-01-16")});
    const auto arrivals = eventsOfKind(t, "travel");
    REQUIRE(arrivals.size() == 1);
    REQUIRE(arrivals[0]->conflicts.size() == 1);
    const auto &claims = arrivals[0]->conflicts[0].claims;
    REQUIRE(claims.size() == 2);
    CHECK(std::count_if(claims.begin(), claims.end(),
                        [](const std::string &c) { return c.find("2024-01-14") != std::string::npos; }) == 1);
    CHECK(std::count_if(claims.begin(), claims.end(),
                        [](const std::string &c) { return c.find("2024-01-15") != std::string::npos; }) == 1);
}

TEST_CASE("merge - different people meeting the same person the same day stay apart", "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0", "President Vladimir Putin met Foreign Minister Choe Son-hui on Tuesday.", "2024-01-17"),
         test::makeArticle("a1", "Foreign Minister Sergey Lavrov held talks with Choe Son-hui on Tuesday.", "2024-01-17")});
    CHECK(eventsOfKind(t, "meeting").size() == 2);
}

TEST_CASE("merge - departures and arrivals are different events", "[timeline][merge]") {
    const Timeline t =
        analysed({test::makeArticle("a0", "Foreign Minister Choe Son-hui left Pyongyang on Monday.", "2024-01-16"),
                  test::makeArticle("a1", "Foreign Minister Choe Son-hui arrived in Moscow on Monday.", "2024-01-16")});
    CHECK(eventsOfKind(t, "travel").size() == 2);
}

TEST_CASE("merge - 'other' events of one person and day are one only with the same action", "[timeline][merge]") {
    // An arrest and a court appearance are two events; an arrest told as an arrest and as a
    // detention, and a planned appearance with the appearance, are one each.
    const Timeline t = analysed(
        {test::makeArticle("a0",
                           "Former President Rodrigo Duterte was arrested on Tuesday in Manila. He will appear "
                           "before the court on Friday.",
                           "2025-03-11"),
         test::makeArticle("a1",
                           "Former President Rodrigo Duterte appeared before the International Criminal Court on "
                           "Friday, three days after his arrest in Manila.",
                           "2025-03-14"),
         test::makeArticle("a2", "Police detained former President Rodrigo Duterte in Manila on Tuesday.",
                           "2025-03-12")});
    const auto others = eventsOfKind(t, "other");
    REQUIRE(others.size() == 2);
    std::vector<std::string> days{others[0]->date.value, others[1]->date.value};
    std::sort(days.begin(), days.end());
    CHECK(days == std::vector<std::string>{"2025-03-11", "2025-03-14"});
    for (const Event *e : others) {
        INFO(e->label);
        if (e->date.value == "2025-03-11") CHECK(e->sources.size() == 3); // the arrest, dated through "three days after"
        if (e->date.value == "2025-03-14") CHECK(e->sources.size() == 2);
    }
}

TEST_CASE("merge - a report naming nobody joins the one compatible event", "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0", "Kim Jong-un and Vladimir Putin signed a partnership treaty in June 2024.", "2024-07-01"),
         test::makeArticle("a1", "The partnership treaty signed in June 2024 calls for mutual assistance.", "2025-03-16")});
    const auto agreements = eventsOfKind(t, "agreement");
    REQUIRE(agreements.size() == 1);
    CHECK(agreements[0]->sources.size() == 2);
    CHECK(agreements[0]->participants.size() == 2);
}

TEST_CASE("merge - a happening that names nobody stands alone at a named place or on a day", "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0",
                           "The capsule was launched from Kennedy Space Center early on Saturday. The spacecraft "
                           "undocked on Monday. About 7,400 dockworkers went on strike in Vancouver on Thursday.",
                           "2026-02-18")});
    const auto others = eventsOfKind(t, "other");
    REQUIRE(others.size() == 3); // the undocking names neither people nor place, but its day
    CHECK(others[0]->date.value == "2026-02-12");
    CHECK(others[0]->place == idOf(t, "Vancouver"));
    CHECK(others[1]->date.value == "2026-02-14");
    CHECK(others[1]->place == idOf(t, "Kennedy Space Center"));
    CHECK(others[2]->date.value == "2026-02-16");
    CHECK(others[2]->place.empty());
}

TEST_CASE("merge - a report naming only the countries joins the event its people report", "[timeline][merge]") {
    // One outlet names the signatories, another only the two countries: one signing, two sources,
    // the countries among its participants. A signing by two other countries that day stays apart.
    const Timeline t = analysed(
        {test::makeArticle("a0",
                           "Japanese Foreign Minister Yoko Kamikawa and Philippine President Ferdinand Marcos "
                           "signed a defense pact in Manila on Monday.",
                           "2024-07-08"),
         test::makeArticle("a1", "Japan and the Philippines signed a defense pact on Monday.", "2024-07-09"),
         test::makeArticle("a2", "Brazil and Argentina signed a trade accord on Monday.", "2024-07-09")});
    const auto agreements = eventsOfKind(t, "agreement");
    REQUIRE(agreements.size() == 2);
    const Event *pact = nullptr, *accord = nullptr;
    for (const Event *e : agreements)
        (std::find(e->participants.begin(), e->participants.end(), idOf(t, "Brazil")) != e->participants.end()
             ? accord
             : pact) = e;
    REQUIRE(pact);
    REQUIRE(accord);
    CHECK(pact->sources.size() == 2);
    CHECK(pact->date.value == "2024-07-08");
    CHECK(std::find(pact->participants.begin(), pact->participants.end(), idOf(t, "Japan")) != pact->participants.end());
    CHECK(accord->sources.size() == 1);
}

TEST_CASE("merge - 'the meeting' in the next sentence is the meeting just told on a day", "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0",
                           "Labour Minister Helene Dufresne met leaders of the union in Vancouver on Thursday. The "
                           "two-hour meeting with union president Teresa MacLeod and BCMEA chief executive J.P. Okafor "
                           "was held downtown.",
                           "2025-10-09"),
         test::makeArticle("a1",
                           "Kim Jong-un and Vladimir Putin held a summit in September. During the meeting with Choe "
                           "Son-hui, Sergey Lavrov praised Pyongyang.",
                           "2024-01-17")});
    const auto meetings = eventsOfKind(t, "meeting");
    REQUIRE(meetings.size() == 2); // the undated "meeting with Choe" keeps no date: the summit was a month
    const Event *minister = meetings[0]->date.value == "2025-10-09" ? meetings[0] : meetings[1];
    CHECK(minister->date.value == "2025-10-09");
    CHECK(minister->participants.size() == 3);
    CHECK(std::count(minister->participants.begin(), minister->participants.end(), idOf(t, "J.P. Okafor")) == 1);
}

TEST_CASE("merge - a happening told on a day stands on its own though it names nobody; a plan does not",
          "[timeline][merge]") {
    const std::vector<InputFile> files = {
        {"a.txt", "Rescue update\nPublished: 17 May 2026, 09:00\n\n"
                  "The search for the last two missing workers was called off on Sunday afternoon.\n\n"
                  "The search will be called off on Friday.\n"}};
    const Timeline t = buildTimeline(files);
    int happened = 0, planned = 0;
    for (const auto &e : t.events) {
        if (e.kind != "other") continue;
        if (e.status == EventStatus::Happened && e.date.value == "2026-05-17") ++happened;
        if (e.status != EventStatus::Happened) ++planned;
    }
    CHECK(happened == 1);
    CHECK(planned == 0);
}

TEST_CASE("merge - a facility named after its city lies in it", "[timeline][merge][who]") {
    const Gazetteer &g = builtinGazetteer();
    CHECK(g.placeWithin("Nairobi Central Station", "Nairobi"));
    CHECK(g.placeWithin("Nairobi Central Station", "Kenya"));
    CHECK_FALSE(g.placeWithin("Nairobi Central Station", "Ankara"));
    CHECK_FALSE(g.placeWithin("Nairobi Fellowship", "Nairobi")); // no place word after the city
    // One release told at the station by one outlet and in the city by another is one event.
    const Timeline t = analysed(
        {test::makeArticle("a0", "Aid workers Lena Brandt and Tomas Weber were released in a prisoner exchange with "
                                 "Kenya in Nairobi on Tuesday.", "2026-03-05"),
         test::makeArticle("a1", "Kenya and Germany exchanged four prisoners at Nairobi Central Station on Tuesday.",
                           "2026-03-04")});
    const auto others = eventsOfKind(t, "other");
    REQUIRE(others.size() == 1);
    CHECK(others[0]->sources.size() == 2);
    CHECK(others[0]->place == idOf(t, "Nairobi Central Station")); // the more specific place
}

TEST_CASE("merge - a report naming the parties joins the one that adds a person", "[timeline][merge]") {
    // One outlet names only the parties (a country and an organisation), another adds the minister
    // who announced it: one agreement. Another country agreeing with the bloc that day stays apart.
    const Timeline t = analysed(
        {test::makeArticle("a0", "Chile and the European Union agreed to extend their fishing truce on Friday.", "2026-04-11"),
         test::makeArticle("a1", "Trade Minister Ana Torres says Chile and the European Union agreed on Friday to "
                                 "extend their fishing truce.", "2026-04-11"),
         test::makeArticle("a2", "Brazil and the European Union agreed to extend their customs truce on Friday.", "2026-04-11")});
    const auto agreements = eventsOfKind(t, "agreement");
    for (const Event *e : agreements) UNSCOPED_INFO(e->label);
    REQUIRE(agreements.size() == 2);
    const Event *truce = nullptr;
    for (const Event *e : agreements)
        if (std::find(e->participants.begin(), e->participants.end(), idOf(t, "Ana Torres")) != e->participants.end())
            truce = e;
    REQUIRE(truce);
    CHECK(truce->sources.size() == 2);
}

TEST_CASE("merge - an approval told a day apart by two outlets, naming no person, is one event with a conflict",
          "[timeline][merge]") {
    const Timeline t = analysed(
        {test::makeArticle("a0", "A cholera vaccine was approved by Kenya's Medicines Authority late on Monday.",
                           "2026-03-03"),
         test::makeArticle("a1", "Kenya's Medicines Authority approved the vaccine on Tuesday, March 3.", "2026-03-06"),
         // Three days later: another approval, not a report across midnight.
         test::makeArticle("a2", "Kenya's Medicines Authority approved a measles vaccine on Friday, March 6.",
                           "2026-03-07")});
    std::vector<const Event *> approvals;
    for (const auto &e : t.events)
        if (e.kind == "other") approvals.push_back(&e);
    for (const Event *e : approvals) UNSCOPED_INFO(e->label << " " << e->date.value);
    REQUIRE(approvals.size() == 2);
    CHECK(approvals[0]->sources.size() == 2);
    CHECK(approvals[0]->conflicts.size() == 1);
    CHECK(approvals[1]->sources.size() == 1);
    CHECK(approvals[1]->date.value == "2026-03-06");
}
