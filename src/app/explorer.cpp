// Explorer layout: menu bar, article list, timeline canvas, event panel and reader.
#include "app/explorer.h"

#include "core/io/bundle_json.h"

#include <imgui.h>

namespace dateline::app {

void setTimeline(ExplorerState& state, Timeline timeline) {
    state.timeline = std::move(timeline);
    state.lanesDirty = true;
    state.selectedEvent = -1;
    state.readerArticle = state.timeline.articles.empty() ? -1 : 0;
    state.readerHighlight = {};
    state.statusMessages.clear();
    for (const auto& d : state.timeline.diagnostics)
        if (d.severity != Severity::Info) state.statusMessages.push_back(d.file + ": " + d.message);
    state.lanes = buildLaneIndex(state.timeline, state.view.lanes);
    state.lanesDirty = false;
    if (state.lanes.datedEvents > 0) fitToDays(state.view, state.lanes.firstDay, state.lanes.lastDay);
}

void openArticleAt(ExplorerState& state, const std::string& articleId, ByteSpan span) {
    for (std::size_t i = 0; i < state.timeline.articles.size(); ++i) {
        if (state.timeline.articles[i].id == articleId) {
            state.readerArticle = static_cast<int>(i);
            state.readerHighlight = span;
            state.scrollReaderToHighlight = true;
            return;
        }
    }
}

void drawExplorer(ExplorerState& state, const PlatformServices& platform) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags rootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                       ImGuiWindowFlags_NoSavedSettings;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("Dateline", nullptr, rootFlags);
    ImGui::PopStyleVar();
    if (ImGui::BeginMenuBar()) {
        ImGui::TextUnformatted("Dateline");
        ImGui::Separator();
        if (ImGui::MenuItem("Open files...") && platform.openFilePicker) platform.openFilePicker();
        if (ImGui::BeginMenu("Export")) {
            if (ImGui::MenuItem("Dateline JSON bundle") && platform.download)
                platform.download("timeline.json", "application/json", writeBundle(state.timeline));
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Fit (F)")) fitToDays(state.view, state.lanes.firstDay, state.lanes.lastDay);
        ImGui::TextDisabled("%zu articles  %zu events", state.timeline.articles.size(), state.timeline.events.size());
        ImGui::EndMenuBar();
    }

    const float listWidth = ImGui::GetContentRegionAvail().x * 0.22f;
    ImGui::BeginChild("articles", ImVec2(listWidth, 0), true);
    drawArticleList(state);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("main", ImVec2(0, 0), false);
    const float timelineHeight = ImGui::GetContentRegionAvail().y * 0.48f;
    ImGui::BeginChild("timeline", ImVec2(0, timelineHeight), true, ImGuiWindowFlags_NoScrollWithMouse);
    drawTimelineCanvas(state);
    ImGui::EndChild();
    const float eventWidth = state.selectedEvent >= 0 ? ImGui::GetContentRegionAvail().x * 0.4f : 0.0f;
    if (state.selectedEvent >= 0) {
        ImGui::BeginChild("event", ImVec2(eventWidth, 0), true);
        drawEventPanel(state);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("reader", ImVec2(0, 0), true);
    drawArticleReader(state);
    ImGui::EndChild();
    ImGui::EndChild();
    ImGui::End();
}

} // namespace dateline::app
