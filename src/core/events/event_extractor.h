// Event frames from a tagged article: kind, date, participants, place, status, evidence.
#pragma once

#include "core/model.h"

#include <vector>

namespace dateline {

// Events reported by one article (before merging across articles). Participant and
// place ids refer to `entities`, which the extractor may extend.
std::vector<Event> extractEvents(const Article& article, std::vector<Entity>& entities);

} // namespace dateline
