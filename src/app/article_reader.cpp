// Reader panel: the clean article text, time expressions highlighted, evidence marked.
#include "app/explorer.h"

#include <imgui.h>

#include <algorithm>

namespace dateline::app {
namespace {

// Draws one paragraph wrapped to the panel, highlighting [hlStart, hlEnd) and timexes.
// ImGui has no rich text, so the paragraph is drawn word by word.
void drawParagraph(const Article& a, ByteSpan para, const ExplorerState& state, bool& scrolled) {
    const std::string& t = a.text;
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float space = ImGui::CalcTextSize(" ").x;
    float x = 0;
    std::size_t i = para.start;
    bool first = true;
    while (i < para.end) {
        std::size_t j = i;
        while (j < para.end && t[j] != ' ') ++j;
        const char* b = t.data() + i;
        const char* e = t.data() + j;
        const float w = ImGui::CalcTextSize(b, e).x;
        if (!first && x + space + w > wrap) {
            x = 0;
        } else if (!first) {
            ImGui::SameLine(0, space);
            x += space;
        }
        const bool highlighted = state.readerHighlight.end > state.readerHighlight.start &&
                                 i < state.readerHighlight.end && j > state.readerHighlight.start;
        const Timex* timex = nullptr;
        for (const auto& tx : a.timexes)
            if (i < tx.end && j > tx.start) timex = &tx;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (highlighted)
            ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + ImGui::GetTextLineHeight()),
                                                      IM_COL32(255, 210, 60, 90));
        if (timex) {
            ImGui::TextColored(ImVec4(0.35f, 0.65f, 1.0f, 1.0f), "%.*s", static_cast<int>(e - b), b);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s  %s\n%s", timex->type.c_str(), timex->value.c_str(), timex->text.c_str());
        } else {
            ImGui::TextUnformatted(b, e);
        }
        if (highlighted && state.scrollReaderToHighlight && !scrolled) {
            ImGui::SetScrollHereY(0.3f);
            scrolled = true;
        }
        x += w;
        first = false;
        i = j < para.end ? j + 1 : j;
    }
}

} // namespace

void drawArticleReader(ExplorerState& state) {
    if (state.readerArticle < 0 || state.readerArticle >= static_cast<int>(state.timeline.articles.size())) {
        ImGui::TextDisabled("Select an article or an event.");
        return;
    }
    const Article& a = state.timeline.articles[static_cast<std::size_t>(state.readerArticle)];
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(a.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("%s  %s  published %s (%s)  %s", a.source.c_str(), a.author.c_str(),
                        a.published.value.empty() ? "unknown" : a.published.value.c_str(), toString(a.published.basis),
                        a.file.c_str());
    ImGui::Checkbox("Show removed boilerplate", &state.showRemoved);
    ImGui::Separator();
    bool scrolled = false;
    std::vector<ByteSpan> paragraphs = a.paragraphs;
    if (paragraphs.empty()) paragraphs.push_back({0, a.text.size()});
    std::size_t removedIndex = 0;
    for (const auto& p : paragraphs) {
        while (state.showRemoved && removedIndex < a.removed.size() && a.removed[removedIndex].beforeOffset <= p.start) {
            const auto& r = a.removed[removedIndex++];
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextColored(ImVec4(0.6f, 0.6f, 0.6f, 0.8f), "[removed: %s] %s", r.reason.c_str(), r.text.c_str());
            ImGui::PopTextWrapPos();
        }
        drawParagraph(a, p, state, scrolled);
        ImGui::Spacing();
    }
    while (state.showRemoved && removedIndex < a.removed.size()) {
        const auto& r = a.removed[removedIndex++];
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImVec4(0.6f, 0.6f, 0.6f, 0.8f), "[removed: %s] %s", r.reason.c_str(), r.text.c_str());
        ImGui::PopTextWrapPos();
    }
    if (scrolled) state.scrollReaderToHighlight = false;
}

} // namespace dateline::app
