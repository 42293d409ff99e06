// Share / Embed dialog: the link to this view and iframe / script-tag snippets for it.
#include "app/explorer.h"

#include <imgui.h>

namespace dateline::app {
namespace {

void snippet(const char* label, const std::string& text, const PlatformServices& platform, float height) {
    ImGui::TextUnformatted(label);
    ImGui::PushID(label);
    std::string copy = text; // InputTextMultiline needs a mutable buffer; read-only anyway
    ImGui::InputTextMultiline("##text", copy.data(), copy.size() + 1, ImVec2(-1, height), ImGuiInputTextFlags_ReadOnly);
    if (platform.copyText && ImGui::SmallButton("Copy")) platform.copyText(text);
    ImGui::PopID();
}

} // namespace

void drawShareDialog(ExplorerState& state, const PlatformServices& platform) {
    if (state.shareDialogOpen) {
        ImGui::OpenPopup("Share / Embed");
        state.shareDialogOpen = false;
    }
    const float s = state.uiScale;
    ImGui::SetNextWindowSize(ImVec2(640 * s, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Share / Embed", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const std::string hash = serializeViewState(state.view);
    const std::string base = platform.pageUrl.empty() ? "dateline.html" : platform.pageUrl;
    const std::string link = base + "#" + hash;
    const std::string embedUrl = base + "?embed=1#" + hash;
    ImGui::TextWrapped("Links keep the visible range, lanes, filters and the selected event. Embeds show the "
                       "bundled articles, or a bundle from the same site with ?src=bundle.json.");
    snippet("Link to this view", link, platform, ImGui::GetTextLineHeight() * 3);
    snippet("Embed (iframe)",
            "<iframe src=\"" + embedUrl + "\" width=\"100%\" height=\"420\" style=\"border:0\" title=\"Dateline timeline\" loading=\"lazy\"></iframe>",
            platform, ImGui::GetTextLineHeight() * 4);
    const std::string dir = base.substr(0, base.rfind('/') + 1);
    snippet("Embed (script tag; several on one page work independently)",
            "<div data-dateline-src=\"timeline.json\" data-dateline-view=\"" + hash + "\"></div>\n<script src=\"" + dir + "embed.js\"></script>",
            platform, ImGui::GetTextLineHeight() * 4);
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace dateline::app
