// The whole pipeline on stories written after the bundled set (tests/data/stories/…), scored
// against their gold (tests/gold/…_events.json): a check that the rules are not tied to the
// bundled articles. The floors are the achieved level; raise them as stages improve.
#include "core/timeline/gold_score.h"
#include "core/timeline/pipeline.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace dateline;

namespace {

// Each story's timeline, built once for all the test cases that read it.
const Timeline &storyTimeline(const std::string &folder) {
    static std::map<std::string, Timeline> built;
    auto it = built.find(folder);
    if (it == built.end())
        it = built.emplace(folder, buildTimeline(test::sourceFolder("tests/data/stories/" + folder))).first;
    return it->second;
}

// Every required event found (but `missing` of them), once, with its exact date; few events
// beyond the gold.
GoldScore checkAgainstGold(const Timeline &t, const std::string &goldFile, int missing = 0, double minPrecision = 0.85,
                           int duplicates = 0) {
    const GoldScore s = scoreAgainstGold(t, test::readSourceFile(goldFile));
    REQUIRE(s.ok);
    for (const auto &m : s.missed)
        UNSCOPED_INFO("missed " << m);
    for (const auto &u : s.unmatched)
        UNSCOPED_INFO("not in gold: " << u);
    CHECK(s.requiredFound >= s.requiredEvents - missing);
    CHECK(s.precision() >= minPrecision);
    CHECK(s.duplicates <= duplicates);
    CHECK(s.exactDates == s.requiredFound);
    return s;
}

const Entity *entityNamed(const Timeline &t, const std::string &name) {
    for (const auto &e : t.entities)
        if (e.name == name) return &e;
    return nullptr;
}

} // namespace

TEST_CASE("story gold - the Baltic cable story's events are found once, with their sources", "[timeline][gold]") {
    checkAgainstGold(storyTimeline("baltic-cable"), "tests/gold/baltic_cable_events.json");
}

TEST_CASE("story gold - a numeric stamp dates one page and the other is inferred from the shared talks",
          "[timeline][gold]") {
    const auto &articles = storyTimeline("baltic-cable").articles;
    REQUIRE(articles.size() == 3);
    for (const auto &a : articles) {
        INFO(a.file);
        if (a.file == "err-patrols.txt") {
            CHECK(a.published.basis == DateBasis::Explicit);
            CHECK(a.published.value == "2025-03-06T18:05");
        } else if (a.file == "undated-rutte-visit.txt") {
            CHECK(a.published.basis == DateBasis::Inferred);
            CHECK(a.published.value == "2025-03-07"); // "said on Friday", talks "on Thursday" the 6th
        }
    }
}

TEST_CASE("story gold - the Polish election: the runoff, the concession, the inauguration, the vote",
          "[timeline][gold]") {
    checkAgainstGold(storyTimeline("poland-election"), "tests/gold/poland_election_events.json");
}

TEST_CASE("story gold - a name with and without its diacritic is one person", "[timeline][gold][entities]") {
    const Entity *withMark = entityNamed(storyTimeline("poland-election"), "Rafa\xC5\x82 Trzaskowski");
    REQUIRE(withMark);
    CHECK(entityNamed(storyTimeline("poland-election"), "Rafal Trzaskowski") == nullptr);
    const Entity *winner = entityNamed(storyTimeline("poland-election"), "Karol Nawrocki"); // no title: a known given name
    REQUIRE(winner);
    CHECK(winner->kind == EntityKind::Person);
}

TEST_CASE("story gold - the port strike: notice, walkout, talks, deal, return, ratification", "[timeline][gold]") {
    // Missed still: the strike notice "three days after" a walkout timed "at 8 a.m." (s01).
    const GoldScore s = checkAgainstGold(storyTimeline("port-strike"), "tests/gold/port_strike_events.json", 1);
    CHECK(s.conflictsFound == 1); // "late on Friday" / "early on Saturday, October 11"
}

