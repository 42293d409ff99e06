// Reader panel: the clean article text with time expressions and entity mentions highlighted,
// the evidence sentence marked, and removed boilerplate on request.
#include "app/explorer.h"
#include "app/model/reader_marks.h"

#include <imgui.h>

#include <algorithm>

namespace dateline::app {
namespace {

ImU32 entityColour(EntityKind kind, bool dark) {
    switch (kind) {
    case EntityKind::Person: return dark ? IM_COL32(120, 200, 140, 200) : IM_COL32(30, 140, 60, 220);
    case EntityKind::Place: return dark ? IM_COL32(230, 150, 90, 200) : IM_COL32(190, 90, 20, 220);
    case EntityKind::Org: return dark ? IM_COL32(190, 140, 230, 200) : IM_COL32(120, 60, 170, 220);
    case EntityKind::Other: break;
    }
    return dark ? IM_COL32(170, 170, 170, 200) : IM_COL32(100, 100, 100, 220);
}

// Walks a paragraph's words as the reader wraps them to `wrap` pixels, calling
// onWord(start, end, startsLine) for each; returns the number of lines. Drawing and measuring
// both wrap through here, so a measured height is the drawn one.
template <typename OnWord>
int wrapWords(const std::string& t, ByteSpan para, float wrap, OnWord&& onWord) {
    const float space = ImGui::CalcTextSize(" ").x;
    int lines = 1;
    float x = 0;
    bool first = true;
    for (std::size_t i = para.start; i < para.end;) {
        std::size_t j = i;
        while (j < para.end && t[j] != ' ') ++j;
        const float w = ImGui::CalcTextSize(t.data() + i, t.data() + j).x;
        const bool newLine = !first && x + space + w > wrap;
        if (newLine) {
            ++lines;
            x = 0;
        } else if (!first) {
            x += space;
        }
        onWord(i, j, first || newLine);
        x += w;
        first = false;
        i = j < para.end ? j + 1 : j;
    }
    return lines;
}

// Draws one paragraph wrapped to the panel, word by word (ImGui has no rich text); a word is
// drawn in pieces where a mark begins or ends inside it.
void drawParagraph(const ExplorerState& state, const Article& a, ByteSpan para, float wrap, ReaderMarkCursor& cursor,
                   std::vector<ReaderPiece>& pieces, bool& scrolled) {
    const std::string& t = a.text;
    const float space = ImGui::CalcTextSize(" ").x;
    const float lineH = ImGui::GetTextLineHeight();
    const ByteSpan hl = state.readerHighlight;
    wrapWords(t, para, wrap, [&](std::size_t i, std::size_t j, bool startsLine) {
        if (!startsLine) ImGui::SameLine(0, space);
        cursor.pieces(i, j, pieces);
        bool firstPiece = true;
        for (const ReaderPiece& piece : pieces) {
            if (!firstPiece) ImGui::SameLine(0, 0);
            firstPiece = false;
            const char* b = t.data() + piece.start;
            const char* e = t.data() + piece.end;
            const ImVec2 pos = ImGui::GetCursorScreenPos();
            const float pw = ImGui::CalcTextSize(b, e).x;
            const bool highlighted = hl.end > hl.start && piece.start < hl.end && piece.end > hl.start;
            if (highlighted)
                ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + pw, pos.y + lineH), IM_COL32(255, 210, 60, 90));
            const Timex* timex = piece.mark && piece.mark->timex >= 0 ? &a.timexes[static_cast<std::size_t>(piece.mark->timex)] : nullptr;
            const Entity* entity = piece.mark && piece.mark->entity >= 0
                                       ? &state.timeline.entities[static_cast<std::size_t>(piece.mark->entity)]
                                       : nullptr;
            if (entity)
                ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, pos.y + lineH), ImVec2(pos.x + pw, pos.y + lineH),
                                                    entityColour(entity->kind, state.view.dark), 2.0f * state.uiScale);
            if (timex) {
                ImGui::TextColored(ImVec4(0.35f, 0.65f, 1.0f, 1.0f), "%.*s", static_cast<int>(e - b), b);
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s  %s\n%s", timex->type.c_str(), timex->value.c_str(), timex->text.c_str());
            } else {
                ImGui::TextUnformatted(b, e);
                if (entity && ImGui::IsItemHovered()) ImGui::SetTooltip("%s (%s)", entity->name.c_str(), toString(entity->kind));
            }
            if (highlighted && state.scrollReaderToHighlight && !scrolled) {
                ImGui::SetScrollHereY(0.3f);
                scrolled = true;
            }
        }
    });
}

