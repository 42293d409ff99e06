// Scores a timeline against a hand-written gold file (tests/gold/*.json): recall, precision,
// duplicates, date exactness, source coverage and conflicts.
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct GoldScore {
    bool ok = false; // the gold file parsed
    std::string error;
    int requiredEvents = 0; // gold events marked required
    int requiredFound = 0;
    int optionalEvents = 0;
    int predictedEvents = 0;  // events in the timeline
    int predictedMatched = 0; // matched to a gold event (required or optional)
    int duplicates = 0;       // extra timeline events for a gold event already matched
    int exactDates = 0;       // required matches whose date value equals the gold (or an alternative)
    int coarseDates = 0;      // required matches whose date range is over a month wider than the gold's
                              // (a year-level report overlaps any day of its year)
    int goldSources = 0;      // sources named by matched required gold events
    int goldSourcesFound = 0;
    int conflictsExpected = 0, conflictsFound = 0;
    std::vector<std::string> missed;    // "g13: reason" for required gold events not found
    std::vector<std::string> unmatched; // labels of timeline events matching no gold event
    double recall() const { return requiredEvents ? double(requiredFound) / requiredEvents : 0.0; }
    double precision() const { return predictedEvents ? double(predictedMatched) / predictedEvents : 0.0; }
};

GoldScore scoreAgainstGold(const Timeline &timeline, std::string_view goldJson);

} // namespace dateline
