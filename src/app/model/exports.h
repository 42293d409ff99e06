// Exports of the shown timeline besides the dateline/1 bundle: CSV of events and
// TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).
#pragma once

#include "core/model.h"

#include <string>
#include <vector>

namespace dateline::app {

// One row per event (only those with visible[i] when given). Fields are RFC 4180 quoted;
// cells that a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
std::string exportEventsCsv(const Timeline& t, const std::vector<bool>* visible = nullptr);

// TimelineJS slides: dated events only (TimelineJS needs a year), group = kind.
std::string exportTimelineJs(const Timeline& t, const std::vector<bool>* visible = nullptr);

} // namespace dateline::app
