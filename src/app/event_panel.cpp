// Event panel: label, date with basis, participants, place, status, conflicts, and each
// source's evidence sentence with outlet and date; click a source to read it highlighted.
#include "app/explorer.h"

#include <imgui.h>

namespace dateline::app {
namespace {

const Entity* findEntity(const Timeline& t, const std::string& id) {
    for (const auto& e : t.entities)
        if (e.id == id) return &e;
    return nullptr;
}

} // namespace

void drawEventPanel(ExplorerState& state) {
    if (state.selectedEvent < 0 || state.selectedEvent >= static_cast<int>(state.timeline.events.size())) return;
    const Event& e = state.timeline.events[static_cast<std::size_t>(state.selectedEvent)];
    if (ImGui::SmallButton("Close (Esc)")) {
        selectEvent(state, -1);
        return;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Zoom to it")) {
        double first = 0, last = 0;
        if (eventDayRange(e, first, last)) fitToDays(state.view, first, last, 0.5);
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%s", e.label.c_str());
    ImGui::TextDisabled("%s, %s", e.kind.c_str(), toString(e.status));
    ImGui::Text("Date: %s  (%s, %s)", e.date.value.c_str(), toString(e.date.granularity), toString(e.date.basis));
    if (!e.date.earliest.empty() && e.date.earliest != e.date.latest)
        ImGui::TextDisabled("covers %s to %s", e.date.earliest.c_str(), e.date.latest.c_str());
    if (const Entity* place = findEntity(state.timeline, e.place)) ImGui::Text("Place: %s", place->name.c_str());
    if (!e.participants.empty()) ImGui::TextUnformatted("Participants:");
    for (const auto& p : e.participants)
        if (const Entity* ent = findEntity(state.timeline, p)) ImGui::BulletText("%s", ent->name.c_str());
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
            if (a.id == s.article)
                outlet = outletName(a) + ", " + (a.published.value.empty() ? "no date" : a.published.value) +
                         (a.published.basis == DateBasis::Inferred ? " (inferred)" : "");
        if (!s.claimedDate.empty()) outlet += "  \xE2\x80\x94 says " + s.claimedDate;
        if (ImGui::Selectable(outlet.c_str())) openArticleAt(state, s.article, {s.start, s.end});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the article at this sentence");
        ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", s.sentence.c_str());
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

} // namespace dateline::app
