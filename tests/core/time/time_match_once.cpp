// Matching once and resolving against several DCTs gives what tagging against each DCT gives
// (the pipeline resolves an undated article's matches again once its date is inferred).
#include "core/time/tagger.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace dateline;

namespace {

void checkSameAsTagging(const std::string& text) {
    const std::vector<MatchedTimex> matched = matchTimexes(text);
    for (const char* dct : {"", "2024-01-17", "2025-03-16T14:37", "2024-10"}) {
        INFO("DCT '" << dct << "'");
        const auto tagged = tagTime(text, dct);
        const auto resolved = resolveTimexes(text, matched, dct);
        REQUIRE(resolved.size() == tagged.size());
        for (std::size_t i = 0; i < tagged.size(); ++i) {
            INFO(tagged[i].text);
            CHECK(resolved[i].start == tagged[i].start);
            CHECK(resolved[i].end == tagged[i].end);
            CHECK(resolved[i].text == tagged[i].text);
            CHECK(resolved[i].type == tagged[i].type);
            CHECK(resolved[i].value == tagged[i].value);
            CHECK(resolved[i].mod == tagged[i].mod);
            CHECK(resolved[i].quant == tagged[i].quant);
            CHECK(resolved[i].freq == tagged[i].freq);
            CHECK(resolved[i].anchor == tagged[i].anchor);
        }
    }
}

} // namespace

TEST_CASE("time match once - resolving matches again equals tagging again", "[time][resolve]") {
    // Tense-dependent weekdays and months, anaphora, durations, sets and a comparison point.
    checkSameAsTagging("The ministers met on Saturday, a day after they arrived. They will meet again in June. "
                       "Talks are held every week; the same day, revenue was up from a year earlier. "
                       "Last year's treaty was signed two decades ago, on Jan. 16, 2024.");
    for (const char* file : {"000_fcb9af26f97140a6.txt", "003_640f6608b4bcff8d.txt"})
        checkSameAsTagging(test::readSourceFile(std::string("assets/articles/") + file));
}

TEST_CASE("time match once - an undated article's matches keep the tense of their sentence", "[time][resolve]") {
    const std::string text = "Kim will travel to Moscow on Tuesday. Putin arrived on Tuesday.";
    const auto resolved = resolveTimexes(text, matchTimexes(text), "2024-01-17"); // a Wednesday
    REQUIRE(resolved.size() == 2);
    CHECK(resolved[0].value == "2024-01-23"); // future: the next Tuesday
    CHECK(resolved[1].value == "2024-01-16"); // past: the day before
}
