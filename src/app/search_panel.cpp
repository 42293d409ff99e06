// Search box over events, entities and article text; typing filters the timeline.
#include "app/explorer.h"

#include <imgui.h>

namespace dateline::app {
namespace {

int resizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

} // namespace

void drawSearchPanel(ExplorerState& state) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##search", "Search events, entities, articles", state.searchBuffer.data(),
                             state.searchBuffer.capacity() + 1, ImGuiInputTextFlags_CallbackResize, resizeCallback,
                             &state.searchBuffer);
    state.view.filter.search = state.searchBuffer;
    if (state.searchBuffer.empty()) return;
    static std::string lastQuery;
    static std::size_t lastSize = 0;
    static SearchResults results;
    if (lastQuery != state.searchBuffer || lastSize != state.timeline.articles.size() + state.timeline.events.size()) {
        results = searchTimeline(state.timeline, state.searchBuffer, 50);
        lastQuery = state.searchBuffer;
        lastSize = state.timeline.articles.size() + state.timeline.events.size();
    }
    ImGui::TextDisabled("%zu events shown; %zu entities, %zu articles match", state.filtered.shown, results.entities.size(),
                        results.articles.size());
    for (const int i : results.entities) {
        const Entity& e = state.timeline.entities[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        if (ImGui::SmallButton(e.name.c_str())) {
            state.view.filter.entity = e.id;
            state.searchBuffer.clear();
        }
        ImGui::SameLine();
        ImGui::PopID();
    }
    if (!results.entities.empty()) ImGui::NewLine();
    for (const auto& hit : results.articles) {
        const Article& a = state.timeline.articles[static_cast<std::size_t>(hit.article)];
        ImGui::PushID(hit.article + 100000);
        if (ImGui::Selectable((a.title.empty() ? a.file : a.title).c_str())) openArticleAt(state, a.id, hit.span);
        ImGui::PopID();
    }
    ImGui::Separator();
}

} // namespace dateline::app
