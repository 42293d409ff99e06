// Every publication-date shape the reader knows: stamps, ISO metadata, datelines, URL paths.
#include "core/read/publication_date.h"
#include "read_test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {
std::string stampValue(const std::string &line) {
    std::vector<DateStamp> out;
    return parseDateStampLine(line, out) ? out.front().value : "(no stamp)";
}
} // namespace

TEST_CASE("read dates - stamp lines in the common shapes", "[read][dates]") {
    CHECK(stampValue("Published: 16 Mar. 2025, 14:37") == "2025-03-16T14:37");
    CHECK(stampValue("17 Jan, 2024 00:31") == "2024-01-17T00:31");
    CHECK(stampValue("January 16, 2024 10:05 AM ET") == "2024-01-16T10:05-05:00");
    CHECK(stampValue("July 4, 2024 2:30 p.m. ET") == "2024-07-04T14:30-04:00"); // daylight time
    CHECK(stampValue("2024-01-16T10:05:00+03:00") == "2024-01-16T10:05+03:00");
    CHECK(stampValue("Tuesday, January 16, 2024") == "2024-01-16");
    CHECK(stampValue("Posted on Jan. 16, 2024 at 9:41 pm KST") == "2024-01-16T21:41+09:00");
    CHECK(stampValue("16.01.2024 18:20") == "2024-01-16T18:20");
    CHECK(stampValue("2024/01/16") == "2024-01-16");
    CHECK(stampValue("1st March 2023 | 12:00 GMT") == "2023-03-01T12:00+00:00");
    CHECK(stampValue("16 January 2024 10:05 (MSK)") == "2024-01-16T10:05+03:00");
    CHECK(stampValue("Jan 16 2024 10:05 GMT+9") == "2024-01-16T10:05+09:00");
    CHECK(stampValue("Updated 10:05 PM GMT+1, January 16, 2024") == "2024-01-16T22:05+01:00"); // time first
    CHECK(stampValue("Updated 3:05 PM EST, Tue January 16, 2024") == "2024-01-16T15:05-05:00");
    CHECK(stampValue("Tue 16 Jan 2024 14.37 GMT") == "2024-01-16T14:37+00:00");
    CHECK(stampValue("Last modified on Tue 16 Jan 2024 18.01 GMT") == "2024-01-16T18:01+00:00");
}

TEST_CASE("read dates - stamps with a dotted weekday, an age, a numeric day and month", "[read][dates]") {
    CHECK(stampValue("Published: Thu., Oct. 9, 2025 | Last updated: Oct. 9, 2025 6:41 PM") == "2025-10-09");
    // An age after the label ends the line; the stamp before it stands.
    CHECK(stampValue("October 2, 2025 9:47 AM PDT Updated 3 hours ago") == "2025-10-02T09:47-07:00");
    CHECK(stampValue("Updated 3 hours ago") == "(no stamp)");
    CHECK(stampValue("October 2, 2025 3 hours ago") == "(no stamp)"); // no label: prose, not a stamp
    // Slashes: a part above 12 says the order; otherwise the zone's region does, or nothing.
    CHECK(stampValue("11/10/2025 | 07:15 GMT") == "2025-10-11T07:15+00:00");
    CHECK(stampValue("11/10/2025 7:15 AM ET") == "2025-11-10T07:15-05:00");
    CHECK(stampValue("25/10/2025") == "2025-10-25");
    CHECK(stampValue("10/25/2025") == "2025-10-25");
    CHECK(stampValue("11/10/2025") == "(no stamp)");
}

TEST_CASE("read dates - a reading-time note after a stamp ends the line", "[read][dates]") {
    CHECK(stampValue("2025-06-04 09:30 UTC \xC2\xB7 4 min read") == "2025-06-04T09:30+00:00");
    CHECK(stampValue("June 4, 2025 | 12 minutes read") == "2025-06-04");
    CHECK(stampValue("4 min read") == "(no stamp)"); // no stamp before it
}

TEST_CASE("read dates - lines that are not stamps", "[read][dates]") {
    CHECK(stampValue("On January 16, 2024 the talks began.") == "(no stamp)");
    CHECK(stampValue("31 February 2024") == "(no stamp)"); // no such day
    CHECK(stampValue("March 2024") == "(no stamp)");       // a month is not a publication day
    CHECK(stampValue("Read more") == "(no stamp)");
    CHECK(stampValue("") == "(no stamp)");
}

TEST_CASE("read dates - Updated stamps keep both, publication first", "[read][dates]") {
    std::vector<DateStamp> out;
    REQUIRE(parseDateStampLine("Updated: 17 Jan 2024, 08:15 | Published: 16 Jan 2024, 10:05", out));
    REQUIRE(out.size() == 2);
    CHECK(out[0].label == "updated");
    CHECK(out[1].label == "published");
    const auto a = test::readText(
        "Talks resume\nUpdated: 17 Jan 2024, 08:15 | Published: 16 Jan 2024, 10:05\n"
        "Ferry operators and the union resumed talks on Tuesday after a three-day strike in the ports.\n");
    CHECK(a.published.value == "2024-01-16T10:05");
    CHECK(a.published.updated == "2024-01-17T08:15");
    CHECK(a.published.evidence == "Updated: 17 Jan 2024, 08:15 | Published: 16 Jan 2024, 10:05");
}

