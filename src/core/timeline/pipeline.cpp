// Runs the stages in order and merges events that report the same thing.
#include "core/timeline/pipeline.h"

#include "core/events/event_extractor.h"
#include "core/read/reader.h"
#include "core/time/tagger.h"

#include <map>
#include <utility>

namespace dateline {

void analyseArticles(Timeline& timeline) {
    timeline.events.clear();
    // Merge key: kind and day. Same-kind events on the same day from different articles
    // are taken as one event reported several times.
    std::map<std::pair<std::string, std::string>, std::size_t> byKindAndDate;
    for (auto& article : timeline.articles) {
        if (article.timexes.empty()) article.timexes = tagTime(article.text, article.published.value);
        for (auto& e : extractEvents(article, timeline.entities)) {
            const auto key = std::make_pair(e.kind, e.date.value);
            const auto it = byKindAndDate.find(key);
            if (it != byKindAndDate.end()) {
                auto& target = timeline.events[it->second];
                if (target.sources.front().article != e.sources.front().article)
                    target.sources.push_back(e.sources.front());
                continue;
            }
            e.id = "v" + std::to_string(timeline.events.size());
            byKindAndDate[key] = timeline.events.size();
            timeline.events.push_back(std::move(e));
        }
    }
}

Timeline buildTimeline(const std::vector<InputFile>& files) {
    Timeline timeline;
    for (const auto& f : files) {
        ReadResult r = readArticle(f.name, f.bytes);
        for (auto& d : r.diagnostics) timeline.diagnostics.push_back(std::move(d));
        if (!r.ok) continue;
        r.article.id = "a" + std::to_string(timeline.articles.size());
        timeline.articles.push_back(std::move(r.article));
    }
    analyseArticles(timeline);
    return timeline;
}

} // namespace dateline
