// Gold scoring: an optimal one-to-one assignment of timeline events to compatible gold events
// (kind, date, people), most required events first, then most events, then most exact dates.
#include "core/timeline/gold_score.h"

#include "core/events/event_date.h"
#include "core/who/entities.h"
#include "core/who/word_tokens.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace dateline {
namespace {

using json = nlohmann::json;

std::string str(const json &j, const char *key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings(const json &j, const char *key) {
    std::vector<std::string> out;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return out;
    for (const auto &v : *it)
        if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

struct GoldEvent {
    std::string id, kind, reason;
    std::vector<std::string> dates; // first is the gold date, the rest accepted alternatives
    std::vector<std::string> participants, sources;
    bool required = true, conflict = false;
};

// Minimum-cost assignment (Hungarian method, potentials form): rows ≤ columns; returns the column of
// each row. Sizes here are tens of events, so O(n²m) is nothing.
std::vector<std::size_t> minCostAssignment(const std::vector<std::vector<long long>> &cost, std::size_t columns) {
    const std::size_t n = cost.size(), m = columns;
    const long long inf = std::numeric_limits<long long>::max() / 4;
    std::vector<long long> u(n + 1, 0), v(m + 1, 0);
    std::vector<std::size_t> p(m + 1, 0), way(m + 1, 0); // p[j]: row (1-based) holding column j
    for (std::size_t i = 1; i <= n; ++i) {
        p[0] = i;
        std::size_t j0 = 0;
        std::vector<long long> minv(m + 1, inf);
        std::vector<char> usedColumn(m + 1, 0);
        do {
            usedColumn[j0] = 1;
            const std::size_t i0 = p[j0];
            long long delta = inf;
            std::size_t j1 = 0;
            for (std::size_t j = 1; j <= m; ++j) {
                if (usedColumn[j]) continue;
                const long long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                if (cur < minv[j]) minv[j] = cur, way[j] = j0;
                if (minv[j] < delta) delta = minv[j], j1 = j;
            }
            for (std::size_t j = 0; j <= m; ++j)
                if (usedColumn[j])
                    u[p[j]] += delta, v[j] -= delta;
                else
                    minv[j] -= delta;
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const std::size_t j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0);
    }
    std::vector<std::size_t> columnOf(n, m);
    for (std::size_t j = 1; j <= m; ++j)
        if (p[j]) columnOf[p[j] - 1] = j - 1;
    return columnOf;
}

// Days a date range covers (0 when it has none).
long spanDays(const EventDate &d) {
    long a = 0, b = 0;
    if (!parseIsoDay(d.earliest, a) || !parseIsoDay(d.latest, b)) return 0;
    return b - a + 1;
}

bool kindsCompatible(const std::string &a, const std::string &b) {
    return a == b || (a == "visit" && b == "meeting") || (a == "meeting" && b == "visit") ||
           (a == "visit" && b == "travel") || (a == "travel" && b == "visit");
}

} // namespace

GoldScore scoreAgainstGold(const Timeline &timeline, std::string_view goldJson) {
    GoldScore score;
    const json gold = json::parse(goldJson.begin(), goldJson.end(), nullptr, false);
    if (gold.is_discarded() || !gold.is_object() || !gold.contains("events") || !gold["events"].is_array()) {
        score.error = "gold file is not a JSON object with an events array";
        return score;
    }
    std::vector<GoldEvent> golds;
    for (const auto &g : gold["events"]) {
        GoldEvent e;
        e.id = str(g, "id");
        e.kind = str(g, "kind");
        e.reason = str(g, "reason");
        e.dates.push_back(str(g, "date"));
        for (const auto &alt : strings(g, "alternativeDates"))
            e.dates.push_back(alt);
        e.participants = strings(g, "participants");
        e.sources = strings(g, "sources");
        e.required = !g.contains("required") || !g["required"].is_boolean() || g["required"].get<bool>();
        e.conflict = g.contains("conflict") && g["conflict"].is_boolean() && g["conflict"].get<bool>();
        golds.push_back(std::move(e));
    }
    std::unordered_map<std::string, const Entity *> entityById;
    for (const auto &e : timeline.entities)
        entityById[e.id] = &e;
    std::unordered_map<std::string, std::string> fileOfArticle;
    for (const auto &a : timeline.articles)
        fileOfArticle[a.id] = a.file;

    auto hasParticipant = [&](const Event &ev, const std::string &name) {
        const std::string key = personKey(name);
        for (const auto &id : ev.participants) {
            const auto it = entityById.find(id);
            if (it == entityById.end()) continue;
            if (personKey(it->second->name) == key) return true;
            for (const auto &alias : it->second->aliases)
                if (personKey(alias) == key) return true;
        }
        return false;
    };
    // 0: incompatible; 1: compatible, but the report's date is over a month coarser than the gold's;
    // 2: compatible; 3: compatible with an exact date.
    auto matchLevel = [&](const GoldEvent &g, const Event &ev) {
        if (!kindsCompatible(g.kind, ev.kind)) return 0;
        for (const auto &p : g.participants)
            if (!hasParticipant(ev, p)) return 0;
        int best = 0;
        for (const auto &d : g.dates) {
            EventDate gd;
            if (!eventDateFromValue(d, gd) || !datesOverlap(gd, ev.date)) continue;
            // Overlap alone is lenient: a year-level report overlaps every day of its year. Such a
            // match still counts, but ranks last and is reported as coarse.
            const bool coarse = spanDays(ev.date) > std::max<long>(spanDays(gd), 31);
            best = std::max(best, ev.date.value == d ? 3 : coarse ? 1 : 2);
        }
        return best;
    };

    score.ok = true;
    score.predictedEvents = static_cast<int>(timeline.events.size());
    const std::size_t events = timeline.events.size();
    std::vector<std::vector<int>> level(golds.size(), std::vector<int>(events, 0));
    std::vector<char> matchesSomeGold(events, 0);
    for (std::size_t gi = 0; gi < golds.size(); ++gi)
        for (std::size_t i = 0; i < events; ++i)
            if ((level[gi][i] = matchLevel(golds[gi], timeline.events[i]))) matchesSomeGold[i] = 1;
    // One-to-one: maximise required matches, then all matches (precision), then dates no coarser than
    // a month, then exact dates. Each gold
    // row may also take a "no match" column of cost 0, so every row has a column.
    std::vector<std::vector<long long>> cost(golds.size(), std::vector<long long>(events + golds.size(), 0));
    for (std::size_t gi = 0; gi < golds.size(); ++gi)
        for (std::size_t i = 0; i < events; ++i)
            if (level[gi][i])
                cost[gi][i] = -((golds[gi].required ? 1000000LL : 1000LL) + (level[gi][i] >= 2 ? 10 : 0) +
                                (level[gi][i] == 3 ? 1 : 0));
    const std::vector<std::size_t> assigned = minCostAssignment(cost, events + golds.size());
    std::vector<char> used(events, 0);
    for (std::size_t gi = 0; gi < golds.size(); ++gi) {
        const GoldEvent &g = golds[gi];
        if (g.required)
            ++score.requiredEvents;
        else
            ++score.optionalEvents;
        const std::size_t best = assigned[gi];
        if (best >= events || !level[gi][best]) {
            if (g.required) score.missed.push_back(g.id + ": " + g.reason);
            continue;
        }
        used[best] = 1;
        if (!g.required) continue;
        ++score.requiredFound;
        const Event &ev = timeline.events[best];
        if (level[gi][best] == 3) ++score.exactDates;
        if (level[gi][best] == 1) ++score.coarseDates;
        for (const auto &file : g.sources) {
            ++score.goldSources;
            for (const auto &s : ev.sources)
                if (fileOfArticle[s.article] == file) {
                    ++score.goldSourcesFound;
                    break;
                }
        }
        if (g.conflict) {
            ++score.conflictsExpected;
            if (!ev.conflicts.empty()) ++score.conflictsFound;
        }
    }
    for (std::size_t i = 0; i < timeline.events.size(); ++i) {
        if (used[i])
            ++score.predictedMatched;
        else if (matchesSomeGold[i])
            ++score.duplicates;
        else
            score.unmatched.push_back(timeline.events[i].date.value + " " + timeline.events[i].label);
    }
    return score;
}

} // namespace dateline
