// Calendar helpers for event dates (proleptic Gregorian, Howard Hinnant's day algorithms).
#include "core/events/event_date.h"

#include <cstdio>

namespace dateline {
namespace {

bool readNumber(std::string_view s, std::size_t pos, std::size_t len, int &out) {
    if (pos + len > s.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int daysInMonth(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

void setRange(EventDate &out, long first, long last, Granularity g) {
    out.earliest = isoDayFromDays(first);
    out.latest = isoDayFromDays(last);
    out.granularity = g;
}

} // namespace

long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civilFromDays(long z, int &y, int &m, int &d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2);
}

std::string isoDayFromDays(long days) {
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
    return buf;
}

bool parseIsoDay(std::string_view s, long &days) {
    int y, m, d;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !readNumber(s, 0, 4, y) || !readNumber(s, 5, 2, m) ||
        !readNumber(s, 8, 2, d) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return false;
    days = daysFromCivil(y, m, d);
    return true;
}

int weekdayOf(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; } // 1970-01-01 was a Thursday

bool eventDateFromValue(std::string_view v, EventDate &out) {
    out = EventDate{};
    out.value =
        std::string(v.substr(0, v.size() >= 10 && v[4] == '-' && v.size() > 10 && v[10] == 'T' ? 10 : v.size()));
    int y = 0, m = 0, n = 0;
    if (v.size() >= 10 && readNumber(v, 0, 4, y) && v[4] == '-' && readNumber(v, 5, 2, m) && v[7] == '-') {
        long day;
        if (!parseIsoDay(v, day)) return false;
        out.value = std::string(v.substr(0, 10));
        setRange(out, day, day, Granularity::Day);
        return true;
    }
    if (v.size() == 7 && readNumber(v, 0, 4, y) && v[4] == '-' && readNumber(v, 5, 2, m) && m >= 1 && m <= 12) {
        setRange(out, daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m)), Granularity::Month);
        return true;
    }
    if (v.size() == 8 && readNumber(v, 0, 4, y) && v[4] == '-' && v[5] == 'W' && readNumber(v, 6, 2, n) && n >= 1 &&
        n <= 53) {
        // ISO week 1 contains January 4th.
        const long jan4 = daysFromCivil(y, 1, 4);
        const long monday = jan4 - (weekdayOf(jan4) - 1) + 7L * (n - 1);
        setRange(out, monday, monday + 6, Granularity::Week);
        return true;
    }
    if (v.size() == 7 && readNumber(v, 0, 4, y) && v[4] == '-' && v[5] == 'Q' && readNumber(v, 6, 1, n) && n >= 1 &&
        n <= 4) {
        const int m0 = 3 * (n - 1) + 1;
        setRange(out, daysFromCivil(y, m0, 1), daysFromCivil(y, m0 + 2, daysInMonth(y, m0 + 2)), Granularity::Quarter);
        return true;
    }
    if (v.size() == 7 && readNumber(v, 0, 4, y) && v[4] == '-') {
        const std::string_view s = v.substr(5, 2);
        int m0 = 0, m1 = 0;
        if (s == "SP")
            m0 = 3, m1 = 5;
        else if (s == "SU")
            m0 = 6, m1 = 8;
        else if (s == "FA")
            m0 = 9, m1 = 11;
        else if (s == "WI")
            m0 = 12, m1 = 14;
        else
            return false;
        const int y1 = m1 > 12 ? y + 1 : y;
        const int mm1 = m1 > 12 ? m1 - 12 : m1;
        setRange(out, daysFromCivil(y, m0, 1), daysFromCivil(y1, mm1, daysInMonth(y1, mm1)), Granularity::Season);
        return true;
    }
    if (v.size() == 4 && readNumber(v, 0, 4, y)) {
        setRange(out, daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31), Granularity::Year);
        return true;
    }
    if (v.size() == 3 && readNumber(v, 0, 3, y)) {
        setRange(out, daysFromCivil(y * 10, 1, 1), daysFromCivil(y * 10 + 9, 12, 31), Granularity::Decade);
        return true;
    }
    return false;
}

EventDate shiftedDay(const EventDate &date, long offset) {
    EventDate out = date;
    long day;
    if (date.granularity != Granularity::Day || !parseIsoDay(date.value, day)) return out;
    out.value = isoDayFromDays(day + offset);
    out.earliest = out.latest = out.value;
    return out;
}

bool datesOverlap(const EventDate &a, const EventDate &b) {
    if (a.earliest.empty() || b.earliest.empty()) return false;
    return !(a.latest < b.earliest || b.latest < a.earliest); // ISO days compare as strings
}

} // namespace dateline