TEST_CASE("story gold - the port strike: stamps of three shapes, an undated page placed by the deal",
          "[timeline][gold]") {
    for (const auto &a : storyTimeline("port-strike").articles) {
        INFO(a.file);
        if (a.file == "harbourledger-minister-meets.txt") CHECK(a.published.value == "2025-10-09");
        if (a.file == "maritimetrade-tentative-deal.txt") CHECK(a.published.value == "2025-10-11T07:15+00:00");
        if (a.file == "undated-ratification.txt") {
            CHECK(a.published.basis == DateBasis::Inferred);
            CHECK(a.published.value == "2025-10-14"); // "early on Saturday, October 11"; announced "on Tuesday"
        }
    }
    const Timeline &t = storyTimeline("port-strike");
    const Entity *minister = entityNamed(t, "H\xC3\xA9l\xC3\xA8ne Dufresne");
    REQUIRE(minister);
    CHECK(entityNamed(t, "Helene Dufresne") == nullptr); // the same minister without the accents
    const Entity *namesake = entityNamed(t, "Marc Dufresne");  // "no relation to the minister"
    REQUIRE(namesake);
    CHECK(namesake != minister);
    const Entity *employers = entityNamed(t, "British Columbia Maritime Employers Association");
    REQUIRE(employers);
    CHECK(std::find(employers->aliases.begin(), employers->aliases.end(), "BCMEA") != employers->aliases.end());
}

TEST_CASE("story gold - the space mission: scrub, launch, docking, spacewalk, undocking, return",
          "[timeline][gold]") {
    // Not yet: the splashdown conflict ("late Monday" in the undated page, placed only in 2026).
    // Happenings told on a day stand alone though they name nobody (more recall on unseen pages):
    // the page's other mission (a splashdown, its undocking) and a postponement are not in the gold.
    checkAgainstGold(storyTimeline("space-mission"), "tests/gold/space_mission_events.json", 0, 0.65);
    const Entity *commander = entityNamed(storyTimeline("space-mission"), "Dana R. Whitfield");
    REQUIRE(commander);
    CHECK(commander->kind == EntityKind::Person);
    CHECK(entityNamed(storyTimeline("space-mission"), "Dana Whitfield") == nullptr);
    CHECK(entityNamed(storyTimeline("space-mission"), "Marie-Claire van Houten"));
}

TEST_CASE("story gold - the wildfire: ignition, evacuations, the governor's tour, emergency, arrest", "[timeline][gold]") {
    // Every required event is found; the Friday/Saturday ignition stays two events (one duplicate).
    checkAgainstGold(storyTimeline("wildfire"), "tests/gold/wildfire_events.json", 0, 0.9, 1);
    for (const auto &a : storyTimeline("wildfire").articles) {
        INFO(a.file);
        if (a.file == "highdesertradio-suspect-charged.txt") CHECK(a.published.value == "2025-08-15T09:30");
        if (a.file == "undated-community-update.txt") CHECK(a.published.value == "2025-08-17");
    }
}

TEST_CASE("story gold - the fraud trial: verdict and sentencing across three stamps", "[timeline][gold]") {
    // Missed still: the charge dated across a parenthesised acronym, the trial of a founder named
    // in the next sentence, the co-defendant's sentence, the appeal told inside a report.
    checkAgainstGold(storyTimeline("fraud-trial"), "tests/gold/fraud_trial_events.json", 1, 0.95);
    for (const auto &a : storyTimeline("fraud-trial").articles) {
        INFO(a.file);
        if (a.file == "fraudbrief-sentenced.txt") CHECK(a.published.value == "2025-04-11T16:20");
    }
    CHECK(entityNamed(storyTimeline("fraud-trial"), "Hendrik de Vries"));
}

