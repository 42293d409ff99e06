// Odd dates and time-expression floods through the tagger and the pipeline: valid TIMEX3 values
// or none, offsets inside the text, output bounded by the input.
#include "core/time/tagger.h"
#include "core/timeline/pipeline.h"
#include "hostile_support.h"

#include <catch2/catch.hpp>

#include <cctype>

using namespace dateline;

namespace {

// A TIMEX3 date value the explorer can place: digits or X in the year, and a real month/day.
bool plausibleValue(const std::string& v) {
    if (v.size() < 4) return true; // PAST_REF, P3Y … are not calendar dates
    const bool yearLike = std::isdigit(static_cast<unsigned char>(v[0])) || v[0] == 'X';
    if (!yearLike || v.find('-') == std::string::npos || v[4] != '-') return true;
    if (v.size() >= 7 && std::isdigit(static_cast<unsigned char>(v[5])) &&
        std::isdigit(static_cast<unsigned char>(v[6]))) {
        const int month = (v[5] - '0') * 10 + (v[6] - '0');
        if (month < 1 || month > 12) return false;
    }
    if (v.size() >= 10 && std::isdigit(static_cast<unsigned char>(v[8])) &&
        std::isdigit(static_cast<unsigned char>(v[9]))) {
        const int day = (v[8] - '0') * 10 + (v[9] - '0');
        if (day < 1 || day > 31) return false;
    }
    return true;
}

void checkTimexes(const std::string& text, const std::vector<Timex>& timexes) {
    for (const auto& t : timexes) {
        INFO(t.text << " -> " << t.value);
        REQUIRE(t.start < t.end);
        REQUIRE(t.end <= text.size());
        CHECK(text.substr(t.start, t.end - t.start) == t.text);
        CHECK(plausibleValue(t.value));
    }
}

} // namespace

TEST_CASE("hostile dates - record numbers, two-digit years, year 0, BCE and impossible days", "[hostile][time]") {
    const std::string text = test::hostileFile("odd_dates.txt");
    const auto timexes = tagTime(text, "2024-01-16");
    checkTimexes(text, timexes);
    for (const auto& t : timexes) {
        INFO(t.text << " -> " << t.value);
        // A record number is not a date, and impossible calendar dates never become real days.
        CHECK(t.text.find("2882015") == std::string::npos);
        CHECK(t.value.find("2024-02-30") == std::string::npos);
        CHECK(t.value.find("0000-00-00") == std::string::npos);
    }
    // The pipeline keeps the article whatever the tagger makes of its dates.
    const Timeline t = buildTimeline({{"odd_dates.txt", text}});
    REQUIRE(t.articles.size() == 1);
    checkTimexes(t.articles[0].text, t.articles[0].timexes);
}

TEST_CASE("hostile dates - each odd shape alone, with and without a creation date", "[hostile][time]") {
    const std::string shapes[] = {"2882015",     "19-Nov-12",  "the year 0",        "in 0 AD",
                                  "500 BC",      "44 BCE",     "AD 1582",           "year 10000",
                                  "0000-00-00",  "2024-02-30", "31/31/2024",        "9999999999999999999999",
                                  "-2024-01-01", "2024-13-01", "February 30, 2024", "99 BC to AD 99",
                                  "the 0s",      "the -10s",   "1e9 years ago",     "XXXX-XX-XX"};
    for (const auto& s : shapes)
        for (const char* dct : {"2024-01-16", "", "0000-01-01", "9999-12-31", "garbage"}) {
            INFO(s << " | dct " << dct);
            const std::string text = "It happened " + s + ", officials said.";
            checkTimexes(text, tagTime(text, dct));
        }
}

TEST_CASE("hostile dates - 10,000 time expressions in one sentence stay bounded", "[hostile][time]") {
    std::string sentence = "The archive lists meetings on";
    for (int i = 0; i < 10000; ++i)
        sentence += " " + std::to_string(i % 28 + 1) + " May " + std::to_string(1900 + i % 120) + ",";
    sentence += " and nothing else.";
    const auto timexes = tagTime(sentence, "2024-01-16");
    checkTimexes(sentence, timexes);
    CHECK(timexes.size() <= 10000); // never more expressions than the text holds

    const Timeline t = buildTimeline({{"flood.txt", "Archive\n\n" + sentence + "\n"}, test::goodArticle()});
    REQUIRE(t.articles.size() == 2);
    std::size_t total = 0;
    for (const auto& a : t.articles)
        total += a.timexes.size();
    CHECK(total <= 10000 + 10);
    CHECK(t.events.size() <= 10000 + 10);
}
