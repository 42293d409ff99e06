// Each boilerplate family of copied or scraped plain text, in the shape pages really have.
#include "read_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using test::paragraphsOf;
using test::readText;
using test::removedReason;

namespace {
// Two real paragraphs to put furniture around.
const std::string kFirst =
    "The city council approved the new harbour budget on Thursday after a debate that lasted more than six hours.";
const std::string kSecond =
    "Opponents said the plan would raise port fees for small fishing boats, while the mayor called it overdue.";
} // namespace

TEST_CASE("read plain - scraper date marker and icon-name junk", "[read][plain]") {
    const auto a =
        readText(" date 2023-05-02 icon bookmarkicon cameraicon chevron downicon closeicon searchicon shareicon\n"
                 "Council approves harbour budget\n" +
                 kFirst + "\n" + kSecond + "\n");
    CHECK(a.published.value == "2023-05-02");
    CHECK(a.published.basis == DateBasis::Explicit);
    CHECK(a.published.evidence == "date 2023-05-02");
    CHECK(a.title == "Council approves harbour budget");
    CHECK(removedReason(a, "icon bookmarkicon cameraicon chevron downicon closeicon searchicon shareicon") ==
          "icon names");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
}

TEST_CASE("read plain - the marker line may carry the headline", "[read][plain]") {
    const auto a = readText(" date 2023-05-02  Council approves harbour budget\n" + kFirst + "\n" + kSecond +
                            "\nCouncil approves harbour budget\n");
    CHECK(a.title == "Council approves harbour budget");
    CHECK(removedReason(a, "Council approves harbour budget") == "title");
    CHECK(a.removed.back().reason == "duplicate title"); // the headline repeated at the end
    CHECK(paragraphsOf(a).size() == 2);
}

TEST_CASE("read plain - other-stories lists after a list heading", "[read][plain]") {
    const auto a =
        readText("Council approves harbour budget\n\n" + kFirst + "\n\n" + kSecond +
                 "\n\nMOST POPULAR\nFarmers protest new water rules\nLocal team wins the cup final in extra time\n"
                 "LATEST NEWS\nRail strike called off after late-night deal\nsubscribe\n");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    CHECK(removedReason(a, "MOST POPULAR") == "site list");
    CHECK(removedReason(a, "Farmers protest new water rules") == "site list");
    CHECK(removedReason(a, "Rail strike called off after late-night deal") == "site list");
}

TEST_CASE("read plain - a real paragraph after a list heading ends the list", "[read][plain]") {
    const std::string longParagraph =
        "In a separate vote, the council also agreed to study a new ferry link to the islands, which residents have "
        "demanded for years, and asked the port authority to report back on the costs before the end of the year.";
    const auto a = readText("Council approves harbour budget\n" + kFirst +
                            "\nTop stories\nFarmers protest new water rules\n" + longParagraph + "\n" + kSecond + "\n");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, longParagraph, kSecond});
}

TEST_CASE("read plain - Read more and the other story's headline around it", "[read][plain]") {
    const auto a = readText("Council approves harbour budget\n" + kFirst +
                            "\nFerry fares to rise in spring\nRead more\nFerry fares to rise in spring\n" + kSecond +
                            "\nRead more\nMayor opens new library in the old town\n"
                            "The budget takes effect in January, the council said in a statement.\n");
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 3);
    CHECK(paras[0] == kFirst);
    CHECK(paras[1] == kSecond);
    CHECK(removedReason(a, "Ferry fares to rise in spring") == "teaser");
    CHECK(removedReason(a, "Mayor opens new library in the old town") == "teaser");
    CHECK(a.text.find("Read more") == std::string::npos);
}

TEST_CASE("read plain - an inline 'Read more:' teaser", "[read][plain]") {
    const auto a = readText("Council approves harbour budget\n" + kFirst +
                            "\nRead more: Ferry fares to rise in spring\n" + kSecond + "\n");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    CHECK(removedReason(a, "Read more: Ferry fares to rise in spring") == "teaser");
}

