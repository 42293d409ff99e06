// Merging event frames from many articles into one timeline: one event per real event.
#pragma once

#include "core/events/event_extractor.h"
#include "core/model.h"

#include <vector>

namespace dateline {

// True when two reports can describe the same event, ignoring dates: kinds and actions agree,
// one side's people are a subset of the other's (a report naming nobody fits any), and places
// are compatible.
bool framesCompatible(const Event& a, const std::string& actionA, const Event& b, const std::string& actionB,
                      const std::vector<Entity>& entities);
// The same with each side's people (peopleOf) computed once, for a report compared with many.
bool framesCompatible(const Event& a, const std::string& actionA, const std::vector<std::string>& peopleA,
                      const Event& b, const std::string& actionB, const std::vector<std::string>& peopleB,
                      const std::vector<Entity>& entities);

// The ids of the people among an event's participants, sorted.
std::vector<std::string> peopleOf(const Event& event, const std::vector<Entity>& entities);

// Merges dated frames (undated ones are dropped) into events with several sources. Index by
// participant and month bucket keeps it near-linear; disagreeing day-level dates of the same
// happening become one event with a `conflicts` entry.
std::vector<Event> mergeEventFrames(std::vector<EventFrame> frames, const std::vector<Entity>& entities);
// The same over each article's frames as extracted (saves copying them into one list).
std::vector<Event> mergeEventFrames(std::vector<std::vector<EventFrame>> framesPerArticle,
                                    const std::vector<Entity>& entities);

} // namespace dateline
