// Every time expression in the bundled articles, with the value a reader of the article would give.
// The DCTs are the articles' own stamps (000, 002), the dated photo caption's day after (004), or,
// for the two undated pages, the day their content fixes (001: "reported Tuesday" after Monday's
// departure for the Oct. 2024 visit; 003: "told journalists on Monday", talks "on Tuesday").
#include "core/time/tagger.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using namespace dateline;

namespace {

using Expected = std::vector<std::pair<std::string, std::string>>; // (text, value) in order

void checkArticle(const std::string& file, const std::string& dct, const Expected& expected) {
    const std::string text = test::readSourceFile("assets/articles/" + file);
    const auto timexes = tagTime(text, dct);
    INFO(file << " with DCT " << dct);
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& t : timexes)
        got.emplace_back(t.text, t.value);
    CHECK(got == expected);
}

} // namespace

TEST_CASE("time bundled articles - 000: Saturday, a day after, last June, last year's treaty", "[time][articles]") {
    checkArticle("000_fcb9af26f97140a6.txt", "2025-03-16T14:37",
                 {{"2025-03-16", "2025-03-16"},
                  {"16 Mar. 2025", "2025-03-16"},
                  {"14:37", "2025-03-16T14:37"},
                  {"Oct. 24", "2024-10-24"},  // caption of an older photo: last October
                  {"Sunday", "2025-03-16"},   // "state media reported Sunday": the DCT's own day
                  {"Saturday", "2025-03-15"}, // "met … on Saturday"
                  {"a day", "P1D"},           // "a day after they arrived": a duration; the event stage anchors it
                  {"Saturday", "2025-03-15"},
                  {"last June", "2024-06"}, // "treaty signed last June"
                  {"last year", "2024"},    // "last year's treaty"
                  {"30-day", "P30D"},
                  {"last week", "2025-W10"}});
}

TEST_CASE("time bundled articles - 001: Monday, the next day, reported Tuesday", "[time][articles]") {
    checkArticle("001_7586c69c994ee961.txt", "2024-10-29",
                 {{"Monday", "2024-10-28"},
                  {"the next day", "2024-10-29"}, // photo "provided … the next day"
                  {"Monday", "2024-10-28"},
                  {"the next day", "2024-10-29"},
                  {"Tuesday", "2024-10-29"}, // "state media reported Tuesday"
                  {"Monday", "2024-10-28"},
                  {"Monday", "2024-10-28"},
                  {"the near future", "FUTURE_REF"},
                  {"next year", "2025"},
                  {"June", "2024-06"},      // "summit talks in June" (the 2024 Pyongyang summit)
                  {"September", "2024-09"}, // "last visited Russia in September"
                  {"January", "2024-01"}}); // "also traveled to Moscow in January"
}

TEST_CASE("time bundled articles - 002: stamped 00:31, earlier on Tuesday is the day before", "[time][articles]") {
    checkArticle("002_2af67d93a0b182bd.txt", "2024-01-17T00:31",
                 {{"2024-01-17", "2024-01-17"},
                  {"17 Jan, 2024", "2024-01-17"},
                  {"00:31", "2024-01-17T00:31"},
                  {"January 16, 2024", "2024-01-16"},
                  {"Tuesday", "2024-01-16"}, // "talks … earlier on Tuesday"
                  {"recently", "PAST_REF"},
                  {"Tuesday", "2024-01-16"}, // "informed the media on Tuesday"
                  {"nearly a week", "P1W"},  // "for nearly a week last September": mod LESS_THAN
                  {"last September", "2023-09"},
                  {"This week", "2024-W03"},
                  {"recent weeks", "PAST_REF"},
                  {"2005", "2005"},
                  {"2024", "2024"}}); // the page footer's copyright years; "0:00" players are not times
}

TEST_CASE("time bundled articles - 003: scheduled for Tuesday, the same day, October of the same year",
          "[time][articles]") {
    checkArticle("003_640f6608b4bcff8d.txt", "2024-01-15",
                 {{"Tuesday", "2024-01-16"}, // "is scheduled to meet … on Tuesday": future
                  {"this week", "2024-W03"},
                  {"Monday", "2024-01-15"}, // "told journalists on Monday"
                  {"the same day", "2024-01-15"},
                  {"Tuesday", "2024-01-16"},
                  {"recently", "PAST_REF"},
                  {"July 2023", "2023-07"},
                  {"October of the same year", "2023-10"}, // follows "July 2023"
                  {"September 2023", "2023-09"},
                  {"Monday", "2024-01-15"},
                  {"Tuesday", "2024-01-16"},   // "Moscow expects the talks on Tuesday"
                  {"Wednesday", "2024-01-17"}, // "expected to stay in Moscow until Wednesday"
                  {"Monday", "2024-01-15"}});
}

TEST_CASE("time bundled articles - 004: January 14, the September summit", "[time][articles]") {
    checkArticle("004_bb334c3bda1e2508.txt", "2024-01-17",
                 {{"January 14", "2024-01-14"},
                  {"Jan. 16, 2024", "2024-01-16"},
                  {"September", "2023-09"}, // "the September summit": the nearer September, four months back
                  {"daily", "P1D"},
                  {"January 16", "2024-01-16"},
                  {"currently", "PRESENT_REF"}});
}
