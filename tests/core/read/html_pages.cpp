// Saved HTML pages: metadata paths (JSON-LD, Open Graph, <time>, canonical URL) and body choice.
#include "core/read/html_reader.h"
#include "read_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using test::paragraphsOf;

TEST_CASE("read html - JSON-LD NewsArticle gives title, dates, authors and publisher", "[read][html]") {
    const auto r = readArticle("news_page.html", test::readSourceFile("tests/data/read/news_page.html"));
    REQUIRE(r.ok);
    const Article &a = r.article;
    CHECK(a.title == "Harbour talks resume as ferry strike ends");
    CHECK(a.published.value == "2024-01-16T10:05+02:00");
    CHECK(a.published.basis == DateBasis::Explicit);
    CHECK(a.published.evidence == "JSON-LD datePublished: 2024-01-16T10:05:00+02:00");
    CHECK(a.published.updated == "2024-01-17T08:15+02:00");
    CHECK(a.author == "Maria Lindqvist, Tom Okafor");
    CHECK(a.source == "Northern Wire");
}

TEST_CASE("read html - the article body without navigation, share bars, related lists or footer", "[read][html]") {
    const Article a = readArticle("news_page.html", test::readSourceFile("tests/data/read/news_page.html")).article;
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 7);
    CHECK(paras[0] == "A ferry waits at the quay in Turku on Jan. 14. Photo: Aino Virtanen");
    CHECK(paras[1].rfind("Ferry operators and the dockworkers\xE2\x80\x99 union resumed talks", 0) ==
          0); // entities decoded
    CHECK(paras[2] == "\xE2\x80\x9CWe are back,\xE2\x80\x9D she said.");
    CHECK(paras[3].find("according to the union.") != std::string::npos); // inline links stay text
    CHECK(paras[4] == "Timetable");
    CHECK(test::captionsOf(a) == std::vector<std::string>{paras[0]});
    for (const char *gone : {"Business", "Share on Facebook", "Related stories", "Port of Turku", "All rights reserved",
                             "Privacy", "tracking", "color: red"}) {
        INFO(gone);
        CHECK(a.text.find(gone) == std::string::npos);
    }
    CHECK(test::removedReason(a, "Related stories") == "outside article");
}

TEST_CASE("read html - a page with only <title> and a canonical URL", "[read][html]") {
    const Article a =
        readArticle("minimal_page.html", test::readSourceFile("tests/data/read/minimal_page.html")).article;
    CHECK(a.title == "Glacier retreat speeds up in the Alps"); // " - Mountain Times" stripped
    CHECK(a.published.value == "2023-08-21");
    CHECK(a.published.evidence.find("/2023/08/21/") != std::string::npos);
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 3); // <br><br> splits the second block
    CHECK(paras[2].rfind("Several smaller glaciers", 0) == 0);
    CHECK(a.text.find("Weather") == std::string::npos);
    CHECK(a.text.find("Terms of use") == std::string::npos);
}

TEST_CASE("read html - broken markup and broken JSON-LD do not stop the reader", "[read][html]") {
    const Article a = readArticle("broken_page.html", test::readSourceFile("tests/data/read/broken_page.html")).article;
    CHECK(a.title == "Storm closes ports");
    CHECK(a.published.value == "2022-12-07"); // from <time datetime>
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 2);
    CHECK(paras[0].rfind("A winter storm closed three ports", 0) == 0);
}

TEST_CASE("read html - detection and Open Graph fallbacks", "[read][html]") {
    CHECK(looksLikeHtml("<!DOCTYPE html><html><body><p>x</p></body></html>"));
    CHECK(looksLikeHtml("\n  <html lang=\"en\">"));
    CHECK_FALSE(looksLikeHtml("Council approves <b>budget</b> after debate"));
    CHECK_FALSE(looksLikeHtml(""));
    const std::string page =
        "<html><head><meta property=\"og:title\" content=\"Dam opens after ten years\">"
        "<meta property=\"og:site_name\" content=\"River Post\">"
        "<meta property=\"article:published_time\" content=\"2021-06-01T09:00:00Z\">"
        "<meta name=\"author\" content=\"Lea Brun\"></head><body><article>"
        "<p>The new dam on the upper river opened on Tuesday, ten years after construction began, officials said.</p>"
        "<p>It will supply power to about two hundred thousand homes, the operator said in a statement.</p>"
        "</article></body></html>";
    const Article a = readArticle("og.html", page).article;
    CHECK(a.title == "Dam opens after ten years");
    CHECK(a.source == "River Post");
    CHECK(a.author == "Lea Brun");
    CHECK(a.published.value == "2021-06-01T09:00+00:00");
    CHECK(a.published.evidence == "meta article:published_time: 2021-06-01T09:00:00Z");
    CHECK(paragraphsOf(a).size() == 2);
}