TEST_CASE("read plain - a duplicated photo caption is kept once and flagged", "[read][plain][captions]") {
    const std::string caption = "The mayor speaks to reporters outside the city hall in Bergen on May 2. (AP)";
    const std::string credit = "Fishing boats in the old harbour, May 1, 2023. [REUTERS/AP]";
    const auto a = readText("Council approves harbour budget\n" + caption + "\n" + caption + "\n" + kFirst + "\n" +
                            credit + "\n" + kSecond + "\n");
    CHECK(paragraphsOf(a) == std::vector<std::string>{caption, kFirst, credit, kSecond});
    CHECK(test::captionsOf(a) == std::vector<std::string>{caption, credit});
    CHECK(removedReason(a, caption) == "duplicate caption");
}

TEST_CASE("read plain - cookie, copyright and privacy lines", "[read][plain]") {
    const auto a =
        readText("Council approves harbour budget\n" + kFirst + "\n" + kSecond +
                 "\n\xC2\xA9 2023 Harbour Gazette Ltd. All rights reserved.\n"
                 "This site uses cookies to improve your experience. See our cookie policy.\nAccept cookies\n");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    CHECK(removedReason(a, "\xC2\xA9 2023 Harbour Gazette Ltd. All rights reserved.") == "copyright");
    CHECK(removedReason(a, "Accept cookies") == "cookie notice");
    CHECK(a.source == "Harbour Gazette Ltd"); // the copyright holder, when nothing better names the outlet
}

TEST_CASE("read plain - social counters and page navigation", "[read][plain]") {
    const auto a = readText("top of page\n\nCouncil approves harbour budget\n\n" + kFirst + "\n\n" + kSecond +
                            "\n\n4 views0 comments\n\n1.2K shares\n\nBack To Top\n\nbottom of page\n");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    CHECK(removedReason(a, "4 views0 comments") == "social counter");
    CHECK(removedReason(a, "1.2K shares") == "social counter");
    CHECK(removedReason(a, "top of page") == "navigation");
    CHECK(removedReason(a, "Back To Top") == "navigation");
}

TEST_CASE("read plain - a breadcrumb trail is navigation, never the title", "[read][plain]") {
    auto a = readText("Home > News > Europe\n\nCouncil approves harbour budget\n\n" + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.title == "Council approves harbour budget");
    CHECK(removedReason(a, "Home > News > Europe") == "navigation");
    a = readText("World \xE2\x80\xBA Europe\n\nCouncil approves harbour budget\n\n" + kFirst + "\n\n" + kSecond + "\n");
    CHECK(removedReason(a, "World \xE2\x80\xBA Europe") == "navigation");
    // Section menus: bars, slashes, dots, or items set apart by runs of spaces.
    for (const std::string menu : {"Business | Markets | World | Tech | Sustainability", "HOME / PORTS / NORTH AMERICA",
                                   "Launches \xE2\x80\xA2 Space Station \xE2\x80\xA2 Science",
                                   "News  Opinion  Sports  Port & Business  Weather"}) {
        a = readText("Skip to content\nGlobal Wire\n" + menu + "\n\nDockworkers walk off the job at the ports\n\n" + kFirst +
                     "\n\n" + kSecond + "\n");
        CHECK(a.title == "Dockworkers walk off the job at the ports");
        CHECK(a.source == "Global Wire"); // the masthead at the top of the page
        CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    }
    a = readText("MARITIME TRADE DAILY\nHOME / PORTS\n\nTentative deal ends port strike\n\n" + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.source == "MARITIME TRADE DAILY");
    CHECK(a.title == "Tentative deal ends port strike");
    // Not menus: a title with the site's name, a byline with its agency, a table row.
    a = readText("Baltic cable: NATO chief to visit Tallinn | Reuters\n\n" + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.title == "Baltic cable: NATO chief to visit Tallinn | Reuters");
    const std::string row = "Vancouver | 7 | 400 | 12";
    a = readText("Council approves harbour budget\n\n" + kFirst + "\n\n" + row + "\n\n" + kSecond + "\n");
    CHECK(removedReason(a, row) != "navigation");
    // A comparison in prose is not a trail.
    const std::string prose = "Imports rose > 5% in March, the agency said, after a weak winter for the port.";
    a = readText("Council approves harbour budget\n\n" + kFirst + "\n\n" + prose + "\n\n" + kSecond + "\n");
    CHECK(paragraphsOf(a).size() == 3);
}

