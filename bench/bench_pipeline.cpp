// Prints the pipeline's quality against tests/gold/bundled_events.json, its throughput in MB/s,
// and time and peak memory on a synthetic corpus of 10,000 articles (near-linear merge check).
//
// The synthetic corpus recombines the bundled articles' sentences with people swapped from a
// pool of made-up names and publication dates spread over six years; a third carry no date,
// so undated-article inference runs too.
#include "bench_support.h"
#include "core/timeline/gold_score.h"
#include "core/timeline/pipeline.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace dateline;
namespace fs = std::filesystem;
using namespace dateline::bench;

namespace {





long peakRssKb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

void replaceAll(std::string &s, const std::string &from, const std::string &to) {
    if (from.empty()) return;
    for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size()))
        s.replace(i, from.size(), to);
}

std::vector<InputFile> syntheticCorpus(const Timeline &seed, std::size_t count) {
    std::vector<std::string> sentences;
    for (const auto &a : seed.articles)
        for (const auto &s : a.sentences)
            if (s.end - s.start > 40) sentences.push_back(a.text.substr(s.start, s.end - s.start));
    std::vector<std::string> people;
    for (const auto &e : seed.entities)
        if (e.kind == EntityKind::Person && e.name.find(' ') != std::string::npos) people.push_back(e.name);
    static const char *const given[] = {"Anna", "Boris", "Chen",    "Dara", "Elif", "Farid", "Greta",
                                        "Hana", "Ivan",  "Jae-won", "Kofi", "Lena", "Marek", "Nadia",
                                        "Omar", "Pia",   "Quan",    "Rosa", "Sven", "Tomas"};
    static const char *const family[] = {"Adler",  "Brandt", "Castro", "Dimitrov", "Eklund",    "Fischer", "Garcia",
                                         "Horvat", "Ito",    "Jensen", "Kowalski", "Lindqvist", "Moreau",  "Novak",
                                         "Okafor", "Petrov", "Quinn",  "Rossi",    "Sato",      "Tanaka"};
    static const char *const months[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May",  "Jun.",
                                         "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
    std::mt19937 rng(20240116);
    std::vector<InputFile> out;
    for (std::size_t i = 0; i < count; ++i) {
        std::string body;
        const std::size_t n = 8 + rng() % 12;
        for (std::size_t k = 0; k < n; ++k)
            body += sentences[rng() % sentences.size()] + (k % 3 == 2 ? "\n\n" : " ");
        // Swap each seed person for one of 400 made-up people, consistently within the article.
        for (const auto &p : people) {
            const std::size_t g = rng() % 20, f = rng() % 20;
            const std::string replacement = std::string(given[g]) + " " + family[f];
            replaceAll(body, p, replacement);
            replaceAll(body, p.substr(p.rfind(' ') + 1), family[f]);
        }
        std::string page = "Story " + std::to_string(i) + " about diplomacy and visits\n";
        if (rng() % 3) {
            char date[64];
            std::snprintf(date, sizeof date, "Published: %u %s %u, 10:%02u\n", 1 + static_cast<unsigned>(rng() % 28),
                          months[rng() % 12], 2019 + static_cast<unsigned>(rng() % 6),
                          static_cast<unsigned>(rng() % 60));
            page += date;
        }
        page += "\n" + body;
        out.push_back({"synthetic_" + std::to_string(i) + ".txt", std::move(page)});
    }
    return out;
}

// The default limits protect the page from hostile corpora; the benchmark measures big ones.
PipelineLimits benchLimits() {
    PipelineLimits limits;
    limits.maxArticles = std::size_t(1) << 30;
    limits.maxTotalBytes = std::size_t(1) << 40;
    return limits;
}

} // namespace