TEST_CASE("read html - a blog-engine page: share box, related posts, comments and sidebar go", "[read][html]") {
    const Article a = readArticle("blog_page.html", test::readSourceFile("tests/data/read/blog_page.html")).article;
    CHECK(a.title == "Lake levels hit record low");
    CHECK(a.author == "Kim Alvarez");       // from the byline element
    CHECK(a.source == "The Valley Herald"); // from the copyright line: no publisher metadata
    CHECK(a.published.value == "2023-09-04T08:30-07:00");
    CHECK(a.published.evidence == "meta parsely-pub-date: 2023-09-04T08:30:00-07:00");
    const auto paras = paragraphsOf(a);
    REQUIRE(paras.size() == 4);
    CHECK(paras[2] ==
          "\xE2\x80\x9CWe have never seen anything like this,\xE2\x80\x9D said district manager Paul Reyes.");
    CHECK(paras[3] == "Boat ramps on the north shore have been closed since August.");
    CHECK(test::removedReason(a, "Drought emergency declared") == "site furniture");
    CHECK(test::removedReason(a, "Leave a Reply") == "outside article");
    CHECK(a.text.find("nobody plans ahead") == std::string::npos); // a reader's comment
    CHECK(a.text.find("Recent Posts") == std::string::npos);
}

TEST_CASE("read html - thousands of nested elements are stripped, not parsed into a deep tree", "[read][html]") {
    std::string page = "<!doctype html><html><head><title>Deep page</title></head><body>";
    for (int i = 0; i < 5000; ++i)
        page += i % 2 ? "<span>" : "<div>";
    page += "<p>The council met on 16 January 2024 and approved the harbour budget after a long debate.</p>";
    const ReadResult r = readArticle("deep.html", page);
    REQUIRE(r.ok);
    CHECK(r.article.title == "Deep page");
    CHECK(r.article.text == "The council met on 16 January 2024 and approved the harbour budget after a long debate.");
}

TEST_CASE("read html - regression: a script end tag cut off at the end of a stripped page", "[read][html]") {
    // Found by mutation fuzzing: "</script" with no ">" sent the tag stripper back to the start.
    std::string page = "<html><body>";
    for (int i = 0; i < 700; ++i)
        page += "<div>";
    page += "<p>The council met on 16 January 2024 and approved the harbour budget after a long debate.</p><script>var "
            "a;</script";
    const ReadResult r = readArticle("cut.html", page);
    REQUIRE(r.ok);
    CHECK(r.article.text.find("var a") == std::string::npos);
}

TEST_CASE("read html - a byline element without 'By' names people, not the outlet", "[read][html][byline]") {
    const std::string body =
        "<p>The city council approved the new harbour budget on Thursday after a debate that lasted more than six "
        "hours, and the mayor said the port would start work in spring.</p><p>Opponents said the plan would raise "
        "port fees for small fishing boats, while the mayor called it overdue and long promised.</p>";
    auto page = [&](const std::string &byline) {
        return readArticle("page.html", "<html><head><title>Harbour budget approved</title></head><body><article>"
                                        "<h1>Harbour budget approved</h1>" + byline + body + "</article></body></html>")
            .article;
    };
    CHECK(page("<div class=\"byline\"><a rel=\"author\" href=\"/a/jr\">Jane Roe</a> \xC2\xB7 5 min read</div>").author ==
          "Jane Roe");
    CHECK(page("<div class=\"byline\">Written by: <a rel=\"author\" href=\"/a/kb\">Karen Botha</a>, Senior Editor "
               "\xC2\xB7 5 min read</div>").author == "Karen Botha");
    CHECK(page("<div class=\"post-meta\"><span class=\"author\">Harbour Tribune</span> | 2 hours ago</div>").author.empty());
}
