// Months, years, weeks, quarters and seasons against the DCT, across year boundaries.
#include "time_test_support.h"

#include "core/time/calendar.h"

#include <catch2/catch.hpp>

using dateline::test::valueFor;

TEST_CASE("time resolve calendar - last June and months by tense", "[time][resolve]") {
    CHECK(valueFor("a treaty signed last June", "2025-03-16", "last June") == "2024-06");
    CHECK(valueFor("a treaty signed last March", "2025-03-16", "last March") == "2024-03");
    CHECK(valueFor("They signed a treaty in June.", "2025-03-16", "June") == "2024-06");
    CHECK(valueFor("They will sign a treaty in June.", "2025-03-16", "June") == "2025-06");
    CHECK(valueFor("He visited Moscow in January.", "2025-03-16", "January") == "2025-01");
    CHECK(valueFor("The talks ended on Oct. 24.", "2025-03-16", "Oct. 24") == "2024-10-24");
}

TEST_CASE("time resolve calendar - year boundaries", "[time][resolve]") {
    CHECK(valueFor("It happened last December.", "2025-01-02", "last December") == "2024-12");
    CHECK(valueFor("It happened in December.", "2025-01-02", "December") == "2024-12");
    CHECK(valueFor("It will happen next January.", "2024-12-30", "next January") == "2025-01");
    CHECK(valueFor("It will happen on Jan. 3.", "2024-12-30", "Jan. 3") == "2025-01-03");
    CHECK(valueFor("He arrived yesterday.", "2025-01-01", "yesterday") == "2024-12-31");
    CHECK(valueFor("It is due tomorrow.", "2024-12-31", "tomorrow") == "2025-01-01");
    // 2024-12-30 belongs to ISO week 1 of 2025.
    CHECK(valueFor("They meet this week.", "2024-12-30", "this week") == "2025-W01");
    CHECK(valueFor("They met last week.", "2025-01-02", "last week") == "2024-W52");
    CHECK(valueFor("Sales fell last quarter.", "2025-01-15", "last quarter") == "2024-Q4");
    CHECK(valueFor("Sales fell last month.", "2025-01-15", "last month") == "2024-12");
}

TEST_CASE("time resolve calendar - this, last and next periods", "[time][resolve]") {
    CHECK(valueFor("follow-up efforts for last year's treaty", "2025-03-16", "last year") == "2024");
    CHECK(valueFor("earlier this year", "2025-03-16", "earlier this year") == "2025");
    CHECK(dateline::test::timexFor("earlier this year", "2025-03-16", "earlier this year").mod == "START");
    CHECK(valueFor("a visit as early as next year", "2024-11-01", "next year") == "2025");
    CHECK(valueFor("three years ago", "2025-03-16", "three years ago") == "2022");
    CHECK(valueFor("several years ago", "2025-03-16", "several years ago") == "PAST_REF");
    // "a decade ago" is the year ten years back, as TBAQ-cleaned annotates it, not the decade before.
    CHECK(valueFor("just a decade ago they were under the Soviet umbrella", "1999-03-12", "a decade ago") == "1989");
    CHECK(valueFor("the men who launched the revolution more than four decades ago", "2000-04-01",
                   "more than four decades ago") == "1960");
    CHECK(valueFor("in the 1990s", "2025-03-16", "the 1990s") == "199");
    CHECK(valueFor("last summer", "2025-03-16", "last summer") == "2024-SU");
    CHECK(valueFor("the third quarter", "2025-03-16", "the third quarter") == "2024-Q3");
}

TEST_CASE("time resolve calendar - financial quarters: a year earlier keeps the quarter", "[time][resolve]") {
    CHECK(valueFor("Third-quarter profit fell 5% from a year earlier.", "1989-10-30", "a year earlier") == "1988-Q3");
    CHECK(valueFor("Profit fell 5% from a year earlier.", "1989-10-30", "a year earlier") == "1988");
}

