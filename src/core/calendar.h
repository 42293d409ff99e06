// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
#pragma once

#include <string>
#include <string_view>

namespace dateline {

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

long daysFromCivil(CivilDate d);
CivilDate civilFromDays(long days);
int daysInMonth(int year, int month);
// ISO weekday of a day number: 1 = Monday … 7 = Sunday.
int isoWeekday(long days);

// Parses the leading "YYYY", "YYYY-MM" or "YYYY-MM-DD" of an ISO/TIMEX3 value into the first
// and last day it covers. Returns false for anything else (e.g. "XXXX-XX-XX", "PAST_REF").
bool dayRangeOfIso(std::string_view value, long& first, long& last);

std::string isoDay(long days);

} // namespace dateline
