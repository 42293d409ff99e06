// Calendar helpers for the time resolver, on top of core/calendar.h: ISO weeks, month steps,
// ISO value prefixes and their formatting.
#pragma once

#include "core/calendar.h"

#include <string>
#include <string_view>

namespace dateline::calendar {

struct Date {
    int year = 0, month = 0, day = 0; // 0 where a field is unknown
};

inline long daysFromCivil(int y, int m, int d) { return dateline::daysFromCivil(CivilDate{y, m, d}); }
inline Date civilFromDays(long days) {
    const CivilDate c = dateline::civilFromDays(days);
    return {c.year, c.month, c.day};
}
using dateline::daysInMonth;
using dateline::isoWeekday; // 1 = Monday … 7 = Sunday

void isoWeek(long days, int& year, int& week); // ISO-8601 week-numbering year and week
Date addMonths(Date d, int months); // day clamped to the target month

// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" prefixes of text, with bounds checks.
// Returns the number of fields read (0 when text does not start with a year).
int parseIsoPrefix(std::string_view text, Date& out);

std::string formatDay(const Date& d);   // YYYY-MM-DD
std::string formatMonth(const Date& d); // YYYY-MM
std::string formatYear(int y);          // YYYY (four digits, zero-padded)

} // namespace dateline::calendar
