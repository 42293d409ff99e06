// Timeline canvas: input maps onto pure ViewState functions, then draw records are
// issued as ImDrawList calls with no decisions left in the drawing.
#include "app/explorer.h"

#include "app/model/time_axis.h"
#include "core/calendar.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dateline::app {
namespace {

constexpr float kAxisHeight = 34.0f;
constexpr float kLaneHeight = 30.0f;
constexpr float kLabelWidth = 130.0f;

ImU32 kindColour(const std::string& kind) {
    static const struct {
        const char* kind;
        ImU32 colour;
    } table[] = {{"meeting", IM_COL32(86, 156, 214, 255)},   {"visit", IM_COL32(78, 201, 176, 255)},
                 {"travel", IM_COL32(220, 180, 90, 255)},    {"agreement", IM_COL32(197, 134, 192, 255)},
                 {"deployment", IM_COL32(214, 96, 77, 255)}, {"statement", IM_COL32(150, 150, 160, 255)},
                 {"incident", IM_COL32(240, 90, 90, 255)}};
    for (const auto& t : table)
        if (kind == t.kind) return t.colour;
    return IM_COL32(170, 170, 120, 255);
}

void handleInput(ExplorerState& state, const ImVec2& origin, float width, bool hovered, bool active) {
    ImGuiIO& io = ImGui::GetIO();
    ViewState& v = state.view;
    const double mouseDay = xToDay(v, io.MousePos.x - origin.x, width);
    if (hovered && io.MouseWheel != 0.0f) zoomAround(v, mouseDay, std::pow(0.85, io.MouseWheel));
    if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f))
        panByDays(v, -io.MouseDelta.x / width * (v.lastDay - v.firstDay));
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        fitToDays(v, state.lanes.firstDay, state.lanes.lastDay);
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !io.WantTextInput) {
        const double centre = (v.firstDay + v.lastDay) / 2;
        if (ImGui::IsKeyPressed(ImGuiKey_F)) fitToDays(v, state.lanes.firstDay, state.lanes.lastDay);
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) zoomAround(v, centre, 0.7);
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
            zoomAround(v, centre, 1.0 / 0.7);
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) state.selectedEvent = -1;
    }
}

} // namespace

