// Pure zoom, pan and fit on ViewState.
#include "app/model/view_state.h"

#include <algorithm>

namespace dateline::app {

void zoomAround(ViewState& v, double anchorDay, double factor) {
    const double span = v.lastDay - v.firstDay;
    const double newSpan = std::clamp(span * factor, kMinVisibleDays, kMaxVisibleDays);
    const double t = span > 0 ? (anchorDay - v.firstDay) / span : 0.5;
    v.firstDay = anchorDay - t * newSpan;
    v.lastDay = v.firstDay + newSpan;
}

void panByDays(ViewState& v, double days) {
    v.firstDay += days;
    v.lastDay += days;
}

void fitToDays(ViewState& v, double first, double last, double marginFraction) {
    if (last < first) std::swap(first, last);
    double span = last - first;
    if (span < 7.0) {
        const double mid = (first + last) / 2.0;
        first = mid - 3.5;
        last = mid + 3.5;
        span = 7.0;
    }
    const double margin = span * marginFraction;
    v.firstDay = first - margin;
    v.lastDay = last + margin;
    const double clamped = std::clamp(v.lastDay - v.firstDay, kMinVisibleDays, kMaxVisibleDays);
    v.lastDay = v.firstDay + clamped;
}

double dayToX(const ViewState& v, double day, double widthPx) {
    return (day - v.firstDay) / (v.lastDay - v.firstDay) * widthPx;
}

double xToDay(const ViewState& v, double x, double widthPx) {
    return v.firstDay + x / widthPx * (v.lastDay - v.firstDay);
}

} // namespace dateline::app
