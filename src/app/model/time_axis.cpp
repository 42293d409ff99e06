// Tick generation for the timeline's time axis.
#include "app/model/time_axis.h"

#include "core/calendar.h"

#include <cmath>
#include <cstdio>

namespace dateline::app {
namespace {

const char* const kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

enum class Unit { Year, Month, Day, Hour };

struct Step {
    Unit unit;
    int count;
    double approxDays;
};

const Step kSteps[] = {{Unit::Hour, 1, 1.0 / 24}, {Unit::Hour, 3, 3.0 / 24}, {Unit::Hour, 6, 0.25},
                       {Unit::Hour, 12, 0.5},     {Unit::Day, 1, 1},         {Unit::Day, 2, 2},
                       {Unit::Day, 7, 7},         {Unit::Month, 1, 30.4},    {Unit::Month, 3, 91.3},
                       {Unit::Month, 6, 182.6},   {Unit::Year, 1, 365.25},   {Unit::Year, 2, 730.5},
                       {Unit::Year, 5, 1826},     {Unit::Year, 10, 3652},    {Unit::Year, 25, 9131},
                       {Unit::Year, 50, 18262},   {Unit::Year, 100, 36525}};

std::string format(const char* fmt, int a, int b = 0, int c = 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, a, b, c);
    return buf;
}

} // namespace

std::vector<AxisTick> buildAxisTicks(const ViewState& view, float widthPx, float minSpacingPx) {
    std::vector<AxisTick> ticks;
    const double span = view.lastDay - view.firstDay;
    if (widthPx <= 0 || span <= 0) return ticks;
    const double daysPerPx = span / widthPx;
    const Step* step = &kSteps[sizeof kSteps / sizeof kSteps[0] - 1];
    for (const auto& s : kSteps) {
        if (s.approxDays / daysPerPx >= minSpacingPx) {
            step = &s;
            break;
        }
    }
    const long firstDay = static_cast<long>(std::floor(view.firstDay)) - 1;
    const CivilDate start = civilFromDays(firstDay);
    switch (step->unit) {
    case Unit::Hour: {
        for (double h = std::floor(view.firstDay * 24 / step->count) * step->count; h / 24 <= view.lastDay;
             h += step->count) {
            const long day = static_cast<long>(std::floor(h / 24));
            const int hour = static_cast<int>(h - day * 24.0);
            const CivilDate c = civilFromDays(day);
            ticks.push_back({h / 24, hour == 0 ? format("%d ", c.day) + kMonthNames[c.month - 1] : format("%02d:00", hour),
                             hour == 0});
        }
        break;
    }
    case Unit::Day: {
        long d = firstDay;
        if (step->count == 7) d -= isoWeekday(d) - 1; // weeks start on Monday
        for (; d <= view.lastDay; d += step->count) {
            const CivilDate c = civilFromDays(d);
            ticks.push_back({static_cast<double>(d), format("%d ", c.day) + kMonthNames[c.month - 1], c.day == 1});
        }
        break;
    }
    case Unit::Month: {
        int y = start.year, m = ((start.month - 1) / step->count) * step->count + 1;
        for (;;) {
            const long d = daysFromCivil({y, m, 1});
            if (d > view.lastDay) break;
            ticks.push_back({static_cast<double>(d), m == 1 ? format("%d", y) : std::string(kMonthNames[m - 1]), m == 1});
            m += step->count;
            if (m > 12) m -= 12, ++y;
        }
        break;
    }
    case Unit::Year: {
        int y = start.year - ((start.year % step->count) + step->count) % step->count;
        for (;; y += step->count) {
            const long d = daysFromCivil({y, 1, 1});
            if (d > view.lastDay) break;
            ticks.push_back({static_cast<double>(d), format("%d", y), y % (step->count * 5) == 0});
        }
        break;
    }
    }
    return ticks;
}

} // namespace dateline::app
