// Hostile files through the reader and the pipeline: a clear per-file diagnostic, never a crash,
// and the good article beside them always loads.
#include "core/read/reader.h"
#include "core/text/utf8.h"
#include "core/timeline/pipeline.h"
#include "hostile_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using test::findDiagnostic;
using test::hostileFile;

TEST_CASE("hostile files - empty and binary files are refused by name", "[hostile]") {
    const ReadResult empty = readArticle("empty.txt", hostileFile("empty.txt"));
    CHECK_FALSE(empty.ok);
    REQUIRE(findDiagnostic(empty.diagnostics, "empty.txt", "empty file") != nullptr);
    CHECK(findDiagnostic(empty.diagnostics, "empty.txt", "empty file")->severity == Severity::Error);

    const ReadResult binary = readArticle("binary.txt", hostileFile("binary.txt"));
    CHECK_FALSE(binary.ok);
    REQUIRE(findDiagnostic(binary.diagnostics, "binary.txt", "binary") != nullptr);
}

TEST_CASE("hostile files - invalid and overlong UTF-8 is repaired into valid text with a warning", "[hostile]") {
    for (const char* name : {"invalid_utf8.txt", "overlong_utf8.txt"}) {
        INFO(name);
        const std::string bytes = hostileFile(name);
        REQUIRE_FALSE(isValidUtf8(bytes));
        const ReadResult r = readArticle(name, bytes);
        REQUIRE(r.ok);
        CHECK(isValidUtf8(r.article.text));
        CHECK(isValidUtf8(r.article.title));
        // No overlong slash may survive as '/', and no surrogate or out-of-range code point.
        CHECK(r.article.text.find("slash / ") == std::string::npos);
        CHECK(r.article.text.find("16 January 2024") != std::string::npos);
        const Diagnostic* d = findDiagnostic(r.diagnostics, name, "invalid");
        REQUIRE(d != nullptr);
        CHECK(d->severity == Severity::Warning);
    }
}

TEST_CASE("hostile files - UTF-16 with a byte-order mark is decoded and said so", "[hostile]") {
    for (const char* name : {"utf16le_bom.txt", "utf16be_bom.txt"}) {
        INFO(name);
        const ReadResult r = readArticle(name, hostileFile(name));
        REQUIRE(r.ok);
        CHECK(r.article.title == "Harbour budget approved");
        CHECK(r.article.text.find("harbour budget on 16 January 2024") != std::string::npos);
        CHECK(r.article.text.find('\0') == std::string::npos);
        CHECK(findDiagnostic(r.diagnostics, name, "utf-16") != nullptr);
    }
}

TEST_CASE("hostile files - broken HTML still yields its text", "[hostile]") {
    const ReadResult r = readArticle("unclosed_tags.html", hostileFile("unclosed_tags.html"));
    REQUIRE(r.ok);
    CHECK(r.article.text.find("The council met on 16 January 2024") != std::string::npos);
    // Script bodies are never article text.
    CHECK(r.article.text.find("document.write") == std::string::npos);
}

TEST_CASE("hostile files - every hostile file together: bad ones named, the good one kept", "[hostile]") {
    std::vector<InputFile> files = {test::goodArticle()};
    for (const char* name : {"empty.txt", "binary.txt", "invalid_utf8.txt", "overlong_utf8.txt", "utf16le_bom.txt",
                             "utf16be_bom.txt", "odd_dates.txt", "unclosed_tags.html"})
        files.push_back({name, hostileFile(name)});
    const Timeline t = buildTimeline(files);
    std::vector<std::string> loaded;
    for (const auto& a : t.articles)
        loaded.push_back(a.file);
    CHECK(loaded == std::vector<std::string>{"good.txt", "invalid_utf8.txt", "overlong_utf8.txt", "utf16le_bom.txt",
                                             "utf16be_bom.txt", "odd_dates.txt", "unclosed_tags.html"});
    CHECK(findDiagnostic(t.diagnostics, "empty.txt", "empty file") != nullptr);
    CHECK(findDiagnostic(t.diagnostics, "binary.txt", "binary") != nullptr);
    for (const auto& d : t.diagnostics)
        CHECK_FALSE(d.message.empty());
    for (const auto& a : t.articles)
        CHECK(isValidUtf8(a.text));
}