int main(int argc, char **argv) {
    const fs::path root = repoRoot(argc, argv);
    const auto files = bundledArticles(root);
    if (files.empty()) {
        std::fprintf(stderr, "no articles under %s/assets/articles\n", root.string().c_str());
        return 1;
    }

    // Quality against the gold timeline.
    const Timeline timeline = buildTimeline(files);
    const GoldScore s = scoreAgainstGold(timeline, readFile(root / "tests/gold/bundled_events.json"));
    if (!s.ok) {
        std::fprintf(stderr, "gold: %s\n", s.error.c_str());
        return 1;
    }
    std::printf(
        "gold (bundled, %zu articles): recall %.3f (%d/%d required), precision %.3f (%d/%d events), duplicates %d\n",
        timeline.articles.size(), s.recall(), s.requiredFound, s.requiredEvents, s.precision(), s.predictedMatched,
        s.predictedEvents, s.duplicates);
    std::printf("  exact dates %d/%d, coarse dates %d, sources %d/%d, conflicts %d/%d\n", s.exactDates,
                s.requiredFound, s.coarseDates, s.goldSourcesFound, s.goldSources, s.conflictsFound,
                s.conflictsExpected);
    for (const auto &m : s.missed)
        std::printf("  missed: %s\n", m.c_str());
    for (const auto &u : s.unmatched)
        std::printf("  not in gold: %s\n", u.c_str());

    // Stories written after the bundled set (regression sets for generality).
    // Every tests/data/stories/<name> with a tests/gold/<name, '-' as '_'>_events.json is scored.
    std::vector<std::pair<std::string, std::string>> stories;
    std::error_code noStories; // a root with no stories folder scores none
    for (const auto &entry : fs::directory_iterator(root / "tests/data/stories", noStories)) {
        std::string gold = entry.path().filename().string();
        for (char &c : gold)
            if (c == '-')
                c = '_';
        gold = "tests/gold/" + gold + "_events.json";
        if (entry.is_directory() && fs::exists(root / gold))
            stories.emplace_back(entry.path().filename().string(), gold);
    }
    std::sort(stories.begin(), stories.end());
    int storyRequired = 0, storyFound = 0, storyPredicted = 0, storyMatched = 0, storyDuplicates = 0;
    for (const auto &[folder, goldFile] : stories) {
        const Timeline story = buildTimeline(folderFiles(root / "tests/data/stories" / folder));
        const GoldScore b = scoreAgainstGold(story, readFile(root / goldFile));
        if (!b.ok) {
            std::fprintf(stderr, "%s gold: %s\n", folder.c_str(), b.error.c_str());
            return 1;
        }
        std::printf("gold (%s story, %zu articles): recall %.3f (%d/%d required), precision %.3f (%d/%d "
                    "events), duplicates %d; exact dates %d/%d, coarse dates %d, sources %d/%d, conflicts %d/%d\n",
                    folder.c_str(), story.articles.size(), b.recall(), b.requiredFound, b.requiredEvents, b.precision(),
                    b.predictedMatched, b.predictedEvents, b.duplicates, b.exactDates, b.requiredFound, b.coarseDates,
                    b.goldSourcesFound, b.goldSources, b.conflictsFound, b.conflictsExpected);
        for (const auto &m : b.missed)
            std::printf("  missed: %s\n", m.c_str());
        for (const auto &u : b.unmatched)
            std::printf("  not in gold: %s\n", u.c_str());
        storyRequired += b.requiredEvents;
        storyFound += b.requiredFound;
        storyPredicted += b.predictedEvents;
        storyMatched += b.predictedMatched;
        storyDuplicates += b.duplicates;
    }
    std::printf("all %zu stories: recall %.3f (%d/%d required), precision %.3f (%d/%d events), duplicates %d\n",
                stories.size(), storyRequired ? double(storyFound) / storyRequired : 0.0, storyFound, storyRequired,
                storyPredicted ? double(storyMatched) / storyPredicted : 0.0, storyMatched, storyPredicted,
                storyDuplicates);

    // Throughput: the bundled corpus repeated to ~4 MB, whole pipeline, one core.
    std::vector<InputFile> repeated;
    std::size_t bytes = 0;
    for (int r = 0; bytes < 4u << 20; ++r)
        for (const auto &f : files) {
            repeated.push_back({std::to_string(r) + "_" + f.name, f.bytes});
            bytes += f.bytes.size();
        }
    auto t0 = std::chrono::steady_clock::now();
    std::size_t events = buildTimeline(repeated, benchLimits()).events.size();
    const double secs = secondsSince(t0);
    std::printf("throughput: %.1f MB/s (%zu articles, %.1f MB in %.2f s, %zu events)\n", bytes / 1e6 / secs,
                repeated.size(), bytes / 1e6, secs, events);
    // The same corpus again in this process, on a heap that has grown once. The first run also
    // pays the first touch of every page of a fresh heap (a page fault each, costly on a VM); a
    // batch that reads many corpora runs at the second figure.
    double best = 0;
    for (int run = 0; run < 3; ++run) {
        t0 = std::chrono::steady_clock::now();
        events = buildTimeline(repeated, benchLimits()).events.size();
        best = std::max(best, bytes / 1e6 / secondsSince(t0));
    }
    std::printf("  the same corpus again in this process: best of 3 %.1f MB/s (%zu events)\n", best, events);

    // Synthetic corpora of growing size: time per article should stay flat if merging is near-linear.
    for (std::size_t n : {2500u, 5000u, 10000u}) {
        const auto corpus = syntheticCorpus(timeline, n);
        std::size_t corpusBytes = 0;
        for (const auto &f : corpus)
            corpusBytes += f.bytes.size();
        t0 = std::chrono::steady_clock::now();
        const Timeline t = buildTimeline(corpus, benchLimits());
        const double st = secondsSince(t0);
        std::size_t inferred = 0;
        for (const auto &a : t.articles)
            inferred += a.published.basis == DateBasis::Inferred;
        std::printf("synthetic %5zu articles (%.1f MB): %.2f s, %.3f ms/article, %.1f MB/s, %zu events, %zu entities, "
                    "%zu inferred dates, peak RSS %.0f MB\n",
                    n, corpusBytes / 1e6, st, st * 1e3 / n, corpusBytes / 1e6 / st, t.events.size(), t.entities.size(),
                    inferred, peakRssKb() / 1024.0);
    }
    return 0;
}
