// Lane grouping, culling and clustering for the timeline canvas.
#include "app/model/draw_list.h"

#include "core/calendar.h"

#include <algorithm>
#include <map>

namespace dateline::app {
namespace {

std::vector<std::string> laneKeys(const Timeline& t, const Event& e, LaneMode mode) {
    std::vector<std::string> keys;
    switch (mode) {
    case LaneMode::Kind: keys.push_back(e.kind); break;
    case LaneMode::Participant:
        for (const auto& p : e.participants) {
            const auto it = std::find_if(t.entities.begin(), t.entities.end(), [&](const Entity& x) { return x.id == p; });
            keys.push_back(it != t.entities.end() ? it->name : p);
        }
        if (keys.empty()) keys.push_back("(no participant)");
        break;
    case LaneMode::Source:
        for (const auto& s : e.sources) {
            const auto it = std::find_if(t.articles.begin(), t.articles.end(),
                                         [&](const Article& a) { return a.id == s.article; });
            keys.push_back(it != t.articles.end() ? (it->source.empty() ? it->file : it->source) : s.article);
        }
        break;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace

LaneIndex buildLaneIndex(const Timeline& t, LaneMode mode, const std::vector<bool>* visible) {
    LaneIndex index;
    index.mode = mode;
    std::map<std::string, std::size_t> laneOf;
    bool any = false;
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        if (visible && !(*visible)[i]) continue;
        const Event& e = t.events[i];
        long first = 0, last = 0;
        if (!dayRangeOfIso(e.date.earliest, first, last)) {
            if (!dayRangeOfIso(e.date.value, first, last)) continue;
        } else {
            long f2 = 0, l2 = 0;
            if (dayRangeOfIso(e.date.latest, f2, l2)) last = l2;
        }
        ++index.datedEvents;
        index.firstDay = any ? std::min<double>(index.firstDay, first) : first;
        index.lastDay = any ? std::max<double>(index.lastDay, last + 1) : last + 1;
        any = true;
        for (const auto& key : laneKeys(t, e, mode)) {
            auto [it, inserted] = laneOf.emplace(key, index.lanes.size());
            if (inserted) index.lanes.push_back({key, {}, 0});
            Lane& lane = index.lanes[it->second];
            lane.items.push_back({static_cast<double>(first), static_cast<double>(last), static_cast<int>(i)});
            lane.widestItemDays = std::max(lane.widestItemDays, static_cast<double>(last - first + 1));
        }
    }
    for (auto& lane : index.lanes)
        std::stable_sort(lane.items.begin(), lane.items.end(),
                         [](const LaneItem& a, const LaneItem& b) { return a.firstDay < b.firstDay; });
    std::stable_sort(index.lanes.begin(), index.lanes.end(),
                     [](const Lane& a, const Lane& b) { return a.items.size() > b.items.size(); });
    return index;
}

std::vector<DrawItem> buildDrawList(const ViewState& view, const LaneIndex& index, float widthPx, int firstLane,
                                    int lastLane, float clusterPx) {
    std::vector<DrawItem> out;
    if (widthPx <= 0) return out;
    if (lastLane < 0 || lastLane > static_cast<int>(index.lanes.size())) lastLane = static_cast<int>(index.lanes.size());
    for (int l = std::max(0, firstLane); l < lastLane; ++l) {
        const Lane& lane = index.lanes[static_cast<std::size_t>(l)];
        // Items starting before firstDay - widest span cannot reach the visible range.
        const double from = view.firstDay - lane.widestItemDays - 1.0;
        auto it = std::lower_bound(lane.items.begin(), lane.items.end(), from,
                                   [](const LaneItem& a, double d) { return a.firstDay < d; });
        DrawItem* open = nullptr;
        for (; it != lane.items.end() && it->firstDay <= view.lastDay; ++it) {
            if (it->lastDay + 1.0 < view.firstDay) continue;
            const float x0 = static_cast<float>(dayToX(view, it->firstDay, widthPx));
            const float x1 = static_cast<float>(dayToX(view, it->lastDay + 1.0, widthPx));
            // Fold when this item would start inside the open one's mark (marks are at least
            // clusterPx wide); adjacent day spans at high zoom stay separate.
            if (open && x0 < std::max(open->x1, open->x0 + clusterPx) - 0.01f) {
                open->x1 = std::max(open->x1, x1);
                open->count += 1;
                open->event = -1;
                open->lastDay = std::max(open->lastDay, it->lastDay);
                continue;
            }
            out.push_back({l, x0, x1, it->event, 1, it->firstDay, it->lastDay});
            open = &out.back();
        }
    }
    return out;
}

} // namespace dateline::app
