// Huge inputs, generated here and never committed: refused or cut to the documented limits
// (core/limits.h, docs/security.md), with the file named, and everything else still loaded.
#include "core/limits.h"
#include "core/read/reader.h"
#include "core/timeline/pipeline.h"
#include "hostile_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using test::findDiagnostic;

namespace {

// Distinct prose paragraphs (repeated ones would be dropped as duplicates) up to `bytes`.
std::string longProse(std::size_t bytes) {
    std::string s = "A very long report\n\n";
    for (int k = 1; s.size() < bytes; ++k)
        s += "The committee met for session " + std::to_string(k) + " and approved measure " + std::to_string(k * 7) +
             " on " + std::to_string(k % 28 + 1) + " March " + std::to_string(1950 + k % 70) + ".\n\n";
    return s;
}

std::size_t timexCount(const Timeline& t) {
    std::size_t n = 0;
    for (const auto& a : t.articles)
        n += a.timexes.size();
    return n;
}

} // namespace

TEST_CASE("hostile sizes - the default limits are the documented ones", "[hostile][limits]") {
    const PipelineLimits limits;
    CHECK(limits.maxFileBytes == 16u << 20);
    CHECK(limits.maxTotalBytes == 64u << 20);
    CHECK(limits.maxArticles == 10000);
    CHECK(limits.maxArticleTextBytes == 1u << 20);
    CHECK(describeBytes(200u << 20) == "200 MB");
    CHECK(describeBytes(1536u << 10) == "1.5 MB");
    CHECK(describeBytes(20000) == "19 KB");
    CHECK(describeBytes(1) == "1 byte");
}

TEST_CASE("hostile sizes - a 200 MB file is refused by name before reading, the rest loads", "[hostile][limits]") {
    const std::vector<InputFile> files = {
        test::goodArticle("before.txt"), {"huge.txt", std::string(200u << 20, 'a')}, test::goodArticle("after.txt")};
    const Timeline t = buildTimeline(files);
    REQUIRE(t.articles.size() == 2);
    CHECK(t.articles[0].file == "before.txt");
    CHECK(t.articles[1].file == "after.txt");
    const Diagnostic* d = findDiagnostic(t.diagnostics, "huge.txt", "file too large: 200 MB, the limit is 16 MB");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Error);
}

TEST_CASE("hostile sizes - a 10 MB line is read within the text budget", "[hostile][limits]") {
    std::string line = "One endless line\n\n";
    for (int k = 0; line.size() < (10u << 20); ++k)
        line += "word" + std::to_string(k) + " on 5 May 2021, ";
    line += "\n";
    const Timeline t = buildTimeline({{"line.txt", line}, test::goodArticle()});
    const PipelineLimits limits;
    bool goodLoaded = false;
    for (const auto& a : t.articles) {
        CHECK(a.text.size() <= limits.maxArticleTextBytes);
        for (const auto& s : a.sentences)
            CHECK(s.end <= a.text.size());
        goodLoaded |= a.file == "good.txt";
    }
    CHECK(goodLoaded);
    // Either read and cut to the budget, or refused: never silent.
    const bool cut = findDiagnostic(t.diagnostics, "line.txt", "only the first") != nullptr;
    const bool refused = t.articles.size() == 1 && !t.diagnostics.empty() && t.diagnostics.front().file == "line.txt";
    CHECK((cut || refused));
}

TEST_CASE("hostile sizes - text past the work budget is cut at a paragraph end with a warning", "[hostile][limits]") {
    PipelineLimits limits;
    limits.maxArticleTextBytes = 64u << 10;
    const std::string prose = longProse(300u << 10);
    const Timeline t = buildTimeline({{"long.txt", prose}}, limits);
    REQUIRE(t.articles.size() == 1);
    const Article& a = t.articles[0];
    CHECK(a.text.size() <= limits.maxArticleTextBytes);
    CHECK(a.text.size() > limits.maxArticleTextBytes - 200); // cut at the last paragraph that fits
    CHECK(a.text.back() == '.');
    for (const auto& p : a.paragraphs)
        CHECK(p.end <= a.text.size());
    for (const auto& x : a.timexes)
        CHECK(x.end <= a.text.size());
    CHECK_FALSE(a.timexes.empty());
    const Diagnostic* d = findDiagnostic(t.diagnostics, "long.txt", "only the first");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->message.find("the limit is 64 KB") != std::string::npos);
}

TEST_CASE("hostile sizes - 100,000 tiny files: the first maxArticles load, one message names the first left out",
          "[hostile][limits]") {
    std::vector<InputFile> files;
    files.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        files.push_back({"note" + std::to_string(i) + ".txt",
                         "Note " + std::to_string(i) + "\n\nThe council met on " + std::to_string(i % 28 + 1) +
                             " May 2021 to discuss item " + std::to_string(i) + ".\n"});
    const Timeline t = buildTimeline(files);
    const PipelineLimits limits;
    const std::string n = std::to_string(limits.maxArticles);
    REQUIRE(t.articles.size() == limits.maxArticles);
    CHECK(t.articles.back().file == "note" + std::to_string(limits.maxArticles - 1) + ".txt");
    const Diagnostic* d = findDiagnostic(t.diagnostics, "note" + n + ".txt", "limit of " + n + " articles");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Error);
    CHECK(findDiagnostic(t.diagnostics, "note" + std::to_string(limits.maxArticles + 1) + ".txt", "limit") ==
          nullptr); // one message, not 90,000
    CHECK(timexCount(t) <= 2 * limits.maxArticles);
}

TEST_CASE("hostile sizes - the corpus-wide byte limit skips files past it by name", "[hostile][limits]") {
    PipelineLimits limits;
    limits.maxTotalBytes = 1000;
    const InputFile good = test::goodArticle("first.txt");
    const Timeline t =
        buildTimeline({good, {"second.txt", std::string(900, 'x')}, test::goodArticle("third.txt")}, limits);
    std::vector<std::string> loaded;
    for (const auto& a : t.articles)
        loaded.push_back(a.file);
    CHECK(loaded == std::vector<std::string>{"first.txt", "third.txt"});
    CHECK(findDiagnostic(t.diagnostics, "second.txt", "passes the limit of 1000 bytes") != nullptr);
}

namespace {
// A page whose paragraph sits `depth` unclosed elements deep.
std::string nestedPage(std::size_t depth) {
    std::string page = "<!doctype html><html><head><title>Deep page</title></head><body>";
    for (std::size_t i = 0; i < depth; ++i)
        page += i % 2 ? "<span>" : "<div>";
    return page + "<p>The council met on 16 January 2024 and approved the harbour budget after a long debate.</p>";
}
} // namespace

TEST_CASE("hostile sizes - HTML nested 5000 deep is read", "[hostile]") {
    const ReadResult r = readArticle("deep.html", nestedPage(5000));
    REQUIRE(r.ok);
    CHECK(r.article.text.find("The council met on 16 January 2024") != std::string::npos);
}

// Regression: Walker::walk (src/core/read/html_reader.cpp) recursed once per element, so 10,000
// nested elements overflowed the stack under ASan (and would trap in WASM); it now stops descending.
TEST_CASE("hostile regression - HTML nested 100,000 deep overflowed the stack in the HTML walker",
          "[hostile][regression]") {
    const ReadResult r = readArticle("deep.html", nestedPage(100000));
    CHECK((r.ok || findDiagnostic(r.diagnostics, "deep.html", "") != nullptr));
    if (r.ok) CHECK(r.article.text.find("The council met on 16 January 2024") != std::string::npos);
}
