// Runs the stages in order: read → tag time → entities → event frames → undated articles → merge.
#include "core/timeline/pipeline.h"

#include "core/events/event_date.h"
#include "core/events/event_extractor.h"
#include "core/read/reader.h"
#include "core/time/tagger.h"
#include "core/timeline/event_merge.h"
#include "core/timeline/publication_inference.h"
#include "core/who/entities.h"

#include <utility>

namespace dateline {
namespace {

// A relative day or week ("Monday", "yesterday", "this week") as tagged with no reference date.
bool relativeDayOrWeek(const std::string& rawValue) {
    if (rawValue.rfind("XXXX", 0) != 0) return false;
    return rawValue.find('W') != std::string::npos || rawValue == "XXXX-XX-XX" ||
           (rawValue.size() >= 10 && rawValue.compare(5, 2, "XX") == 0);
}

// "XXXX-01" / "XXXX-01-14": a month (and day) whose year the reference date supplies.
bool yearOnlyMissing(const std::string& rawValue) {
    return rawValue.size() >= 7 && rawValue.compare(0, 5, "XXXX-") == 0 && rawValue[5] >= '0' && rawValue[5] <= '1';
}

// Re-tags an article against its inferred publication date. When only a month or year is known,
// relative days and weeks keep that coarse value rather than a guessed day, and a month named in a
// past-tense report is never placed after the latest possible publication day.
void retagAgainstInferredDate(Article& article, const InferredPublication& inferred, const std::vector<EventFrame>& rawFrames) {
    const std::vector<Timex> raw = article.timexes;
    article.timexes = tagTime(article.text, inferred.taggingDct);
    for (auto& t : article.timexes)
        for (const auto& r : raw) {
            if (r.start != t.start) continue;
            if (inferred.granularity != Granularity::Day && relativeDayOrWeek(r.value)) {
                t.value = inferred.published.value;
                t.anchor = "dct";
            } else if (yearOnlyMissing(r.value) && t.value.size() >= 7 && t.value[0] != 'X') {
                bool past = false;
                for (const auto& f : rawFrames) past |= f.timexText == t.text && f.pastTense;
                EventDate d;
                if (past && eventDateFromValue(t.value, d) && d.earliest > inferred.latest) {
                    int year = 0;
                    for (std::size_t k = 0; k < 4; ++k) year = year * 10 + (t.value[k] - '0'); // digits: parsed above
                    if (year > 0) t.value = std::to_string(year - 1) + t.value.substr(4);
                }
            }
            break;
        }
}

} // namespace

void analyseArticles(Timeline& timeline) {
    timeline.events.clear();
    const auto mentions = resolveEntities(timeline.articles, timeline.entities);
    std::vector<std::vector<EventFrame>> frames(timeline.articles.size());
    DatedFrameIndex dated;
    std::vector<std::size_t> undated;
    for (std::size_t i = 0; i < timeline.articles.size(); ++i) {
        Article& a = timeline.articles[i];
        const bool known = a.published.basis != DateBasis::Unknown && !a.published.value.empty();
        if (a.timexes.empty()) a.timexes = tagTime(a.text, known ? a.published.value : "");
        frames[i] = extractEventFrames(a, mentions[i], timeline.entities);
        if (!known) {
            undated.push_back(i);
            continue;
        }
        for (const auto& f : frames[i])
            if (!f.event.date.earliest.empty()) dated.add(f);
    }
    // Two rounds: articles placed on a day join the dated corpus and can place the others.
    for (int round = 0; round < 2 && !undated.empty(); ++round) {
        std::vector<std::size_t> still;
        for (std::size_t i : undated) {
            Article& a = timeline.articles[i];
            const InferredPublication inferred = inferPublicationDate(a, frames[i], dated, timeline.entities);
            if (!inferred.found || (round == 0 && inferred.granularity != Granularity::Day)) {
                still.push_back(i);
                continue;
            }
            a.published = inferred.published;
            retagAgainstInferredDate(a, inferred, frames[i]);
            frames[i] = extractEventFrames(a, mentions[i], timeline.entities);
            for (const auto& f : frames[i])
                if (!f.event.date.earliest.empty()) dated.add(f);
        }
        undated = std::move(still);
    }
    std::vector<EventFrame> all;
    std::size_t total = 0;
    for (const auto& list : frames) total += list.size();
    all.reserve(total);
    for (auto& list : frames)
        for (auto& f : list) all.push_back(std::move(f));
    timeline.events = mergeEventFrames(std::move(all), timeline.entities);
}

Timeline buildTimeline(const std::vector<InputFile>& files, const PipelineLimits& limits) {
    Timeline timeline;
    LimitCounters counters; // limits: see core/limits.h and docs/security.md
    for (const auto& f : files) {
        counters.articles = timeline.articles.size();
        if (!admitFile(f.name, f.bytes.size(), limits, counters, timeline.diagnostics)) continue;
        ReadResult r = readArticle(f.name, f.bytes);
        for (auto& d : r.diagnostics) timeline.diagnostics.push_back(std::move(d));
        if (!r.ok) continue;
        applyTextBudget(r.article, limits, timeline.diagnostics);
        r.article.id = "a" + std::to_string(timeline.articles.size());
        timeline.articles.push_back(std::move(r.article));
    }
    analyseArticles(timeline);
    return timeline;
}

} // namespace dateline
