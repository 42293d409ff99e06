// Undated articles: publication dates inferred from weekdays, tense, absolute dates and the corpus.
#include "core/text/sentences.h"
#include "core/timeline/pipeline.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {

const Event *eventOfKind(const Timeline &t, const std::string &kind) {
    for (const auto &e : t.events)
        if (e.kind == kind) return &e;
    return nullptr;
}

} // namespace

TEST_CASE("inference - weekdays aligned with a dated report fix the day", "[timeline][inference]") {
    Timeline t;
    t.articles = {
        test::makeArticle("a0", "President Vladimir Putin met Foreign Minister Choe Son-hui at the Kremlin on Tuesday.",
             "2024-01-17"),
        test::makeArticle("a1",
             "Foreign Minister Choe Son-hui arrived in Moscow on Monday. Choe is scheduled to meet "
             "President Vladimir Putin on Tuesday, Kremlin spokesman Dmitry Peskov told journalists on Monday.",
             "")};
    analyseArticles(t);
    const Article &undated = t.articles[1];
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2024-01-15");
    CHECK(undated.published.evidence.find("a0") != std::string::npos);
    const Event *arrival = eventOfKind(t, "travel");
    REQUIRE(arrival);
    CHECK(arrival->date.value == "2024-01-15");
    CHECK(arrival->date.basis == DateBasis::Inferred);
    const Event *meeting = eventOfKind(t, "meeting");
    REQUIRE(meeting);
    CHECK(meeting->sources.size() == 2);
}

TEST_CASE("inference - a month alignment gives only the year", "[timeline][inference]") {
    Timeline t;
    t.articles = {test::makeArticle("a0", "President Vladimir Putin met Foreign Minister Choe Son-hui at the Kremlin on Tuesday.",
                       "2024-01-17"),
                  test::makeArticle("a1",
                       "Foreign Minister Choe Son-hui left Pyongyang on Monday. She traveled to Moscow in January, "
                       "where she met with Putin.",
                       "")};
    analyseArticles(t);
    const Article &undated = t.articles[1];
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2024");
    // "Monday" cannot be placed on a day: the departure keeps the year, marked inferred.
    const Event *departure = nullptr;
    for (const auto &e : t.events)
        if (e.kind == "travel" && e.label.find("Departure") != std::string::npos) departure = &e;
    REQUIRE(departure);
    CHECK(departure->date.granularity == Granularity::Year);
    CHECK(departure->date.basis == DateBasis::Inferred);
    // Regression: re-tagged against the end of 2024, "in January" (a past report) must stay 2024-01,
    // so the meeting with Putin joins the dated one instead of appearing in 2025.
    for (const auto& e : t.events) CHECK(e.date.value.rfind("2025", 0) != 0);
    const Event* meeting = eventOfKind(t, "meeting");
    REQUIRE(meeting);
    CHECK(meeting->sources.size() == 2);
}

TEST_CASE("inference - the latest absolute date bounds an article from below", "[timeline][inference]") {
    Timeline t;
    t.articles = {test::makeArticle("a0",
                       "Defense Minister Sergey Shoigu traveled to Pyongyang in July 2023. "
                       "Foreign Minister Sergey Lavrov visited Pyongyang on October 19, 2023.",
                       "")};
    analyseArticles(t);
    const Article &a = t.articles[0];
    CHECK(a.published.basis == DateBasis::Inferred);
    CHECK(a.published.value.rfind("2023", 0) == 0);
    CHECK(a.published.evidence.find("2023-10-19") != std::string::npos);
}

TEST_CASE("inference - with nothing to go on the date stays unknown", "[timeline][inference]") {
    Timeline t;
    t.articles = {test::makeArticle("a0", "Foreign Minister Choe Son-hui left Pyongyang on Monday.", "")};
    analyseArticles(t);
    CHECK(t.articles[0].published.basis == DateBasis::Unknown);
    CHECK(t.articles[0].published.value.empty());
    CHECK(t.events.empty()); // no undated guesses on the timeline
}

TEST_CASE("inference - a year-less dateline gives the day once the corpus gives the year", "[timeline][inference]") {
    // The undated report says "Monday" (the signing); its dateline says July 9. The weekday
    // alone would put publication on the Monday itself; the dateline names the day after.
    const std::vector<InputFile> files = {
        {"dated.txt", "Japan and Philippines sign pact\nPublished: 8 Jul. 2024, 15:20\n\n"
                      "Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro "
                      "signed a defense pact in Manila on Monday, officials said.\n"},
        {"undated.txt", "Philippines, Japan seal defence deal\n\nManila, July 9 (Reuters) - Philippine Defense "
                        "Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa signed the pact on "
                        "Monday, the defence ministry said.\n"}};
    const Timeline t = buildTimeline(files);
    REQUIRE(t.articles.size() == 2);
    const Article &undated = t.articles[1];
    CHECK(undated.source == "Reuters");
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2024-07-09");
    CHECK(undated.published.evidence.find("Manila, July 9 (Reuters)") != std::string::npos);
}

