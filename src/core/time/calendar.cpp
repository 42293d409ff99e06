// Calendar helpers for the time resolver: ISO weeks, month steps, ISO value prefixes.
#include "core/time/calendar.h"

#include <cstdio>

namespace dateline::calendar {

void isoWeek(long days, int& year, int& week) {
    const long thursday = days - isoWeekday(days) + 4; // the week belongs to the year of its Thursday
    year = civilFromDays(thursday).year;
    week = static_cast<int>((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
}

Date addMonths(Date d, int months) {
    long index = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
    d.year = static_cast<int>(index >= 0 ? index / 12 : (index - 11) / 12);
    d.month = static_cast<int>(index - static_cast<long>(d.year) * 12) + 1;
    const int last = daysInMonth(d.year, d.month);
    if (d.day > last) d.day = last;
    return d;
}

namespace {
bool readDigits(std::string_view s, std::size_t at, std::size_t count, int& out) {
    if (at + count > s.size()) return false;
    int v = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}
} // namespace

int parseIsoPrefix(std::string_view s, Date& out) {
    out = Date{};
    if (!readDigits(s, 0, 4, out.year)) return 0;
    if (s.size() < 7 || s[4] != '-' || !readDigits(s, 5, 2, out.month) || out.month < 1 || out.month > 12) return 1;
    if (s.size() < 10 || s[7] != '-' || !readDigits(s, 8, 2, out.day) || out.day < 1 ||
        out.day > daysInMonth(out.year, out.month)) {
        out.day = 0;
        return 2;
    }
    return 3;
}

std::string formatDay(const Date& d) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string formatMonth(const Date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    return buf;
}

std::string formatYear(int y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
}

} // namespace dateline::calendar
