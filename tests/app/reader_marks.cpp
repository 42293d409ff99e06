// Reader marks: exact byte runs for time expressions and entity mentions, walked in one pass.
#include "app/model/reader_marks.h"

#include <catch2/catch.hpp>

#include <string>

using namespace dateline;
using namespace dateline::app;

namespace {

Timeline sample() {
    Timeline t;
    Article a;
    a.text = "On Sunday, Ana Costa met Rui Pinto in Lisbon.";
    //        0123456789012345678901234567890123456789012345
    Timex sunday;
    sunday.start = 3;
    sunday.end = 9; // "Sunday" without its comma
    sunday.value = "2025-03-16";
    a.timexes.push_back(sunday);
    t.articles.push_back(a);
    Article other;
    other.text = "Ana Costa spoke.";
    t.articles.push_back(other);
    Entity costa;
    costa.name = "Ana Costa";
    costa.mentions = {{0, 11, 20}, {1, 0, 9}};
    Entity lisbon;
    lisbon.name = "Lisbon";
    lisbon.mentions = {{0, 38, 44}};
    t.entities = {costa, lisbon};
    return t;
}

std::string text(const Timeline& t, const ReaderPiece& p) { return t.articles[0].text.substr(p.start, p.end - p.start); }

} // namespace

TEST_CASE("reader marks - timexes and this article's mentions, sorted, exact to the byte", "[reader]") {
    const Timeline t = sample();
    const auto marks = buildReaderMarks(t, 0, true);
    REQUIRE(marks.size() == 3);
    CHECK(marks[0].start == 3);
    CHECK(marks[0].end == 9);
    CHECK(marks[0].timex == 0);
    CHECK(marks[1].entity == 0);
    CHECK(marks[1].start == 11);
    CHECK(marks[2].entity == 1);
    CHECK(buildReaderMarks(t, 0, false).size() == 1); // entities off: the timex only
    CHECK(buildReaderMarks(t, 1, true).size() == 1);  // the other article's mention only
    CHECK(buildReaderMarks(t, 7, true).empty());
}

TEST_CASE("reader marks - a word is cut where a mark ends, so punctuation stays plain", "[reader]") {
    const Timeline t = sample();
    const auto marks = buildReaderMarks(t, 0, true);
    ReaderMarkCursor cursor(marks);
    std::vector<ReaderPiece> pieces;
    cursor.pieces(0, 2, pieces); // "On"
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].mark == nullptr);
    cursor.pieces(3, 10, pieces); // "Sunday,"
    REQUIRE(pieces.size() == 2);
    CHECK(text(t, pieces[0]) == "Sunday");
    REQUIRE(pieces[0].mark != nullptr);
    CHECK(pieces[0].mark->timex == 0);
    CHECK(text(t, pieces[1]) == ",");
    CHECK(pieces[1].mark == nullptr);
    cursor.pieces(11, 14, pieces); // "Ana"
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].mark->entity == 0);
    cursor.pieces(38, 45, pieces); // "Lisbon."
    REQUIRE(pieces.size() == 2);
    CHECK(text(t, pieces[0]) == "Lisbon");
    CHECK(pieces[0].mark->entity == 1);
    CHECK(text(t, pieces[1]) == ".");
}

TEST_CASE("reader marks - overlapping spans: the run carries the timex and the innermost mention", "[reader]") {
    Timeline t;
    Article a;
    a.text = "the Monday Club of Paris met";
    Timex monday;
    monday.start = 4;
    monday.end = 10;
    a.timexes.push_back(monday);
    t.articles.push_back(a);
    Entity club, paris;
    club.mentions = {{0, 4, 24}};
    paris.mentions = {{0, 19, 24}};
    t.entities = {club, paris};
    const auto marks = buildReaderMarks(t, 0, true);
    REQUIRE(marks.size() == 3);
    CHECK((marks[0].timex == 0 && marks[0].entity == 0 && marks[0].end == 10));
    CHECK((marks[1].timex == -1 && marks[1].entity == 0 && marks[1].start == 10 && marks[1].end == 19));
    CHECK((marks[2].entity == 1 && marks[2].start == 19 && marks[2].end == 24));
}
