// Live pages: entry stamps on lines of their own ("08:12", "Yesterday, 19:40") date their entries.
#include "time_test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;
using dateline::test::valueFor;

namespace {

// The shape the reader leaves of a live page: key points, then entries newest first, each under
// its stamp on a paragraph of its own (from tests/data/stories/air-crash and mine-collapse).
const char* const kLivePage = "- Flight data recorder recovered on Tuesday morning\n\n"
                              "21:05\n\n"
                              "Death toll rises to 19\n\n"
                              "Two passengers died this afternoon, a hospital spokeswoman said.\n\n"
                              "Yesterday, 19:40\n\n"
                              "KNKT opens investigation\n\n"
                              "The cockpit voice recorder was recovered from the tail section this afternoon.\n\n"
                              "Yesterday, 06:30\n\n"
                              "A plane overran the runway early this morning and caught fire.";

std::vector<Timex> tagged(std::string_view text, std::string_view dct) { return tagTime(text, dct); }

} // namespace

TEST_CASE("time resolve live pages - a stamp alone on its line dates its entry", "[time][resolve]") {
    const auto t = tagged(kLivePage, "2026-09-15T21:05");
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& x : t)
        got.emplace_back(x.text, x.value);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"Tuesday morning", "2026-09-15TMO"},
        {"21:05", "2026-09-15T21:05"},            // the page's day, not the last day mentioned
        {"this afternoon", "2026-09-15TAF"},      // the page's own day
        {"Yesterday, 19:40", "2026-09-14T19:40"}, // one expression, from the page's DCT
        {"this afternoon", "2026-09-14TAF"},      // the entry's day, not the page's
        {"Yesterday, 06:30", "2026-09-14T06:30"}, // not the day before the entry above it
        {"this morning", "2026-09-14TMO"},
    };
    CHECK(got == expected);
}

TEST_CASE("time resolve live pages - a clock time inside an entry keeps the entry's day", "[time][resolve]") {
    const char* text = "- Five miners rescued alive, the first three early on Thursday\n\n"
                       "08:12\n\n"
                       "Rescue teams went back underground at about 07:30, a spokeswoman said.";
    // Regression: "08:12" and "07:30" took the last day mentioned (Thursday), a day early.
    CHECK(valueFor(text, "2026-05-15T08:12+02:00", "08:12") == "2026-05-15T08:12");
    CHECK(valueFor(text, "2026-05-15T08:12+02:00", "07:30") == "2026-05-15T07:30");
}

TEST_CASE("time resolve live pages - an expression inside a line is no stamp", "[time][resolve]") {
    // "Yesterday" opens a sentence: "this morning" stays the DCT's.
    const char* text = "Yesterday, 19:40 was when the first call came. Crews were back this morning.";
    CHECK(valueFor(text, "2026-09-15", "this morning") == "2026-09-15TMO");
    // Without a DCT a stamp cannot be resolved and changes nothing.
    CHECK(valueFor("Yesterday, 19:40\n\nCrews left this morning.", "", "this morning") == "XXXX-XX-XXTMO");
}

TEST_CASE("time resolve live pages - no expression runs across a blank line", "[time][resolve]") {
    // Regression: "on Wednesday" ending one entry and the next entry's stamp were one TIME.
    const char* text = "Investigators would arrive in Jakarta on Wednesday\n\n21:05\n\nDeath toll rises";
    CHECK(valueFor(text, "2026-09-15", "Wednesday") == "2026-09-16");
    CHECK(valueFor(text, "2026-09-15", "21:05") == "2026-09-15T21:05");
    // A single line break (wrapped text, as in TimeML files) does not cut an expression.
    CHECK(valueFor("It will open on Friday,\nMarch 21.", "2025-03-16", "Friday,\nMarch 21") == "2025-03-21");
}

TEST_CASE("time resolve live pages - 12-hour stamps written with their suffix ('10:47am', 'Thursday, 4:15pm')",
          "[time][resolve]") {
    const char* const page = "Live: the court rules\n\n"
                             "10:47am\n\n"
                             "The judge has ruled.\n\n"
                             "Thursday, 4:15pm\n\n"
                             "She will give her decision tomorrow morning, at 9am.";
    const auto t = tagged(page, "2026-08-14T12:31"); // a Friday
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& x : t) got.emplace_back(x.text, x.value);
    const std::vector<std::pair<std::string, std::string>> want = {
        {"10:47am", "2026-08-14T10:47"},
        {"Thursday, 4:15pm", "2026-08-13T16:15"},
        {"tomorrow morning", "2026-08-14TMO"}, // the Thursday entry's tomorrow
        {"9am", "2026-08-14T09:00"},
    };
    CHECK(got == want);
}
