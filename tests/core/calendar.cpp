#include "core/calendar.h"

#include <catch2/catch.hpp>

using namespace dateline;

TEST_CASE("calendar - day numbers round-trip and weekdays are right", "[calendar]") {
    CHECK(daysFromCivil({1970, 1, 1}) == 0);
    CHECK(isoDay(daysFromCivil({2024, 2, 29})) == "2024-02-29");
    CHECK(isoWeekday(daysFromCivil({2024, 1, 16})) == 2);  // a Tuesday
    CHECK(isoWeekday(daysFromCivil({2025, 3, 15})) == 6);  // a Saturday
    CHECK(daysInMonth(2024, 2) == 29);
    CHECK(daysInMonth(1900, 2) == 28);
}

TEST_CASE("calendar - ISO days keep four year digits, and printf's widths outside them", "[calendar]") {
    CHECK(isoDay(daysFromCivil({7, 3, 5})) == "0007-03-05");
    CHECK(isoDay(daysFromCivil({999, 12, 31})) == "0999-12-31");
    CHECK(isoDay(daysFromCivil({9999, 12, 31})) == "9999-12-31");
    CHECK(isoDay(daysFromCivil({10000, 1, 1})) == "10000-01-01");
    CHECK(isoDay(daysFromCivil({-1, 1, 1})) == "-001-01-01");
}

TEST_CASE("calendar - ISO values map to the days they cover", "[calendar]") {
    long a = 0, b = 0;
    REQUIRE(dayRangeOfIso("2024-06", a, b));
    CHECK(isoDay(a) == "2024-06-01");
    CHECK(isoDay(b) == "2024-06-30");
    REQUIRE(dayRangeOfIso("2023", a, b));
    CHECK(b - a == 364);
    REQUIRE(dayRangeOfIso("2024-01-16T10:05", a, b));
    CHECK(a == b);
    CHECK_FALSE(dayRangeOfIso("XXXX-XX-XX", a, b));
    CHECK_FALSE(dayRangeOfIso("2024-13", a, b));
    CHECK_FALSE(dayRangeOfIso("2024-02-30", a, b));
    CHECK_FALSE(dayRangeOfIso("", a, b));
}
