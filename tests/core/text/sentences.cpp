#include "core/text/sentences.h"

#include <catch2/catch.hpp>

#include <string>

using namespace dateline;

namespace {
std::vector<std::string> sentencesOf(const std::string& t) {
    std::vector<std::string> out;
    for (const auto& s : splitSentences(t)) out.push_back(t.substr(s.start, s.end - s.start));
    return out;
}
} // namespace

TEST_CASE("sentences - abbreviations and initials do not end a sentence", "[text][sentences]") {
    const auto s = sentencesOf("He arrived in Moscow on Oct. 24 with the U.S. envoy. Talks began. Mr. Kim left.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "He arrived in Moscow on Oct. 24 with the U.S. envoy.");
    CHECK(s[2] == "Mr. Kim left.");
}

TEST_CASE("sentences - a name's dotted initials do not end a sentence", "[text][sentences]") {
    const auto s = sentencesOf("The meeting with chief executive J.P. Okafor was held downtown. Talks ended. "
                               "Author J.R.R. Tolkien wrote it.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "The meeting with chief executive J.P. Okafor was held downtown.");
    CHECK(s[2] == "Author J.R.R. Tolkien wrote it.");
}

TEST_CASE("sentences - closing quotes stay with their sentence", "[text][sentences]") {
    const auto s = sentencesOf("He called it \xE2\x80\x9Cillegal.\xE2\x80\x9D The ministry agreed.");
    REQUIRE(s.size() == 2);
    CHECK(s[0] == "He called it \xE2\x80\x9Cillegal.\xE2\x80\x9D");
}

TEST_CASE("sentences - line breaks end sentences and offsets point into the text", "[text][sentences]") {
    const std::string t = "Headline without stop\n\nFirst body sentence. Second one 3.5 times larger.";
    const auto spans = splitSentences(t);
    REQUIRE(spans.size() == 3);
    CHECK(t.substr(spans[2].start, spans[2].end - spans[2].start) == "Second one 3.5 times larger.");
}