TEST_CASE("story gold - the Marburg outbreak: cases, a death, the emergency, the WHO team and panel, approval",
          "[timeline][gold]") {
    // Missed still: the dose delivery ("doses ... arrived"). The approval "late on Wednesday" and "on
    // Thursday" is one event with a date conflict.
    const GoldScore s =
        checkAgainstGold(storyTimeline("marburg-outbreak"), "tests/gold/marburg_outbreak_events.json", 1, 0.9, 0);
    CHECK(s.conflictsFound == s.conflictsExpected);
    const Timeline &t = storyTimeline("marburg-outbreak");
    for (const auto &a : t.articles) {
        INFO(a.file);
        if (a.file == "globalhealthbrief-vaccine-approved.txt") CHECK(a.published.value == "2026-09-25T16:10+00:00");
        if (a.file == "kumasichronicle-schools-shut.txt")
            CHECK(a.title == "Empty classrooms as Ashanti schools shut over Marburg"); // under "Top stories"
    }
    const Entity *service = entityNamed(t, "Ghana Health Service");
    REQUIRE(service);
    CHECK(std::find(service->aliases.begin(), service->aliases.end(), "GHS") != service->aliases.end());
    CHECK(entityNamed(t, "Samuel Adjei") != entityNamed(t, "Kofi Adjei"));
}

TEST_CASE("story gold - the Corvane scandal: shares, probe, resignation, hearing, settlement, fine",
          "[timeline][gold]") {
    const GoldScore s =
        checkAgainstGold(storyTimeline("corvane-scandal"), "tests/gold/corvane_scandal_events.json");
    CHECK(s.conflictsFound == 1); // resigned "on Monday" / "on Sunday, February 8"
    const Timeline &t = storyTimeline("corvane-scandal");
    for (const auto &a : t.articles)
        if (a.file == "undated-hearing.txt") {
            CHECK(a.title == "Ashworth tells MPs he was 'misled' by finance team"); // not the tagline
            CHECK(a.published.basis == DateBasis::Inferred);
            CHECK(a.published.value == "2026-02-24"); // the hearing planned "on February 24", held "on Tuesday"
        }
    const Entity *regulator = entityNamed(t, "Financial Conduct Authority");
    REQUIRE(regulator);
    CHECK(std::find(regulator->aliases.begin(), regulator->aliases.end(), "FCA") != regulator->aliases.end());
    CHECK(entityNamed(t, "Corvane Payments"));
}

// Stories written blind in sessions 5 and 6 (docs/blind/). Their floors are today's figures, so they
// guard against regressions; they are far from the targets (recall 0.85, precision 0.8), and the
// misses are listed by bench_pipeline and `dateline eval-events`.
TEST_CASE("story gold - blind stories: prisoner swap, mine collapse, tariff dispute, air crash, government crisis, dam flood, extradition",
          "[timeline][gold][blind]") {
    struct Floor {
        const char *folder, *gold;
        int required, duplicates;
        double precision;
    };
    const Floor floors[] = {
        // 0.59: "shortly after 1pm" is now read, so the handover at the airport is a dated, nameless
        // release beside the exchange it belongs to (a merge gap, not a tagging one).
        {"prisoner-swap", "tests/gold/prisoner_swap_events.json", 5, 2, 0.59},
        {"mine-collapse", "tests/gold/mine_collapse_events.json", 7, 1, 0.65},
        {"tariff-dispute", "tests/gold/tariff_dispute_events.json", 8, 4, 0.69},
        {"air-crash", "tests/gold/air_crash_events.json", 7, 1, 0.8},
        {"government-crisis", "tests/gold/government_crisis_events.json", 8, 0, 0.68},
        // Written blind in session 6; first run 3/11 and 2/10, then dev sets.
        {"dam-flood", "tests/gold/dam_flood_events.json", 7, 1, 0.55},
        // 5/10 since "10:47am" stamps are read (the live blog's ruling is dated); 0.45: that blog's
        // other entries now date their false readings too.
        {"extradition-case", "tests/gold/extradition_case_events.json", 5, 1, 0.45},
    };
    for (const auto &f : floors) {
        INFO(f.folder);
        const GoldScore s = scoreAgainstGold(storyTimeline(f.folder), test::readSourceFile(f.gold));
        REQUIRE(s.ok);
        CHECK(s.requiredFound >= f.required);
        CHECK(s.precision() >= f.precision);
        CHECK(s.duplicates <= f.duplicates);
    }
}
