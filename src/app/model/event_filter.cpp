// Event filtering, search and entity counts for the explorer's panels.
#include "app/model/event_filter.h"

#include "core/calendar.h"

#include <algorithm>
#include <unordered_map>

namespace dateline::app {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool inSorted(const std::vector<std::string>& list, const std::string& value) {
    return std::binary_search(list.begin(), list.end(), value);
}

} // namespace

std::string outletName(const Article& a) { return a.source.empty() ? a.file : a.source; }

bool containsIgnoringCase(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > haystack.size()) return false;
    const char first = lower(needle[0]);
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (lower(haystack[i]) != first) continue;
        std::size_t k = 1;
        while (k < needle.size() && lower(haystack[i + k]) == lower(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

namespace {

std::size_t findIgnoringCase(std::string_view haystack, std::string_view needle) {
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i)
        if (containsIgnoringCase(haystack.substr(i, needle.size()), needle)) return i;
    return std::string_view::npos;
}

// Lookups built once per call so filtering 100,000 events stays linear.
struct Lookups {
    std::unordered_map<std::string, const Entity*> entity;
    std::unordered_map<std::string, std::string> outletOf; // article id → outlet
    explicit Lookups(const Timeline& t) {
        for (const auto& e : t.entities) entity.emplace(e.id, &e);
        for (const auto& a : t.articles) outletOf.emplace(a.id, outletName(a));
    }
};

bool eventMatchesText(const Event& e, const Lookups& look, std::string_view q) {
    if (containsIgnoringCase(e.label, q) || containsIgnoringCase(e.kind, q) || containsIgnoringCase(e.date.value, q))
        return true;
    for (const auto& p : e.participants) {
        const auto it = look.entity.find(p);
        if (it != look.entity.end() && containsIgnoringCase(it->second->name, q)) return true;
    }
    if (!e.place.empty()) {
        const auto it = look.entity.find(e.place);
        if (it != look.entity.end() && containsIgnoringCase(it->second->name, q)) return true;
    }
    for (const auto& s : e.sources)
        if (containsIgnoringCase(s.sentence, q)) return true;
    return false;
}

} // namespace

FilterResult applyFilter(const Timeline& t, const EventFilter& f) {
    FilterResult r;
    r.visible.assign(t.events.size(), true);
    const Lookups look(t);
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        bool show = !inSorted(f.hiddenKinds, e.kind);
        if (show) {
            show = (e.status == EventStatus::Happened && f.happened) || (e.status == EventStatus::Planned && f.planned) ||
                   (e.status == EventStatus::Possible && f.possible);
        }
        if (show && !f.hiddenSources.empty()) {
            // Shown while at least one of its sources is from a shown outlet.
            bool anyShown = e.sources.empty();
            for (const auto& s : e.sources) {
                const auto it = look.outletOf.find(s.article);
                if (it == look.outletOf.end() || !inSorted(f.hiddenSources, it->second)) anyShown = true;
            }
            show = anyShown;
        }
        if (show && f.hasRange) {
            long first = 0, last = 0;
            const bool dated = dayRangeOfIso(e.date.earliest, first, last) || dayRangeOfIso(e.date.value, first, last);
            long f2 = 0, l2 = 0;
            if (dated && dayRangeOfIso(e.date.latest, f2, l2)) last = l2;
            show = dated && first < f.rangeLast && last + 1 > f.rangeFirst;
        }
        if (show && !f.entity.empty())
            show = e.place == f.entity ||
                   std::find(e.participants.begin(), e.participants.end(), f.entity) != e.participants.end();
        if (show && !f.search.empty()) show = eventMatchesText(e, look, f.search);
        r.visible[i] = show;
        show ? ++r.shown : ++r.hidden;
    }
    return r;
}

std::vector<std::string> eventKinds(const Timeline& t) {
    std::vector<std::string> out;
    for (const auto& e : t.events) out.push_back(e.kind);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::string> outlets(const Timeline& t) {
    std::vector<std::string> out;
    for (const auto& a : t.articles) out.push_back(outletName(a));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

SearchResults searchTimeline(const Timeline& t, std::string_view query, std::size_t maxEvents) {
    SearchResults r;
    if (query.empty()) return r;
    const Lookups look(t);
    for (std::size_t i = 0; i < t.events.size() && r.events.size() < maxEvents; ++i)
        if (eventMatchesText(t.events[i], look, query)) r.events.push_back(static_cast<int>(i));
    for (std::size_t i = 0; i < t.entities.size(); ++i) {
        bool hit = containsIgnoringCase(t.entities[i].name, query);
        for (const auto& alias : t.entities[i].aliases) hit = hit || containsIgnoringCase(alias, query);
        if (hit) r.entities.push_back(static_cast<int>(i));
    }
    for (std::size_t i = 0; i < t.articles.size(); ++i) {
        const Article& a = t.articles[i];
        const std::size_t at = findIgnoringCase(a.text, query);
        if (at != std::string_view::npos) r.articles.push_back({static_cast<int>(i), {at, at + query.size()}});
        else if (containsIgnoringCase(a.title, query)) r.articles.push_back({static_cast<int>(i), {0, 0}});
    }
    return r;
}

std::vector<EntityCount> entityCounts(const Timeline& t) {
    std::vector<EntityCount> out(t.entities.size());
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < t.entities.size(); ++i) {
        out[i].entity = static_cast<int>(i);
        out[i].mentions = t.entities[i].mentions.size();
        indexOf.emplace(t.entities[i].id, i);
    }
    for (const auto& e : t.events) {
        std::vector<std::size_t> involved;
        for (const auto& p : e.participants) {
            const auto it = indexOf.find(p);
            if (it != indexOf.end()) involved.push_back(it->second);
        }
        const auto place = indexOf.find(e.place);
        if (place != indexOf.end()) involved.push_back(place->second);
        std::sort(involved.begin(), involved.end());
        involved.erase(std::unique(involved.begin(), involved.end()), involved.end());
        for (const std::size_t i : involved) ++out[i].events;
    }
    std::sort(out.begin(), out.end(), [&](const EntityCount& a, const EntityCount& b) {
        if (a.events != b.events) return a.events > b.events;
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        return t.entities[static_cast<std::size_t>(a.entity)].name < t.entities[static_cast<std::size_t>(b.entity)].name;
    });
    return out;
}

} // namespace dateline::app
