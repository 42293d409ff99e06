// Timeline canvas: input maps onto pure ViewState functions, then draw records from
// buildDrawList are issued as ImDrawList calls with no decisions left in the drawing.
//
// Index:
//   [SECTION] Palette
//   [SECTION] Input (mouse, wheel, axis range select, keyboard)
//   [SECTION] Marks (points, spans, clusters)
//   [SECTION] Canvas
#include "app/explorer.h"

#include "app/model/time_axis.h"
#include "core/calendar.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dateline::app {
namespace {

// [SECTION] Palette -----------------------------------------------------------

struct Palette {
    ImU32 background, laneStripe, laneLabelBg, labelText, axisText, axisMinor, axisMajor, cluster, clusterText,
        selected, today, articleMarker, conflict, rangeSelect;
};

Palette palette(bool dark) {
    if (dark)
        return {IM_COL32(24, 26, 30, 255),    IM_COL32(255, 255, 255, 9),  IM_COL32(30, 33, 38, 245),
                IM_COL32(205, 205, 215, 255), IM_COL32(160, 160, 172, 255), IM_COL32(48, 52, 58, 255),
                IM_COL32(86, 92, 102, 255),   IM_COL32(196, 200, 208, 255), IM_COL32(20, 20, 24, 255),
                IM_COL32(255, 255, 255, 255), IM_COL32(255, 92, 92, 230),   IM_COL32(255, 200, 80, 220),
                IM_COL32(255, 140, 40, 255),  IM_COL32(100, 160, 255, 60)};
    return {IM_COL32(250, 250, 248, 255), IM_COL32(0, 0, 0, 10),       IM_COL32(238, 238, 234, 245),
            IM_COL32(40, 40, 48, 255),    IM_COL32(80, 80, 92, 255),   IM_COL32(222, 222, 226, 255),
            IM_COL32(170, 170, 180, 255), IM_COL32(92, 96, 108, 255),  IM_COL32(255, 255, 255, 255),
            IM_COL32(20, 20, 20, 255),    IM_COL32(220, 40, 40, 230),  IM_COL32(210, 140, 0, 230),
            IM_COL32(230, 110, 0, 255),   IM_COL32(40, 110, 230, 50)};
}

ImU32 kindColour(const std::string& kind, bool dark) {
    static const struct {
        const char* kind;
        ImU32 dark, light;
    } table[] = {{"meeting", IM_COL32(86, 156, 214, 255), IM_COL32(30, 100, 180, 255)},
                 {"visit", IM_COL32(78, 201, 176, 255), IM_COL32(20, 140, 110, 255)},
                 {"travel", IM_COL32(220, 180, 90, 255), IM_COL32(170, 120, 20, 255)},
                 {"agreement", IM_COL32(197, 134, 192, 255), IM_COL32(150, 70, 150, 255)},
                 {"deployment", IM_COL32(214, 96, 77, 255), IM_COL32(190, 60, 40, 255)},
                 {"statement", IM_COL32(150, 150, 160, 255), IM_COL32(100, 100, 110, 255)},
                 {"incident", IM_COL32(240, 90, 90, 255), IM_COL32(200, 30, 30, 255)}};
    for (const auto& t : table)
        if (kind == t.kind) return dark ? t.dark : t.light;
    return dark ? IM_COL32(170, 170, 120, 255) : IM_COL32(120, 120, 60, 255);
}

ImU32 withAlpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

struct Layout {
    ImVec2 pos, end;  // whole canvas
    float labelWidth; // lane label column
    float axisHeight;
    float laneHeight;
    float plotX() const { return pos.x + labelWidth; }
    float plotWidth() const { return end.x - pos.x - labelWidth; }
    float lanesTop() const { return pos.y + axisHeight; }
    int visibleRows() const { return static_cast<int>((end.y - lanesTop()) / laneHeight) + 1; }
};

// [SECTION] Input -------------------------------------------------------------

void ensureEventVisible(ExplorerState& state, const Layout& L, int event) {
    if (event < 0) return;
    double first = 0, last = 0;
    if (eventDayRange(state.timeline.events[static_cast<std::size_t>(event)], first, last)) {
        const double span = state.view.lastDay - state.view.firstDay;
        const double mid = (first + last) / 2;
        if (mid < state.view.firstDay + span * 0.05 || mid > state.view.lastDay - span * 0.05)
            panByDays(state.view, mid - (state.view.firstDay + state.view.lastDay) / 2);
    }
    const int lane = laneOfEvent(state.lanes, event);
    const int rows = std::max(1, L.visibleRows() - 1);
    if (lane >= 0 && (lane < state.laneScroll || lane >= state.laneScroll + rows))
        state.laneScroll = static_cast<float>(std::max(0, lane - rows / 2));
}

void openSelectedSource(ExplorerState& state) {
    if (state.selectedEvent < 0) return;
    const Event& e = state.timeline.events[static_cast<std::size_t>(state.selectedEvent)];
    if (!e.sources.empty()) openArticleAt(state, e.sources[0].article, {e.sources[0].start, e.sources[0].end});
}

void handleKeyboard(ExplorerState& state, const Layout& L) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    ViewState& v = state.view;
    const double centre = (v.firstDay + v.lastDay) / 2;
    if (ImGui::IsKeyPressed(ImGuiKey_F)) fitToDays(v, state.lanes.firstDay, state.lanes.lastDay);
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) zoomAround(v, centre, 0.7);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) zoomAround(v, centre, 1.0 / 0.7);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        if (state.selectedEvent >= 0) selectEvent(state, -1);
        else state.readerHighlight = {};
    }
    const int dx = ImGui::IsKeyPressed(ImGuiKey_RightArrow) ? 1 : ImGui::IsKeyPressed(ImGuiKey_LeftArrow) ? -1 : 0;
    const int dy = ImGui::IsKeyPressed(ImGuiKey_DownArrow) ? 1 : ImGui::IsKeyPressed(ImGuiKey_UpArrow) ? -1 : 0;
    if (dx != 0 || dy != 0) {
        const int next = neighbourEvent(state.lanes, state.selectedEvent, dx, dy, centre);
        if (next >= 0) {
            selectEvent(state, next);
            ensureEventVisible(state, L, next);
        }
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)) openSelectedSource(state);
}

