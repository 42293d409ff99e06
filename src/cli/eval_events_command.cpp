// `dateline eval-events GOLD.json PATH...`: the whole pipeline on the articles under PATH, scored
// against a hand-written gold timeline (the format of tests/gold/*_events.json). Lets anyone who
// writes gold for a new story measure it without touching the benchmarks.
#include "cli/commands.h"

#include "core/timeline/gold_score.h"

#include <cstdio>
#include <iostream>

namespace dateline::cli {

int runEvalEvents(const Args& args) {
    if (args.size() < 2) {
        std::cerr << "usage: dateline eval-events GOLD.json PATH...\n";
        return 2;
    }
    std::string gold;
    if (!readWholeFile(args[0], gold)) {
        std::cerr << "dateline eval-events: cannot read " << args[0] << "\n";
        return 1;
    }
    std::vector<InputFile> files;
    const bool allRead = collectInputFiles(Args(args.begin() + 1, args.end()), files);
    if (files.empty()) {
        std::cerr << "dateline eval-events: no articles to score\n";
        return 1;
    }
    const Timeline timeline = buildTimeline(files);
    const GoldScore s = scoreAgainstGold(timeline, gold);
    if (!s.ok) {
        std::cerr << "dateline eval-events: " << args[0] << ": " << s.error << "\n";
        return 1;
    }
    std::printf("%zu articles: recall %.3f (%d/%d required), precision %.3f (%d/%d events), duplicates %d\n",
                timeline.articles.size(), s.recall(), s.requiredFound, s.requiredEvents, s.precision(),
                s.predictedMatched, s.predictedEvents, s.duplicates);
    std::printf("exact dates %d/%d, coarse dates %d, sources %d/%d, conflicts %d/%d\n", s.exactDates,
                s.requiredFound, s.coarseDates, s.goldSourcesFound, s.goldSources, s.conflictsFound,
                s.conflictsExpected);
    for (const auto& m : s.missed) std::printf("missed: %s\n", m.c_str());
    for (const auto& u : s.unmatched) std::printf("not in gold: %s\n", u.c_str());
    return allRead ? 0 : 1;
}

} // namespace dateline::cli