TEST_CASE("read plain - the headline is the line right above the byline, not a promotion higher up", "[read][plain][title]") {
    const auto a = readText("Central Oregon NewsNow\nLIVE: Watch NewsNow at 6 tonight\nWildfire Watch\n\n"
                            "Fire forces evacuation of Pine Hollow as flames jump highway\n\nBy Kendra Liu, NewsNow Digital\n"
                            "Published Aug 10, 2025 at 8:15 PM PDT\n\n" + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.title == "Fire forces evacuation of Pine Hollow as flames jump highway");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
}

TEST_CASE("read plain - a name over a reporter's role is a byline without 'By'", "[read][plain][byline]") {
    auto a = readText("Council approves harbour budget\n\nSam Okonkwo-Reyes\nStaff Reporter\n\n" + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.author == "Sam Okonkwo-Reyes");
    CHECK(a.title == "Council approves harbour budget");
    CHECK(removedReason(a, "Staff Reporter") == "byline");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    // A role word in a sentence, or under a line that is no name, is not a byline.
    a = readText("Council approves harbour budget\n\nHarbour budget approved after long debate\nSenior Editor\n\n" + kFirst + "\n\n" +
                 kSecond + "\n");
    CHECK(a.author.empty());
}

TEST_CASE("read plain - Author and By lines fill the author", "[read][plain][byline]") {
    auto a = readText("Council approves harbour budget\n" + kFirst + "\n" + kSecond + "\nAuthor: Ingrid Dahl\n");
    CHECK(a.author == "Ingrid Dahl");
    CHECK(removedReason(a, "Author: Ingrid Dahl") == "byline");
    a = readText("Council approves harbour budget\nBy Ingrid Dahl, Reuters\n" + kFirst + "\n" + kSecond + "\n");
    CHECK(a.author == "Ingrid Dahl");
    CHECK(a.source == "Reuters");
    // A sentence that starts with "By" is not a byline.
    const std::string byParagraph = "By the end of the session, only two members had voted against the plan.";
    a = readText("Council approves harbour budget\n" + kFirst + "\n" + byParagraph + "\n" + kSecond + "\n");
    CHECK(a.author.empty());
    CHECK(paragraphsOf(a).size() == 3);
    // An outlet's name alone on the line under the byline is the source.
    a = readText("Council approves harbour budget\nBy Ingrid Dahl\nBBC News\n" + kFirst + "\n" + kSecond + "\n");
    CHECK(a.author == "Ingrid Dahl");
    CHECK(a.source == "BBC");
    CHECK(paragraphsOf(a).size() == 2);
    // A wire credit line lists roles after semicolons: the reporter is the author.
    a = readText("Council approves harbour budget\n" + kFirst + "\n" + kSecond +
                 "\nReporting by Ingrid Dahl; Editing by Tom Berg\n");
    CHECK(a.author == "Ingrid Dahl");
}

TEST_CASE("read plain - agency tags, credit lines and datelines name the source", "[read][plain][source]") {
    auto a = readText("Council approves harbour budget\n" + kFirst + "\n" + kSecond + " (Yonhap)\n");
    CHECK(a.source == "Yonhap");
    a = readText("Council approves harbour budget\n" + kFirst + "\n" + kSecond +
                 "\nAFP\nCouncil approves harbour budget\n");
    CHECK(a.source == "AFP");
    CHECK(removedReason(a, "AFP") == "source credit");
    a = readText("Council approves harbour budget\nBERGEN, May 2 (Reuters) -- " + kFirst + "\n" + kSecond + "\n");
    CHECK(a.source == "Reuters");
    CHECK(paragraphsOf(a)[0].rfind("BERGEN, May 2 (Reuters) -- ", 0) == 0); // the dateline stays in the text
}

