// Title, outlet, author and date on page shapes first met on unseen pages (docs/blind/*.md):
// each test is the general shape, written with made-up names.
#include "core/read/publication_date.h"
#include "read_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using test::captionsOf;
using test::paragraphsOf;
using test::readText;
using test::removedReason;

namespace {
const std::string kFirst =
    "The city council approved the new harbour budget on Thursday after a debate that lasted more than six hours.";
const std::string kSecond =
    "Opponents said the plan would raise port fees for small fishing boats, while the mayor called it overdue.";
const std::string kBody = kFirst + "\n\n" + kSecond + "\n";
} // namespace

TEST_CASE("read metadata - a line of icon class names is no headline", "[read][plain][title]") {
    const auto a = readText("icon-menu icon-search icon-close icon-user icon-chevron-down icon-x icon-arrow-right\n"
                            "Council approves harbour budget after six-hour debate\n\n" + kBody);
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
    CHECK(removedReason(a, "icon-menu icon-search icon-close icon-user icon-chevron-down icon-x icon-arrow-right") ==
          "icon names");
}

TEST_CASE("read metadata - interface labels and a paywall above the headline", "[read][plain][title]") {
    const auto a = readText("Sign In\nOpen side navigation menu\nOpen search bar\nHARBOUR TIMES\n"
                            "Open side navigation menu\nOpen search bar\n\n"
                            "Subscribe to unlock this article\nTry unlimited access\n"
                            "Then $85 per month. Complete digital access to quality journalism on any device. Cancel "
                            "anytime during your trial.\nExplore more offers.\n\n"
                            "Harbour politics\n\n"
                            "Council approves harbour budget after six-hour debate\n"
                            "Fishermen warn of higher fees as the port expands\n\n"
                            "Jane Roe in Portsmouth and Jean-Luc Marchand in Calais\n\n"
                            "Published July 10 2026\n\nSave\nPrint this page\nShare on X (opens new window)\n\n" + kBody);
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
    CHECK(a.author == "Jane Roe and Jean-Luc Marchand");
    CHECK(a.source == "HARBOUR TIMES");
    CHECK(removedReason(a, "Open side navigation menu") == "navigation");
    CHECK(removedReason(a, "Explore more offers.") == "subscription");
    // The deck under the headline is the standfirst.
    CHECK(paragraphsOf(a) ==
          std::vector<std::string>{"Fishermen warn of higher fees as the port expands", kFirst, kSecond});
}

TEST_CASE("read metadata - the deck under the headline is not the title", "[read][plain][title]") {
    const auto a = readText("The Harbour Ledger\nUK edition | Business | Money | Law\nSupport The Harbour Ledger\n\n"
                            "Council approves harbour budget after six-hour debate\n\n"
                            "Fishermen warn of higher fees as the port expands into the bay\n\n"
                            "Fri 7 Mar 2025 17.42 GMT\n\nJasmine Roe\n\n" + kBody);
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
    CHECK(a.author == "Jasmine Roe");                // a bare name under the stamp
    CHECK(a.source == "The Harbour Ledger");         // the page's first line, not "Support The …"
    CHECK(a.published.value == "2025-03-07T17:42+00:00");
}

TEST_CASE("read metadata - account links are never the outlet", "[read][plain][source]") {
    auto a = readText("Skip to main content\nAccount\nWorld\nBusiness\nMy News\nSign In\nRegister\n\n"
                      "Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\n" + kBody);
    CHECK(a.source.empty());
    // A one-word menu item that the menu repeats is no site name either.
    a = readText("Weather\nNews  Sport  Weather  Traffic\n\nCouncil approves harbour budget after six-hour debate\n\n"
                 "By Jane Roe\n\n" + kBody);
    CHECK(a.source.empty());
    a = readText("Skip to main content\nSign In   Register\n\nCouncil approves harbour budget after six-hour debate\n\n"
                 "By Jane Roe\n\n" + kBody);
    CHECK(a.source.empty());
    // The alt text of the site's logo names it.
    a = readText("Exclusive news and analysis for harbour professionals\nPortwatch logo\nWorld\nMarkets\n\n"
                 "Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\n" + kBody);
    CHECK(a.source == "Portwatch");
}

TEST_CASE("read metadata - the first line of the page names the site", "[read][plain][source]") {
    auto a = readText("Notes from Harbourtown\n\nCouncil approves harbour budget after six-hour debate\n\nJune 2, 2025\n\n" +
                      kBody);
    CHECK(a.source == "Notes from Harbourtown");
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
    a = readText("icon-menu icon-search icon-close\nPORTKANAL\nNyheter Sport Kultur\n\n"
                 "Council approves harbour budget after six-hour debate\n\n" + kBody);
    CHECK(a.source == "PORTKANAL");
    // A page that opens with its headline names no site.
    a = readText("Council Approves Harbour Budget\n\n" + kBody);
    CHECK(a.source.empty());
    CHECK(a.title == "Council Approves Harbour Budget");
}