TEST_CASE("read dates - ISO 8601 from metadata keeps the offset", "[read][dates]") {
    std::string v;
    REQUIRE(parseIsoDateTime("2024-01-16T10:05:00+03:00", v));
    CHECK(v == "2024-01-16T10:05+03:00");
    REQUIRE(parseIsoDateTime("2024-01-16T07:05:00.000Z", v));
    CHECK(v == "2024-01-16T07:05+00:00");
    REQUIRE(parseIsoDateTime("2024-01-16", v));
    CHECK(v == "2024-01-16");
    REQUIRE(parseIsoDateTime("20240116", v));
    CHECK(v == "2024-01-16");
    CHECK_FALSE(parseIsoDateTime("2024-13-01", v));
    CHECK_FALSE(parseIsoDateTime("yesterday", v));
}

TEST_CASE("read dates - datelines", "[read][dates][dateline]") {
    Dateline d;
    REQUIRE(parseDateline("SEOUL, Jan. 16 (Yonhap) -- North Korea's foreign minister left for Moscow.", d));
    CHECK(d.place == "SEOUL");
    CHECK(d.value == "XXXX-01-16");
    CHECK(d.agency == "Yonhap");
    REQUIRE(parseDateline("MOSCOW, January 16, 2024 (Reuters) - Talks began.", d));
    CHECK(d.value == "2024-01-16");
    REQUIRE(parseDateline("WASHINGTON (AP) \xE2\x80\x94 The Senate voted.", d));
    CHECK(d.value.empty());
    CHECK(d.agency == "AP");
    CHECK_FALSE(parseDateline("A US official said on Monday (local time) - nothing more.", d));
    CHECK_FALSE(parseDateline("NATO (the alliance) - said nothing.", d));
    // A dated dateline is an explicit publication date; a year-less one is left for inference.
    const std::string body = " Ferry operators and the union resumed talks after a three-day strike in the ports.";
    auto a = test::readText("Talks resume\nHELSINKI, January 16, 2024 (Reuters) -" + body + "\n");
    CHECK(a.published.value == "2024-01-16");
    CHECK(a.published.basis == DateBasis::Explicit);
    a = test::readText("Talks resume\nHELSINKI, Jan. 16 (Reuters) -" + body + "\n");
    CHECK(a.published.basis == DateBasis::Unknown);
    CHECK(a.published.value.empty());
    CHECK(a.published.evidence == "HELSINKI, Jan. 16 (Reuters) -");
    CHECK(a.datelineMonthDay == "XXXX-01-16");
    // Place names in title case, as many outlets write them; a lower-case word is prose.
    REQUIRE(parseDateline("Manila, July 9 (Reuters) - The Philippines and Japan signed a pact.", d));
    CHECK(d.place == "Manila");
    CHECK(d.value == "XXXX-07-09");
    CHECK(d.agency == "Reuters");
    REQUIRE(parseDateline("New York, March 3 (AP) \xE2\x80\x94 Markets fell.", d));
    CHECK(d.place == "New York");
    CHECK_FALSE(parseDateline("Officials in Manila said (Reuters) - nothing.", d));
    // A story filed from two places.
    REQUIRE(parseDateline("TOKYO/PITTSBURGH, June 18 (Reuters) - Nippon Steel completed its acquisition.", d));
    CHECK(d.place == "TOKYO/PITTSBURGH");
    CHECK(d.agency == "Reuters");
    CHECK_FALSE(parseDateline("Prices rose 3/4 of a point (Reuters) - nothing.", d));
}

TEST_CASE("read dates - URL date paths", "[read][dates]") {
    std::string v;
    REQUIRE(dateFromUrlPath("https://example.com/world/2024/01/17/talks-resume/", v));
    CHECK(v == "2024-01-17");
    REQUIRE(dateFromUrlPath("https://example.com/news/2023-08-21-glacier", v));
    CHECK(v == "2023-08-21");
    REQUIRE(dateFromUrlPath("https://example.com/20221207/storm.html", v));
    CHECK(v == "2022-12-07");
    CHECK_FALSE(dateFromUrlPath("https://example.com/2024/13/40/x", v));
    CHECK_FALSE(dateFromUrlPath("https://2024.example.com/about", v));
    const auto a = test::readText(
        "Talks resume\nFerry operators and the union resumed talks after a three-day strike in the ports.\n"
        "https://example.com/world/2024/01/17/talks-resume/\n");
    CHECK(a.published.value == "2024-01-17");
    CHECK(a.published.evidence == "https://example.com/world/2024/01/17/talks-resume/");
}

TEST_CASE("read dates - pages that state no date are unknown, not guessed", "[read][dates]") {
    const auto a = test::readText("Talks resume\nFerry operators and the union resumed talks on Tuesday after a strike "
                                  "that began on January 12.\n");
    CHECK(a.published.basis == DateBasis::Unknown);
    CHECK(a.published.value.empty());
    // A date stamp deep in the body is not the publication date.
    const auto b = test::readText(
        "Talks resume\nFerry operators and the union resumed talks on Tuesday after a three-day strike in the ports.\n"
        "January 12, 2024\nThe strike began that day, when negotiations over night-shift pay broke down.\n");
    CHECK(b.published.basis == DateBasis::Unknown);
}

TEST_CASE("read dates - a numeric stamp on its own line under the title", "[read][dates]") {
    // A line with no letters is furniture, unless it is a date stamp.
    const auto a = test::readText("Estonia, Finland pledge tighter Baltic Sea patrols\n06.03.2025 18:05\n"
                                  "Estonian Prime Minister Kristen Michal met Finnish President Alexander Stubb in "
                                  "Helsinki on Thursday, his office said.\n");
    CHECK(a.published.basis == DateBasis::Explicit);
    CHECK(a.published.value == "2025-03-06T18:05");
    CHECK(a.text.find("06.03.2025") == std::string::npos);
}