TEST_CASE("time resolve calendar - a point of comparison does not move the anchor", "[time][resolve]") {
    // Regression: the second "a year earlier" counted from the first one's 1988-Q3 (→ 1987-Q3).
    const std::string report = "Third-quarter net rose to $87 million from $58 million a year earlier. Sales rose "
                               "36% to $683 million from $502 million a year earlier.";
    const auto timexes = dateline::tagTime(report, "1989-10-30");
    REQUIRE(timexes.size() == 3);
    CHECK(timexes[1].value == "1988-Q3");
    CHECK(timexes[2].value == "1988-Q3");
    CHECK(valueFor("Coast lost $92 million for the quarter ended Sept. 30. It earned $10.2 million in the year-ago "
                   "quarter. The year-ago results were restated.",
                   "1989-10-30", "year-ago") == "1988-Q3");
    // A day inside the quarter just named keeps the quarter as the anchor.
    CHECK(valueFor("Net for the third quarter ended Sept. 30 was $5 million, up from $4 million a year ago.",
                   "1989-10-30", "a year ago") == "1988-Q3");
    CHECK(valueFor("Third-quarter net was $1.2 million, compared with $1.8 million for the corresponding period "
                   "last year.",
                   "1989-10-30", "the corresponding period last year") == "1988-Q3");
    CHECK(valueFor("Net fell in the third quarter. U.K. sales for last year's quarter were about $3 million.",
                   "1989-10-30", "last year's quarter") == "1988-Q3");
    CHECK(valueFor("Sales for the full year were $6.6 billion.", "1989-10-30", "the full year") == "1989");
    CHECK(valueFor("Net for the third quarter was flat. On Nov. 2 the company said sales fell from a year ago.",
                   "1989-10-30", "a year ago") == "1988");
}

TEST_CASE("time resolve calendar - the quarter a report is about", "[time][resolve]") {
    // A fiscal quarter is only known from its mention: "the quarter" and "the 1988 period" follow it.
    const std::string fiscal = "Sun earned $5.2 million in the fiscal first quarter. Sales for the quarter ended "
                               "Sept. 29 rose 39% from a year earlier. In the 1988 period, it earned $20.6 million.";
    CHECK(valueFor(fiscal, "1989-10-26", "the quarter") == "1989-Q1");
    CHECK(valueFor(fiscal, "1989-10-26", "a year earlier") == "1988-Q1");
    CHECK(valueFor(fiscal, "1989-10-26", "the 1988 period") == "1988-Q1");
    // The fiscal quarter's last day ("ended Sept. 30") does not replace the quarter.
    CHECK(valueFor("Net was C$4.7 million for the fiscal-first quarter ended Sept. 30, against a loss a year ago.",
                   "1989-10-26", "a year ago") == "1988-Q1");
    // With no quarter named, or one that has not ended ("a fourth-quarter charge"), the last one.
    CHECK(valueFor("Sales in the latest period were $1.76 billion.", "1989-11-02", "the latest period") == "1989-Q3");
    CHECK(valueFor("It expects a fourth-quarter charge. Earnings fell 59% in the latest quarter.", "1989-11-02",
                   "the latest quarter") == "1989-Q3");
    // An earlier quarter named in passing does not replace the one reported.
    const std::string passing = "Kimberly-Clark posted a gain in third-quarter net income. After a flat second "
                                "quarter, the company rebounded. In the 1989 period, interest expense was lower.";
    CHECK(valueFor(passing, "1989-11-01", "the 1989 period") == "1989-Q3");
    CHECK(valueFor("For the quarter a year ago, Columbia earned $16.3 million.", "1989-10-26",
                   "the quarter a year ago") == "1988");
    CHECK(
        valueFor("Columbia lost $226 million in the third quarter. For the quarter a year ago, it earned $16 million.",
                 "1989-10-26", "the quarter a year ago") == "1988-Q3");
}

TEST_CASE("time resolve calendar - after a period of months, a comparison is with the year", "[time][resolve]") {
    // Regression: "a year earlier" after "the nine months" was the third quarter of the year before.
    const std::string report = "Third-quarter profit jumped 45% from a year earlier. For the nine months, it earned "
                               "$18.9 million, compared with a loss a year earlier. Net was $9 million in the 1988 "
                               "period.";
    const auto timexes = dateline::tagTime(report, "1989-10-26");
    REQUIRE(timexes.size() == 5);
    CHECK(timexes[1].value == "1988-Q3");
    CHECK(timexes[3].value == "1988");
    CHECK(timexes[4].value == "1988");
}

