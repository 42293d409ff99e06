// First pass of the temporal tagger: compiled patterns over tokens → non-overlapping matches.
#pragma once

#include "core/time/time_rules.h"

#include <string>
#include <vector>

namespace dateline::timetag {

struct RuleMatch {
    std::size_t firstToken = 0, endToken = 0; // token range [first, end)
    int rule = 0;
    std::vector<std::string> captures; // by the rule's capture slot
};

// Longest match wins at each start; equal lengths go to a REMOVE rule, then the earlier rule. Matches do not
// overlap; REMOVE matches are kept here (the caller drops them) so they can block others.
std::vector<RuleMatch> matchTimeRules(const TimeRuleSet& rules, const std::vector<Token>& tokens,
                                      std::string_view lowered);

// Fills a value/mod/quant/freq template: {name} becomes the capture of that name; {hour24}
// is {hour} moved to 24-hour time by {ampm} ("am"/"pm"), zero-padded.
std::string fillTemplate(const std::string& templ, const TimeRule& rule, const std::vector<std::string>& captures);

} // namespace dateline::timetag
