// Weekdays against the DCT: tense, "last/next/this", the DCT's own weekday, just after midnight.
#include "time_test_support.h"

#include <catch2/catch.hpp>

using dateline::test::valueFor;

TEST_CASE("time resolve weekdays - past tense takes the latest such day, the DCT's day included", "[time][resolve]") {
    // 2025-03-16 is a Sunday.
    CHECK(valueFor("Choe met a Russian delegation on Saturday.", "2025-03-16", "Saturday") == "2025-03-15");
    CHECK(valueFor("State media reported Sunday that talks ended.", "2025-03-16", "Sunday") == "2025-03-16");
    CHECK(valueFor("The talks were held on Monday.", "2025-03-16", "Monday") == "2025-03-10");
}

TEST_CASE("time resolve weekdays - future tense takes the next such day, the DCT's day included", "[time][resolve]") {
    CHECK(valueFor("The ministers will meet on Tuesday.", "2025-03-16", "Tuesday") == "2025-03-18");
    CHECK(valueFor("Talks are scheduled for Sunday.", "2025-03-16", "Sunday") == "2025-03-16");
    // 2024-01-16 is a Tuesday: "is scheduled to meet … on Tuesday" is that same day.
    CHECK(valueFor("Choe is scheduled to meet with Lavrov on Tuesday", "2024-01-16", "Tuesday") == "2024-01-16");
}

TEST_CASE("time resolve weekdays - present-tense schedule verbs look ahead", "[time][resolve]") {
    // 2024-11-18 is a Monday: without "begin" as a future marker, "hoped" made Wednesday past.
    CHECK(valueFor("Talks with the Greens begin on Wednesday, and Weber said she hoped to be sworn in soon.",
                   "2024-11-18", "Wednesday") == "2024-11-20");
    CHECK(valueFor("The trial resumes Thursday after it was adjourned.", "2024-11-18", "Thursday") == "2024-11-21");
}

TEST_CASE("time resolve weekdays - a participle after stay or remain is no past tense", "[time][resolve]") {
    // 2025-09-15 is a Monday; "closed" after "stay" must not turn Tuesday into last week's.
    CHECK(valueFor("Schools will stay closed on Monday and Tuesday.", "2025-09-15", "Tuesday") == "2025-09-16");
    CHECK(valueFor("Banks will remain closed on Friday.", "2025-09-15", "Friday") == "2025-09-19");
}

TEST_CASE("time resolve weekdays - without a tense marker the nearer day wins", "[time][resolve]") {
    CHECK(valueFor("Talks in Geneva, Tuesday.", "2025-03-16", "Tuesday") == "2025-03-18");
    CHECK(valueFor("Friday in Geneva.", "2025-03-16", "Friday") == "2025-03-14");
}

TEST_CASE("time resolve weekdays - a reporting verb counts just before or just after the weekday",
          "[time][resolve]") {
    // 2025-03-16 is a Sunday; "plans" as a noun says nothing about the tense.
    CHECK(valueFor("On Friday, the ministry said the talks had ended.", "2025-03-16", "Friday") == "2025-03-14");
    CHECK(valueFor("On Friday, when she set aside vacation plans, the talks ended.", "2025-03-16", "Friday") ==
          "2025-03-14");
    CHECK(valueFor("In September, it announced plans to buy the unit.", "2025-03-16", "September") == "2024-09");
    // Far from the weekday, a reporting verb no longer decides: the future marker does.
    CHECK(valueFor("The minister will travel to Pyongyang on Friday for talks with his counterpart, he said.",
                   "2025-03-16", "Friday") == "2025-03-21");
    CHECK(valueFor("The team plans to leave on Friday.", "2025-03-16", "Friday") == "2025-03-21");
    CHECK(valueFor("The company brought in a new chief in January.", "2025-03-16", "January") == "2025-01");
}

