// What the explorer shows: visible range, lanes, filters, selection, theme. Plain data;
// zoom, pan and fit are pure functions on it (the input handler only maps mouse and keys),
// and the URL hash is just this struct serialised (serializeViewState / parseViewState).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::app {

enum class LaneMode { Kind, Participant, Source };

// Which events are shown. Lists hold the hidden values so new kinds/outlets start visible.
struct EventFilter {
    std::vector<std::string> hiddenKinds;   // Event::kind values, sorted
    std::vector<std::string> hiddenSources; // outlet names (see outletName), sorted
    bool happened = true, planned = true, possible = true;
    bool hasRange = false;  // only events overlapping [rangeFirst, rangeLast) (days)
    double rangeFirst = 0, rangeLast = 0;
    std::string entity;     // Entity::id: only events with it as participant or place
    std::string search;     // case-insensitive text in label, kind, names, evidence
    bool operator==(const EventFilter& o) const;
    bool operator!=(const EventFilter& o) const { return !(*this == o); }
};

struct ViewState {
    double firstDay = 0.0; // left edge of the visible range, in days since 1970-01-01
    double lastDay = 1.0;  // right edge
    LaneMode lanes = LaneMode::Kind;
    EventFilter filter;
    std::string selectedEvent;   // Event::id or ""
    std::string selectedArticle; // Article::id or ""
    bool dark = true;            // colour theme
};

// Narrowest and widest visible spans: one hour and a few centuries.
constexpr double kMinVisibleDays = 1.0 / 24.0;
constexpr double kMaxVisibleDays = 365.25 * 300.0;

// Zooms by factor (< 1 zooms in) keeping anchorDay at the same screen position.
void zoomAround(ViewState& v, double anchorDay, double factor);
// Shifts the visible range by a number of days.
void panByDays(ViewState& v, double days);
// Frames [first, last] with a margin on both sides; a single instant gets a week around it.
void fitToDays(ViewState& v, double first, double last, double marginFraction = 0.06);

// Screen mapping for a canvas of the given width in pixels.
double dayToX(const ViewState& v, double day, double widthPx);
double xToDay(const ViewState& v, double x, double widthPx);

const char* toString(LaneMode m);

// "from=19737.250&to=19800.000&lanes=kind&sel=v3&..." (values percent-encoded; defaults
// omitted). parseViewState fills only the keys present and ignores unknown or broken ones,
// so a hand-edited or truncated link still opens; returns false when nothing was usable.
std::string serializeViewState(const ViewState& v);
bool parseViewState(std::string_view text, ViewState& v);

} // namespace dateline::app