TEST_CASE("read metadata - bylines without 'By'", "[read][plain][byline]") {
    // Name over role, twice, under a standfirst that reads as a paragraph.
    auto a = readText("Council approves harbour budget after six-hour debate\n\n"
                      "The plan raises fees for small boats and was passed by a narrow majority of the councillors.\n\n"
                      "Ingrid Sørlie\nJournalist\nMarius Lie Hagen\nJournalist\nPublished 11.11.2025 00:48\n\n" + kBody);
    CHECK(a.author == "Ingrid Sørlie and Marius Lie Hagen");
    CHECK(removedReason(a, "Journalist") == "byline");
    // A lower-case role.
    a = readText("Council approves harbour budget after six-hour debate\n\nJulia Marchetti\nCity correspondent\n\n" + kBody);
    CHECK(a.author == "Julia Marchetti");
    // A bare name over a numeric date, and one over like and restack counters.
    a = readText("Council approves harbour budget after six-hour debate\n\nThabo Roe\n18/05/2026\n\n" + kBody);
    CHECK(a.author == "Thabo Roe");
    CHECK(a.published.value == "2026-05-18");
    a = readText("Harbourwinds\n\nCouncil approves harbour budget after six-hour debate\n"
                 "The fees are gone. The fights start now.\nNiamh Roe\n12\n3\nShare\n\n" + kBody +
                 "\nThanks for reading Harbourwinds! Subscribe for free to receive new posts.\n");
    CHECK(a.author == "Niamh Roe");
    CHECK(a.source == "Harbourwinds"); // one plain word, named again on the page
}

TEST_CASE("read metadata - byline labels with roles, counts and capitals", "[read][plain][byline]") {
    auto a = readText("Council approves harbour budget after six-hour debate\n\n"
                      "Written by: Karen Roe, Senior Editor \xC2\xB7 5 min read\n\n" + kBody);
    CHECK(a.author == "Karen Roe");
    a = readText("Council approves harbour budget after six-hour debate\n\n"
                 "Posted by Hanne (editor) \xC2\xB7 4 min read \xC2\xB7 6 Comments\n\n" + kBody);
    CHECK(a.author == "Hanne");
    a = readText("Council approves harbour budget after six-hour debate\n\nBy LEILA ROE and MORTEN DAHL\n\n" + kBody);
    CHECK(a.author == "Leila Roe and Morten Dahl");
    a = readText("Council approves harbour budget after six-hour debate\n\nBy Tom Roe | troe@example.org\n\n" + kBody);
    CHECK(a.author == "Tom Roe");
    a = readText("Council approves harbour budget after six-hour debate\n\nPosted by Miriam Roe in Field notes\n\n" + kBody);
    CHECK(a.author == "Miriam Roe");
}

TEST_CASE("read metadata - a tagline under the site name is not the headline", "[read][plain][title]") {
    const auto a = readText("Harbourtown in English\nNews and life in Harbourtown and the islands for newcomers and everyone else\n"
                            "Menu\nHome\nLocal news\n\n\"I counted every day\": fisherman back in Harbourtown\n\n"
                            "Posted by Hanne (editor) \xC2\xB7 4 min read \xC2\xB7 6 Comments\n\n" + kBody);
    CHECK(a.title == "\"I counted every day\": fisherman back in Harbourtown");
    CHECK(a.author == "Hanne");
    CHECK(a.source == "Harbourtown in English");
}

TEST_CASE("read metadata - a stamp line with its update keeps the first as published", "[read][plain][date]") {
    const auto a = readText("Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\n"
                            "May 13, 2026 at 7:42 a.m.  \xC2\xB7  Updated May 13, 2026 at 9:05 a.m.\n\n" + kBody);
    CHECK(a.published.value == "2026-05-13T07:42");
    CHECK(a.published.updated == "2026-05-13T09:05");
    CHECK(a.published.evidence == "May 13, 2026 at 7:42 a.m. \xC2\xB7 Updated May 13, 2026 at 9:05 a.m.");
}

