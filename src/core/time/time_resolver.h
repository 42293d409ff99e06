// Second pass of the temporal tagger: underspecified values → TIMEX3 values, anchored to the
// document creation time (news) or to the last mentioned date (narrative, "the same day").
//
// Values from the first pass may start with one function, followed by a literal suffix:
//   REL(unit,offset)        unit from the anchor: "yesterday" REL(day,-1), "last week" REL(week,-1)
//   REF(unit,offset)        always from the last mentioned date: "the same year" REF(year,0)
//   REL(unit,offset,Q)      a point of comparison: as REL, but a quarter just mentioned is kept
//                           ("a year earlier" → 1988-Q3), and the value does not become the
//                           last mentioned date (the tagger skips it)
//   REL(quarter,-1,R)       the quarter a report is about: the quarter last mentioned when it
//                           has ended within the year before the DCT ("the fiscal first quarter
//                           … the quarter" → 1989-Q1), else the quarter before the DCT's
//   YEAR(year,Q)            a year's period in a report: with the quarter reported (lastQuarter),
//                           unless a period of months came since ("the 1988 period" → 1988-Q3; after
//                           "the nine months" → 1988); a point of comparison
//   NAMED(kind,value,which) a named month/weekday/season/quarter/half/monthday with no year:
//                           which is -1 (last), +1 (next), 0 (this), P (latest on or before),
//                           F (first on or after) or T (by the sentence's tense)
//   NAMED(kind,value,which,L)  the same, from the last mentioned date ("the previous Friday")
// Units: day week weekend month quarter half year decade century. An offset that is not a
// number ("X" from "several years ago") gives PAST_REF / FUTURE_REF.
#pragma once

#include <string>
#include <string_view>

namespace dateline::timetag {

// NotAfter: a preposition right before the expression bounds it ("since January" is not ahead).
enum class Tense { Unknown, Past, Future, NotAfter };
enum class AnchorKind { None, Dct, LastMentioned };

// The calendar point relative values are computed from; granularity 0 none, 1 year, 2 month, 3 day.
struct TimeAnchor {
    int year = 0, month = 0, day = 0;
    int granularity = 0;
    int quarter = 0; // 1–4 when the value named a quarter ("1989-Q3")
};

TimeAnchor anchorFromValue(std::string_view value);

// What relative values are counted from.
struct Anchors {
    TimeAnchor dct;
    TimeAnchor lastMentioned;        // the last date mentioned that was not a point of comparison
    TimeAnchor lastDay;              // the last such date with a day: "the same day" after "in February"
    TimeAnchor lastQuarter;          // the quarter a report is about: the latest mentioned, not a comparison
    bool monthsSinceQuarter = false; // a period of several months was reported after it ("the nine months")
    bool narrative = false;          // REL counts from the last mentioned date, not the DCT
};

// True when the quarter q ("1989-Q3") has ended on or before the day dct.
bool endedBy(const TimeAnchor& q, const TimeAnchor& dct);

struct ResolvedValue {
    std::string value;
    AnchorKind anchoredTo = AnchorKind::None;
};

// news: REL anchors to dct; narrative: REL anchors to the last mentioned date (dct as fallback).
ResolvedValue resolveTimeValue(std::string_view value, const Anchors& anchors, Tense tense);

} // namespace dateline::timetag