void handleMouse(ExplorerState& state, const Layout& L, bool hovered, bool active) {
    ImGuiIO& io = ImGui::GetIO();
    ViewState& v = state.view;
    const float w = L.plotWidth();
    const double mouseDay = xToDay(v, io.MousePos.x - L.plotX(), w);
    const bool overLabels = io.MousePos.x < L.plotX();
    const bool overAxis = io.MousePos.y < L.lanesTop();
    const float maxScroll = std::max(0.0f, static_cast<float>(state.lanes.lanes.size()) - 1.0f);
    if (hovered && io.MouseWheel != 0.0f) {
        // Over the lane labels (or with Shift) the wheel scrolls lanes; elsewhere it zooms.
        if (overLabels || io.KeyShift) state.laneScroll = std::clamp(state.laneScroll - io.MouseWheel * 2.0f, 0.0f, maxScroll);
        else zoomAround(v, mouseDay, std::pow(0.85, io.MouseWheel));
    }
    if (hovered && io.MouseWheelH != 0.0f) panByDays(v, -io.MouseWheelH * 0.05 * (v.lastDay - v.firstDay));
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && overAxis && !overLabels) {
        state.rangeSelecting = true;
        state.rangeStartDay = state.rangeEndDay = mouseDay;
    }
    if (state.rangeSelecting) {
        state.rangeEndDay = mouseDay;
        if (!io.MouseDown[0]) {
            state.rangeSelecting = false;
            const double a = std::min(state.rangeStartDay, state.rangeEndDay), b = std::max(state.rangeStartDay, state.rangeEndDay);
            // A drag on the axis frames that range; a plain click does nothing.
            if (dayToX(v, b, w) - dayToX(v, a, w) > 4 * state.uiScale) fitToDays(v, a, b, 0.0);
        }
        return;
    }
    if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        panByDays(v, -io.MouseDelta.x / w * (v.lastDay - v.firstDay));
        if (overLabels || io.KeyShift)
            state.laneScroll = std::clamp(state.laneScroll - io.MouseDelta.y / L.laneHeight, 0.0f, maxScroll);
    }
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !overAxis)
        fitToDays(v, state.lanes.firstDay, state.lanes.lastDay);
}

// [SECTION] Marks -------------------------------------------------------------

void hatch(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float step) {
    dl->PushClipRect(a, b, true);
    for (float x = a.x - (b.y - a.y); x < b.x; x += step) dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), colour, 1.0f);
    dl->PopClipRect();
}

