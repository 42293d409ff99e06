// Anaphoric and narrative anchoring: "the same day", "October of the same year", "a day later".
#include "time_test_support.h"

#include <catch2/catch.hpp>

using dateline::DocumentType;
using dateline::test::valueFor;

TEST_CASE("time resolve narrative - anaphoric phrases follow the last mentioned date", "[time][resolve]") {
    const char* text =
        "In July 2023, Shoigu traveled to Pyongyang. Lavrov visited North Korea in October of the same year.";
    CHECK(valueFor(text, "2024-01-16", "July 2023") == "2023-07");
    CHECK(valueFor(text, "2024-01-16", "October of the same year") == "2023-10");
    CHECK(valueFor("Peskov told journalists on Monday. Choe arrived in Moscow earlier the same day.", "2024-01-16",
                   "the same day") == "2024-01-15");
    CHECK(valueFor("The treaty was signed on June 19, 2024. It took effect the next day.", "2025-03-16",
                   "the next day") == "2024-06-20");
    CHECK(valueFor("He was born in 1950. Two years later his family moved.", "2025-03-16", "Two years later") ==
          "1952");
}

TEST_CASE("time resolve narrative - the day before counts back only at a clause's end", "[time][resolve]") {
    CHECK(valueFor("He met the minister on Nov. 3. He had arrived the day before.", "1998-11-20", "the day before") ==
          "1998-11-02");
    // Regression: "before" here names an event or starts a clause; the day is not Nov. 2.
    CHECK(valueFor("He was last seen Nov. 3, the day before authorities issued a warrant.", "1998-11-20",
                   "the day before") == "<not tagged>");
    CHECK(valueFor("Eight trading days after Oct. 12, the day before the stock market plunge, the index fell.",
                   "1989-10-30", "the day before") == "<not tagged>");
}

TEST_CASE("time resolve narrative - news anchors relative dates to the DCT", "[time][resolve]") {
    const char* text = "The war began on June 25, 1950. Yesterday veterans gathered in Seoul.";
    CHECK(valueFor(text, "2025-06-26", "Yesterday") == "2025-06-25");
}

TEST_CASE("time resolve narrative - narrative anchors relative dates to the last mentioned date", "[time][resolve]") {
    const char* text =
        "The war began on June 25, 1950. The next morning troops crossed the river. On Friday Seoul fell.";
    CHECK(valueFor(text, "", "June 25, 1950", DocumentType::Narrative) == "1950-06-25");
    CHECK(valueFor(text, "", "The next morning", DocumentType::Narrative) == "1950-06-26TMO");
    // 1950-06-25 was a Sunday; the Friday before it (past tense, "fell").
    CHECK(valueFor(text, "", "Friday", DocumentType::Narrative) == "1950-06-23");
    CHECK(valueFor("Yesterday it rained.", "", "Yesterday", DocumentType::Narrative) == "XXXX-XX-XX");
}

TEST_CASE("time resolve narrative - the document type is exposed and guessed from the DCT", "[time][resolve]") {
    CHECK(dateline::guessDocumentType("2025-03-16") == DocumentType::News);
    CHECK(dateline::guessDocumentType("") == DocumentType::Narrative);
    CHECK(std::string(dateline::toString(DocumentType::Narrative)) == "narrative");
}

TEST_CASE("time resolve narrative - parts of the day belong to the last day mentioned", "[time][resolve]") {
    // DCT Thursday 2026-05-21: each part of the day is on the day just told, not on the DCT.
    const char* text = "The miners were trapped on 12 May. In the afternoon, rescuers arrived. That evening the "
                       "minister spoke. Later that night the first survivors came up. The next morning the search "
                       "resumed.";
    CHECK(valueFor(text, "2026-05-21", "the afternoon") == "2026-05-12TAF");
    CHECK(valueFor(text, "2026-05-21", "That evening") == "2026-05-12TEV");
    CHECK(valueFor(text, "2026-05-21", "Later that night") == "2026-05-12TNI");
    CHECK(valueFor(text, "2026-05-21", "The next morning") == "2026-05-13TMO");
    CHECK(valueFor("The team landed on Tuesday. Later in the day it visited the site.", "2025-03-16", "the day") ==
          "2025-03-11");
    // "the afternoon" with no preposition before it is no time expression ("the afternoon session").
    CHECK(valueFor("The afternoon session was cancelled.", "2025-03-16", "afternoon") == "<not tagged>");
}

TEST_CASE("time resolve narrative - an offset from an event gives no date", "[time][resolve]") {
    // "less than a week after a rockfall": a duration, never a day counted from the last date.
    const char* text = "Oosthuizen resigned on Monday, less than a week after a rockfall left nine miners dead. "
                       "Days after the crash, the minister resigned. A day after they arrived, they left. "
                       "The day after the vote she resigned.";
    const auto week = dateline::test::timexFor(text, "2026-05-18", "less than a week");
    CHECK(week.type == "DURATION");
    CHECK(week.value == "P1W");
    CHECK(week.mod == "LESS_THAN");
    CHECK(valueFor(text, "2026-05-18", "Days") == "PXD");
    CHECK(valueFor(text, "2026-05-18", "A day") == "P1D");
    CHECK(valueFor(text, "2026-05-18", "The day after") == "<not tagged>");
}

TEST_CASE("time resolve narrative - a year naming a thing is not where the story is", "[time][resolve]") {
    // From the government-crisis story: "the 2027 budget" came between October 11 and "four
    // days later", which counted from the DCT.
    const char* text = "Liberal Forum pulled out of the coalition on the night of October 11. The trigger was "
                       "the hospital money in the 2027 budget. The opposition tabled a motion four days later.";
    CHECK(valueFor(text, "2026-11-18", "2027") == "2027"); // still tagged
    CHECK(valueFor(text, "2026-11-18", "four days later") == "2026-10-15");
    // A year on its own is the last date mentioned.
    CHECK(valueFor("The plant opened in 1995. Two years later it closed.", "2026-11-18", "Two years later") == "1997");
}

TEST_CASE("time resolve narrative - the same day after a month is the last day mentioned", "[time][resolve]") {
    // From the fraud-trial story (DCT Friday 2025-03-07).
    const char* text = "Judge Adeyemi-Ross will sentence him on 11 April. Lindqvist, who gave evidence against her "
                       "former boss over five days in February, will be sentenced on the same day.";
    CHECK(valueFor(text, "2025-03-07", "February") == "2025-02"); // past: "will" is across the comma
    CHECK(valueFor(text, "2025-03-07", "the same day") == "2025-04-11");
    // A clock time after a coarse mention stays on the DCT's day.
    CHECK(valueFor("Talks began on 3 March. The plant opened in 2019. The meeting starts at 10 a.m.", "2025-03-07",
                   "10 a.m.") == "2025-03-07T10:00");
}