TEST_CASE("read metadata - '2 hours ago' takes the day of the page's top-bar date", "[read][plain][date]") {
    auto a = readText("Tuesday, 11 November 2025 | 20 Jumada Al Awwal 1447\nHarbour Tribune\n\n"
                      "Council approves harbour budget after six-hour debate\n\nHarbour Tribune | 2 hours ago\n\n" + kBody);
    CHECK(a.published.value == "2025-11-11");
    CHECK(a.published.basis == DateBasis::Explicit);
    // Days ago is another day: no date is better than a wrong one.
    a = readText("Tuesday, 11 November 2025 | 20 Jumada Al Awwal 1447\nHarbour Tribune\n\n"
                 "Council approves harbour budget after six-hour debate\n\n3 days ago\n\n" + kBody);
    CHECK(a.published.basis == DateBasis::Unknown);
}

TEST_CASE("read metadata - gallery captions, sign-offs and newsletter offers are not body", "[read][plain][clean]") {
    const std::string caption = "The mayor arrives for the council meeting in Portsmouth, June 3, 2026. Harbour/Jane Roe";
    const auto a = readText("Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\n"
                            "Item 1 of 2 " + caption + "\n[1/2]" + caption +
                            " Purchase Licensing Rights, opens new tab\n\n" + kBody +
                            "\nReporting by Jane Roe in Portsmouth; additional reporting by Tom Dahl in Calais; Editing "
                            "by Sonia Becker and Tomas Adler\n\n"
                            "Thanks for reading Harbourwinds! Subscribe for free to receive new posts and support my "
                            "work.\n");
    CHECK(captionsOf(a) == std::vector<std::string>{"Item 1 of 2 " + caption});
    CHECK(paragraphsOf(a) == std::vector<std::string>{"Item 1 of 2 " + caption, kFirst, kSecond});
    CHECK(removedReason(a, "Thanks for reading Harbourwinds! Subscribe for free to receive new posts and support my "
                           "work.") == "subscription");
}

TEST_CASE("read metadata - the items under 'Key points' are the article's summary", "[read][plain][clean]") {
    const auto a = readText("Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\nKey points\n"
                            "- Port fees rise for small boats\n- Vote passes by two\nBudget\n\n" + kBody);
    CHECK(paragraphsOf(a) ==
          std::vector<std::string>{"- Port fees rise for small boats", "- Vote passes by two", kFirst, kSecond});
    CHECK(removedReason(a, "Key points") == "summary heading");
    CHECK(removedReason(a, "Budget") == "short line"); // a one-word label under it
}

TEST_CASE("read metadata - a post-meta line of byline, stamp and counters", "[read][plain][date][byline]") {
    auto a = readText("Council approves harbour budget after six-hour debate\n\n"
                      "Posted by Hanne (editor) \xC2\xB7 November 14, 2025 \xC2\xB7 4 min read \xC2\xB7 6 Comments\n\n" + kBody);
    CHECK(a.author == "Hanne");
    CHECK(a.published.value == "2025-11-14");
    CHECK(removedReason(a, "Posted by Hanne (editor) \xC2\xB7 November 14, 2025 \xC2\xB7 4 min read \xC2\xB7 6 Comments") ==
          "date line");
    a = readText("Council approves harbour budget after six-hour debate\n\n"
                 "Harbour Tribune | Published: 11 November 2025, 09:30\n\n" + kBody);
    CHECK(a.published.value == "2025-11-11T09:30");
    // A segment that is none of these keeps the line out: it is no post-meta line.
    a = readText("Council approves harbour budget after six-hour debate\n\n"
                 "Fishing fees | November 14, 2025 | the council will vote again next week\n\n" + kBody);
    CHECK(a.published.basis == DateBasis::Unknown);
}

TEST_CASE("read metadata - a live blog keeps its entry stamps and entry headlines", "[read][plain][clean]") {
    const auto a = readText("Harbour strike LIVE: ferries cancelled as talks resume\n\nUpdated: 15 May 2026 08:12 GMT+2\n\n"
                            "08:12\nTalks resume at the port\n" + kFirst + "\nShare\n\nYesterday, 21:45\nMayor calls for calm\n" +
                            kSecond + "\nShare\n\nYesterday, 16:05\nFirst ferries cancelled\n" + kFirst +
                            " The ferry company said more cancellations would follow.\n");
    const auto p = paragraphsOf(a);
    REQUIRE(p.size() == 9);
    CHECK(p[0] == "08:12");
    CHECK(p[1] == "Talks resume at the port");
    CHECK(p[3] == "Yesterday, 21:45");
    CHECK(p[7] == "First ferries cancelled");
    CHECK(a.published.value == "2026-05-15T08:12+02:00");
    // Times alone on two lines are no live blog: they stay furniture.
    const auto b = readText("Council approves harbour budget after six-hour debate\n\n08:12\n" + kFirst + "\n07:40\n" + kSecond + "\n");
    CHECK(paragraphsOf(b) == std::vector<std::string>{kFirst, kSecond});
}

