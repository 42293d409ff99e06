// The explorer: one explicit ExplorerState that every panel reads and changes, the
// services the platform lends it, and the panels (one file each).
#pragma once

#include "app/model/draw_list.h"
#include "app/model/event_filter.h"
#include "app/model/reader_marks.h"
#include "app/model/view_state.h"
#include "core/model.h"

#include <functional>
#include <string>
#include <vector>

namespace dateline::app {

// What the app may ask of the platform; the platform fills these in (the app never
// includes a browser or GLFW header). Unset services hide their menu items.
struct PlatformServices {
    std::function<void(const std::string& name, const std::string& mime, const std::string& data)> download;
    std::function<void()> openFilePicker;
    std::function<void()> resetToBundled;                       // forget the user's files
    std::function<void(const std::string& bundleJson)> saveOfflinePage;
    std::function<void(const std::string& text)> copyText;
    std::function<void(const std::string& url)> openUrl;
    std::string pageUrl; // the page's address without query and hash ("" when unknown)
};

// A screen position of one drawn event, for browser tests (the canvas has no DOM).
struct DrawnEvent {
    std::string id;
    float x = 0, y = 0; // in canvas pixels
};

// What the reader keeps between frames for the article it shows (reset with the timeline).
struct ReaderCache {
    int article = -1;
    bool withEntities = false;
    float wrap = -1;
    std::vector<ReaderMark> marks;
    std::vector<float> heights; // per paragraph at this wrap width; < 0 until drawn once
};

struct ExplorerState {
    Timeline timeline;
    ViewState view;
    LaneIndex lanes;
    FilterResult filtered;
    bool dataDirty = true; // timeline, filter or lane mode changed: refilter and re-index
    EventFilter indexedFilter;
    LaneMode indexedLanes = LaneMode::Kind;
    int selectedEvent = -1;           // index into timeline.events (view.selectedEvent holds its id)
    int readerArticle = -1;           // index into timeline.articles
    ByteSpan readerHighlight;         // evidence span to highlight in the reader
    bool scrollReaderToHighlight = false;
    bool showRemoved = false;
    bool showEntityHighlights = true;
    ReaderCache readerCache;
    float laneScroll = 0;  // first visible lane row, in rows
    float uiScale = 1.0f;  // device pixels per CSS pixel; every size in the UI is multiplied by it
    double todayDay = 0;   // given by the platform (the app has no clock)
    bool embed = false;    // timeline only, small header, link to the full explorer
    bool shareDialogOpen = false;
    bool pngRequested = false; // the platform captures the canvas region after this frame
    float canvasRect[4] = {0, 0, 0, 0}; // x, y, w, h of the timeline canvas in pixels
    // Axis range selection while dragging.
    bool rangeSelecting = false;
    double rangeStartDay = 0, rangeEndDay = 0;
    // Loading (the platform sets these while it reads files).
    float loadProgress = -1; // 0..1 while loading, else < 0
    std::string loadLabel;
    std::size_t userFileCount = 0;
    std::string searchBuffer; // what is typed in the search box (applied to view.filter.search)
    // What the panels drew in the last frame: browser tests read these to check what a person
    // would see, since the canvas holds no DOM text.
    std::vector<std::string> drawnArticleTitles;
    std::size_t drawnTimelineItems = 0;
    std::size_t drawnClusters = 0;
    std::vector<DrawnEvent> drawnEvents;
    std::string drawnHighlight; // the reader's highlighted text
    std::vector<std::string> statusMessages; // per-file problems from the last load
};

// Replaces the shown timeline; fit frames all its events (else the view is kept).
void setTimeline(ExplorerState& state, Timeline timeline, bool fit = true);

// Applies view.selectedEvent / selectedArticle (ids, e.g. from a link) to the indices.
void syncSelectionFromView(ExplorerState& state);
// Selects an event by index (-1 clears) and keeps view.selectedEvent in step.
void selectEvent(ExplorerState& state, int event);

// Refilters and re-indexes lanes when the timeline, filter or lane mode changed.
void refreshIndex(ExplorerState& state);

// Colours and sizes for the theme and the device pixel ratio; call when either changes.
void applyStyle(bool dark, float uiScale);

enum class ExportKind { Bundle, TimelineJs, Csv, Png, OfflinePage };
// Runs an export through the platform (the Export menu and test hooks share this).
void runExport(ExplorerState& state, const PlatformServices& platform, ExportKind kind);

// Draws one frame of the whole explorer into the current ImGui context.
void drawExplorer(ExplorerState& state, const PlatformServices& platform);

// Panels (one file each).
void drawArticleList(ExplorerState& state);
void drawArticleReader(ExplorerState& state);
void drawTimelineCanvas(ExplorerState& state);
void drawEventPanel(ExplorerState& state);
void drawEntityPanel(ExplorerState& state);
void drawFilterPanel(ExplorerState& state);
void drawSearchPanel(ExplorerState& state);
void drawShareDialog(ExplorerState& state, const PlatformServices& platform);

// Opens the reader on an article with one span highlighted.
void openArticleAt(ExplorerState& state, const std::string& articleId, ByteSpan span);

} // namespace dateline::app
