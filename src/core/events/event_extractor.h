// Event frames from a tagged article: kind, date, participants, place, status, evidence.
#pragma once

#include "core/model.h"
#include "core/who/entities.h"

#include <string>
#include <vector>

namespace dateline {

// The action of an outcome ("won", "beat", "defeated"): the result of a contest (an election, a
// vote, a match) that another trigger of the clause, or another report of the day, may name.
inline constexpr const char* kOutcomeAction = "win";

// One event as one article reports it, before merging across articles.
struct EventFrame {
    Event event;           // sources holds exactly this report (span only: the pipeline copies the
                           // sentence after merging); date empty when unresolved; label set
                           // for statements only (the merge labels the rest)
    std::string action;    // refines the kind: arrive | depart | meet | sign | say ...
    std::string rawDate;   // governing time value as tagged ("XXXX-WXX-1", "2024-01-16"), "" if none
    std::string timexText; // the governing time expression's text
    long dayOffset = 0;    // added to rawDate ("a day after they arrived" → −1)
    bool pastTense = true; // false for planned/possible events (used to place undated articles)
    bool timeBorrowed = false; // dated by the report that tells it ("has appealed, his lawyers said
                               // on Tuesday"): not evidence for placing an undated article
};

// Frames for every trigger of the article (participants may be empty). Dates come from the
// article's timexes; frames whose time cannot be resolved keep rawDate for later inference.
std::vector<EventFrame> extractEventFrames(const Article& article, const ArticleMentions& mentions,
                                           const std::vector<Entity>& entities);
// The same with the article's tokens (tokenizeWords(article.text)) when the caller has them.
std::vector<EventFrame> extractEventFrames(const Article& article, const ArticleMentions& mentions,
                                           const std::vector<Entity>& entities, std::vector<WordToken> tokens);

// A short title for the timeline: "Meeting: Vladimir Putin and Choe Son-hui — Moscow".
std::string eventLabel(const Event& event, const std::string& action, const std::vector<Entity>& entities);

// The trigger kinds and actions found in a piece of text (for rule-file examples and tests).
std::vector<std::pair<std::string, std::string>> findTriggers(std::string_view text);

// The forms a verb written "word+" in triggers.txt matches: base, -s, -ed, -ing; an irregular
// verb's past forms come from rules/events/irregular_verbs.txt.
std::vector<std::string> verbForms(const std::string& base);

// What could not be compiled in triggers.txt (a misplaced gap, one form made by two rows with
// different kinds or actions), with file and line.
std::vector<Diagnostic> triggerRuleDiagnostics();

} // namespace dateline
