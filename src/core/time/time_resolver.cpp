// Resolves REL/REF/NAMED values against an anchor date and the sentence's tense.
#include "core/time/time_resolver.h"

#include "core/time/calendar.h"

#include <cstdio>
#include <vector>

namespace dateline::timetag {
namespace cal = dateline::calendar;

TimeAnchor anchorFromValue(std::string_view value) {
    cal::Date d;
    const int fields = cal::parseIsoPrefix(value, d);
    TimeAnchor a;
    a.year = d.year;
    a.month = d.month;
    a.day = d.day;
    a.granularity = fields;
    if (fields == 1 && value.size() >= 7 && value[4] == '-' && value[5] == 'Q' && value[6] >= '1' && value[6] <= '4')
        a.quarter = value[6] - '0';
    return a;
}

bool endedBy(const TimeAnchor& q, const TimeAnchor& dct) {
    if (q.quarter == 0 || dct.granularity < 3) return false;
    const int dctIndex = dct.year * 4 + (dct.month - 1) / 3;
    const int index = q.year * 4 + q.quarter - 1;
    return index < dctIndex ||
           (index == dctIndex && dct.month == q.quarter * 3 && dct.day == cal::daysInMonth(dct.year, dct.month));
}

namespace {

bool parseOffset(std::string_view s, int& out) {
    if (s.empty()) return false;
    std::size_t i = 0;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') negative = s[i++] == '-';
    if (i >= s.size() || s.size() - i > 6) return false;
    int v = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = negative ? -v : v;
    return true;
}

std::string vagueRef(std::string_view offset) {
    if (!offset.empty() && offset[0] == '-') return "PAST_REF";
    if (!offset.empty() && offset[0] == '+') return "FUTURE_REF";
    return "PRESENT_REF";
}

std::string twoDigits(int v) {
    char b[16];
    std::snprintf(b, sizeof b, "%02d", v);
    return b;
}

std::string weekValue(long days) {
    int y = 0, w = 0;
    cal::isoWeek(days, y, w);
    return cal::formatYear(y) + "-W" + twoDigits(w);
}

// Floor division for negative offsets.
int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// The value of unit+offset from an anchor, or "" when the anchor is too coarse.
std::string relativeValue(std::string_view unit, int offset, const TimeAnchor& a) {
    if (a.granularity < 1) return {};
    if (unit == "year") return cal::formatYear(a.year + offset);
    if (unit == "decade") return std::to_string(floorDiv(a.year, 10) + offset);
    if (unit == "century") return twoDigits(floorDiv(a.year, 100) + offset);
    if (a.granularity < 2) return {};
    if (unit == "month") return cal::formatMonth(cal::addMonths({a.year, a.month, 1}, offset));
    if (unit == "quarter" || unit == "half") {
        const int per = unit == "quarter" ? 3 : 6;
        const int count = 12 / per;
        const int index = a.year * count + (a.month - 1) / per + offset;
        return cal::formatYear(floorDiv(index, count)) + (per == 3 ? "-Q" : "-H") +
               std::to_string(index - floorDiv(index, count) * count + 1);
    }
    if (a.granularity < 3) return {};
    const long today = cal::daysFromCivil(a.year, a.month, a.day);
    if (unit == "day") return cal::formatDay(cal::civilFromDays(today + offset));
    if (unit == "week") return weekValue(today + 7L * offset);
    if (unit == "weekend") return weekValue(today + 7L * offset) + "-WE";
    return {};
}

std::string unknownValue(std::string_view unit) {
    if (unit == "day") return "XXXX-XX-XX";
    if (unit == "week") return "XXXX-WXX";
    if (unit == "weekend") return "XXXX-WXX-WE";
    if (unit == "month") return "XXXX-XX";
    if (unit == "quarter") return "XXXX-QX";
    if (unit == "half") return "XXXX-HX";
    if (unit == "decade") return "XXX";
    if (unit == "century") return "XX";
    return "XXXX";
}

// Picks the year of a yearly cycle point p (month index, season…) relative to the anchor's point.
// which: -1 strictly before, +1 strictly after, 0 this year, T past/future/closest by tense.
int pickYear(int anchorYear, int anchorPoint, int point, int cycle, std::string_view which, Tense tense) {
    if (which == "0") return anchorYear;
    if (tense == Tense::NotAfter) tense = Tense::Past;
    if (which == "-1") return point < anchorPoint ? anchorYear : anchorYear - 1;
    if (which == "+1") return point > anchorPoint ? anchorYear : anchorYear + 1;
    if (which == "P") return point <= anchorPoint ? anchorYear : anchorYear - 1;
    if (which == "F") return point >= anchorPoint ? anchorYear : anchorYear + 1;
    if (tense == Tense::Past) return point <= anchorPoint ? anchorYear : anchorYear - 1;
    if (tense == Tense::Future) return point >= anchorPoint ? anchorYear : anchorYear + 1;
    const int diff = point - anchorPoint;
    if (diff * 2 > cycle) return anchorYear - 1;
    if (-diff * 2 > cycle) return anchorYear + 1;
    return anchorYear;
}

int seasonIndex(std::string_view s) {
    if (s == "SP") return 1;
    if (s == "SU") return 2;
    if (s == "FA") return 3;
    if (s == "WI") return 4;
    return 0;
}

std::string namedValue(std::string_view kind, std::string_view val, std::string_view which, const TimeAnchor& a,
                       Tense tense) {
    int n = 0;
    if (kind == "weekday" || kind == "weekend") {
        if (!parseOffset(val, n) || n < 1 || n > 7) return {};
        if (a.granularity < 3) return kind == "weekday" ? "XXXX-WXX-" + std::to_string(n) : "XXXX-WXX-WE";
        const long today = cal::daysFromCivil(a.year, a.month, a.day);
        const int wd = cal::isoWeekday(today);
        long back = (wd - n + 7) % 7;  // days back to the most recent such weekday, today included
        long ahead = (n - wd + 7) % 7; // days ahead to the next one, today included
        long delta = 0;
        if (which == "-1")
            delta = -(back == 0 ? 7 : back);
        else if (which == "+1")
            delta = ahead == 0 ? 7 : ahead;
        else if (which == "0")
            delta = n - wd;
        else if (tense == Tense::Past || tense == Tense::NotAfter || which == "P")
            delta = -back;
        else if (tense == Tense::Future || which == "F")
            delta = ahead;
        else
            delta = back <= ahead ? -back : ahead;
        if (kind == "weekend") return weekValue(today + delta) + "-WE";
        return cal::formatDay(cal::civilFromDays(today + delta));
    }
    if (kind == "nthweekday") { // "11-4-4": the 4th Thursday of November (Thanksgiving)
        int m = 0, nth = 0, wd = 0;
        if (val.size() < 6 || !parseOffset(val.substr(0, 2), m) || !parseOffset(val.substr(3, 1), nth) ||
            !parseOffset(val.substr(5, 1), wd) || m < 1 || m > 12 || nth < 1 || nth > 5 || wd < 1 || wd > 7)
            return {};
        auto dayIn = [&](int year) {
            const long first = cal::daysFromCivil(year, m, 1);
            return first + (wd - cal::isoWeekday(first) + 7) % 7 + 7L * (nth - 1);
        };
        if (a.granularity < 1) return "XXXX-" + twoDigits(m);
        int year = a.year;
        if (a.granularity >= 3) {
            const long jan1 = cal::daysFromCivil(a.year, 1, 1);
            const long today = cal::daysFromCivil(a.year, a.month, a.day);
            year = pickYear(a.year, static_cast<int>(today - jan1), static_cast<int>(dayIn(a.year) - jan1), 366, which,
                            tense);
        }
        return cal::formatDay(cal::civilFromDays(dayIn(year)));
    }
    if (kind == "month" || kind == "monthday") {
        int m = 0, d = 0;
        if (!parseOffset(val.substr(0, 2), m) || m < 1 || m > 12) return {};
        if (kind == "monthday" && (val.size() < 5 || !parseOffset(val.substr(3, 2), d))) return {};
        const std::string rest = kind == "month" ? twoDigits(m) : twoDigits(m) + "-" + twoDigits(d);
        if (a.granularity < 1) return "XXXX-" + rest;
        int year = a.year;
        if (a.granularity >= 2) {
            const int anchorPoint = a.month * 32 + (kind == "monthday" ? (a.granularity >= 3 ? a.day : 0) : 0);
            const int point = m * 32 + d;
            // News dates a few weeks ahead are scheduled events even in past-tense sentences
            // ("the offer expired … it ends Nov. 17"): keep them in the coming weeks.
            const int ahead = ((point - anchorPoint) % (12 * 32) + 12 * 32) % (12 * 32);
            const int window = kind == "monthday" ? 64 : 32;
            const bool soonAhead = which == "T" && tense != Tense::NotAfter && ahead > 0 && ahead <= window;
            year = soonAhead ? (point > anchorPoint ? a.year : a.year + 1)
                             : pickYear(a.year, anchorPoint, point, 12 * 32, which, tense);
            // "Tuesday, 14 January" (value "01-14-2"): the year next to it whose 14 January is a
            // Tuesday, when the one picked is not (a weekday shifts by one or two days a year).
            int weekday = 0;
            if (kind == "monthday" && val.size() == 7 && val[5] == '-' && parseOffset(val.substr(6, 1), weekday) &&
                weekday >= 1 && weekday <= 7 && d <= cal::daysInMonth(year, m) &&
                cal::isoWeekday(cal::daysFromCivil(year, m, d)) != weekday)
                for (const int other : {year - 1, year + 1})
                    if (d <= cal::daysInMonth(other, m) && cal::isoWeekday(cal::daysFromCivil(other, m, d)) == weekday)
                        year = other;
        }
        return cal::formatYear(year) + "-" + rest;
    }
    if (kind == "season" || kind == "quarter" || kind == "half") {
        const int cycle = kind == "season" ? 4 : kind == "quarter" ? 4 : 2;
        int point = 0, current = 0;
        if (kind == "season") {
            point = seasonIndex(val);
            current = a.month == 12 ? 4 : a.month <= 2 ? 0 : (a.month - 3) / 3 + 1; // Dec–Feb: winter
        } else {
            if (!parseOffset(val, point)) return {};
            current = a.month > 0 ? (a.month - 1) / (12 / cycle) + 1 : 0;
        }
        if (point < 1 || point > cycle) return {};
        const std::string suffix = kind == "season"    ? std::string(val)
                                   : kind == "quarter" ? "Q" + std::to_string(point)
                                                       : "H" + std::to_string(point);
        if (a.granularity < 1) return "XXXX-" + suffix;
        const int year = a.granularity >= 2 ? pickYear(a.year, current, point, cycle, which, tense) : a.year;
        return cal::formatYear(year) + "-" + suffix;
    }
    return {};
}

// The quarter a report is about ("the quarter", "the latest period"): the one last mentioned
// when it ended less than a year before the DCT; fiscal quarters ("the fiscal first quarter
// ended Sept. 30") are only known from that mention.
std::string reportedQuarter(const Anchors& a) {
    const TimeAnchor& q = a.lastQuarter;
    if (!endedBy(q, a.dct) || (a.dct.year * 4 + (a.dct.month - 1) / 3) - (q.year * 4 + q.quarter - 1) > 4) return {};
    return cal::formatYear(q.year) + "-Q" + std::to_string(q.quarter);
}

} // namespace

ResolvedValue resolveTimeValue(std::string_view value, const Anchors& anchors, Tense tense) {
    const TimeAnchor& dct = anchors.dct;
    const TimeAnchor& lastMentioned = anchors.lastMentioned;
    ResolvedValue out;
    const std::size_t open = value.find('(');
    const std::string_view fn = open == std::string_view::npos ? std::string_view() : value.substr(0, open);
    if (fn != "REL" && fn != "REF" && fn != "NAMED" && fn != "YEAR") {
        out.value = std::string(value);
        return out;
    }
    const std::size_t close = value.find(')', open);
    if (close == std::string_view::npos) {
        out.value = std::string(value);
        return out;
    }
    std::vector<std::string_view> args;
    for (std::size_t from = open + 1; from <= close;) {
        std::size_t comma = value.find(',', from);
        if (comma == std::string_view::npos || comma > close) comma = close;
        args.push_back(value.substr(from, comma - from));
        from = comma + 1;
    }
    const std::string_view suffix = value.substr(close + 1);

    if (fn == "YEAR") { // "the 1988 period": that year, in the quarter the report is about
        out.value = std::string(args[0]);
        const int quarter = anchors.monthsSinceQuarter        ? 0
                            : anchors.lastQuarter.quarter > 0 ? anchors.lastQuarter.quarter
                                                              : lastMentioned.quarter;
        if (quarter > 0) out.value += "-Q" + std::to_string(quarter);
        out.value += std::string(suffix);
        return out;
    }

    // Which anchor: REF always the last mention, and NAMED(…,L) ("the previous Friday"); REL and
    // NAMED the DCT in news.
    const bool useLast = fn == "REF" || anchors.narrative || (fn == "NAMED" && args.size() == 4 && args[3] == "L");
    const TimeAnchor* anchor = &dct;
    out.anchoredTo = AnchorKind::Dct;
    if (useLast && lastMentioned.granularity > 0) {
        anchor = &lastMentioned;
        out.anchoredTo = AnchorKind::LastMentioned;
    }
    std::string resolved;
    if (fn == "NAMED" && (args.size() == 3 || args.size() == 4)) {
        resolved = namedValue(args[0], args[1], args[2], *anchor, tense);
        if (resolved.empty() == false && resolved.compare(0, 4, "XXXX") == 0) out.anchoredTo = AnchorKind::None;
    } else if (args.size() == 3 && args[2] == "R" && args[0] == "quarter" && !reportedQuarter(anchors).empty()) {
        resolved = reportedQuarter(anchors);
        out.anchoredTo = AnchorKind::LastMentioned;
    } else if (args.size() == 3 && args[2] == "Q" && args[0] == "year" && lastMentioned.quarter > 0) {
        // "a year earlier" after "the third quarter": the same quarter a year before.
        int offset = 0;
        if (!parseOffset(args[1], offset)) {
            out.value = vagueRef(args[1]);
            return out;
        }
        resolved = cal::formatYear(lastMentioned.year + offset) + "-Q" + std::to_string(lastMentioned.quarter);
        out.anchoredTo = AnchorKind::LastMentioned;
    } else if (args.size() == 2 || args.size() == 3) {
        int offset = 0;
        if (!parseOffset(args[1], offset)) {
            out.value = vagueRef(args[1]);
            return out;
        }
        resolved = relativeValue(args[0], offset, *anchor);
        // The last mention is too coarse ("on 11 April … in February … the same day"): a phrase
        // that names a day takes the last day mentioned; a clock time ("in 2024 … at 10 a.m.")
        // and the rest the DCT.
        if (resolved.empty() && anchor != &dct && suffix.empty())
            resolved = relativeValue(args[0], offset, anchors.lastDay);
        if (resolved.empty() && anchor != &dct) {
            resolved = relativeValue(args[0], offset, dct);
            out.anchoredTo = AnchorKind::Dct;
        }
        if (resolved.empty()) {
            resolved = unknownValue(args[0]);
            out.anchoredTo = AnchorKind::None;
        }
    }
    if (resolved.empty()) {
        out.value = std::string(value);
        out.anchoredTo = AnchorKind::None;
        return out;
    }
    out.value = resolved + std::string(suffix);
    return out;
}

} // namespace dateline::timetag