void drawTimelineCanvas(ExplorerState& state) {
    if (state.lanesDirty) {
        state.lanes = buildLaneIndex(state.timeline, state.view.lanes);
        state.lanesDirty = false;
    }
    int laneMode = static_cast<int>(state.view.lanes);
    ImGui::TextDisabled("Lanes:");
    ImGui::SameLine();
    bool changed = ImGui::RadioButton("kind", &laneMode, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("participant", &laneMode, 1);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("source", &laneMode, 2);
    ImGui::SameLine();
    ImGui::TextDisabled("  %zu dated events  (wheel: zoom, drag: pan, double-click or F: fit)", state.lanes.datedEvents);
    if (changed) {
        state.view.lanes = static_cast<LaneMode>(laneMode);
        state.lanesDirty = true;
    }

    const ImVec2 canvasPos = ImGui::GetCursorScreenPos();
    const ImVec2 canvasSize = ImGui::GetContentRegionAvail();
    if (canvasSize.x < 50 || canvasSize.y < 50) return;
    ImGui::InvisibleButton("canvas", canvasSize, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    const ImVec2 plotPos(canvasPos.x + kLabelWidth, canvasPos.y);
    const float plotWidth = canvasSize.x - kLabelWidth;
    handleInput(state, plotPos, plotWidth, hovered, active);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 canvasEnd(canvasPos.x + canvasSize.x, canvasPos.y + canvasSize.y);
    dl->PushClipRect(canvasPos, canvasEnd, true);
    dl->AddRectFilled(canvasPos, canvasEnd, IM_COL32(24, 26, 30, 255));

    // Axis.
    for (const auto& tick : buildAxisTicks(state.view, plotWidth)) {
        const float x = plotPos.x + static_cast<float>(dayToX(state.view, tick.day, plotWidth));
        dl->AddLine(ImVec2(x, canvasPos.y + kAxisHeight - 8), ImVec2(x, canvasEnd.y),
                    tick.major ? IM_COL32(90, 95, 105, 255) : IM_COL32(50, 54, 60, 255));
        dl->AddText(ImVec2(x + 3, canvasPos.y + 6), tick.major ? IM_COL32(230, 230, 230, 255) : IM_COL32(160, 160, 170, 255),
                    tick.label.c_str());
    }
    // Article publication dates as small markers under the axis.
    for (const auto& a : state.timeline.articles) {
        long first = 0, last = 0;
        if (!dayRangeOfIso(a.published.value, first, last)) continue;
        const float x = plotPos.x + static_cast<float>(dayToX(state.view, first + 0.5, plotWidth));
        dl->AddTriangleFilled(ImVec2(x - 4, canvasPos.y + kAxisHeight - 8), ImVec2(x + 4, canvasPos.y + kAxisHeight - 8),
                              ImVec2(x, canvasPos.y + kAxisHeight - 1), IM_COL32(255, 200, 80, 200));
    }

    // Lanes and events.
    const int visibleLanes = static_cast<int>((canvasSize.y - kAxisHeight) / kLaneHeight) + 1;
    const auto items = buildDrawList(state.view, state.lanes, plotWidth, 0, visibleLanes);
    state.drawnTimelineItems = items.size();
    for (int l = 0; l < std::min<int>(visibleLanes, static_cast<int>(state.lanes.lanes.size())); ++l) {
        const float y = canvasPos.y + kAxisHeight + l * kLaneHeight;
        if (l % 2) dl->AddRectFilled(ImVec2(canvasPos.x, y), ImVec2(canvasEnd.x, y + kLaneHeight), IM_COL32(255, 255, 255, 8));
        dl->AddText(ImVec2(canvasPos.x + 6, y + 7), IM_COL32(200, 200, 210, 255), state.lanes.lanes[static_cast<std::size_t>(l)].label.c_str());
    }
    const DrawItem* hoveredItem = nullptr;
    for (const auto& item : items) {
        const float y = canvasPos.y + kAxisHeight + item.lane * kLaneHeight + kLaneHeight / 2;
        const float x0 = plotPos.x + item.x0, x1 = std::max(plotPos.x + item.x1, plotPos.x + item.x0 + 3);
        const ImU32 colour = item.count > 1 ? IM_COL32(200, 200, 200, 255)
                                            : kindColour(state.timeline.events[static_cast<std::size_t>(item.event)].kind);
        const bool selected = item.count == 1 && item.event == state.selectedEvent;
        if (x1 - x0 > 12) dl->AddRectFilled(ImVec2(x0, y - 7), ImVec2(x1, y + 7), colour, 3.0f);
        else dl->AddCircleFilled(ImVec2((x0 + x1) / 2, y), item.count > 1 ? 9.0f : 6.0f, colour);
        if (item.count > 1) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%d", item.count);
            dl->AddText(ImVec2((x0 + x1) / 2 - 4, y - 7), IM_COL32(20, 20, 20, 255), buf);
        }
        if (selected) dl->AddCircle(ImVec2((x0 + x1) / 2, y), 10.0f, IM_COL32(255, 255, 255, 255), 0, 2.0f);
        const ImVec2 m = ImGui::GetIO().MousePos;
        if (hovered && m.x >= x0 - 6 && m.x <= x1 + 6 && m.y >= y - 9 && m.y <= y + 9) hoveredItem = &item;
    }
    dl->PopClipRect();

    if (hoveredItem) {
        if (hoveredItem->count > 1) {
            ImGui::SetTooltip("%d events - click to zoom in", hoveredItem->count);
        } else {
            const Event& e = state.timeline.events[static_cast<std::size_t>(hoveredItem->event)];
            ImGui::SetTooltip("%s\n%s  %s\n%zu source(s)", e.label.c_str(), e.kind.c_str(), e.date.value.c_str(), e.sources.size());
        }
        const ImGuiIO& io = ImGui::GetIO();
        const bool clicked = ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                             io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
        if (clicked) {
            if (hoveredItem->count > 1) {
                fitToDays(state.view, hoveredItem->firstDay, hoveredItem->lastDay + 1);
            } else {
                state.selectedEvent = hoveredItem->event;
                const Event& e = state.timeline.events[static_cast<std::size_t>(hoveredItem->event)];
                if (!e.sources.empty()) openArticleAt(state, e.sources[0].article, {e.sources[0].start, e.sources[0].end});
            }
        }
    }
}

} // namespace dateline::app
