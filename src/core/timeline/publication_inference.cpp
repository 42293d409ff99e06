// Undated articles: constraints on the publication day from alignment, absolute dates and weekdays.
#include "core/timeline/publication_inference.h"

#include "core/events/event_date.h"
#include "core/time/tagger.h"
#include "core/timeline/event_merge.h"
#include "core/who/word_tokens.h"

#include <algorithm>
#include <climits>
#include <map>
#include <unordered_set>

namespace dateline {

void DatedFrameIndex::add(const EventFrame& f, const std::vector<Entity>& entities) {
    if (f.timeBorrowed) return; // a report's day, not the event's own: too loose to place another article
    std::string signature = f.event.kind + "|" + f.action + "|" + f.event.date.value + "|" + f.event.place;
    for (const auto& p : f.event.participants)
        signature += "|" + p;
    const auto known = signatures.emplace(std::move(signature), frames.size());
    if (!known.second) {
        ++reports[known.first->second];
        return;
    }
    long first = 0, last = 0;
    if (f.event.date.granularity == Granularity::Day && parseIsoDay(f.event.date.earliest, first) &&
        parseIsoDay(f.event.date.latest, last)) {
        if (lastDay < firstDay) firstDay = first, lastDay = last;
        firstDay = std::min(firstDay, first);
        lastDay = std::max(lastDay, last);
    }
    const std::size_t i = frames.size();
    frames.push_back(&f);
    people.push_back(peopleOf(f.event, entities));
    reports.push_back(1);
    for (const auto& p : f.event.participants) {
        auto& list = byParticipant[p];
        if (list.size() < maxPerParticipant) list.push_back(i);
    }
    auto& sameKind = byKindAction[f.event.kind + "|" + f.action];
    if (sameKind.size() < 256) sameKind.push_back(i);
}

namespace {

// Weekday (1 = Monday) named by a time expression, or 0.
int weekdayNamed(const std::string& timexText, const std::string& value) {
    static const char* const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    const std::string lower = lowerAsciiWord(timexText);
    for (int i = 0; i < 7; ++i)
        if (lower.find(names[i]) != std::string::npos) return i + 1;
    const std::size_t w = value.find("-WXX-");
    if (w != std::string::npos && w + 5 < value.size() && value[w + 5] >= '1' && value[w + 5] <= '7')
        return value[w + 5] - '0';
    return 0;
}

// A time counted from the publication date ("yesterday", "last week", "this week", "last month",
// "three months ago", "last year"): its unit and signed offset. Tagged with no reference date it
// reads "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX" or "XXXX", which loses the offset; tagging its text
// against two reference days far apart recovers it, and tells it from a time named outright
// (which does not move with the reference day).
enum class Unit { None, Day, Week, Month, Year };
struct RelativeTime {
    Unit unit = Unit::None;
    long offset = 0;
};

RelativeTime relativeTime(const std::string& timexText, const std::string& rawValue) {
    if (rawValue != "XXXX-XX-XX" && rawValue != "XXXX-WXX" && rawValue != "XXXX-XX" && rawValue != "XXXX") return {};
    static const char* const probes[] = {"2001-06-15", "2003-11-20"}; // a Friday, a Thursday
    RelativeTime found[2];
    for (int i = 0; i < 2; ++i) {
        long probe = 0;
        parseIsoDay(probes[i], probe);
        int py, pm, pd;
        civilFromDays(probe, py, pm, pd);
        const std::vector<Timex> tagged = tagTime(timexText, probes[i]);
        if (tagged.size() != 1) return {};
        const std::string& v = tagged.front().value;
        EventDate d;
        long first = 0;
        if (!eventDateFromValue(v, d) || !parseIsoDay(d.earliest, first)) return {};
        int y, m, dd;
        civilFromDays(first, y, m, dd);
        if (d.granularity == Granularity::Day)
            found[i] = {Unit::Day, first - probe};
        else if (d.granularity == Granularity::Week)
            found[i] = {Unit::Week, (first - (probe - (weekdayOf(probe) - 1))) / 7};
        else if (d.granularity == Granularity::Month)
            found[i] = {Unit::Month, (y * 12L + m) - (py * 12L + pm)};
        else if (d.granularity == Granularity::Year)
            found[i] = {Unit::Year, long(y) - py};
        else
            return {};
    }
    if (found[0].unit != found[1].unit || found[0].offset != found[1].offset) return {};
    // "the same day", "that year" hang on the date told before them, not on the publication date:
    // after a sentence that names another date they move with it.
    const std::vector<Timex> afterDate = tagTime("It began on 5 March 1990. " + timexText, probes[0]);
    const std::vector<Timex> alone = tagTime(timexText, probes[0]);
    if (afterDate.size() != 2 || afterDate[1].value != alone.front().value) return {};
    return found[0];
}

// Month and day of "XXXX-MM-DD" / month of "XXXX-MM"; false otherwise.
bool partialDate(const std::string& v, int& month, int& day) {
    if (v.size() < 7 || v.compare(0, 5, "XXXX-") != 0 || v[5] < '0' || v[5] > '1' || v[6] < '0' || v[6] > '9')
        return false;
    month = (v[5] - '0') * 10 + (v[6] - '0');
    day = 0;
    if (v.size() >= 10 && v[7] == '-' && v[8] >= '0' && v[8] <= '3' && v[9] >= '0' && v[9] <= '9')
        day = (v[8] - '0') * 10 + (v[9] - '0');
    return month >= 1 && month <= 12;
}

struct Range {
    long first = LONG_MIN / 4, last = LONG_MAX / 4;
    std::string why;
    int support = 1; // reports that give this same range
};

struct WeekdayMention {
    int weekday;
    long offset;
    bool past;
};

long resolveWeekday(const WeekdayMention& m, long p) {
    const int wd = weekdayOf(p);
    const long day =
        m.past ? p - ((wd - m.weekday + 7) % 7) : p + ((m.weekday - wd + 7) % 7 == 0 ? 7 : (m.weekday - wd + 7) % 7);
    return day + m.offset;
}

// "late on Friday", "early Saturday": the report's time expression sits at a night edge.
bool atNightEdge(const Article& article, const EventFrame& f) {
    if (f.event.sources.empty() || f.timexText.empty()) return false;
    const EventSource& src = f.event.sources.front();
    if (src.end > article.text.size() || src.start >= src.end) return false;
    const std::string_view clause = std::string_view(article.text).substr(src.start, src.end - src.start);
    const std::size_t at = clause.find(f.timexText);
    if (at == std::string_view::npos) return false;
    const std::size_t from = at > 12 ? at - 12 : 0;
    const std::string near = lowerAsciiWord(clause.substr(from, at - from + std::min<std::size_t>(6, f.timexText.size())));
    return near.find("late") != std::string::npos || near.find("early") != std::string::npos;
}

} // namespace

InferredPublication inferPublicationDate(const Article& article, const std::vector<EventFrame>& frames,
                                         const DatedFrameIndex& corpus, const std::vector<Entity>& entities) {
    InferredPublication out;
    std::vector<Range> anchors;
    std::vector<WeekdayMention> weekdays;
    bool monthAnchorsOnly = true;
    std::vector<std::size_t> candidates;
    std::map<std::pair<long, long>, std::size_t> anchorRanges; // range → its anchor (many reports give the same)

    for (const auto& f : frames) {
        if (f.rawDate.empty() || f.timeBorrowed) continue;
        const int wd = weekdayNamed(f.timexText, f.rawDate);
        if (wd) weekdays.push_back({wd, f.dayOffset, f.pastTense});
        // A plan's time ("will visit next year") says when it was meant to be, and often differs
        // from when it happened; only "this week", "today" hold for plans as well as reports.
        RelativeTime relative = wd ? RelativeTime{} : relativeTime(f.timexText, f.rawDate);
        if (!f.pastTense && relative.offset != 0) relative = {};
        int month = 0, mday = 0;
        const bool partial = !wd && relative.unit == Unit::None && partialDate(f.rawDate, month, mday);
        if (!wd && relative.unit == Unit::None && !partial) continue;
        // Align with dated reports of a compatible event (each report once, however many of
        // the frame's participants it shares). A report compatible with a frame that names people
        // shares one of them, so their lists hold them all unless one reached its cap.
        const std::vector<std::string> fPeople = peopleOf(f.event, entities);
        const bool peopleListsComplete =
            !fPeople.empty() && std::all_of(fPeople.begin(), fPeople.end(), [&](const std::string& p) {
                const auto it = corpus.byParticipant.find(p);
                return it == corpus.byParticipant.end() || it->second.size() < DatedFrameIndex::maxPerParticipant;
            });
        candidates.clear();
        for (const auto& p : peopleListsComplete ? fPeople : f.event.participants) {
            const auto it = corpus.byParticipant.find(p);
            if (it != corpus.byParticipant.end())
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        // A report naming nobody ("Crew-13 launched from Kennedy Space Center on Feb. 14") aligns
        // with the dated reports of its kind and action.
        if (f.event.participants.empty() && f.event.kind != "statement") { // "someone said on Friday": too common
            const auto it = corpus.byKindAction.find(f.event.kind + "|" + f.action);
            if (it != corpus.byKindAction.end())
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (std::size_t gi : candidates) {
            const EventFrame& g = *corpus.frames[gi];
            if (!framesCompatible(f.event, f.action, fPeople, g.event, g.action, corpus.people[gi], entities)) continue;
            long d;
            const bool dayLevel = g.event.date.granularity == Granularity::Day && parseIsoDay(g.event.date.value, d);
            // Built only for anchors kept: most candidates repeat a range already known.
            auto who = [&] {
                return g.event.sources.front().article + " reports " +
                       (g.event.label.empty() ? eventLabel(g.event, g.action, entities) : g.event.label) + " on " +
                       g.event.date.value;
            };
            auto known = [&](long first, long last) {
                const auto ins = anchorRanges.insert({{first, last}, anchors.size()});
                if (!ins.second) anchors[ins.first->second].support += corpus.reports[gi];
                return !ins.second;
            };
            if (wd && dayLevel) {
                const WeekdayMention m{wd, f.dayOffset, f.pastTense};
                // "late on Friday" in one outlet is "early on Saturday" in another (time zones,
                // night work): an article saying so may name the weekday one day off.
                long shift = 0;
                if (weekdayOf(d - f.dayOffset) != wd) {
                    if (!atNightEdge(article, f)) continue;
                    if (weekdayOf(d + 1 - f.dayOffset) == wd)
                        shift = 1;
                    else if (weekdayOf(d - 1 - f.dayOffset) == wd)
                        shift = -1;
                    else
                        continue;
                    d += shift;
                }
                Range r;
                r.first = m.past ? d - f.dayOffset : d - f.dayOffset - 6;
                r.last = m.past ? d - f.dayOffset + 6 : d - f.dayOffset - 1;
                monthAnchorsOnly = false;
                if (known(r.first, r.last)) continue;
                r.why = "\"" + f.timexText + "\" = " + isoDayFromDays(d) + " (" + who() +
                        (shift ? ", a day off at the night's edge)" : ")");
                r.support = corpus.reports[gi];
                anchors.push_back(r);
            } else if (relative.unit != Unit::None) {
                // The report's time is the publication date moved by the offset, so the publication
                // date is the aligned report's moved back: a day, a week, a month or a year.
                long first = 0;
                if (!parseIsoDay(g.event.date.earliest, first)) continue;
                // The aligned report must be at least as fine as the offset's unit.
                const Granularity have = g.event.date.granularity;
                const bool fineEnough =
                    relative.unit == Unit::Day    ? have == Granularity::Day
                    : relative.unit == Unit::Week ? have == Granularity::Day || have == Granularity::Week
                    : relative.unit == Unit::Month
                        ? have == Granularity::Day || have == Granularity::Week || have == Granularity::Month
                        : have != Granularity::Unknown;
                if (!fineEnough) continue;
                Range r;
                int y, m, dd;
                civilFromDays(first, y, m, dd);
                if (relative.unit == Unit::Day) {
                    r.first = r.last = first - f.dayOffset - relative.offset;
                } else if (relative.unit == Unit::Week) {
                    r.first = first - f.dayOffset - (weekdayOf(first - f.dayOffset) - 1) - 7 * relative.offset;
                    r.last = r.first + 6;
                } else if (relative.unit == Unit::Month) {
                    const long months = y * 12L + (m - 1) - relative.offset;
                    const int py = static_cast<int>(months / 12), pm = static_cast<int>(months % 12) + 1;
                    r.first = daysFromCivil(py, pm, 1);
                    r.last = (pm == 12 ? daysFromCivil(py + 1, 1, 1) : daysFromCivil(py, pm + 1, 1)) - 1;
                } else {
                    r.first = daysFromCivil(y - static_cast<int>(relative.offset), 1, 1);
                    r.last = daysFromCivil(y - static_cast<int>(relative.offset) + 1, 1, 1) - 1;
                }
                if (relative.unit == Unit::Day || relative.unit == Unit::Week) monthAnchorsOnly = false;
                if (known(r.first, r.last)) continue;
                r.why = "\"" + f.timexText + "\" = " + g.event.date.value + " (" + who() + ")";
                r.support = corpus.reports[gi];
                anchors.push_back(r);
            } else if (partial && !g.event.date.earliest.empty()) {
                int y, m, dd;
                long first;
                if (!parseIsoDay(g.event.date.earliest, first)) continue;
                civilFromDays(first, y, m, dd);
                if (m != month) continue;
                if (mday && !(dayLevel && dd == mday)) continue;
                Range r;
                r.first = mday ? d : daysFromCivil(y, month, 1);
                r.last = daysFromCivil(y + 1, month, 1) - 1; // before the same date comes round again
                if (mday) monthAnchorsOnly = false;
                if (known(r.first, r.last)) continue;
                r.why = "\"" + f.timexText +
                        "\" = " + (mday ? g.event.date.value : g.event.date.earliest.substr(0, 7)) + " (" + who() + ")";
                r.support = corpus.reports[gi];
                anchors.push_back(r);
            }
        }
    }

    // The latest absolute date the article refers to in a past-tense report bounds it from below.
    Range lower;
    std::string lowerText;
    for (const auto& t : article.timexes) {
        EventDate d;
        if ((t.type != "DATE" && t.type != "TIME") || !eventDateFromValue(t.value, d)) continue;
        // Only a date that dates a report of what happened: a date in a plan, or in a sentence
        // that tells no event ("talks left to the second quarter of 2027"), may lie ahead.
        bool past = false, future = false;
        for (const auto& f : frames) {
            past |= f.timexText == t.text && f.pastTense;
            future |= f.timexText == t.text && !f.pastTense;
        }
        long first;
        // Years, quarters and seasons are too often looked ahead to ("talks in the second
        // quarter of 2027", "by 2030") to bound anything.
        if (d.granularity < Granularity::Month) continue;
        if (!past || future || !parseIsoDay(d.earliest, first)) continue;
        if (lowerText.empty() || first > lower.first) lower.first = first, lowerText = t.text + " = " + d.value;
    }

    // Nothing else to go on: a day and month without a year in a report of what happened ("lifted
    // from 1 November") takes the year that puts it nearest the days the corpus's dated reports
    // span, and bounds publication from below.
    if (lowerText.empty() && anchors.empty() && corpus.lastDay >= corpus.firstDay) {
        int fy, fm, fd, ly, lm, ld;
        civilFromDays(corpus.firstDay, fy, fm, fd);
        civilFromDays(corpus.lastDay, ly, lm, ld);
        for (const auto& f : frames) {
            int month = 0, mday = 0;
            if (!f.pastTense || f.timeBorrowed || !partialDate(f.rawDate, month, mday) || !mday) continue;
            long best = LONG_MIN, bestDistance = LONG_MAX;
            for (int year = fy - 1; year <= ly + 1; ++year) {
                const long day = daysFromCivil(year, month, mday);
                const long distance = day < corpus.firstDay  ? corpus.firstDay - day
                                      : day > corpus.lastDay ? day - corpus.lastDay
                                                             : 0;
                if (distance < bestDistance) bestDistance = distance, best = day;
            }
            if (best == LONG_MIN || bestDistance > 183 || (!lowerText.empty() && best <= lower.first)) continue;
            lower.first = best;
            lowerText = f.timexText + " = " + isoDayFromDays(best) + ", the year nearest the corpus's reports (" +
                        isoDayFromDays(corpus.firstDay) + " to " + isoDayFromDays(corpus.lastDay) + ")";
        }
    }

    // Intersect constraints, greedily dropping any that contradicts the ones kept.
    // Narrowest first; of equally narrow ones that disagree, the one more reports give.
    std::stable_sort(anchors.begin(), anchors.end(), [](const Range& a, const Range& b) {
        const long wa = a.last - a.first, wb = b.last - b.first;
        return wa != wb ? wa < wb : a.support > b.support;
    });
    Range range;
    std::vector<std::string> reasons;
    if (!lowerText.empty()) {
        range.first = lower.first;
        reasons.push_back("refers to " + lowerText);
    }
    for (const auto& a : anchors) {
        const long f = std::max(range.first, a.first), l = std::min(range.last, a.last);
        if (f > l) continue;
        range.first = f, range.last = l;
        if (std::find(reasons.begin(), reasons.end(), a.why) == reasons.end() && reasons.size() < 6)
            reasons.push_back(a.why);
    }
    if (lowerText.empty() && anchors.empty()) return out; // nothing to go on: stays unknown

    // A dateline's month and day ("Manila, July 9") is the article's own word for the day: the
    // evidence only picks its year — the one that puts it inside the range, else nearest to it
    // (alignments are indirect and may be a week off).
    long bestDay = LONG_MIN;
    int dlMonth = 0, dlDay = 0;
    if (partialDate(article.datelineMonthDay, dlMonth, dlDay) && dlDay) {
        int y, m, d;
        civilFromDays(range.first, y, m, d);
        const bool bounded = range.last < LONG_MAX / 8;
        long bestDistance = LONG_MAX;
        for (int year = y - 1; year <= y + 1; ++year) {
            const long day = daysFromCivil(year, dlMonth, dlDay);
            const long distance = day < range.first             ? range.first - day
                                  : bounded && day > range.last ? day - range.last
                                                                : 0;
            if (distance < bestDistance) bestDistance = distance, bestDay = day;
        }
        if (bestDistance > 31) bestDay = LONG_MIN; // the evidence points to another season: no year
        if (bestDay != LONG_MIN)
            reasons.push_back("the dateline \"" + article.published.evidence +
                              "\" gives the day: " + isoDayFromDays(bestDay));
    }

    // Weekday mentions pick the day when the range is short: most consistent, then closest.
    if (bestDay != LONG_MIN) {
        // the dateline settled it
    } else if (range.last - range.first <= 14 && !weekdays.empty()) {
        long bestCost = LONG_MAX;
        int ties = 0;
        for (long p = range.first; p <= range.last; ++p) {
            long cost = 0;
            for (const auto& m : weekdays)
                cost += std::labs(resolveWeekday(m, p) - p);
            if (cost < bestCost)
                bestCost = cost, bestDay = p, ties = 1;
            else if (cost == bestCost)
                ++ties;
        }
        if (ties > 1)
            bestDay = LONG_MIN;
        else
            reasons.push_back("weekday mentions and their tense fit " + isoDayFromDays(bestDay) + " best");
    } else if (range.first == range.last) {
        bestDay = range.first;
    }

    out.found = true;
    out.published.basis = DateBasis::Inferred;
    if (bestDay != LONG_MIN) {
        out.granularity = Granularity::Day;
        out.published.value = isoDayFromDays(bestDay);
        out.earliest = out.latest = out.taggingDct = out.published.value;
    } else {
        const bool bounded = range.last < LONG_MAX / 8;
        const long last = bounded ? range.last : range.first + 365;
        out.earliest = isoDayFromDays(range.first);
        out.latest = isoDayFromDays(last);
        if (out.earliest.substr(0, 7) == out.latest.substr(0, 7)) {
            out.granularity = Granularity::Month;
            out.published.value = out.earliest.substr(0, 7);
        } else {
            out.granularity = Granularity::Year;
            out.published.value = out.earliest.substr(0, 4);
        }
        // Month names without a year resolve inside a year bounded only by month alignments;
        // otherwise the article is taken to be written soon after the latest date it gives.
        out.taggingDct = monthAnchorsOnly && bounded ? out.latest : out.earliest;
        reasons.push_back(std::string("no day supported: between ") + out.earliest + " and " +
                          (bounded ? out.latest : "later"));
    }
    for (std::size_t i = 0; i < reasons.size(); ++i)
        out.published.evidence += (i ? "; " : "") + reasons[i];
    return out;
}

} // namespace dateline
