// Builds synthetic timelines with the shape of real ones (see synthetic_timeline.h).
#include "app/model/synthetic_timeline.h"

#include "core/calendar.h"

#include <string>

namespace dateline::app {
namespace {

struct Random {
    unsigned long long state;
    unsigned next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(state >> 33);
    }
    unsigned below(unsigned n) { return next() % n; }
};

const char* const kKinds[] = {"meeting", "visit", "travel", "agreement", "deployment", "statement", "incident", "other"};
const char* const kFirst[] = {"Ana", "Boris", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jae"};
const char* const kLast[] = {"Ito", "Kova", "Lund", "Moreau", "Novak", "Okafor"};
const char* const kPlaces[] = {"Northport", "Eastvale", "Southmere", "Westbrook", "Lakeside", "Hillcrest",
                               "Riverton", "Stonebridge", "Fairhaven", "Greyfield", "Ashford", "Brightwater"};
const char* const kOutlets[] = {"Daily Ledger", "Morning Wire", "Evening Post", "Global Desk"};

} // namespace

Timeline makeSyntheticTimeline(std::size_t count, unsigned seed) {
    Timeline t;
    Random rng{seed * 2654435761ULL + 12345ULL};
    for (int i = 0; i < 48; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.name = std::string(kFirst[i % 10]) + " " + kLast[(i / 10) % 6] + (i >= 60 ? "" : "");
        e.kind = EntityKind::Person;
        t.entities.push_back(e);
    }
    for (int i = 0; i < 12; ++i) {
        Entity e;
        e.id = "e" + std::to_string(48 + i);
        e.name = kPlaces[i];
        e.kind = EntityKind::Place;
        t.entities.push_back(e);
    }
    const long firstDay = daysFromCivil({2000, 1, 1});
    const long lastDay = daysFromCivil({2025, 12, 31});
    for (int i = 0; i < 24; ++i) {
        Article a;
        a.id = "a" + std::to_string(i);
        a.file = "synthetic-" + std::to_string(i) + ".txt";
        a.title = "Synthetic report " + std::to_string(i + 1);
        a.source = kOutlets[i % 4];
        const long day = firstDay + static_cast<long>(rng.below(static_cast<unsigned>(lastDay - firstDay)));
        a.published.value = isoDay(day);
        a.published.basis = i % 7 == 3 ? DateBasis::Inferred : DateBasis::Explicit;
        for (int s = 0; s < 12; ++s) {
            const std::string sentence = std::string(kFirst[(i + s) % 10]) + " " + kLast[s % 6] + " met officials in " +
                                         kPlaces[(i * 3 + s) % 12] + " (synthetic sentence " + std::to_string(s + 1) + ").";
            if (!a.text.empty()) a.text += s % 4 == 0 ? "\n\n" : " ";
            if (s % 4 == 0) a.paragraphs.push_back({a.text.size(), a.text.size()});
            const std::size_t start = a.text.size();
            a.text += sentence;
            a.sentences.push_back({start, a.text.size()});
            a.paragraphs.back().end = a.text.size();
        }
        t.articles.push_back(std::move(a));
    }
    t.events.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        Event e;
        e.id = "v" + std::to_string(i);
        const unsigned kind = rng.below(8);
        e.kind = kKinds[kind];
        const long day = firstDay + static_cast<long>(rng.below(static_cast<unsigned>(lastDay - firstDay)));
        const CivilDate c = civilFromDays(day);
        const unsigned g = rng.below(100);
        if (g < 80) {
            e.date.value = e.date.earliest = e.date.latest = isoDay(day);
            e.date.granularity = Granularity::Day;
        } else if (g < 95) {
            e.date.value = isoDay(day).substr(0, 7);
            e.date.earliest = isoDay(daysFromCivil({c.year, c.month, 1}));
            e.date.latest = isoDay(daysFromCivil({c.year, c.month, daysInMonth(c.year, c.month)}));
            e.date.granularity = Granularity::Month;
        } else {
            e.date.value = std::to_string(c.year);
            e.date.earliest = isoDay(daysFromCivil({c.year, 1, 1}));
            e.date.latest = isoDay(daysFromCivil({c.year, 12, 31}));
            e.date.granularity = Granularity::Year;
        }
        e.date.basis = rng.below(10) == 0 ? DateBasis::Inferred : DateBasis::Explicit;
        const unsigned st = rng.below(100);
        e.status = st < 85 ? EventStatus::Happened : st < 95 ? EventStatus::Planned : EventStatus::Possible;
        const unsigned p1 = rng.below(48), p2 = rng.below(48);
        e.participants.push_back(t.entities[p1].id);
        if (p2 != p1) e.participants.push_back(t.entities[p2].id);
        e.place = t.entities[48 + rng.below(12)].id;
        e.label = t.entities[p1].name + " " + e.kind + " in " + t.entities[48 + (i % 12)].name;
        const unsigned sources = 1 + rng.below(3);
        for (unsigned s = 0; s < sources; ++s) {
            const Article& a = t.articles[rng.below(24)];
            const ByteSpan span = a.sentences[rng.below(static_cast<unsigned>(a.sentences.size()))];
            EventSource src;
            src.article = a.id;
            src.start = span.start;
            src.end = span.end;
            src.sentence = a.text.substr(span.start, span.end - span.start);
            src.claimedDate = e.date.value;
            e.sources.push_back(src);
        }
        if (rng.below(100) < 3 && e.sources.size() > 1) {
            e.conflicts.push_back({"date", {e.sources[0].article + ": " + e.date.value,
                                            e.sources[1].article + ": " + isoDay(day + 1)}});
        }
        t.events.push_back(std::move(e));
    }
    return t;
}

} // namespace dateline::app