TEST_CASE("read plain - short quotes and one-line paragraphs between paragraphs stay", "[read][plain]") {
    const auto a = readText("Council approves harbour budget\n\n" + kFirst +
                            "\n\n\"No.\"\n\n\xE2\x80\x9CWe will appeal,\xE2\x80\x9D she said.\n\n" + kSecond + "\n");
    CHECK(paragraphsOf(a) ==
          std::vector<std::string>{kFirst, "\"No.\"", "\xE2\x80\x9CWe will appeal,\xE2\x80\x9D she said.", kSecond});
}

TEST_CASE("read plain - a teaser above the headline and breadcrumbs go", "[read][plain][title]") {
    const auto a = readText(
        "Storm warning issued for the west coast \xE2\x80\x93 officials\n17 Jan, 2024 00:31\nHomeNews & Politics\n\n"
        "Council approves harbour budget\n\nCouncil approves harbour budget\n" +
        kFirst + "\n" + kSecond + "\n");
    CHECK(a.title == "Council approves harbour budget");
    CHECK(removedReason(a, "Storm warning issued for the west coast \xE2\x80\x93 officials") == "header");
    CHECK(a.published.value == "2024-01-17T00:31");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
}

TEST_CASE("read plain - a hand-written wire page with every family", "[read][plain][fixture]") {
    const auto r = readArticle("wire_story.txt", test::readSourceFile("tests/data/read/wire_story.txt"));
    REQUIRE(r.ok);
    const Article &a = r.article;
    CHECK(a.title == "Harbour talks resume as ferry strike ends");
    CHECK(a.author == "Maria Lindqvist and Tom Okafor");
    CHECK(a.source == "Reuters"); // the dateline's agency beats the copyright holder
    CHECK(a.published.value == "2024-01-16T10:05-05:00");
    CHECK(a.published.updated == "2024-01-17T08:15-05:00");
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 5);
    CHECK(paras[1] == "\"We are back,\" she said.");
    CHECK(paras[3] == "Yes.");
    for (const char *gone : {"Related", "Turku", "cookie", "Share", "Tweet", "12 shares", "World", "Menu"}) {
        INFO(gone);
        CHECK(a.text.find(gone) == std::string::npos);
    }
}

TEST_CASE("read plain - hard-wrapped text is joined into paragraphs", "[read][plain]") {
    std::string wrapped = "Council approves harbour budget\n\n";
    for (int p = 0; p < 3; ++p) {
        wrapped += "Part " + std::to_string(p) +
                   ": the city council approved the new harbour budget after a\n"
                   "debate that lasted more than six hours, with several members asking for\n"
                   "more time to study the effect on small fishing boats and ferry routes.\n\n";
    }
    const auto a = readText(wrapped);
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 3);
    CHECK(paras[0].find("after a debate that lasted") != std::string::npos);
}

TEST_CASE("read plain - footer prose beyond the menus is not article text", "[read][plain]") {
    std::string page = "Council approves harbour budget\n" + kFirst + "\n" + kSecond + "\n";
    for (const char *item : {"News", "Sport", "Business", "Culture", "Weather", "Jobs", "Contact us", "Careers",
                             "Advertise", "Archive", "Help", "Sitemap"})
        page += std::string(item) + "\n";
    const std::string about =
        "The Harbour Gazette has served the coastal towns since 1887 and is part of a family of regional newspapers.";
    page += about + "\n";
    const auto a = readText(page);
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    CHECK(removedReason(a, about) == "outside main text");
}

