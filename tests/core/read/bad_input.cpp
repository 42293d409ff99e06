// Encodings and bad input: every file gives an Article or a clear per-file diagnostic, never a crash.
#include "core/timeline/pipeline.h"
#include "read_test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {
const std::string kBody =
    "The council approved the harbour budget on Thursday after a debate of more than six hours.\n";
}

TEST_CASE("read bad input - Windows-1252 text is converted and says so", "[read][bad-input][encoding]") {
    const auto r = readArticle("cp1252.txt", "Caf\xE9 owners protest\n\x93We will stay open,\x94 the owners said after "
                                             "the council approved the harbour budget on Thursday.\n");
    REQUIRE(r.ok);
    CHECK(r.article.title == "Caf\xC3\xA9 owners protest");
    CHECK(r.article.text == "\xE2\x80\x9CWe will stay open,\xE2\x80\x9D the owners said after the council approved the "
                            "harbour budget on Thursday.");
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].message == "decoded from windows-1252");
}

TEST_CASE("read bad input - invalid UTF-8 bytes are replaced with a warning", "[read][bad-input][encoding]") {
    const auto r = readArticle("damaged.txt",
                               "Budget \xC3\xA9t\xC3\xA9 approved\n" + std::string("Stray \xE2\x80 byte: ") + kBody);
    REQUIRE(r.ok);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].message == "invalid utf-8 bytes replaced");
    CHECK(r.article.text.find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("read bad input - empty, blank, binary and furniture-only files", "[read][bad-input]") {
    const auto empty = readArticle("empty.txt", "");
    CHECK_FALSE(empty.ok);
    CHECK(empty.diagnostics.at(0).message == "empty file");
    const auto blank = readArticle("blank.txt", "\n  \n\xC2\xA0\n");
    CHECK_FALSE(blank.ok);
    CHECK(blank.diagnostics.back().message == "no article text found");
    const auto bin = readArticle("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    CHECK_FALSE(bin.ok);
    CHECK(bin.diagnostics.at(0).file == "photo.jpg");
    CHECK(bin.diagnostics.at(0).message == "binary data, not an article");
    const auto nav = readArticle("nav.txt", "Home\nMenu\nSubscribe\nAccept cookies\n");
    CHECK_FALSE(nav.ok);
}

TEST_CASE("read bad input - odd shapes never crash", "[read][bad-input]") {
    const std::string shapes[] = {
        " date 2024-13-45 ",
        " date ",
        "date 2024-01-01",
        "(",
        ")",
        "[",
        "\xC2\xA9",
        "By",
        "Author:",
        "Published:",
        std::string(5000, 'a'),
        std::string(3000, '\n'),
        "<html>",
        "<html><body><p>",
        "<!doctype html><script>",
        "SEOUL, (",
        "A, Jan. 99 (X) --",
        "\xE2\x80\x94",
        "Read more",
        "Top stories\nTop stories",
        "https://x.example/2024/02/30/",
        "12:99",
        "99 views99",
        "\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
    };
    for (const auto &s : shapes) {
        INFO(s.substr(0, 40));
        const auto r = readArticle("odd.txt", s);
        CHECK((r.ok || !r.diagnostics.empty()));
        for (const auto &sp : r.article.sentences)
            CHECK(sp.end <= r.article.text.size());
    }
}

TEST_CASE("read bad input - one bad file does not stop the corpus", "[read][bad-input]") {
    const std::vector<InputFile> files = {
        {"good.txt", "Budget approved\n" + kBody}, {"empty.txt", ""}, {"bin.dat", std::string("\0\1\2\3", 4)}};
    const Timeline t = buildTimeline(files);
    CHECK(t.articles.size() == 1);
    std::size_t errors = 0;
    for (const auto &d : t.diagnostics)
        errors += d.severity == Severity::Error;
    CHECK(errors >= 2);
}

TEST_CASE("read language - decided by script", "[read][language]") {
    CHECK(readArticle("en.txt", "Budget approved\n" + kBody).article.language == "en");
    const std::string ko = "\xEC\x99\xB8\xEA\xB5\x90\xEB\xB6\x80 \xEC\x9E\xA5\xEA\xB4\x80\xEC\x9D\xB4 "
                           "\xEB\xAA\xA8\xEC\x8A\xA4\xED\x81\xAC\xEB\xB0\x94\xEC\x97\x90 "
                           "\xEB\x8F\x84\xEC\xB0\xA9\xED\x96\x88\xEB\x8B\xA4. "
                           "\xEC\x99\xB8\xEA\xB5\x90\xEB\xB6\x80 \xEC\x9E\xA5\xEA\xB4\x80\xEC\x9D\xB4 "
                           "\xEB\xAA\xA8\xEC\x8A\xA4\xED\x81\xAC\xEB\xB0\x94\xEC\x97\x90 "
                           "\xEB\x8F\x84\xEC\xB0\xA9\xED\x96\x88\xEB\x8B\xA4.\n";
    CHECK(readArticle("ko.txt", ko + ko).article.language == "ko");
    const std::string ja = "\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xA8\xE9\x9F\x93\xE5\x9B\xBD\xE3\x81\xAE\xE5\xA4\x96\xE7"
                           "\x9B\xB8\xE3\x81\xAF\xE5\x8D\x81\xE5\x85\xAD\xE6\x97\xA5\xE3\x80\x81\xE6\x9D\xB1\xE4\xBA"
                           "\xAC\xE3\x81\xA7\xE4\xBC\x9A\xE8\xAB\x87\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\n";
    const auto jr = readArticle("ja.txt", ja);
    CHECK(jr.ok); // no spaces: words are counted by ideographs and kana
    CHECK(jr.article.language == "ja");
}
