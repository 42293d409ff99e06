// Explorer layout: menu bar, side tabs (articles, entities, filters, search), timeline
// canvas, event panel and reader; in embed mode only a small header and the timeline.
#include "app/explorer.h"

#include "app/model/exports.h"
#include "core/io/bundle_json.h"

#include <imgui.h>

namespace dateline::app {

void setTimeline(ExplorerState& state, Timeline timeline, bool fit) {
    state.timeline = std::move(timeline);
    state.dataDirty = true;
    state.readerHighlight = {};
    state.readerCache = ReaderCache{};
    if (state.readerArticle >= static_cast<int>(state.timeline.articles.size()) || state.readerArticle < 0)
        state.readerArticle = state.timeline.articles.empty() ? -1 : 0;
    state.statusMessages.clear();
    for (const auto& d : state.timeline.diagnostics)
        if (d.severity != Severity::Info) state.statusMessages.push_back(d.file + ": " + d.message);
    refreshIndex(state);
    syncSelectionFromView(state);
    if (fit && state.lanes.datedEvents > 0) fitToDays(state.view, state.lanes.firstDay, state.lanes.lastDay);
}

void refreshIndex(ExplorerState& state) {
    if (!state.dataDirty && state.indexedFilter == state.view.filter && state.indexedLanes == state.view.lanes) return;
    state.filtered = applyFilter(state.timeline, state.view.filter);
    state.lanes = buildLaneIndex(state.timeline, state.view.lanes, &state.filtered.visible);
    state.indexedFilter = state.view.filter;
    state.indexedLanes = state.view.lanes;
    state.dataDirty = false;
    const float maxScroll = static_cast<float>(state.lanes.lanes.size());
    if (state.laneScroll > maxScroll) state.laneScroll = 0;
}

void syncSelectionFromView(ExplorerState& state) {
    state.selectedEvent = -1;
    for (std::size_t i = 0; i < state.timeline.events.size() && !state.view.selectedEvent.empty(); ++i)
        if (state.timeline.events[i].id == state.view.selectedEvent) state.selectedEvent = static_cast<int>(i);
    for (std::size_t i = 0; i < state.timeline.articles.size() && !state.view.selectedArticle.empty(); ++i)
        if (state.timeline.articles[i].id == state.view.selectedArticle) state.readerArticle = static_cast<int>(i);
}

void selectEvent(ExplorerState& state, int event) {
    state.selectedEvent = event;
    state.view.selectedEvent =
        event >= 0 && event < static_cast<int>(state.timeline.events.size()) ? state.timeline.events[static_cast<std::size_t>(event)].id : "";
}

void openArticleAt(ExplorerState& state, const std::string& articleId, ByteSpan span) {
    for (std::size_t i = 0; i < state.timeline.articles.size(); ++i) {
        if (state.timeline.articles[i].id == articleId) {
            state.readerArticle = static_cast<int>(i);
            state.view.selectedArticle = articleId;
            state.readerHighlight = span;
            state.scrollReaderToHighlight = true;
            return;
        }
    }
}

void applyStyle(bool dark, float uiScale) {
    ImGuiStyle style;
    if (dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.ScaleAllSizes(uiScale);
    ImGui::GetStyle() = style;
}

void runExport(ExplorerState& state, const PlatformServices& platform, ExportKind kind) {
    if (kind == ExportKind::OfflinePage) {
        if (platform.saveOfflinePage) platform.saveOfflinePage(writeBundle(state.timeline, -1));
        return;
    }
    if (!platform.download) return;
    switch (kind) {
    case ExportKind::Bundle: platform.download("timeline.json", "application/json", writeBundle(state.timeline)); break;
    case ExportKind::TimelineJs:
        platform.download("timelinejs.json", "application/json", exportTimelineJs(state.timeline, &state.filtered.visible));
        break;
    case ExportKind::Csv: platform.download("events.csv", "text/csv", exportEventsCsv(state.timeline, &state.filtered.visible)); break;
    case ExportKind::Png: state.pngRequested = true; break;
    case ExportKind::OfflinePage: break;
    }
}

namespace {

void drawMenuBar(ExplorerState& state, const PlatformServices& platform) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::TextUnformatted("Dateline");
    ImGui::Separator();
    if (state.embed) {
        ImGui::TextDisabled("%zu events", state.filtered.shown);
        if (platform.openUrl && ImGui::MenuItem("Open the full explorer \xE2\x86\x97"))
            platform.openUrl(platform.pageUrl + "#" + serializeViewState(state.view));
        ImGui::EndMenuBar();
        return;
    }
    if (ImGui::BeginMenu("Articles")) {
        if (ImGui::MenuItem("Open files...", nullptr, false, static_cast<bool>(platform.openFilePicker))) platform.openFilePicker();
        if (ImGui::MenuItem("Reset to bundled articles", nullptr, false, platform.resetToBundled && state.userFileCount > 0))
            platform.resetToBundled();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Export")) {
        const bool can = static_cast<bool>(platform.download);
        if (ImGui::MenuItem("Dateline JSON bundle", nullptr, false, can)) runExport(state, platform, ExportKind::Bundle);
        if (ImGui::MenuItem("TimelineJS JSON (shown events)", nullptr, false, can))
            runExport(state, platform, ExportKind::TimelineJs);
        if (ImGui::MenuItem("CSV of events (shown)", nullptr, false, can)) runExport(state, platform, ExportKind::Csv);
        if (ImGui::MenuItem("PNG of the timeline", nullptr, false, can)) runExport(state, platform, ExportKind::Png);
        ImGui::Separator();
        if (ImGui::MenuItem("Save offline page", nullptr, false, static_cast<bool>(platform.saveOfflinePage)))
            runExport(state, platform, ExportKind::OfflinePage);
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Share / Embed")) state.shareDialogOpen = true;
    if (ImGui::MenuItem(state.view.dark ? "Light theme" : "Dark theme")) state.view.dark = !state.view.dark;
    if (ImGui::MenuItem("Fit (F)")) fitToDays(state.view, state.lanes.firstDay, state.lanes.lastDay);
    ImGui::TextDisabled("%zu articles   %zu of %zu events shown, %zu hidden", state.timeline.articles.size(),
                        state.filtered.shown, state.timeline.events.size(), state.filtered.hidden);
    ImGui::EndMenuBar();
}

void drawSideTabs(ExplorerState& state) {
    if (state.loadProgress >= 0) {
        ImGui::ProgressBar(state.loadProgress, ImVec2(-1, 0), state.loadLabel.c_str());
    }
    if (!state.statusMessages.empty()) {
        ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.3f, 1), "%zu problem%s while loading", state.statusMessages.size(),
                           state.statusMessages.size() == 1 ? "" : "s");
        ImGui::SameLine();
        if (ImGui::SmallButton("Dismiss")) state.statusMessages.clear();
        ImGui::PushTextWrapPos(0.0f);
        for (const auto& msg : state.statusMessages) ImGui::BulletText("%s", msg.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
    }
    drawSearchPanel(state);
    if (ImGui::BeginTabBar("side")) {
        if (ImGui::BeginTabItem("Articles")) {
            drawArticleList(state);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Entities")) {
            drawEntityPanel(state);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Filters")) {
            drawFilterPanel(state);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

} // namespace

void drawExplorer(ExplorerState& state, const PlatformServices& platform) {
    refreshIndex(state);
    state.drawnArticleTitles.clear();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags rootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                       ImGuiWindowFlags_NoSavedSettings;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("Dateline", nullptr, rootFlags);
    ImGui::PopStyleVar();
    drawMenuBar(state, platform);

    if (state.embed) {
        ImGui::BeginChild("timeline", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
        drawTimelineCanvas(state);
        ImGui::EndChild();
        ImGui::End();
        return;
    }

    const float listWidth = ImGui::GetContentRegionAvail().x * 0.24f;
    ImGui::BeginChild("side", ImVec2(listWidth, 0), true);
    drawSideTabs(state);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("main", ImVec2(0, 0), false);
    const float timelineHeight = ImGui::GetContentRegionAvail().y * 0.52f;
    ImGui::BeginChild("timeline", ImVec2(0, timelineHeight), true, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
    drawTimelineCanvas(state);
    ImGui::EndChild();
    if (state.selectedEvent >= 0) {
        ImGui::BeginChild("event", ImVec2(ImGui::GetContentRegionAvail().x * 0.42f, 0), true);
        drawEventPanel(state);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("reader", ImVec2(0, 0), true);
    drawArticleReader(state);
    ImGui::EndChild();
    ImGui::EndChild();
    drawShareDialog(state, platform);
    ImGui::End();
}

} // namespace dateline::app
