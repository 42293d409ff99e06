// One case per rule family with the real shape of news text: extents, types, values, mods.
#include "time_test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using dateline::test::timexFor;
using dateline::test::valueFor;

TEST_CASE("time families - absolute dates and their extents", "[time][families]") {
    const auto t = timexFor("The treaty was signed on March 22, 2013 in Moscow.", "2025-03-16", "March 22, 2013");
    CHECK(t.type == "DATE");
    CHECK(t.value == "2013-03-22");
    CHECK(t.anchor.empty());
    CHECK(valueFor("Published: 16 Mar. 2025, 14:37", "2025-03-16", "16 Mar. 2025") == "2025-03-16");
    CHECK(valueFor("date 2025-03-16 North Korean", "", "2025-03-16") == "2025-03-16");
    CHECK(valueFor("the first half of 1998", "2025-03-16", "the first half of 1998") == "1998-H1");
    CHECK(valueFor("in the 20th century", "2025-03-16", "the 20th century") == "19");
    CHECK(valueFor("In nineteen ninety-six he left.", "2025-03-16", "nineteen ninety-six") == "1996");
}

TEST_CASE("time families - durations", "[time][families]") {
    CHECK(valueFor("stocks hit a five year low", "1998-01-08", "five year") == "P5Y");
    CHECK(valueFor("in the last twenty four hours", "1998-01-08", "the last twenty four hours") == "PT24H");
    CHECK(valueFor("over the past three years", "1998-01-08", "the past three years") == "P3Y");
    CHECK(valueFor("a 30-day cease-fire", "2025-03-16", "30-day") == "P30D");
    CHECK(valueFor("for two weeks", "2025-03-16", "two weeks") == "P2W");
    CHECK(valueFor("for several years", "2025-03-16", "several years") == "PXY");
    CHECK(valueFor("after their third day-long meeting", "2000-04-03", "day-long") == "P1D");
    // Regression: "decades-long" came out as PXDE, which is no TIMEX3 value.
    CHECK(valueFor("the government's decades-long battle", "2000-04-03", "decades-long") == "PXY");
    CHECK(timexFor("for two weeks", "2025-03-16", "two weeks").type == "DURATION");
}

TEST_CASE("time families - a plural unit with no count is an unknown count", "[time][families]") {
    // Regression: "the first hours" was PT1H and "past years" P1Y (the singular rows took the plural).
    CHECK(valueFor("5,500 prisoners were taken in the first hours of the ground war", "1991-02-25",
                   "the first hours") == "PTXH");
    CHECK(valueFor("there were sell programs in past years, too", "1989-10-30", "past years") == "PXY");
    CHECK(valueFor("over the past year", "1989-10-30", "the past year") == "P1Y");
    CHECK(valueFor("as it has for almost a hundred years.", "1998-02-13", "almost a hundred years") == "P100Y");
}

TEST_CASE("time families - a duration written as an adjective leaves the article out", "[time][families]") {
    // "the two-week gulf crisis": the timex modifies the noun, so "the" belongs to the noun.
    CHECK(timexFor("commenting on the two-week gulf crisis", "1990-08-15", "two-week").value == "P2W");
    CHECK(timexFor("the 23-year Israeli occupation", "1990-08-15", "the 23-year").value == "<not tagged>");
    CHECK(valueFor("over the past five-year period", "1990-08-15", "the past five-year") == "P5Y");
    CHECK(valueFor("in the first nine months", "1989-10-30", "the first nine months") == "P9M");
}

TEST_CASE("time families - the year of a report: a period ending on a date, or the current year",
          "[time][families]") {
    // Trailing context ("the year > ended"): "ended Sept. 30" is needed but not part of the timex.
    const auto fiscal = timexFor("For the year ended Aug. 31, net income was C$2.7 million.", "1989-10-30", "the year");
    CHECK(fiscal.type == "DURATION");
    CHECK(fiscal.value == "P1Y");
    CHECK(valueFor("For the year ended Aug. 31, net income was C$2.7 million.", "1989-10-30", "Aug. 31") ==
          "1989-08-31");
    CHECK(valueFor("a loss for the year ending tomorrow", "1989-10-30", "the year") == "P1Y");
    CHECK(valueFor("in the fiscal year ended June 30", "1989-10-30", "the fiscal year") == "P1Y");
    CHECK(valueFor("rising to a high for the year of $42.875", "1989-10-30", "the year") == "1989");
    CHECK(valueFor("lower earnings for the fiscal year.", "1989-10-30", "the fiscal year") == "1989");
    CHECK(valueFor("dropped to $300 million, down from $450 million the year before.", "1998-09-07",
                   "the year before") == "1997");
    CHECK(valueFor("to halve unemployment by the year two thousand", "1998-02-05", "the year two thousand") ==
          "2000");
    CHECK(valueFor("the fabled 11th century temple", "1998-02-19", "11th century") == "10");
}

