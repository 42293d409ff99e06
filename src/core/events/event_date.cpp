// TIMEX3 values → event dates, on top of the shared calendar arithmetic in core/calendar.h.
#include "core/events/event_date.h"

#include "core/calendar.h"


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

void setRange(EventDate &out, long first, long last, Granularity g) {
    out.earliest = isoDayFromDays(first);
    out.latest = isoDayFromDays(last);
    out.granularity = g;
}

} // namespace

// Thin adapters over core/calendar.h for the event stage's (year, month, day) call shape.
long daysFromCivil(int y, int m, int d) { return dateline::daysFromCivil(CivilDate{y, m, d}); }

void civilFromDays(long days, int &y, int &m, int &d) {
    const CivilDate c = dateline::civilFromDays(days);
    y = c.year;
    m = c.month;
    d = c.day;
}

std::string isoDayFromDays(long days) { return isoDay(days); }

bool parseIsoDay(std::string_view s, long &days) {
    int y, m, d;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !readNumber(s, 0, 4, y) || !readNumber(s, 5, 2, m) ||
        !readNumber(s, 8, 2, d) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return false;
    days = daysFromCivil(y, m, d);
    return true;
}

int weekdayOf(long days) { return isoWeekday(days); }

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
