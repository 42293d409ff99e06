// Calendar arithmetic (Howard Hinnant's days-from-civil algorithms).
#include "core/calendar.h"

#include <cstdio>

namespace dateline {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t n, int& out) {
    if (s.size() < from + n) return false;
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

} // namespace

long daysFromCivil(CivilDate c) {
    const int y = c.year - (c.month <= 2);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = static_cast<unsigned>((153 * (c.month + (c.month > 2 ? -3 : 9)) + 2) / 5 + c.day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civilFromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilDate c;
    c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    c.year = static_cast<int>(yoe + era * 400) + (c.month <= 2);
    return c;
}

int daysInMonth(int year, int month) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[(month - 1) % 12];
}

int isoWeekday(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; } // 1970-01-01: Thursday

bool dayRangeOfIso(std::string_view v, long& first, long& last) {
    int y = 0, m = 0, d = 0;
    if (!digits(v, 0, 4, y)) return false;
    if (v.size() == 4 || (v.size() > 4 && v[4] != '-')) {
        first = daysFromCivil({y, 1, 1});
        last = daysFromCivil({y, 12, 31});
        return true;
    }
    if (!digits(v, 5, 2, m) || m < 1 || m > 12) return false;
    if (v.size() == 7 || v[7] != '-') {
        first = daysFromCivil({y, m, 1});
        last = daysFromCivil({y, m, daysInMonth(y, m)});
        return true;
    }
    if (!digits(v, 8, 2, d) || d < 1 || d > daysInMonth(y, m)) return false;
    first = last = daysFromCivil({y, m, d});
    return true;
}

std::string isoDay(long days) {
    const CivilDate c = civilFromDays(days);
    if (c.year < 0 || c.year > 9999) { // outside four digits: printf's widths decide
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
        return buf;
    }
    // Digits written directly: merging and inference format hundreds of thousands of days.
    std::string out = "0000-00-00";
    auto put = [&out](std::size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    put(0, c.year, 4);
    put(5, c.month, 2);
    put(8, c.day, 2);
    return out;
}

} // namespace dateline