void drawPoint(ImDrawList* dl, ImVec2 c, float r, ImU32 colour, unsigned flags, float s) {
    const bool inferred = flags & kItemInferred;
    const ImU32 fill = withAlpha(colour, inferred ? 90 : 255);
    if (flags & kItemPossible) {
        // Possible: a dotted ring.
        for (int i = 0; i < 10; ++i) {
            const float a = static_cast<float>(i) * 6.2831853f / 10.0f;
            dl->AddCircleFilled(ImVec2(c.x + std::cos(a) * r, c.y + std::sin(a) * r), 1.4f * s, fill, 6);
        }
    } else if (flags & kItemPlanned) {
        dl->AddCircle(c, r, fill, 0, 2.2f * s); // planned: a hollow ring
    } else {
        dl->AddCircleFilled(c, r, fill);
        if (inferred) dl->AddCircle(c, r, colour, 0, 1.0f * s); // inferred: faded with a firm rim
    }
}

void drawSpan(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, unsigned flags, float s) {
    const bool inferred = flags & kItemInferred;
    if (flags & (kItemPlanned | kItemPossible)) {
        dl->AddRect(a, b, withAlpha(colour, inferred ? 140 : 255), 2.0f * s, 0, (flags & kItemPossible ? 1.0f : 2.0f) * s);
    } else {
        dl->AddRectFilled(a, b, withAlpha(colour, inferred ? 60 : 150), 2.0f * s);
    }
    if (inferred) hatch(dl, a, b, withAlpha(colour, 200), 6.0f * s);
}

} // namespace

// [SECTION] Canvas ------------------------------------------------------------

