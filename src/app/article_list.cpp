// Articles panel: title, outlet and date of each article (inferred dates marked); click reads it.
#include "app/explorer.h"

#include <imgui.h>

namespace dateline::app {

void drawArticleList(ExplorerState& state) {
    const auto& articles = state.timeline.articles;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const Article& a = articles[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string& title = a.title.empty() ? a.file : a.title;
        if (ImGui::Selectable(title.c_str(), state.readerArticle == static_cast<int>(i))) {
            state.readerArticle = static_cast<int>(i);
            state.view.selectedArticle = a.id;
            state.readerHighlight = {};
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", title.c_str(), a.file.c_str());
        const char* basis = a.published.basis == DateBasis::Inferred ? " (inferred)" : "";
        ImGui::TextDisabled("  %s  %s%s", a.source.empty() ? "unknown outlet" : a.source.c_str(),
                            a.published.value.empty() ? "no date" : a.published.value.c_str(), basis);
        state.drawnArticleTitles.push_back(title);
        ImGui::PopID();
    }
}

} // namespace dateline::app
