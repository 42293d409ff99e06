// The pure half of drawing the timeline: visible range + timeline → plain draw records.
// Culling is a binary search on time per lane; runs of items closer than a few pixels
// fold into one counted cluster (as Tracy does), so any number of events stays cheap.
#pragma once

#include "app/model/view_state.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace dateline::app {

struct LaneItem {
    double firstDay = 0; // start of the covered range
    double lastDay = 0;  // end of the covered range (inclusive day → drawn to lastDay + 1)
    int event = -1;      // index into Timeline::events
};

struct Lane {
    std::string label;
    std::vector<LaneItem> items; // sorted by firstDay
    double widestItemDays = 0;  // lets culling start early enough for long spans
};

// Events grouped into lanes by the view's lane mode; rebuilt when data or mode change.
struct LaneIndex {
    LaneMode mode = LaneMode::Kind;
    std::vector<Lane> lanes;
    double firstDay = 0, lastDay = 0; // extent of all dated events
    std::size_t datedEvents = 0;
};

LaneIndex buildLaneIndex(const Timeline& timeline, LaneMode mode, const std::vector<bool>* visible = nullptr);

struct DrawItem {
    int lane = 0;
    float x0 = 0, x1 = 0; // pixels from the canvas's left edge
    int event = -1;       // event index when count == 1
    int count = 1;        // > 1: a cluster of this many events
    double firstDay = 0, lastDay = 0; // days covered by the item or cluster (for zoom-to-cluster)
};

// Records for the lanes in [firstLane, lastLane) within a canvas widthPx wide.
std::vector<DrawItem> buildDrawList(const ViewState& view, const LaneIndex& index, float widthPx,
                                    int firstLane = 0, int lastLane = -1, float clusterPx = 6.0f);

} // namespace dateline::app
