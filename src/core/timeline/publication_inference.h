// Publication dates for articles that state none, inferred from their text and the corpus.
#pragma once

#include "core/events/event_extractor.h"
#include "core/model.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dateline {

// Dated event reports of the corpus, looked up by participant (entity id). Reports that repeat
// one already indexed (same kind, action, date and people) are kept once.
// Holds pointers: the frames must outlive the index and stay put.
struct DatedFrameIndex {
    // A participant's list stops growing here, so very frequent people do not go quadratic.
    static constexpr std::size_t maxPerParticipant = 256;
    std::vector<const EventFrame*> frames;
    std::vector<std::vector<std::string>> people; // per frame: its people (peopleOf), found once
    std::vector<int> reports;                     // per frame: how many dated reports share its signature
    std::unordered_map<std::string, std::vector<std::size_t>> byParticipant;
    std::unordered_map<std::string, std::vector<std::size_t>> byKindAction; // "other|launch": for reports naming nobody
    std::unordered_map<std::string, std::size_t> signatures; // → index in frames
    long firstDay = 0, lastDay = -1; // the days the day-level reports span (none while lastDay < firstDay)
    void add(const EventFrame& f, const std::vector<Entity>& entities);
};

struct InferredPublication {
    bool found = false;
    PublicationDate published; // basis inferred; value at the honest granularity
    Granularity granularity = Granularity::Unknown;
    std::string earliest, latest; // the day range the evidence allows
    std::string taggingDct;       // "YYYY-MM-DD" to resolve the article's relative expressions
};

// `frames` are the article's event reports tagged with no reference date (relative times
// underspecified). Evidence, strongest first: alignment of its events with dated reports of the
// same events (weekday, "this week", month-day, month), the latest absolute date it mentions,
// and the tense of each weekday mention.
InferredPublication inferPublicationDate(const Article& article, const std::vector<EventFrame>& frames,
                                         const DatedFrameIndex& corpus, const std::vector<Entity>& entities);

} // namespace dateline
