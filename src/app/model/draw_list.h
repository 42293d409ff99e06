// The pure half of drawing the timeline: visible range + timeline → plain draw records.
// Culling is a binary search on time per lane; runs of items closer than a few pixels
// fold into one counted cluster (as Tracy does), so any number of events stays cheap.
#pragma once

#include "app/model/view_state.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace dateline::app {

// How an event's date is drawn honestly (bits of LaneItem::flags / DrawItem::flags).
enum ItemFlag : unsigned {
    kItemSpan = 1,     // month, year, week... : a bar over its whole range; else a point
    kItemInferred = 2, // date rests on an inferred publication date: faded and hatched
    kItemPlanned = 4,  // not yet happened: hollow
    kItemPossible = 8, // may happen: hollow and dashed
    kItemConflict = 16 // sources disagree: marked with a warning tick
};

struct LaneItem {
    double firstDay = 0; // start of the covered range
    double lastDay = 0;  // end of the covered range (inclusive day → drawn to lastDay + 1)
    int event = -1;      // index into Timeline::events
    unsigned flags = 0;  // ItemFlag bits
};

unsigned itemFlags(const Event& e);

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
    unsigned flags = 0;   // ItemFlag bits of a single event (0 for clusters)
};

// Records for the lanes in [firstLane, lastLane) within a canvas widthPx wide. Points sit at
// the middle of their day (x0 == x1); spans cover their range. Items closer than clusterPx fold.
std::vector<DrawItem> buildDrawList(const ViewState& view, const LaneIndex& index, float widthPx,
                                    int firstLane = 0, int lastLane = -1, float clusterPx = 6.0f);

// Keyboard navigation: the event next to `current` (an index into Timeline::events) in time
// within its lane (dx = ±1) or the nearest in time in the lane above/below (dy = ±1). With no
// current event, the first one at or after centreDay in the first lane. -1 when there is none.
int neighbourEvent(const LaneIndex& index, int current, int dx, int dy, double centreDay);

// The lane that holds an event first (-1 if none), for scrolling it into view.
int laneOfEvent(const LaneIndex& index, int event);

// Day range [first, last + 1) of an event, false when undated.
bool eventDayRange(const Event& e, double& first, double& lastExclusive);

} // namespace dateline::app
