// A deterministic synthetic timeline of any size, for the 100,000-event benchmark and for
// exercising the canvas (clusters, spans, inferred/planned/possible, conflicts) when the
// real articles yield few events. Never used for the bundled articles.
#pragma once

#include "core/model.h"

#include <cstddef>

namespace dateline::app {

// `events` events over 2000–2025 in 8 kinds, 60 entities, 24 short articles whose sentences
// are the events' evidence. Same seed, same timeline.
Timeline makeSyntheticTimeline(std::size_t events, unsigned seed = 1);

} // namespace dateline::app
