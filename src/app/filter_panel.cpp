// Filters panel: kinds, sources, status and date range, with what is shown and hidden.
#include "app/explorer.h"

#include "core/calendar.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace dateline::app {
namespace {

// A checkbox per value; the filter keeps the sorted list of unchecked values.
void hiddenListCheckboxes(const std::vector<std::string>& values, std::vector<std::string>& hidden) {
    for (const auto& value : values) {
        bool shown = !std::binary_search(hidden.begin(), hidden.end(), value);
        if (ImGui::Checkbox(value.c_str(), &shown)) {
            if (shown) hidden.erase(std::remove(hidden.begin(), hidden.end(), value), hidden.end());
            else hidden.insert(std::upper_bound(hidden.begin(), hidden.end(), value), value);
        }
    }
}

} // namespace

void drawFilterPanel(ExplorerState& state) {
    EventFilter& f = state.view.filter;
    ImGui::Text("Shown %zu, hidden %zu", state.filtered.shown, state.filtered.hidden);
    if (ImGui::SmallButton("Show everything")) {
        f = EventFilter{};
        state.searchBuffer.clear();
    }
    if (ImGui::CollapsingHeader("Status", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::Checkbox("happened", &f.happened);
        ImGui::SameLine();
        ImGui::Checkbox("planned", &f.planned);
        ImGui::SameLine();
        ImGui::Checkbox("possible", &f.possible);
    }
    if (ImGui::CollapsingHeader("Kinds", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::PushID("kinds");
        hiddenListCheckboxes(eventKinds(state.timeline), f.hiddenKinds);
        ImGui::PopID();
    }
    if (ImGui::CollapsingHeader("Sources", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::PushID("sources");
        hiddenListCheckboxes(outlets(state.timeline), f.hiddenSources);
        ImGui::PopID();
    }
    if (ImGui::CollapsingHeader("Date range", ImGuiTreeNodeFlags_DefaultOpen)) {
        if (f.hasRange) {
            ImGui::Text("%s to %s", isoDay(static_cast<long>(f.rangeFirst)).c_str(), isoDay(static_cast<long>(f.rangeLast) - 1).c_str());
            if (ImGui::SmallButton("Clear date range")) f.hasRange = false;
        } else {
            ImGui::TextDisabled("all dates");
        }
        if (ImGui::SmallButton("Use the visible range")) {
            f.hasRange = true;
            f.rangeFirst = std::floor(state.view.firstDay);
            f.rangeLast = std::ceil(state.view.lastDay);
        }
    }
}

} // namespace dateline::app