TEST_CASE("inference - when dated reports disagree, the day more of them give wins", "[timeline][inference]") {
    // One outlet dates the talks a week later than two others; the undated report's "Tuesday"
    // follows the two.
    Timeline t;
    t.articles = {
        test::makeArticle("a0", "President Vladimir Putin met Foreign Minister Choe Son-hui at the Kremlin on Tuesday.",
                          "2024-01-24"),
        test::makeArticle("a1", "President Vladimir Putin met Foreign Minister Choe Son-hui at the Kremlin on Tuesday.",
                          "2024-01-17"),
        test::makeArticle("a2", "President Vladimir Putin met Foreign Minister Choe Son-hui at the Kremlin on Tuesday.",
                          "2024-01-18"),
        test::makeArticle("a3", "President Vladimir Putin met Foreign Minister Choe Son-hui in Moscow on Tuesday.", "")};
    analyseArticles(t);
    const Article& undated = t.articles[3];
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2024-01-16");
}

TEST_CASE("inference - a report naming nobody aligns with dated reports of its kind, a day off at night's edge",
          "[timeline][inference]") {
    Timeline t;
    t.articles = {
        test::makeArticle("a0",
                          "Dockworkers will return to work on Sunday after ILWU Canada and the BCMEA reached a "
                          "tentative agreement late on Friday.",
                          "2025-10-11"),
        test::makeArticle("a1",
                          "Workers ratified the contract, the union announced on Tuesday. The deal was reached early "
                          "on Saturday, October 11.",
                          "")};
    analyseArticles(t);
    const Article &undated = t.articles[1];
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2025-10-14"); // Saturday = the 11th; the past Tuesday after it
    CHECK(undated.published.evidence.find("a day off at the night's edge") != std::string::npos);
    // The two reports are one deal, with the two days as a conflict.
    const Event *deal = eventOfKind(t, "agreement");
    REQUIRE(deal);
    CHECK(deal->sources.size() == 2);
    REQUIRE(deal->conflicts.size() == 1);
    CHECK(deal->conflicts[0].claims.size() == 2);
}

TEST_CASE("inference - without a night's edge a weekday a day off aligns with nothing", "[timeline][inference]") {
    Timeline t;
    t.articles = {test::makeArticle("a0", "ILWU Canada and the BCMEA reached a tentative agreement on Friday.",
                                    "2025-10-11"),
                  test::makeArticle("a1", "The deal was reached on Saturday, October 11.", "")};
    analyseArticles(t);
    // No alignment with the Friday report; only the yearless day, placed in the corpus's year.
    CHECK(t.articles[1].published.evidence.find("a0 reports") == std::string::npos);
    CHECK(t.articles[1].published.value == "2025");
}

TEST_CASE("inference - 'last month' aligned with a dated report gives the month of publication",
          "[timeline][inference]") {
    const std::vector<InputFile> files = {
        {"dated.txt", "Founder jailed\nPublished: 11 Apr. 2025, 16:20\n\n"
                      "Hendrik de Vries, founder of the payments firm Quillon Pay, was sentenced to nine years in "
                      "prison at Southwark Crown Court on Friday.\n"},
        {"undated.txt", "Jailed founder appeals\n\nThe Dutch businessman Hendrik de Vries, who was sentenced in London "
                        "last month to nine years in prison, has lodged an appeal, his lawyers confirmed on "
                        "Tuesday.\n"}};
    const Timeline t = buildTimeline(files);
    REQUIRE(t.articles.size() == 2);
    const Article &undated = t.articles[1];
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2025-05");
    CHECK(undated.published.evidence.find("\"last month\" = 2025-04-11") != std::string::npos);
    // The borrowed report day places nothing, and the sentencing is one event with two sources.
    int sentences = 0;
    for (const auto &e : t.events)
        if (e.label.rfind("Sentence", 0) == 0) {
            ++sentences;
            CHECK(e.sources.size() == 2);
        }
    CHECK(sentences == 1);
}

TEST_CASE("inference - 'the same day' hangs on the text, not on the publication date", "[timeline][inference]") {
    // "the same day" moves with the date told before it, so it says nothing about publication.
    const std::vector<InputFile> files = {
        {"dated.txt", "Minister arrives\nPublished: 14 Mar. 2025, 10:00\n\n"
                      "Foreign Minister Choe Son-hui arrived in Moscow on Friday.\n"},
        {"undated.txt", "Talks begin\n\nForeign Minister Choe Son-hui arrived in Moscow the same day.\n"}};
    const Timeline t = buildTimeline(files);
    REQUIRE(t.articles.size() == 2);
    CHECK(t.articles[1].published.evidence.find("the same day") == std::string::npos);
}

TEST_CASE("inference - a looked-ahead quarter bounds nothing; a yearless day takes the corpus's year",
          "[timeline][inference]") {
    const std::vector<InputFile> files = {
        {"dated.txt", "Truce extended\nPublished: 9 Oct. 2026, 16:12\n\n"
                      "Trade Minister Rachel Fortier met European officials in Brussels on Friday.\n"},
        {"undated.txt", "The tariffs are gone\n\nThe duties were lifted on 1 November. Quotas are left to "
                        "further talks in the second quarter of 2027. An exporter told me on Friday that orders "
                        "are slow.\n"}};
    const Timeline t = buildTimeline(files);
    REQUIRE(t.articles.size() == 2);
    const Article &undated = t.articles[1];
    CHECK(undated.published.basis == DateBasis::Inferred);
    CHECK(undated.published.value == "2026"); // not 2027, and not the dated page's Friday
    CHECK(undated.published.evidence.find("1 November = 2026-11-01") != std::string::npos);
    CHECK(undated.published.evidence.find("2027") == std::string::npos);
}
