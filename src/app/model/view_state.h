// What the explorer shows: visible time range, lanes, filters, selection. Plain data;
// zoom, pan and fit are pure functions on it (the input handler only maps mouse and keys).
#pragma once

#include <string>

namespace dateline::app {

enum class LaneMode { Kind, Participant, Source };

struct ViewState {
    double firstDay = 0.0; // left edge of the visible range, in days since 1970-01-01
    double lastDay = 1.0;  // right edge
    LaneMode lanes = LaneMode::Kind;
    std::string selectedEvent;   // Event::id or ""
    std::string selectedArticle; // Article::id or ""
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

} // namespace dateline::app
