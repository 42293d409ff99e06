// Event merge: candidate lookup by (participant, month) buckets, compatibility, conflicts.
#include "core/timeline/event_merge.h"

#include "core/events/event_date.h"
#include "core/who/gazetteer.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace dateline {
namespace {

// One list of ids holds the other (lists are short and without repeats: no sorting, no copies).
bool subsetEitherWay(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return false;
    std::size_t common = 0;
    for (const auto& x : a)
        common += std::find(b.begin(), b.end(), x) != b.end();
    return common != 0 && (common == a.size() || common == b.size());
}

// The place participants of an event ("Japan", "the Philippines" as the parties of a pact).
std::vector<std::string> countriesOf(const Event& e, const std::vector<Entity>& entities) {
    std::vector<std::string> out;
    for (const auto& p : e.participants) {
        const Entity* ent = findEntity(entities, p);
        if (ent && ent->kind == EntityKind::Place) out.push_back(p);
    }
    return out;
}

// "Other" events are told by their action (an arrest, a court appearance, a vote): two of them
// are one happening only when the action is the same. Other kinds refine theirs loosely.
bool actionsCompatible(const std::string& kind, const std::string& a, const std::string& b) {
    if (a == b) return true;
    // A win is the outcome of the contest told the same day ("defeated Trzaskowski on June 1").
    if (a == kOutcomeAction || b == kOutcomeAction) return true;
    if (kind == "other") return false;
    const bool departA = a == "depart", departB = b == "depart";
    if (departA || departB) return false;
    return true;
}

bool placesCompatible(const std::string& a, const std::string& b, const std::vector<Entity>& entities) {
    if (a.empty() || b.empty() || a == b) return true;
    const Entity* ea = findEntity(entities, a);
    const Entity* eb = findEntity(entities, b);
    if (!ea || !eb) return false;
    if (ea->kind == EntityKind::Org || eb->kind == EntityKind::Org) return true; // "at the Kremlin" ~ "in Moscow"
    const Gazetteer& g = builtinGazetteer();
    return g.placeWithin(ea->name, eb->name) || g.placeWithin(eb->name, ea->name);
}

long rangeDays(const EventDate& d) {
    long a, b;
    if (!parseIsoDay(d.earliest, a) || !parseIsoDay(d.latest, b)) return 0;
    return b - a + 1;
}

// Month buckets "YYYY-MM" covered by a date; coarse dates use one "YYYY" bucket per year.
std::vector<std::string> buckets(const EventDate& d, long padDays) {
    std::vector<std::string> out;
    long a, b;
    if (!parseIsoDay(d.earliest, a) || !parseIsoDay(d.latest, b)) return out;
    a -= padDays;
    b += padDays;
    const bool coarse = b - a > 62;
    for (long day = a; day <= b; day += coarse ? 365 : 28) {
        const std::string iso = isoDayFromDays(day);
        const std::string key = coarse ? iso.substr(0, 4) : iso.substr(0, 7);
        if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
    }
    const std::string last = isoDayFromDays(b);
    const std::string key = coarse ? last.substr(0, 4) : last.substr(0, 7);
    if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
    return out;
}

std::string claim(const EventSource& s, const std::string& timexText) {
    return s.article + ": " + s.claimedDate + (timexText.empty() ? "" : " (\"" + timexText + "\")");
}

struct Merged {
    Event event;
    std::vector<std::string> people; // sorted person ids of event.participants
    std::string action;
    std::vector<std::string> timexTexts;            // per source
    std::unordered_set<std::string> sourceArticles; // articles already among the sources (one source each)
};

bool kindsAndActionsCompatible(const Event& a, const std::string& actionA, const Event& b, const std::string& actionB) {
    // A visit and the meeting held during it are one happening ("Kim visited Russia" / "Putin and Kim met").
    const bool visitMeeting = (a.kind == "visit" && b.kind == "meeting") || (a.kind == "meeting" && b.kind == "visit");
    return (a.kind == b.kind || visitMeeting) && actionsCompatible(a.kind, actionA, actionB);
}

bool kindsAndPeopleCompatible(const Event& a, const std::string& actionA, const std::vector<std::string>& pa,
                              const Event& b, const std::string& actionB, const std::vector<std::string>& pb) {
    if (!kindsAndActionsCompatible(a, actionA, b, actionB)) return false;
    if (!pa.empty() && !pb.empty()) return subsetEitherWay(pa, pb);
    // One report names its parties only ("Canada and the EU agreed"), the other adds a person
    // ("Trade Minister X said Canada and the EU agreed"): all participants must then nest.
    return subsetEitherWay(a.participants, b.participants);
}

enum class Match { None, Same, DateConflict };

Match compare(const Merged& m, const EventFrame& f, const std::vector<std::string>& fPeople,
              const std::vector<Entity>& entities) {
    const Event& a = m.event;
    const Event& b = f.event;
    if (a.negated != b.negated) return Match::None;
    if (!kindsAndPeopleCompatible(a, m.action, m.people, b, f.action, fPeople) ||
        !placesCompatible(a.place, b.place, entities))
        return Match::None;
    const long ra = rangeDays(a.date), rb = rangeDays(b.date);
    // Year-level reports never absorb day-level ones (and vice versa): too weak to identify.
    if ((ra > 62) != (rb > 62)) return Match::None;
    if (datesOverlap(a.date, b.date)) return Match::Same;
    // Days apart, only the same action is one happening told twice: landing at an airport on
    // Monday and coming home to the country on Wednesday are two trips.
    // The same people: up to three days apart. No people but the very same organisations and
    // places ("Ghana's Food and Drugs Authority approved ... late on Wednesday" / "on Thursday"):
    // a day apart, a report across midnight.
    long da = 0, db = 0;
    if (a.date.granularity == Granularity::Day && b.date.granularity == Granularity::Day &&
        parseIsoDay(a.date.value, da) && parseIsoDay(b.date.value, db) && a.kind != "statement" &&
        a.status == EventStatus::Happened && b.status == EventStatus::Happened && m.action == f.action) {
        const long apart = std::labs(da - db);
        if (m.people == fPeople && !fPeople.empty() && apart <= 3) return Match::DateConflict;
        if (fPeople.empty() && m.people.empty() && apart <= 1 && !b.participants.empty() &&
            a.participants.size() == b.participants.size() && subsetEitherWay(a.participants, b.participants))
            return Match::DateConflict;
    }
    return Match::None;
}

void absorb(Merged& m, EventFrame&& f, Match how, const std::vector<Entity>& entities, bool addParticipants = true) {
    Event& e = m.event;
    Event& n = f.event;
    const EventSource& src = n.sources.front();
    if (how == Match::DateConflict) {
        if (e.conflicts.empty()) {
            Conflict c;
            c.field = "date";
            for (std::size_t i = 0; i < e.sources.size(); ++i)
                c.claims.push_back(claim(e.sources[i], m.timexTexts[i]));
            e.conflicts.push_back(std::move(c));
        }
        e.conflicts.front().claims.push_back(claim(src, f.timexText));
        // An explicit date outranks one that rests on an inferred publication date.
        if (e.date.basis == DateBasis::Inferred && n.date.basis == DateBasis::Explicit) e.date = n.date;
    } else if (rangeDays(n.date) < rangeDays(e.date) ||
               (rangeDays(n.date) == rangeDays(e.date) && e.date.basis == DateBasis::Inferred &&
                n.date.basis == DateBasis::Explicit)) {
        e.date = n.date;
    }
    if (addParticipants)
        for (const auto& p : n.participants)
            if (std::find(e.participants.begin(), e.participants.end(), p) == e.participants.end())
                e.participants.push_back(p);
    if (e.place.empty())
        e.place = n.place;
    else if (!n.place.empty() && n.place != e.place) {
        const Entity* pe = findEntity(entities, e.place);
        const Entity* pn = findEntity(entities, n.place);
        if (pe && pn && builtinGazetteer().placeWithin(pn->name, pe->name))
            e.place = n.place; // the more specific place
    }
    e.status = std::min(e.status, n.status);                          // happened < planned < possible
    if (e.kind == "visit" && n.kind == "meeting") e.kind = "meeting"; // the summit of a visit names it best

    if (m.sourceArticles.empty())
        for (const auto& s : e.sources)
            m.sourceArticles.insert(s.article);
    if (m.sourceArticles.insert(src.article).second) {
        e.sources.push_back(src);
        m.timexTexts.push_back(f.timexText);
    }
    f = EventFrame(); // absorbed: its buffers serve the events still growing (the merge was the peak)
}

} // namespace