TEST_CASE("time families - durations with halves, modifiers and qualifiers keep their whole extent",
          "[time][families]") {
    CHECK(valueFor("a sentence of 2 1/2 years", "2025-03-16", "2 1/2 years") == "P2Y6M");
    CHECK(valueFor("after two and a half years", "2025-03-16", "two and a half years") == "P2Y6M");
    CHECK(valueFor("talks lasted 5 1/2 hours", "2025-03-16", "5 1/2 hours") == "PT5H30M");
    CHECK(valueFor("for an hour and a half", "2025-03-16", "an hour and a half") == "PT1H30M");
    CHECK(valueFor("for a year and a half", "2025-03-16", "a year and a half") == "P1Y6M");
    const auto nearly = timexFor("a rule of nearly forty years", "2025-03-16", "nearly forty years");
    CHECK(nearly.value == "P40Y");
    CHECK(nearly.mod == "LESS_THAN");
    CHECK(timexFor("jailed for up to 180 days", "2025-03-16", "up to 180 days").mod == "EQUAL_OR_LESS");
    CHECK(valueFor("for at least 20 more years", "2025-03-16", "at least 20 more years") == "P20Y");
    CHECK(valueFor("within eight trading days", "2025-03-16", "eight trading days") == "P8D");
    CHECK(valueFor("it could take weeks or months", "2025-03-16", "weeks or months") == "PXW");
    // A hyphenated "three-quarters" is a fraction, not nine months.
    CHECK(tagTime("about three-quarters of the vote", "2025-03-16").empty());
    CHECK(tagTime("more than a quarter of the workers", "2025-03-16").empty());
}

TEST_CASE("time families - clock times", "[time][families]") {
    const auto t = timexFor("The attack began at 10:05 a.m. ET on the border.", "2025-03-16", "10:05 a.m. ET");
    CHECK(t.type == "TIME");
    CHECK(t.value == "2025-03-16T10:05");
    CHECK(valueFor("He spoke at 3 p.m.", "2025-03-16", "3 p.m.") == "2025-03-16T15:00");
    CHECK(valueFor("On June 19, 2024, at 9 a.m. the talks began.", "2025-03-16", "9 a.m.") == "2024-06-19T09:00");
    // A clock hour said in words of the day, and midday.
    CHECK(valueFor("This father will leave at 4 in the morning, Castro said.", "2000-04-05", "4 in the morning") ==
          "2000-04-05T04:00");
    CHECK(valueFor("The vote is set for 8 in the evening.", "2000-04-05", "8 in the evening") == "2000-04-05T20:00");
    CHECK(valueFor("He was to appear before a magistrate at midday.", "1999-10-08", "midday") == "1999-10-08T12:00");
}

TEST_CASE("time families - a clock time and its day are one expression", "[time][families]") {
    // 2025-03-16 is a Sunday.
    CHECK(valueFor("The deadline passed at noon Thursday.", "2025-03-16", "noon Thursday") == "2025-03-13T12:00");
    CHECK(valueFor("The offer will expire at midnight Friday.", "2025-03-16", "midnight Friday") ==
          "2025-03-21T24:00");
    CHECK(valueFor("The offer expires at 5 p.m. EST, March 20.", "2025-03-16", "5 p.m. EST, March 20") ==
          "2025-03-20T17:00");
    CHECK(valueFor("Shares fell mid-afternoon yesterday.", "2025-03-16", "mid-afternoon yesterday") ==
          "2025-03-15TAF");
}

TEST_CASE("time families - a weekday and its date are one expression", "[time][families]") {
    // From the mine-collapse story (DCT Monday 2026-05-18): each was two expressions.
    const char* text = "Molefe on Saturday declared Friday, 22 May, a provincial day of mourning. The rockfall "
                       "struck shortly after midnight on Wednesday 13 May. The committee will hold a hearing "
                       "next Tuesday, 26 May. The company has given the time as 22:50 on Tuesday.";
    CHECK(valueFor(text, "2026-05-18", "Friday, 22 May") == "2026-05-22");
    CHECK(valueFor(text, "2026-05-18", "midnight on Wednesday 13 May") == "2026-05-13T24:00");
    CHECK(valueFor(text, "2026-05-18", "next Tuesday, 26 May") == "2026-05-26");
    CHECK(valueFor(text, "2026-05-18", "22:50 on Tuesday") == "2026-05-12T22:50"); // "has given": past
    CHECK(valueFor("Talks resumed on Tuesday, 14 January, in Geneva.", "2025-03-16", "Tuesday, 14 January") ==
          "2025-01-14");
    CHECK(valueFor("The vote is set for Sunday 6 April 2025.", "2025-03-16", "Sunday 6 April 2025") == "2025-04-06");
    // The weekday picks the year when the one by tense does not have it: 14 January 2026 is a
    // Wednesday, 14 January 2025 a Tuesday.
    CHECK(valueFor("Talks began on Tuesday, 14 January.", "2026-05-20", "Tuesday, 14 January") == "2025-01-14");
    CHECK(valueFor("Talks began on Wednesday, 14 January.", "2026-05-20", "Wednesday, 14 January") == "2026-01-14");
    CHECK(valueFor("Talks began on Friday, 14 January.", "2026-05-20", "Friday, 14 January") == "2026-01-14");
    // A date with its year and a clock time stay apart (a page's publication stamp).
    CHECK(valueFor("Published: 16 Mar. 2025, 14:37", "2025-03-16", "16 Mar. 2025") == "2025-03-16");
}