TEST_CASE("time resolve weekdays - last, next and this", "[time][resolve]") {
    CHECK(valueFor("He left last Friday.", "2025-03-16", "last Friday") == "2025-03-14");
    CHECK(valueFor("He left last Sunday.", "2025-03-16", "last Sunday") == "2025-03-09");
    CHECK(valueFor("He arrives next Sunday.", "2025-03-16", "next Sunday") == "2025-03-23");
    CHECK(valueFor("He arrives next Monday.", "2025-03-16", "next Monday") == "2025-03-17");
    CHECK(valueFor("He arrives this Friday.", "2025-03-12", "this Friday") == "2025-03-14");
}

TEST_CASE("time resolve weekdays - the previous Friday is the one before the last date mentioned", "[time][resolve]") {
    // 1989-10-30 is a Monday; the story is about Friday's markets.
    CHECK(valueFor("London shares fell on Friday. The index closed down 4.5% from the previous Friday.", "1989-10-30",
                   "the previous Friday") == "1989-10-20");
}

TEST_CASE("time resolve weekdays - a plan overtaken or a delay: the longer tense phrase wins", "[time][resolve]") {
    // "due" alone looks ahead; "had been due" is a plan that was overtaken.
    CHECK(valueFor("The offer was extended to Nov. 16. It had been due to expire Friday evening.", "1989-10-30",
                   "Friday evening") == "1989-10-27TEV");
    CHECK(valueFor("The offer previously had been scheduled to expire at midnight Friday.", "1989-10-30",
                   "midnight Friday") == "1989-10-27T24:00");
    CHECK(valueFor("The offer is due to expire Friday.", "1989-10-30", "Friday") == "1989-11-03");
    // "until" alone takes the nearer day; after a verb of delay the day is ahead.
    CHECK(valueFor("Officials postponed until Tuesday morning any action on the case.", "2000-03-30",
                   "Tuesday morning") == "2000-04-04TMO");
}

TEST_CASE("time resolve weekdays - a DCT just after midnight: earlier on Tuesday is the day before",
          "[time][resolve]") {
    // 2024-01-17 is a Wednesday; the article was stamped 00:31.
    CHECK(valueFor("following talks between the countries' top diplomats earlier on Tuesday.", "2024-01-17T00:31",
                   "Tuesday") == "2024-01-16");
    CHECK(valueFor("Peskov informed the media on Tuesday.", "2024-01-17T00:31", "Tuesday") == "2024-01-16");
}

TEST_CASE("time resolve weekdays - quoted speech keeps its own tense", "[time][resolve]") {
    // "said" outside the quote is past, the quote itself is future.
    CHECK(valueFor("\"We will meet again on Friday,\" the minister said.", "2025-03-16", "Friday") == "2025-03-21");
    CHECK(valueFor("\xE2\x80\x9CWe will meet again on Friday,\xE2\x80\x9D the minister said.", "2025-03-16",
                   "Friday") == "2025-03-21");
    // A reporting verb right before the weekday dates the report, not the plan it reports.
    CHECK(valueFor("He said Friday that he would seek a new host.", "2025-03-16", "Friday") == "2025-03-14");
}

TEST_CASE("time resolve weekdays - a possessive weekday has no tense of its own", "[time][resolve]") {
    // 2000-01-07 is a Friday: "Wednesday's ruling" is two days back, not five ahead.
    CHECK(valueFor("They said they would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday") ==
          "2000-01-05");
}

TEST_CASE("time resolve weekdays - parts of the day and clock times ride on the weekday", "[time][resolve]") {
    CHECK(valueFor("He left Friday morning.", "2025-03-16", "Friday morning") == "2025-03-14TMO");
    CHECK(valueFor("They will meet at 9 a.m. Tuesday.", "2025-03-16", "9 a.m. Tuesday") == "2025-03-18T09:00");
}

TEST_CASE("time resolve weekdays - no DCT leaves the weekday underspecified", "[time][resolve]") {
    CHECK(valueFor("They met on Saturday.", "", "Saturday") == "XXXX-WXX-6");
}