TEST_CASE("time resolve calendar - present, past and future references", "[time][resolve]") {
    CHECK(valueFor("Now the market has crashed.", "1998-01-08", "Now") == "PRESENT_REF");
    CHECK(valueFor("Relations have strengthened recently.", "2024-01-16", "recently") == "PAST_REF");
    CHECK(valueFor("in the near future", "2024-01-16", "the near future") == "FUTURE_REF");
}

TEST_CASE("time calendar - day arithmetic and ISO weeks", "[time][calendar]") {
    namespace cal = dateline::calendar;
    const long d = cal::daysFromCivil(2024, 2, 29);
    CHECK(cal::formatDay(cal::civilFromDays(d + 1)) == "2024-03-01");
    CHECK(cal::isoWeekday(cal::daysFromCivil(2025, 3, 16)) == 7);
    int y = 0, w = 0;
    cal::isoWeek(cal::daysFromCivil(2021, 1, 3), y, w);
    CHECK((y == 2020 && w == 53));
    CHECK(cal::formatDay(cal::addMonths({2024, 1, 31}, 1)) == "2024-02-29");
    CHECK(cal::formatMonth(cal::addMonths({2024, 1, 15}, -13)) == "2022-12");
    cal::Date parsed;
    CHECK(cal::parseIsoPrefix("2025-02-30", parsed) == 2); // no such day
    CHECK(cal::parseIsoPrefix("x2025", parsed) == 0);
}

TEST_CASE("time resolve calendar - the tense around a date: initials, -eed words, passives, a closer verb after",
          "[time][resolve]") {
    // DCT 1989-10-26. An initial or "Mr." does not end the sentence, and "succeed" is no past tense.
    CHECK(valueFor("Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.",
                   "1989-10-26", "Feb. 1") == "1990-02-01");
    // "be held" after "would" is not a past tense: the summit is ahead.
    CHECK(valueFor("A ceremony would still be held at the summit on April 24.", "1999-02-10", "April 24") ==
          "1999-04-24");
    CHECK(valueFor("The treaty is to be signed in December.", "1998-03-04", "December") == "1998-12");
    // A past verb right after the date beats a modal far before it.
    CHECK(valueFor("Officials also hoped she would produce new aid for their countries, where the Aug. 7 "
                   "blasts killed 257 people.",
                   "1998-08-18", "Aug. 7") == "1998-08-07");
}

TEST_CASE("time resolve calendar - adjectives in -ed, and dates that bound a period", "[time][resolve]") {
    // "a revised offer": an "-ed" word after a determiner is an adjective, not a past tense.
    CHECK(valueFor("The company will file a revised offer with regulators on Friday.", "2025-03-16", "Friday") ==
          "2025-03-21");
    CHECK(valueFor("The company filed its offer with regulators on Friday.", "2025-03-16", "Friday") == "2025-03-14");
    // "through January", "effective Feb. 1": the end or start of a period, the nearer one of either side.
    CHECK(valueFor("The bank extended up to $90 million in revolving loans through January.", "1989-10-26",
                   "January") == "1990-01");
    CHECK(valueFor("Sales picked up this year through August.", "1989-10-26", "August") == "1989-08");
    CHECK(valueFor("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.", "1989-10-26",
                   "Feb. 1") == "1990-02-01");
}

TEST_CASE("time resolve calendar - since a month is never ahead, even just before it comes round", "[time][resolve]") {
    // On Dec. 31 a January in the coming weeks is usually scheduled ("talks resume in January"),
    // but "since January" bounds a period that has already begun.
    CHECK(valueFor("Investors have pulled $15 billion from shares since January.", "2025-12-31", "January") ==
          "2025-01");
    CHECK(valueFor("Talks resume in January.", "2025-12-31", "January") == "2026-01");
}
