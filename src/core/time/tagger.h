// Temporal tagger: finds time expressions in text and normalises them to TIMEX3 values.
#pragma once

#include "core/model.h"

#include <string_view>
#include <vector>

namespace dateline {

// Tags text whose document creation time is dct ("YYYY-MM-DD", "YYYY-MM-DDThh:mm",
// or "" when unknown: relative expressions then stay underspecified, e.g. "XXXX-XX-XX").
std::vector<Timex> tagTime(std::string_view text, std::string_view dct);

} // namespace dateline
