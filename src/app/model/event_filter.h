// Filters and search over a timeline: which events are shown, what the search box finds,
// and the entity list with counts. Pure functions; panels only display the results.
#pragma once

#include "app/model/view_state.h"
#include "core/model.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::app {

// The outlet an article is listed under: its source, or its file name when unknown.
std::string outletName(const Article& a);

// Case-insensitive (ASCII letters) substring search; an empty needle matches everything.
bool containsIgnoringCase(std::string_view haystack, std::string_view needle);

struct FilterResult {
    std::vector<bool> visible; // one per Timeline::events
    std::size_t shown = 0, hidden = 0;
};

FilterResult applyFilter(const Timeline& t, const EventFilter& f);

// Every kind and outlet present, sorted, for the filter panel's checkboxes.
std::vector<std::string> eventKinds(const Timeline& t);
std::vector<std::string> outlets(const Timeline& t);

struct ArticleHit {
    int article = -1;
    ByteSpan span; // the match in Article::text
};

struct SearchResults {
    std::vector<int> events;   // indices into Timeline::events
    std::vector<int> entities; // indices into Timeline::entities
    std::vector<ArticleHit> articles; // first match per article
};

SearchResults searchTimeline(const Timeline& t, std::string_view query, std::size_t maxEvents = 200);

struct EntityCount {
    int entity = -1;      // index into Timeline::entities
    std::size_t mentions = 0;
    std::size_t events = 0; // events it takes part in or hosts
};

// Entities ordered by how much the timeline involves them (events, then mentions, then name).
std::vector<EntityCount> entityCounts(const Timeline& t);

} // namespace dateline::app