void drawTimelineCanvas(ExplorerState& state) {
    refreshIndex(state);
    const float s = state.uiScale;
    const Palette P = palette(state.view.dark);
    if (!state.embed) {
        int laneMode = static_cast<int>(state.view.lanes);
        ImGui::TextDisabled("Lanes:");
        ImGui::SameLine();
        bool changed = ImGui::RadioButton("kind", &laneMode, 0);
        ImGui::SameLine();
        changed |= ImGui::RadioButton("participant", &laneMode, 1);
        ImGui::SameLine();
        changed |= ImGui::RadioButton("source", &laneMode, 2);
        ImGui::SameLine();
        ImGui::TextDisabled("  %zu dated events.  Wheel: zoom  drag: pan  drag axis: range  arrows/Enter/Esc  F: fit",
                            state.lanes.datedEvents);
        if (changed) {
            state.view.lanes = static_cast<LaneMode>(laneMode);
            state.laneScroll = 0;
            refreshIndex(state);
        }
    }

    const ImVec2 canvasPos = ImGui::GetCursorScreenPos();
    const ImVec2 canvasSize = ImGui::GetContentRegionAvail();
    if (canvasSize.x < 80 * s || canvasSize.y < 50 * s) return;
    ImGui::InvisibleButton("canvas", canvasSize, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemClicked()) ImGui::SetWindowFocus();
    const Layout L{canvasPos, ImVec2(canvasPos.x + canvasSize.x, canvasPos.y + canvasSize.y),
                   std::min(150.0f * s, canvasSize.x * 0.25f), 36.0f * s, 30.0f * s};
    state.canvasRect[0] = canvasPos.x;
    state.canvasRect[1] = canvasPos.y;
    state.canvasRect[2] = canvasSize.x;
    state.canvasRect[3] = canvasSize.y;
    handleMouse(state, L, hovered, active);
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || hovered || state.embed) handleKeyboard(state, L);

    const ViewState& v = state.view;
    const float w = L.plotWidth();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(L.pos, L.end, true);
    dl->AddRectFilled(L.pos, L.end, P.background);

    // Lane stripes, behind everything.
    const int firstLane = static_cast<int>(std::floor(state.laneScroll));
    const float rowOffset = (state.laneScroll - static_cast<float>(firstLane)) * L.laneHeight;
    const int lastLane = std::min<int>(static_cast<int>(state.lanes.lanes.size()), firstLane + L.visibleRows() + 1);
    auto laneY = [&](int lane) { return L.lanesTop() + static_cast<float>(lane - firstLane) * L.laneHeight - rowOffset; };
    for (int l = firstLane; l < lastLane; ++l)
        if (l % 2) dl->AddRectFilled(ImVec2(L.pos.x, laneY(l)), ImVec2(L.end.x, laneY(l) + L.laneHeight), P.laneStripe);

    // Axis: grid lines through the lanes, labels on top.
    for (const auto& tick : buildAxisTicks(v, w, 90.0f * s)) {
        const float x = L.plotX() + static_cast<float>(dayToX(v, tick.day, w));
        dl->AddLine(ImVec2(x, L.pos.y + L.axisHeight - 10 * s), ImVec2(x, L.end.y), tick.major ? P.axisMajor : P.axisMinor);
        dl->AddText(ImVec2(x + 3 * s, L.pos.y + 5 * s), tick.major ? P.labelText : P.axisText, tick.label.c_str());
    }
    dl->AddLine(ImVec2(L.plotX(), L.lanesTop()), ImVec2(L.end.x, L.lanesTop()), P.axisMajor);
    // Article publication dates: small markers under the axis; today: a red line.
    for (const auto& a : state.timeline.articles) {
        long first = 0, last = 0;
        if (!dayRangeOfIso(a.published.value, first, last)) continue;
        const float x = L.plotX() + static_cast<float>(dayToX(v, first + 0.5, w));
        const float y = L.lanesTop();
        const ImU32 c = a.published.basis == DateBasis::Inferred ? withAlpha(P.articleMarker, 110) : P.articleMarker;
        dl->AddTriangleFilled(ImVec2(x - 4 * s, y - 8 * s), ImVec2(x + 4 * s, y - 8 * s), ImVec2(x, y - 1 * s), c);
    }
    if (state.todayDay > 0) {
        const float x = L.plotX() + static_cast<float>(dayToX(v, state.todayDay, w));
        if (x >= L.plotX() && x <= L.end.x) {
            dl->AddLine(ImVec2(x, L.pos.y + 20 * s), ImVec2(x, L.end.y), P.today, 1.5f * s);
            dl->AddText(ImVec2(x - ImGui::CalcTextSize("today").x - 3 * s, L.pos.y + 20 * s), P.today, "today");
        }
    }
    if (state.rangeSelecting) {
        const float a = L.plotX() + static_cast<float>(dayToX(v, state.rangeStartDay, w));
        const float b = L.plotX() + static_cast<float>(dayToX(v, state.rangeEndDay, w));
        dl->AddRectFilled(ImVec2(std::min(a, b), L.pos.y), ImVec2(std::max(a, b), L.end.y), P.rangeSelect);
    }

    // Events: culled and clustered by the pure pass, then drawn.
    // Folding distance wide enough for a cluster's count to fit without overlapping its neighbour.
    const auto items = buildDrawList(v, state.lanes, w, firstLane, lastLane, 24.0f * s);
    state.drawnTimelineItems = items.size();
    state.drawnClusters = 0;
    state.drawnEvents.clear();
    const DrawItem* hoveredItem = nullptr;
    const ImVec2 m = ImGui::GetIO().MousePos;
    const float r = 6.0f * s;
    dl->PushClipRect(ImVec2(L.plotX(), L.lanesTop()), L.end, true);
    for (const auto& item : items) {
        const float yMid = laneY(item.lane) + L.laneHeight / 2;
        const float x0 = L.plotX() + item.x0, x1 = L.plotX() + item.x1;
        const bool span = (item.flags & kItemSpan) != 0;
        ImVec2 a, b; // hit box
        if (item.count > 1) {
            ++state.drawnClusters;
            char buf[16];
            std::snprintf(buf, sizeof buf, "%d", item.count);
            const float tw = ImGui::CalcTextSize(buf).x;
            const float cx0 = std::min(x0, (x0 + x1) / 2 - tw / 2 - 5 * s), cx1 = std::max(x1, (x0 + x1) / 2 + tw / 2 + 5 * s);
            a = ImVec2(cx0, yMid - 9 * s);
            b = ImVec2(cx1, yMid + 9 * s);
            if (span) dl->AddRectFilled(ImVec2(x0, yMid + 5 * s), ImVec2(x1, yMid + 9 * s), withAlpha(P.cluster, 90));
            dl->AddRectFilled(a, ImVec2(b.x, yMid + (span ? 5 : 9) * s), P.cluster, 9.0f * s);
            dl->AddText(ImVec2((cx0 + cx1) / 2 - tw / 2, yMid - 8 * s), P.clusterText, buf);
        } else {
            const Event& e = state.timeline.events[static_cast<std::size_t>(item.event)];
            const ImU32 colour = kindColour(e.kind, state.view.dark);
            if (span && x1 - x0 > 2 * r) {
                a = ImVec2(x0, yMid - 6 * s);
                b = ImVec2(x1, yMid + 6 * s);
                drawSpan(dl, a, b, colour, item.flags, s);
            } else {
                a = ImVec2((x0 + x1) / 2 - r, yMid - r);
                b = ImVec2((x0 + x1) / 2 + r, yMid + r);
                drawPoint(dl, ImVec2((x0 + x1) / 2, yMid), r, colour, item.flags, s);
            }
            if (item.flags & kItemConflict) {
                const float cx = span ? x0 + 6 * s : (x0 + x1) / 2;
                dl->AddTriangleFilled(ImVec2(cx - 5 * s, a.y - 1 * s), ImVec2(cx + 5 * s, a.y - 1 * s), ImVec2(cx, a.y - 9 * s), P.conflict);
            }
            if (item.event == state.selectedEvent)
                dl->AddRect(ImVec2(a.x - 3 * s, a.y - 3 * s), ImVec2(b.x + 3 * s, b.y + 3 * s), P.selected, 4 * s, 0, 2.0f * s);
            if (state.drawnEvents.size() < 200) state.drawnEvents.push_back({e.id, (a.x + b.x) / 2, yMid});
        }
        if (hovered && m.x >= a.x - 2 * s && m.x <= b.x + 2 * s && m.y >= a.y - 2 * s && m.y <= b.y + 2 * s && m.x >= L.plotX())
            hoveredItem = &item;
    }
    dl->PopClipRect();

    // Lane labels stay visible over everything while the view scrolls.
    dl->AddRectFilled(ImVec2(L.pos.x, L.lanesTop()), ImVec2(L.plotX(), L.end.y), P.laneLabelBg);
    for (int l = firstLane; l < lastLane; ++l) {
        const Lane& lane = state.lanes.lanes[static_cast<std::size_t>(l)];
        dl->PushClipRect(ImVec2(L.pos.x, std::max(laneY(l), L.lanesTop())), ImVec2(L.plotX() - 4 * s, laneY(l) + L.laneHeight), true);
        dl->AddText(ImVec2(L.pos.x + 6 * s, laneY(l) + 7 * s), P.labelText, lane.label.c_str());
        dl->PopClipRect();
    }
    if (state.lanes.lanes.size() > 1) {
        // A thin scroll indicator when lanes overflow.
        const float rows = static_cast<float>(L.visibleRows() - 1), total = static_cast<float>(state.lanes.lanes.size());
        if (total > rows) {
            const float h = L.end.y - L.lanesTop();
            const float y0 = L.lanesTop() + h * state.laneScroll / total, y1 = y0 + h * std::min(1.0f, rows / total);
            dl->AddRectFilled(ImVec2(L.plotX() - 4 * s, y0), ImVec2(L.plotX() - 1 * s, y1), P.axisMajor, 2 * s);
        }
    }
    if (state.lanes.datedEvents == 0) {
        const char* msg = state.timeline.events.empty() ? "No dated events found in these articles."
                                                        : "No events match the filters.";
        dl->AddText(ImVec2(L.plotX() + 12 * s, L.lanesTop() + 12 * s), P.axisText, msg);
    }
    dl->PopClipRect();

    if (!hoveredItem || state.rangeSelecting) return;
    const ImGuiIO& io = ImGui::GetIO();
    const bool clicked = ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                         io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
    if (hoveredItem->count > 1) {
        ImGui::SetTooltip("%d events (%s \xE2\x80\x93 %s)\nclick to zoom in", hoveredItem->count,
                          isoDay(static_cast<long>(hoveredItem->firstDay)).c_str(), isoDay(static_cast<long>(hoveredItem->lastDay)).c_str());
        if (clicked) fitToDays(state.view, hoveredItem->firstDay, hoveredItem->lastDay + 1, 0.1);
        return;
    }
    const Event& e = state.timeline.events[static_cast<std::size_t>(hoveredItem->event)];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(420.0f * s);
    ImGui::TextUnformatted(e.label.c_str());
    ImGui::TextDisabled("%s   %s (%s%s)   %s", e.kind.c_str(), e.date.value.c_str(), toString(e.date.granularity),
                        e.date.basis == DateBasis::Inferred ? ", inferred" : "", toString(e.status));
    std::string who;
    for (const auto& p : e.participants)
        for (const auto& ent : state.timeline.entities)
            if (ent.id == p) who += (who.empty() ? "" : ", ") + ent.name;
    if (!who.empty()) ImGui::Text("%s", who.c_str());
    ImGui::TextDisabled("%zu source%s%s", e.sources.size(), e.sources.size() == 1 ? "" : "s",
                        e.conflicts.empty() ? "" : "   sources disagree");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    if (clicked) {
        selectEvent(state, hoveredItem->event);
        openSelectedSource(state);
    }
}

} // namespace dateline::app