// The height drawParagraph will take, without drawing anything.
float measureParagraph(const std::string& t, ByteSpan para, float wrap) {
    const int lines = wrapWords(t, para, wrap, [](std::size_t, std::size_t, bool) {});
    const float spacingY = ImGui::GetStyle().ItemSpacing.y;
    return static_cast<float>(lines) * (ImGui::GetTextLineHeight() + spacingY) + spacingY;
}

void drawRemoved(const RemovedBlock& r) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ImVec4(0.6f, 0.6f, 0.6f, 0.8f), "[removed: %s] %s", r.reason.c_str(), r.text.c_str());
    ImGui::PopTextWrapPos();
}

} // namespace

void drawArticleReader(ExplorerState& state) {
    state.drawnHighlight.clear();
    if (state.readerArticle < 0 || state.readerArticle >= static_cast<int>(state.timeline.articles.size())) {
        ImGui::TextDisabled("Select an article or an event.");
        return;
    }
    const std::size_t article = static_cast<std::size_t>(state.readerArticle);
    const Article& a = state.timeline.articles[article];
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
    if (state.readerHighlight.end > state.readerHighlight.start && state.readerHighlight.end <= a.text.size())
        state.drawnHighlight = a.text.substr(state.readerHighlight.start, state.readerHighlight.end - state.readerHighlight.start);

    // Marks and paragraph heights are kept while the article, the entity toggle and the width
    // stay the same: a long article then costs only its visible paragraphs per frame.
    ReaderCache& cache = state.readerCache;
    const float wrap = ImGui::GetContentRegionAvail().x;
    const std::vector<ByteSpan> whole{ByteSpan{0, a.text.size()}};
    const std::vector<ByteSpan>& paragraphs = a.paragraphs.empty() ? whole : a.paragraphs;
    if (cache.article != state.readerArticle || cache.withEntities != state.showEntityHighlights) {
        cache.article = state.readerArticle;
        cache.withEntities = state.showEntityHighlights;
        cache.marks = buildReaderMarks(state.timeline, article, state.showEntityHighlights);
        cache.heights.clear();
    }
    if (cache.wrap != wrap || cache.heights.size() != paragraphs.size()) {
        cache.wrap = wrap;
        cache.heights.assign(paragraphs.size(), -1.0f);
    }

    bool scrolled = false;
    ReaderMarkCursor cursor(cache.marks);
    std::vector<ReaderPiece> pieces;
    const float spacingY = ImGui::GetStyle().ItemSpacing.y;
    const float visibleTop = ImGui::GetWindowPos().y;
    const float visibleBottom = visibleTop + ImGui::GetWindowHeight();
    const ByteSpan hl = state.readerHighlight;
    std::size_t removedIndex = 0;
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        const ByteSpan p = paragraphs[k];
        while (state.showRemoved && removedIndex < a.removed.size() && a.removed[removedIndex].beforeOffset <= p.start)
            drawRemoved(a.removed[removedIndex++]);
        const float top = ImGui::GetCursorScreenPos().y;
        const bool holdsHighlight = hl.end > hl.start && hl.start < p.end && hl.end > p.start;
        if (!(holdsHighlight && state.scrollReaderToHighlight) && (top > visibleBottom || cache.heights[k] >= 0)) {
            if (cache.heights[k] < 0) cache.heights[k] = measureParagraph(a.text, p, wrap);
            const float height = cache.heights[k];
            if (top + height < visibleTop || top > visibleBottom) {
                ImGui::Dummy(ImVec2(1.0f, height - spacingY)); // the paragraph's place, not its words
                continue;
            }
        }
        drawParagraph(state, a, p, wrap, cursor, pieces, scrolled);
        ImGui::Spacing();
        cache.heights[k] = ImGui::GetCursorScreenPos().y - top;
    }
    while (state.showRemoved && removedIndex < a.removed.size()) drawRemoved(a.removed[removedIndex++]);
    if (scrolled) state.scrollReaderToHighlight = false;
}

} // namespace dateline::app
