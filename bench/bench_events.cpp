// Prints the time each stage of the pipeline takes on the bundled articles repeated to ~4 MB:
// read, tag time, entities, event frames, undated-article inference and merge (one core).
#include "bench_support.h"
#include "core/events/event_extractor.h"
#include "core/read/reader.h"
#include "core/time/tagger.h"
#include "core/timeline/event_merge.h"
#include "core/timeline/pipeline.h"
#include "core/who/entities.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace dateline;
namespace fs = std::filesystem;
using namespace dateline::bench;

namespace {



} // namespace

int main(int argc, char **argv) {
    const fs::path root = argc > 1 ? fs::path(argv[1]) : fs::path(__FILE__).parent_path().parent_path();
    std::vector<fs::path> paths;
    for (const auto &e : fs::directory_iterator(root / "assets/articles"))
        paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<InputFile> files;
    std::size_t bytes = 0;
    for (int r = 0; bytes < 4u << 20; ++r)
        for (const auto &p : paths) {
            files.push_back({std::to_string(r) + "_" + p.filename().string(), readFile(p)});
            bytes += files.back().bytes.size();
        }
    const double mb = bytes / 1e6;
    auto t0 = std::chrono::steady_clock::now();
    Timeline t;
    for (const auto &f : files) {
        ReadResult r = readArticle(f.name, f.bytes);
        if (!r.ok) continue;
        r.article.id = "a" + std::to_string(t.articles.size());
        t.articles.push_back(std::move(r.article));
    }
    const double read = secondsSince(t0);
    t0 = std::chrono::steady_clock::now();
    for (auto &a : t.articles)
        a.timexes = tagTime(a.text, a.published.value);
    const double tag = secondsSince(t0);
    t0 = std::chrono::steady_clock::now();
    const auto mentions = resolveEntities(t.articles, t.entities);
    const double who = secondsSince(t0);
    t0 = std::chrono::steady_clock::now();
    std::vector<EventFrame> frames;
    for (std::size_t i = 0; i < t.articles.size(); ++i)
        for (auto &f : extractEventFrames(t.articles[i], mentions[i], t.entities))
            frames.push_back(std::move(f));
    const double extract = secondsSince(t0);
    const std::size_t frameCount = frames.size();
    t0 = std::chrono::steady_clock::now();
    const auto events = mergeEventFrames(std::move(frames), t.entities);
    const double merge = secondsSince(t0);
    for (auto &a : t.articles)
        a.timexes.clear();
    t0 = std::chrono::steady_clock::now();
    analyseArticles(t);
    const double analyse = secondsSince(t0);
    std::printf("%zu articles, %.1f MB\n", t.articles.size(), mb);
    std::printf("read      %6.2f s  %7.1f MB/s\n", read, mb / read);
    std::printf("tag time  %6.2f s  %7.1f MB/s\n", tag, mb / tag);
    std::printf("entities  %6.2f s  %7.1f MB/s  (%zu entities)\n", who, mb / who, t.entities.size());
    std::printf("frames    %6.2f s  %7.1f MB/s  (%zu frames)\n", extract, mb / extract, frameCount);
    std::printf("merge     %6.2f s  %7.1f MB/s  (%zu events)\n", merge, mb / merge, events.size());
    std::printf("analyse (tag + entities + frames + inference + merge) %6.2f s  %7.1f MB/s\n", analyse, mb / analyse);
    return 0;
}
