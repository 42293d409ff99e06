// Event panel: label, date with basis, status, sources with evidence; click a source to read it.
#include "app/explorer.h"

#include <imgui.h>

namespace dateline::app {

void drawEventPanel(ExplorerState& state) {
    if (state.selectedEvent < 0 || state.selectedEvent >= static_cast<int>(state.timeline.events.size())) return;
    const Event& e = state.timeline.events[static_cast<std::size_t>(state.selectedEvent)];
    if (ImGui::SmallButton("Close (Esc)")) {
        state.selectedEvent = -1;
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%s", e.label.c_str());
    ImGui::TextDisabled("%s  %s (%s, %s)  %s", e.kind.c_str(), e.date.value.c_str(), toString(e.date.granularity),
                        toString(e.date.basis), toString(e.status));
    for (const auto& p : e.participants)
        for (const auto& ent : state.timeline.entities)
            if (ent.id == p) ImGui::BulletText("%s", ent.name.c_str());
    for (const auto& c : e.conflicts) {
        ImGui::TextColored(ImVec4(1, 0.5f, 0.2f, 1), "Sources disagree on %s:", c.field.c_str());
        for (const auto& claim : c.claims) ImGui::BulletText("%s", claim.c_str());
    }
    ImGui::Separator();
    ImGui::Text("%zu source%s", e.sources.size(), e.sources.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < e.sources.size(); ++i) {
        const auto& s = e.sources[i];
        ImGui::PushID(static_cast<int>(i));
        std::string outlet = s.article;
        for (const auto& a : state.timeline.articles)
            if (a.id == s.article) outlet = (a.source.empty() ? a.file : a.source) + ", " + a.published.value;
        if (ImGui::Selectable(outlet.c_str())) openArticleAt(state, s.article, {s.start, s.end});
        ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", s.sentence.c_str());
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

} // namespace dateline::app
