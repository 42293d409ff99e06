// Adaptive axis ticks: years → months → days → hours, chosen so labels never crowd.
#pragma once

#include "app/model/view_state.h"

#include <string>
#include <vector>

namespace dateline::app {

struct AxisTick {
    double day = 0; // position in days since 1970-01-01
    std::string label;
    bool major = false; // a year (or month, when zoomed in to days) boundary
};

std::vector<AxisTick> buildAxisTicks(const ViewState& view, float widthPx, float minSpacingPx = 90.0f);

} // namespace dateline::app
