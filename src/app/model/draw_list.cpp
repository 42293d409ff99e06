// Lane grouping, culling and clustering for the timeline canvas.
#include "app/model/draw_list.h"

#include "core/calendar.h"

#include "app/model/event_filter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace dateline::app {
namespace {

struct Names {
    std::unordered_map<std::string, std::string> entity, outlet;
    explicit Names(const Timeline& t) {
        for (const auto& e : t.entities) entity.emplace(e.id, e.name);
        for (const auto& a : t.articles) outlet.emplace(a.id, outletName(a));
    }
};

std::vector<std::string> laneKeys(const Names& names, const Event& e, LaneMode mode) {
    std::vector<std::string> keys;
    switch (mode) {
    case LaneMode::Kind: keys.push_back(e.kind); break;
    case LaneMode::Participant:
        for (const auto& p : e.participants) {
            const auto it = names.entity.find(p);
            keys.push_back(it != names.entity.end() ? it->second : p);
        }
        if (keys.empty()) keys.push_back("(no participant)");
        break;
    case LaneMode::Source:
        for (const auto& s : e.sources) {
            const auto it = names.outlet.find(s.article);
            keys.push_back(it != names.outlet.end() ? it->second : s.article);
        }
        if (keys.empty()) keys.push_back("(no source)");
        break;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace

unsigned itemFlags(const Event& e) {
    unsigned flags = 0;
    switch (e.date.granularity) {
    case Granularity::Century: case Granularity::Decade: case Granularity::Year: case Granularity::Season:
    case Granularity::Quarter: case Granularity::Month: case Granularity::Week: flags |= kItemSpan; break;
    default:
        if (!e.date.latest.empty() && e.date.latest != e.date.earliest) flags |= kItemSpan;
        break;
    }
    if (e.date.basis == DateBasis::Inferred) flags |= kItemInferred;
    if (e.status == EventStatus::Planned) flags |= kItemPlanned;
    if (e.status == EventStatus::Possible) flags |= kItemPossible;
    if (!e.conflicts.empty()) flags |= kItemConflict;
    return flags;
}

bool eventDayRange(const Event& e, double& first, double& lastExclusive) {
    long f = 0, l = 0;
    if (!dayRangeOfIso(e.date.earliest, f, l)) {
        if (!dayRangeOfIso(e.date.value, f, l)) return false;
    } else {
        long f2 = 0, l2 = 0;
        if (dayRangeOfIso(e.date.latest, f2, l2)) l = std::max(l, l2);
    }
    first = static_cast<double>(f);
    lastExclusive = static_cast<double>(l + 1);
    return true;
}

LaneIndex buildLaneIndex(const Timeline& t, LaneMode mode, const std::vector<bool>* visible) {
    LaneIndex index;
    index.mode = mode;
    std::unordered_map<std::string, std::size_t> laneOf;
    const Names names(t);
    bool any = false;
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        if (visible && !(*visible)[i]) continue;
        const Event& e = t.events[i];
        double firstD = 0, endD = 0;
        if (!eventDayRange(e, firstD, endD)) continue;
        const long first = static_cast<long>(firstD), last = static_cast<long>(endD) - 1;
        const unsigned flags = itemFlags(e);
        ++index.datedEvents;
        index.firstDay = any ? std::min<double>(index.firstDay, first) : first;
        index.lastDay = any ? std::max<double>(index.lastDay, last + 1) : last + 1;
        any = true;
        for (const auto& key : laneKeys(names, e, mode)) {
            auto [it, inserted] = laneOf.emplace(key, index.lanes.size());
            if (inserted) index.lanes.push_back({key, {}, 0});
            Lane& lane = index.lanes[it->second];
            lane.items.push_back({static_cast<double>(first), static_cast<double>(last), static_cast<int>(i), flags});
            lane.widestItemDays = std::max(lane.widestItemDays, static_cast<double>(last - first + 1));
        }
    }
    for (auto& lane : index.lanes)
        std::stable_sort(lane.items.begin(), lane.items.end(),
                         [](const LaneItem& a, const LaneItem& b) { return a.firstDay < b.firstDay; });
    std::stable_sort(index.lanes.begin(), index.lanes.end(),
                     [](const Lane& a, const Lane& b) {
                         if (a.items.size() != b.items.size()) return a.items.size() > b.items.size();
                         return a.label < b.label;
                     });
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
        // Two open runs per lane: narrow marks (points, short spans) fold when they would start
        // inside the open mark (marks are at least clusterPx wide); wide spans fold only with
        // spans starting within clusterPx of each other, so one long span never swallows a lane.
        long openNarrow = -1, openWide = -1;
        for (; it != lane.items.end() && it->firstDay <= view.lastDay; ++it) {
            if (it->lastDay + 1.0 < view.firstDay) continue;
            const bool span = (it->flags & kItemSpan) != 0;
            const float x0 = static_cast<float>(dayToX(view, span ? it->firstDay : it->firstDay + 0.5, widthPx));
            const float x1 = span ? static_cast<float>(dayToX(view, it->lastDay + 1.0, widthPx)) : x0;
            const bool wide = span && x1 - x0 >= 2 * clusterPx;
            long& open = wide ? openWide : openNarrow;
            if (open >= 0) {
                DrawItem& o = out[static_cast<std::size_t>(open)];
                const float limit = wide ? o.x0 + clusterPx : std::max(o.x1, o.x0 + clusterPx) - 0.01f;
                if (x0 < limit) {
                    o.x1 = std::max(o.x1, x1);
                    o.count += 1;
                    o.event = -1;
                    o.lastDay = std::max(o.lastDay, it->lastDay);
                    o.flags = wide ? static_cast<unsigned>(kItemSpan) : 0u;
                    continue;
                }
            }
            out.push_back({l, x0, x1, it->event, 1, it->firstDay, it->lastDay, it->flags});
            open = static_cast<long>(out.size()) - 1;
        }
    }
    return out;
}

int laneOfEvent(const LaneIndex& index, int event) {
    for (std::size_t l = 0; l < index.lanes.size(); ++l)
        for (const auto& item : index.lanes[l].items)
            if (item.event == event) return static_cast<int>(l);
    return -1;
}

int neighbourEvent(const LaneIndex& index, int current, int dx, int dy, double centreDay) {
    if (index.lanes.empty()) return -1;
    int lane = current >= 0 ? laneOfEvent(index, current) : -1;
    if (lane < 0) {
        for (const auto& l : index.lanes) {
            auto it = std::lower_bound(l.items.begin(), l.items.end(), centreDay,
                                       [](const LaneItem& a, double d) { return a.firstDay < d; });
            if (it == l.items.end() && !l.items.empty()) --it;
            if (it != l.items.end()) return it->event;
        }
        return -1;
    }
    const auto& items = index.lanes[static_cast<std::size_t>(lane)].items;
    std::size_t pos = 0;
    while (pos < items.size() && items[pos].event != current) ++pos;
    const double day = items[pos].firstDay;
    if (dx != 0) {
        const long next = static_cast<long>(pos) + (dx > 0 ? 1 : -1);
        if (next < 0 || next >= static_cast<long>(items.size())) return current;
        return items[static_cast<std::size_t>(next)].event;
    }
    const int target = lane + (dy > 0 ? 1 : -1);
    if (dy == 0 || target < 0 || target >= static_cast<int>(index.lanes.size())) return current;
    const auto& other = index.lanes[static_cast<std::size_t>(target)].items;
    if (other.empty()) return current;
    auto it = std::lower_bound(other.begin(), other.end(), day, [](const LaneItem& a, double d) { return a.firstDay < d; });
    if (it == other.end()) --it;
    else if (it != other.begin() && std::fabs(std::prev(it)->firstDay - day) <= std::fabs(it->firstDay - day)) --it;
    return it->event;
}

} // namespace dateline::app
