// Reader panel: the clean article text with time expressions and entity mentions highlighted,
// the evidence sentence marked, and removed boilerplate on request.
#include "app/explorer.h"

#include <imgui.h>

#include <algorithm>

namespace dateline::app {
namespace {

// Draws one paragraph wrapped to the panel, highlighting [hlStart, hlEnd) and timexes.
// ImGui has no rich text, so the paragraph is drawn word by word.
struct MentionSpan {
    std::size_t start, end;
    EntityKind kind;
    const std::string* name;
};

ImU32 entityColour(EntityKind kind, bool dark) {
    switch (kind) {
    case EntityKind::Person: return dark ? IM_COL32(120, 200, 140, 200) : IM_COL32(30, 140, 60, 220);
    case EntityKind::Place: return dark ? IM_COL32(230, 150, 90, 200) : IM_COL32(190, 90, 20, 220);
    case EntityKind::Org: return dark ? IM_COL32(190, 140, 230, 200) : IM_COL32(120, 60, 170, 220);
    case EntityKind::Other: break;
    }
    return dark ? IM_COL32(170, 170, 170, 200) : IM_COL32(100, 100, 100, 220);
}

void drawParagraph(const Article& a, ByteSpan para, const ExplorerState& state, const std::vector<MentionSpan>& mentions,
                   bool& scrolled) {
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
        const MentionSpan* mention = nullptr;
        for (const auto& mspan : mentions)
            if (i < mspan.end && j > mspan.start) mention = &mspan;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float lineH = ImGui::GetTextLineHeight();
        if (highlighted)
            ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + lineH), IM_COL32(255, 210, 60, 90));
        if (mention)
            ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, pos.y + lineH), ImVec2(pos.x + w, pos.y + lineH),
                                                entityColour(mention->kind, state.view.dark), 2.0f * state.uiScale);
        if (timex) {
            ImGui::TextColored(ImVec4(0.35f, 0.65f, 1.0f, 1.0f), "%.*s", static_cast<int>(e - b), b);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s  %s\n%s", timex->type.c_str(), timex->value.c_str(), timex->text.c_str());
        } else {
            ImGui::TextUnformatted(b, e);
            if (mention && ImGui::IsItemHovered()) ImGui::SetTooltip("%s (%s)", mention->name->c_str(), toString(mention->kind));
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
    state.drawnHighlight.clear();
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
    ImGui::SameLine();
    ImGui::Checkbox("Highlight entities", &state.showEntityHighlights);
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.35f, 0.65f, 1.0f, 1.0f), "dates");
    ImGui::Separator();
    std::vector<MentionSpan> mentions;
    if (state.showEntityHighlights)
        for (const auto& ent : state.timeline.entities)
            for (const auto& m : ent.mentions)
                if (m.article == static_cast<std::size_t>(state.readerArticle)) mentions.push_back({m.start, m.end, ent.kind, &ent.name});
    state.drawnHighlight.clear();
    if (state.readerHighlight.end > state.readerHighlight.start && state.readerHighlight.end <= a.text.size())
        state.drawnHighlight = a.text.substr(state.readerHighlight.start, state.readerHighlight.end - state.readerHighlight.start);
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
        drawParagraph(a, p, state, mentions, scrolled);
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