TEST_CASE("read metadata - comment threads, comment forms and the author box are not body", "[read][plain][clean]") {
    const auto a = readText("Council approves harbour budget after six-hour debate\n\nBy JANE ROE\n\n" + kBody +
                            "\nJANE ROE\nRoe covers the harbour for the Gazette, based in Portsmouth.\n\n"
                            "3 thoughts on \"Council approves harbour budget after six-hour debate\"\n\nMarit S.\n"
                            "So happy for the fishermen!!! Well done\nReply\n\nGeir\n"
                            "Good for them but the fees are a disgrace. What about the ferries?\nReply\n\n"
                            "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\n");
    CHECK(a.author == "Jane Roe");
    CHECK(paragraphsOf(a) == std::vector<std::string>{kFirst, kSecond});
    CHECK(removedReason(a, "JANE ROE") == "author box");
    CHECK(removedReason(a, "Roe covers the harbour for the Gazette, based in Portsmouth.") == "author box");
    CHECK(removedReason(a, "Good for them but the fees are a disgrace. What about the ferries?") == "site list");
}

TEST_CASE("read metadata - a dateline with a region after the place", "[read][plain][source][date]") {
    Dateline dl;
    REQUIRE(parseDateline("RUSTENBURG, South Africa, May 13 (Africa Newswire) - Fourteen workers were trapped.", dl));
    CHECK(dl.agency == "Africa Newswire");
    CHECK(dl.value == "XXXX-05-13");
    REQUIRE(parseDateline("PINE HOLLOW, Ore. (NewsNow) \xE2\x80\x94 Hundreds of residents were ordered to leave.", dl));
    CHECK(dl.agency == "NewsNow");
    CHECK_FALSE(parseDateline("Washington, Moscow and Beijing (the three capitals) - all agreed.", dl));
    const auto a = readText("Council approves harbour budget after six-hour debate\n\n"
                            "PORTSMOUTH, England, June 3, 2026 (Harbour Wire) - " + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.source == "Harbour Wire");
    CHECK(a.published.value == "2026-06-03");
}

TEST_CASE("read metadata - a dateline's unknown abbreviation yields to the masthead", "[read][plain][source]") {
    auto a = readText("Skip to main content\nHarbour Press\nWorld\nBusiness\n\n"
                      "Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\n"
                      "PORTSMOUTH, England (HP) \xE2\x80\x94 " + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.source == "Harbour Press");
    a = readText("Council approves harbour budget after six-hour debate\n\nBy Jane Roe\n\n"
                 "PORTSMOUTH, England (HP) \xE2\x80\x94 " + kFirst + "\n\n" + kSecond + "\n");
    CHECK(a.source == "HP"); // no masthead: the abbreviation is all the page says
}

TEST_CASE("read metadata - the line under the site's name is its tagline", "[read][plain][title]") {
    auto a = readText("THE HARBOUR GAZETTE\nServing Portsmouth and the islands since 1904\nNews | Sport | Weather\n\n"
                      "Council approves harbour budget after six-hour debate\n\n" + kBody);
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
    // A headline right under the site's name, with its date line, is still the headline.
    a = readText("Notes from Harbourtown\nCouncil approves harbour budget after six-hour debate\nJune 2, 2025\n\n" + kBody);
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
}

TEST_CASE("read metadata - a byline with its stamp on one line, and a name with its role", "[read][plain][byline][date]") {
    auto a = readText("Council approves harbour budget after six-hour debate\n\nBy Jane Roe, May 13, 2026 at 7:42 a.m.\n\n" + kBody);
    CHECK(a.author == "Jane Roe");
    CHECK(a.published.value == "2026-05-13T07:42");
    a = readText("Council approves harbour budget after six-hour debate\n\n"
                 "By Jane Roe and Tom Dahl \xE2\x80\x94 Updated 16 Jan 2024 10:05\n\n" + kBody);
    CHECK(a.author == "Jane Roe and Tom Dahl");
    CHECK(a.published.value == "2024-01-16T10:05");
    a = readText("Council approves harbour budget after six-hour debate\n\nYaw Roe, Health Correspondent\n\n" + kBody);
    CHECK(a.author == "Yaw Roe");
    CHECK(removedReason(a, "Yaw Roe, Health Correspondent") == "byline");
}

TEST_CASE("read metadata - a promotion in capitals right above the headline is no headline", "[read][plain][title]") {
    auto a = readText("BREAKING Royal decree issues new labour regulations for ports\n"
                      "Council approves harbour budget after six-hour debate\nBy Jane Roe\n\n" + kBody);
    CHECK(a.title == "Council approves harbour budget after six-hour debate");
    a = readText("Council approves harbour budget after six-hour debate\n\nBy AP\n\n" + kBody);
    CHECK(a.author == "AP");
}
