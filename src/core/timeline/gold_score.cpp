// Gold scoring: each gold event takes its best unused compatible timeline event (kind, date, people).
#include "core/timeline/gold_score.h"

#include "core/events/event_date.h"
#include "core/who/entities.h"
#include "core/who/word_tokens.h"

#include <nlohmann/json.hpp>

#include <algorithm>
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
    // 0: incompatible; 1: compatible; 2: compatible with an exact date.
    auto matchLevel = [&](const GoldEvent &g, const Event &ev) {
        if (!kindsCompatible(g.kind, ev.kind)) return 0;
        for (const auto &p : g.participants)
            if (!hasParticipant(ev, p)) return 0;
        int best = 0;
        for (const auto &d : g.dates) {
            EventDate gd;
            if (!eventDateFromValue(d, gd) || !datesOverlap(gd, ev.date)) continue;
            best = std::max(best, ev.date.value == d ? 2 : 1);
        }
        return best;
    };

    score.ok = true;
    score.predictedEvents = static_cast<int>(timeline.events.size());
    std::vector<char> used(timeline.events.size(), 0);
    std::vector<char> matchesSomeGold(timeline.events.size(), 0);
    for (const auto &g : golds) {
        if (g.required)
            ++score.requiredEvents;
        else
            ++score.optionalEvents;
        int bestLevel = 0;
        std::size_t best = timeline.events.size();
        for (std::size_t i = 0; i < timeline.events.size(); ++i) {
            const int level = matchLevel(g, timeline.events[i]);
            if (level) matchesSomeGold[i] = 1;
            if (level > bestLevel && !used[i]) bestLevel = level, best = i;
        }
        if (best == timeline.events.size()) {
            if (g.required) score.missed.push_back(g.id + ": " + g.reason);
            continue;
        }
        used[best] = 1;
        if (!g.required) continue;
        ++score.requiredFound;
        const Event &ev = timeline.events[best];
        if (bestLevel == 2) ++score.exactDates;
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