TEST_CASE("read plain - a date stamp and byline on one line", "[read][plain][byline]") {
    const auto a = readText("Council approves harbour budget\nPosted on September 4, 2023 by Ingrid Dahl\n" + kFirst +
                            "\n" + kSecond + "\n");
    CHECK(a.author == "Ingrid Dahl");
    CHECK(a.published.value == "2023-09-04");
    CHECK(removedReason(a, "Posted on September 4, 2023 by Ingrid Dahl") == "date line");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
}

TEST_CASE("read plain - a byline before the stamp, and a reading time after it", "[read][plain][byline]") {
    const auto a = readText("Council approves harbour budget\nby Marisol Ortega | Fri 15 Aug 2025 09:30\n" + kFirst +
                            "\n" + kSecond + "\n");
    CHECK(a.author == "Marisol Ortega");
    CHECK(a.published.value == "2025-08-15T09:30");
    CHECK(removedReason(a, "by Marisol Ortega | Fri 15 Aug 2025 09:30") == "date line");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    const auto b = readText("Council approves harbour budget\n11.04.2025 | 16:20 | Reading time: 4 min\n" + kFirst +
                            "\n" + kSecond + "\n");
    CHECK(b.published.value == "2025-04-11T16:20");
    CHECK(paragraphsOf(b) == std::vector<std::string>{kFirst, kSecond});
    // Not a stamp: a reading time alone.
    CHECK(readText("Council approves harbour budget\nReading time: 4 min\n" + kFirst + "\n").published.value.empty());
}

TEST_CASE("read plain - a masthead line under the title names the outlet; a section heading does not",
          "[read][source]") {
    const std::string body = "Estonian Prime Minister Kristen Michal and Finnish President Alexander Stubb agreed on "
                             "Thursday in Helsinki to step up patrols in the Gulf of Finland, Michal's office said.\n";
    const auto err = test::readText("Estonia, Finland pledge tighter Baltic Sea patrols\nERR News\n06.03.2025 18:05\n" + body);
    CHECK(err.source == "ERR News");
    CHECK(err.text.find("ERR News") == std::string::npos);
    CHECK(err.title == "Estonia, Finland pledge tighter Baltic Sea patrols");
    const auto times = test::readText("Estonia, Finland pledge tighter Baltic Sea patrols\nThe Korea Times\n" + body);
    CHECK(times.source == "The Korea Times");
    const auto section = test::readText("Estonia, Finland pledge tighter Baltic Sea patrols\nWorld News\n" + body);
    CHECK(section.source.empty());
    // A short title is the title, even when it ends like a masthead.
    const auto title = test::readText("Helsinki Daily\n" + body);
    CHECK(title.source.empty());
}

TEST_CASE("read plain - a 'Top stories' list above the headline gives no title", "[read][plain][title]") {
    const std::string kLong = kFirst + " Councillors from both sides of the chamber said the vote was the closest in a decade.";
    const auto a = readText("CITY HERALD\nTop stories\nMayor opens new wing at the children's hospital\n"
                            "Market traders protest against new levies\n\nHarbour budget approved after six-hour "
                            "debate\n\nPublished: 22/09/2026\n\n" +
                            kLong + "\n\n" + kSecond + "\n");
    CHECK(a.title == "Harbour budget approved after six-hour debate");
    CHECK(removedReason(a, "Mayor opens new wing at the children's hospital") == "header"); // above the title
    CHECK(paragraphsOf(a) == std::vector<std::string>{kLong, kSecond});
}

TEST_CASE("read plain - a site's lower-case tagline is no title", "[read][plain][title]") {
    const auto a = readText("HARBOUR VOICE\nthe independent blog for small boat owners\n\nHarbour budget approved "
                            "after six-hour debate\n\n" +
                            kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.title == "Harbour budget approved after six-hour debate");
    CHECK(readText("iPhone sales fall for a third quarter\n\n" + kFirst + "\n\n" + kSecond + "\n").title ==
          "iPhone sales fall for a third quarter");
}
