// Calendar arithmetic and TIMEX3 value → EventDate (granularity and the day range it covers).
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>

namespace dateline {

long daysFromCivil(int year, int month, int day);
void civilFromDays(long days, int &year, int &month, int &day);
std::string isoDayFromDays(long days);
// "YYYY-MM-DD" (anything after is ignored) → day number; false when not a full date.
bool parseIsoDay(std::string_view s, long &days);
// 1 = Monday … 7 = Sunday.
int weekdayOf(long days);

// A resolved TIMEX3 date value as an EventDate: "2024-01-16" (day), "2024-01" (month),
// "2024" (year), "2024-W03" (week), "2024-Q1", "2024-SU", "202" (decade). Returns false for
// underspecified ("XXXX-…") or non-date values.
bool eventDateFromValue(std::string_view value, EventDate &out);

// The date `days` days after a day-level date (offset may be negative).
EventDate shiftedDay(const EventDate &date, long days);

// True when the two dates' day ranges overlap.
bool datesOverlap(const EventDate &a, const EventDate &b);

} // namespace dateline
