// The explorer: one explicit ExplorerState that every panel reads and changes.
#pragma once

#include "app/model/draw_list.h"
#include "app/model/view_state.h"
#include "core/model.h"

#include <functional>
#include <string>
#include <vector>

namespace dateline::app {

// What the app may ask of the platform; the platform fills these in (the app never
// includes a browser or GLFW header).
struct PlatformServices {
    std::function<void(const std::string& name, const std::string& mime, const std::string& data)> download;
    std::function<void()> openFilePicker;
};

struct ExplorerState {
    Timeline timeline;
    ViewState view;
    LaneIndex lanes;
    bool lanesDirty = true;
    int selectedEvent = -1;           // index into timeline.events
    int readerArticle = -1;           // index into timeline.articles
    ByteSpan readerHighlight;         // evidence span to highlight in the reader
    bool scrollReaderToHighlight = false;
    bool showRemoved = false;
    // Labels the panels drew in the last frame: browser tests read these to check what
    // a person would see, since the canvas holds no DOM text.
    std::vector<std::string> drawnArticleTitles;
    std::size_t drawnTimelineItems = 0;
    std::vector<std::string> statusMessages; // per-file problems from the last load
};

// Replaces the shown timeline and frames all its events.
void setTimeline(ExplorerState& state, Timeline timeline);

// Draws one frame of the whole explorer into the current ImGui context.
void drawExplorer(ExplorerState& state, const PlatformServices& platform);

// Panels (one file each).
void drawArticleList(ExplorerState& state);
void drawArticleReader(ExplorerState& state);
void drawTimelineCanvas(ExplorerState& state);
void drawEventPanel(ExplorerState& state);

// Opens the reader on an article with one span highlighted.
void openArticleAt(ExplorerState& state, const std::string& articleId, ByteSpan span);

} // namespace dateline::app