std::vector<std::string> peopleOf(const Event& e, const std::vector<Entity>& entities) {
    std::vector<std::string> out;
    for (const auto& p : e.participants) {
        const Entity* ent = findEntity(entities, p);
        if (ent && ent->kind == EntityKind::Person) out.push_back(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool framesCompatible(const Event& a, const std::string& actionA, const Event& b, const std::string& actionB,
                      const std::vector<Entity>& entities) {
    if (!kindsAndActionsCompatible(a, actionA, b, actionB)) return false; // before peopleOf(), which costs more
    return framesCompatible(a, actionA, peopleOf(a, entities), b, actionB, peopleOf(b, entities), entities);
}

bool framesCompatible(const Event& a, const std::string& actionA, const std::vector<std::string>& peopleA,
                      const Event& b, const std::string& actionB, const std::vector<std::string>& peopleB,
                      const std::vector<Entity>& entities) {
    // A report that names nobody aligns by kind, action and place.
    if (a.participants.empty() || b.participants.empty())
        return kindsAndActionsCompatible(a, actionA, b, actionB) && placesCompatible(a.place, b.place, entities);
    return kindsAndPeopleCompatible(a, actionA, peopleA, b, actionB, peopleB) &&
           placesCompatible(a.place, b.place, entities);
}

namespace {

// The merge proper, over frames owned by the caller (moved from as they are absorbed). A deque:
// events are many and large, and it grows without copies or a doubled buffer.
std::deque<Merged> mergeFrames(const std::vector<EventFrame*>& frames, const std::vector<Entity>& entities) {
    std::deque<Merged> merged;
    std::unordered_map<std::string, std::vector<std::size_t>> index; // "participant|bucket" → merged
    // Explicitly dated, finer reports first, so that they become the reference dates. Sort an
    // order, not the (large) frames.
    std::vector<std::size_t> order(frames.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const EventFrame& x = *frames[a];
        const EventFrame& y = *frames[b];
        const bool ex = x.event.date.basis == DateBasis::Explicit, ey = y.event.date.basis == DateBasis::Explicit;
        if (ex != ey) return ex;
        return static_cast<int>(x.event.date.granularity) > static_cast<int>(y.event.date.granularity);
    });
    std::unordered_map<std::string, std::vector<std::size_t>> byKind; // "kind|bucket" → merged
    std::vector<std::size_t> seen;                                    // candidates collected for one frame
    std::vector<EventFrame*> anonymous;
    std::vector<std::size_t> stamp; // per merged event: the last frame that listed it as a candidate
    std::size_t frameNo = 0;
    for (std::size_t fi : order) {
        EventFrame& f = *frames[fi];
        ++frameNo;
        stamp.resize(merged.size() + 1, 0);
        if (f.event.date.earliest.empty()) continue;
        // Nobody named, or only countries meeting/visiting: too vague to found an event. Only
        // countries signing or deploying ("Japan and the Philippines signed a pact") may be the
        // event another report tells with its people: they are matched after those (below).
        const bool placesOnly =
            std::none_of(f.event.participants.begin(), f.event.participants.end(), [&](const std::string& id) {
                const Entity* e = findEntity(entities, id);
                return e && e->kind != EntityKind::Place;
            });
        const bool vague = f.event.participants.empty() || (placesOnly && f.event.kind != "statement");
        if (vague) {
            anonymous.push_back(&f);
            continue;
        }
        const auto keys = buckets(f.event.date, 3);
        seen.clear();
        for (const auto& p : f.event.participants)
            for (const auto& b : keys) {
                const auto it = index.find(p + "|" + b);
                if (it == index.end()) continue;
                for (std::size_t c : it->second)
                    if (stamp[c] != frameNo) stamp[c] = frameNo, seen.push_back(c);
            }
        std::size_t best = merged.size();
        Match bestHow = Match::None;
        int bestScore = -1;
        const auto fPeople = peopleOf(f.event, entities);
        for (std::size_t c : seen) {
            const Match how = compare(merged[c], f, fPeople, entities);
            if (how == Match::None) continue;
            int score = how == Match::Same ? 100 : 0;
            score += merged[c].event.date.value == f.event.date.value ? 10 : 0;
            score += merged[c].event.place == f.event.place ? 1 : 0;
            if (score > bestScore) bestScore = score, best = c, bestHow = how;
        }
        if (best < merged.size()) {
            const std::size_t participantsBefore = merged[best].event.participants.size();
            const std::string earliestBefore = merged[best].event.date.earliest,
                              latestBefore = merged[best].event.date.latest;
            absorb(merged[best], std::move(f), bestHow, entities);
            const Event& grown = merged[best].event;
            if (grown.participants.size() == participantsBefore && grown.date.earliest == earliestBefore &&
                grown.date.latest == latestBefore)
                continue; // same people, same dates: already indexed
            merged[best].people = peopleOf(grown, entities);
            // Index any new participants or months of the grown event.
            for (const auto& p : merged[best].event.participants)
                for (const auto& b : buckets(merged[best].event.date, 0)) {
                    auto& list = index[p + "|" + b];
                    if (std::find(list.begin(), list.end(), best) == list.end()) list.push_back(best);
                }
            continue;
        }
        Merged m;
        m.action = f.action;
        m.timexTexts.push_back(f.timexText);
        m.event = std::move(f.event);
        m.people = fPeople;
        const std::size_t id = merged.size();
        for (const auto& b : buckets(m.event.date, 0)) {
            for (const auto& p : m.event.participants)
                index[p + "|" + b].push_back(id);
            byKind[m.event.kind + "|" + b].push_back(id);
        }
        merged.push_back(std::move(m));
    }
    // Reports that name nobody ("the treaty signed last June"): attach to the one compatible event
    // of that kind and time; keep agreements, incidents and other happenings at a named place ("was
    // launched from Kennedy Space Center", "went on strike in Vancouver") on their own; drop the
    // rest (too vague).
    for (EventFrame* f : anonymous) {
        const auto fCountries = countriesOf(f->event, entities);
        seen.clear();
        ++frameNo;
        stamp.resize(merged.size() + 1, 0);
        for (const auto& b : buckets(f->event.date, 0)) {
            const auto it = byKind.find(f->event.kind + "|" + b);
            if (it == byKind.end()) continue;
            for (std::size_t c : it->second) {
                const Event& e = merged[c].event;
                if (stamp[c] == frameNo) continue;
                stamp[c] = frameNo;
                if (!datesOverlap(e.date, f->event.date) ||
                    !actionsCompatible(f->event.kind, merged[c].action, f->action) ||
                    !placesCompatible(e.place, f->event.place, entities) || e.negated != f->event.negated)
                    continue;
                // Countries named on both sides must agree ("Japan and the Philippines" is not
                // "Russia and North Korea"); an event told by its people names none.
                if (!fCountries.empty()) {
                    const auto theirs = countriesOf(e, entities);
                    if (!theirs.empty() && !subsetEitherWay(fCountries, theirs)) continue;
                }
                seen.push_back(c);
            }
        }
        // A happening told on a day stands on its own too ("rescuers recovered the bodies on
        // Tuesday", "the tariffs took effect on Friday"): the lexicon's words are specific enough.
        const bool toldOnADay = f->event.date.granularity >= Granularity::Day && f->event.kind != "statement" &&
                                f->event.status == EventStatus::Happened && !f->event.negated &&
                                (f->event.kind == "other" || !f->event.place.empty());
        const bool ownEvent = f->event.kind == "agreement" || f->event.kind == "incident" || toldOnADay ||
                              (f->event.kind == "other" && !f->event.place.empty()) ||
                              (!fCountries.empty() && f->event.kind != "meeting" && f->event.kind != "visit" &&
                               f->event.kind != "travel");
        // No event on the day: one of the same kind and action a day off is the same happening
        // told across midnight ("late on Friday" / "early on Saturday"), with a date conflict.
        Match how = Match::Same;
        if (seen.empty() && f->event.date.granularity == Granularity::Day &&
            f->event.status == EventStatus::Happened) {
            long fd = 0;
            parseIsoDay(f->event.date.value, fd);
            for (const auto& b : buckets(f->event.date, 1)) {
                const auto it = byKind.find(f->event.kind + "|" + b);
                if (it == byKind.end()) continue;
                for (std::size_t c : it->second) {
                    const Event& e = merged[c].event;
                    long ed = 0;
                    if (e.date.granularity != Granularity::Day || !parseIsoDay(e.date.value, ed) ||
                        std::labs(ed - fd) != 1 || e.status != EventStatus::Happened || merged[c].action != f->action ||
                        !placesCompatible(e.place, f->event.place, entities) ||
                        std::find(seen.begin(), seen.end(), c) != seen.end())
                        continue;
                    seen.push_back(c);
                }
            }
            how = Match::DateConflict;
        }
        if (seen.size() == 1) {
            // The parties a countries-only report names join the event ("Signing: Kamikawa, Teodoro,
            // Japan and Philippines"); a report naming nobody adds nobody.
            absorb(merged[seen.front()], std::move(*f), how, entities, !fCountries.empty());
        } else if (seen.empty() && ownEvent) {
            Merged m;
            m.action = f->action;
            m.timexTexts.push_back(f->timexText);
            m.event = std::move(f->event);
            const std::size_t id = merged.size();
            for (const auto& b : buckets(m.event.date, 0))
                byKind[m.event.kind + "|" + b].push_back(id);
            merged.push_back(std::move(m));
        }
    }
    return merged;
}

// The merged events labelled, in date order, with their ids. Sorts an order, not the events.
std::vector<Event> eventsInDateOrder(std::deque<Merged> merged, const std::vector<Entity>& entities) {
    std::vector<std::size_t> order(merged.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return merged[a].event.date.earliest < merged[b].event.date.earliest;
    });
    std::vector<Event> out;
    out.reserve(merged.size());
    for (std::size_t i : order) {
        Merged& m = merged[i];
        if (m.event.kind != "statement") m.event.label = eventLabel(m.event, m.action, entities);
        out.push_back(std::move(m.event));
        out.back().id = "v" + std::to_string(out.size() - 1);
        m = Merged(); // its lists are not needed any more
    }
    return out;
}

} // namespace

std::vector<Event> mergeEventFrames(std::vector<EventFrame> frames, const std::vector<Entity>& entities) {
    std::vector<EventFrame*> pointers;
    pointers.reserve(frames.size());
    for (auto& f : frames)
        pointers.push_back(&f);
    std::deque<Merged> merged = mergeFrames(pointers, entities);
    std::vector<EventFrame>().swap(frames); // absorbed: released before the events are copied out
    return eventsInDateOrder(std::move(merged), entities);
}

std::vector<Event> mergeEventFrames(std::vector<std::vector<EventFrame>> framesPerArticle,
                                    const std::vector<Entity>& entities) {
    std::vector<EventFrame*> pointers;
    std::size_t total = 0;
    for (const auto& list : framesPerArticle)
        total += list.size();
    pointers.reserve(total);
    for (auto& list : framesPerArticle)
        for (auto& f : list)
            pointers.push_back(&f);
    std::deque<Merged> merged = mergeFrames(pointers, entities);
    std::vector<std::vector<EventFrame>>().swap(framesPerArticle); // as above
    return eventsInDateOrder(std::move(merged), entities);
}

} // namespace dateline
