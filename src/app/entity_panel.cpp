// Entities panel: people, places, organisations with counts; click filters the timeline.
#include "app/explorer.h"

#include <imgui.h>

namespace dateline::app {

void drawEntityPanel(ExplorerState& state) {
    static std::size_t cachedFor = static_cast<std::size_t>(-1);
    static const Timeline* cachedTimeline = nullptr;
    static std::vector<EntityCount> counts;
    // Recounted only when the timeline changes (cheap key: address + sizes).
    const std::size_t key = state.timeline.entities.size() * 1000003u + state.timeline.events.size();
    if (cachedFor != key || cachedTimeline != &state.timeline) {
        counts = entityCounts(state.timeline);
        cachedFor = key;
        cachedTimeline = &state.timeline;
    }
    if (!state.view.filter.entity.empty()) {
        if (ImGui::SmallButton("Clear entity filter")) state.view.filter.entity.clear();
    }
    if (counts.empty()) ImGui::TextDisabled("No entities found.");
    static const char* const kHeadings[] = {"People", "Places", "Organisations", "Other"};
    for (int kind = 0; kind < 4; ++kind) {
        bool any = false;
        for (const auto& c : counts) any = any || static_cast<int>(state.timeline.entities[static_cast<std::size_t>(c.entity)].kind) == kind;
        if (!any || !ImGui::CollapsingHeader(kHeadings[kind], ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (const auto& c : counts) {
            const Entity& ent = state.timeline.entities[static_cast<std::size_t>(c.entity)];
            if (static_cast<int>(ent.kind) != kind) continue;
            ImGui::PushID(c.entity);
            char label[256];
            std::snprintf(label, sizeof label, "%s##e", ent.name.c_str());
            const bool selected = state.view.filter.entity == ent.id;
            if (ImGui::Selectable(label, selected, 0, ImVec2(ImGui::GetContentRegionAvail().x - 90 * state.uiScale, 0)))
                state.view.filter.entity = selected ? "" : ent.id;
            if (ImGui::IsItemHovered() && !ent.aliases.empty()) {
                std::string aliases;
                for (const auto& a : ent.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
                ImGui::SetTooltip("also: %s", aliases.c_str());
            }
            ImGui::SameLine();
            ImGui::TextDisabled("%zu ev  %zu m", c.events, c.mentions);
            ImGui::PopID();
        }
    }
}

} // namespace dateline::app
