// The five bundled articles: titles and explicit publication dates.
#include "core/read/reader.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;

TEST_CASE("read - bundled articles yield titles, explicit dates and clean text", "[read][bundled]") {
    const auto files = test::bundledArticles();
    REQUIRE(files.size() == 5);
    struct Expect {
        const char *title;
        const char *dateStart; // publication date prefix, "" when the page states none
    };
    // Titles as the pages show them; dates from the marker or stamp each page carries.
    const Expect expected[] = {
        {"North Korean foreign minister meets senior Russian diplomat in Pyongyang as Ukraine cease-fire talks "
         "continue",
         "2025-03-16"},
        {"N. Korean foreign minister departs for Russia amid troop dispatch", ""},
        {"Putin meets North Korean foreign minister", "2024-01-17"},
        {"Pyongyang\xE2\x80\x99s top diplomat, Choe Son-hui, is scheduled to meet with Russian Foreign Minister Sergey "
         "Lavrov on Tuesday",
         ""},
        {"North Korean Foreign Minister Choe Son-hui's Official Visit to Russia", ""},
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO(files[i].name);
        const auto r = readArticle(files[i].name, files[i].bytes);
        REQUIRE(r.ok);
        CHECK(r.article.title == expected[i].title);
        if (*expected[i].dateStart) {
            CHECK(r.article.published.basis == DateBasis::Explicit);
            CHECK(r.article.published.value.rfind(expected[i].dateStart, 0) == 0);
        }
        CHECK(r.article.text.find("Read more") == std::string::npos);
        CHECK(r.article.text.find("cookies") == std::string::npos);
        CHECK_FALSE(r.article.sentences.empty());
    }
}

TEST_CASE("read - empty and binary files give a clear error", "[read][bad-input]") {
    const auto empty = readArticle("empty.txt", "");
    CHECK_FALSE(empty.ok);
    REQUIRE_FALSE(empty.diagnostics.empty());
    CHECK(empty.diagnostics[0].message == "empty file");
    const auto bin = readArticle("image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    CHECK_FALSE(bin.ok);
    CHECK(bin.diagnostics[0].file == "image.png");
}