TEST_CASE("time families - look-alikes of seasons and years", "[time][families]") {
    // From the mine-collapse and air-crash stories: "the fall" of ground is no autumn, a clock
    // time in GMT no year.
    CHECK(valueFor("eleven tremors in the four weeks before the fall of ground", "2026-05-27", "the fall") ==
          "<not tagged>");
    CHECK(valueFor("after the fall in prices", "2026-05-27", "the fall") == "<not tagged>");
    CHECK(valueFor("at about 00:35 local time (1735 GMT Sunday)", "2026-09-14", "1735") == "<not tagged>");
    CHECK(valueFor("in the fall of 1989", "2026-05-27", "the fall of 1989") == "1989-FA");
    // "a scheduled check": an adjective, so "passed" gives the tense, not "scheduled".
    CHECK(valueFor("The plane had passed a scheduled maintenance check in August.", "2026-09-14", "August") ==
          "2026-08");
}

TEST_CASE("time families - vague past and future stretches", "[time][families]") {
    CHECK(valueFor("The plan was drafted months ago.", "2025-03-16", "months ago") == "PAST_REF");
    CHECK(valueFor("He left a week or so ago.", "2025-03-16", "a week or so ago") == "2025-W10");
    CHECK(valueFor("Prices will rise in the coming weeks.", "2025-03-16", "the coming weeks") == "PXW");
    CHECK(valueFor("Talks resume in the coming week.", "2025-03-16", "the coming week") == "2025-W12");
    CHECK(valueFor("He was shot last Oct. 23 at his home.", "2025-03-16", "last Oct. 23") == "2024-10-23");
}

TEST_CASE("time families - a month with a relative year", "[time][families]") {
    CHECK(valueFor("Sales rose in January this year.", "2025-03-16", "January this year") == "2025-01");
    CHECK(valueFor("He visited in June last year.", "2025-03-16", "June last year") == "2024-06");
    CHECK(valueFor("He will visit in March next year.", "2025-03-16", "March next year") == "2026-03");
    CHECK(valueFor("They met on June 5 last year.", "2025-03-16", "June 5 last year") == "2024-06-05");
    CHECK(valueFor("Results for next year's first quarter", "2025-03-16", "next year's first quarter") == "2026-Q1");
}

TEST_CASE("time families - sets", "[time][families]") {
    const auto t = timexFor("Rallies were held every month.", "2025-03-16", "every month");
    CHECK(t.type == "SET");
    CHECK(t.value == "P1M");
    CHECK(t.quant == "EVERY");
    CHECK(valueFor("rallies held almost daily", "2025-03-16", "daily") == "P1D");
    const auto each = timexFor("flights leave each Thursday", "2025-03-16", "each Thursday");
    CHECK(each.type == "SET");
    CHECK(each.value == "XXXX-WXX-4");
    CHECK(each.quant == "EACH");
    CHECK(valueFor("flights on Tuesday nights", "2025-03-16", "Tuesday nights") == "XXXX-WXX-2TNI");
    CHECK(valueFor("the market is closed on Mondays", "2025-03-16", "Mondays") == "XXXX-WXX-1");
    CHECK(valueFor("the festival held every July", "2025-03-16", "every July") == "XXXX-07");
}

TEST_CASE("time families - modifiers", "[time][families]") {
    CHECK(timexFor("in late November", "2025-03-16", "late November").mod == "END");
    CHECK(timexFor("by the mid-1990s", "2025-03-16", "the mid-1990s").mod == "MID");
    CHECK(timexFor("more than four decades ago", "2025-03-16", "more than four decades ago").mod == "MORE_THAN");
}

TEST_CASE("time families - negative rules keep look-alikes untagged", "[time][families]") {
    CHECK(tagTime("He returned 6-year-old Elian to Cuba.", "2000-01-07").empty());
    CHECK(tagTime("The rebels may attack.", "2000-01-07").empty()); // the modal, not the month
    CHECK(tagTime("He fled at once.", "2000-01-07").empty());
    CHECK(tagTime("Sales rose to 1,000 units.", "2000-01-07").empty());
}

TEST_CASE("time families - offsets are bytes of the text, across UTF-8", "[time][families]") {
    const std::string text = "Pyongyang\xE2\x80\x99s envoy left on Tuesday.";
    const auto all = tagTime(text, "2024-01-17");
    REQUIRE(all.size() == 1);
    CHECK(text.substr(all[0].start, all[0].end - all[0].start) == "Tuesday");
}
