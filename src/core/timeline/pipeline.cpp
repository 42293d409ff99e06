// Runs the stages in order: read → tag time → entities → event frames → undated articles → merge.
#include "core/timeline/pipeline.h"

#include "core/events/event_date.h"
#include "core/events/event_extractor.h"
#include "core/fit_capacity.h"
#include "core/read/reader.h"
#include "core/time/tagger.h"
#include "core/timeline/event_merge.h"
#include "core/timeline/publication_inference.h"
#include "core/who/entities.h"

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <unordered_map>
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
// past-tense report is never placed after the latest possible publication day. `matched` holds
// what tagging with no date matched (null: match the text again), so only resolution runs again.
void retagAgainstInferredDate(Article& article, const InferredPublication& inferred,
                              const std::vector<EventFrame>& rawFrames, const std::vector<MatchedTimex>* matched) {
    const std::vector<Timex> raw = std::move(article.timexes);
    article.timexes = matched ? resolveTimexes(article.text, *matched, inferred.taggingDct)
                              : tagTime(article.text, inferred.taggingDct);
    for (auto& t : article.timexes)
        for (const auto& r : raw) {
            if (r.start != t.start) continue;
            if (inferred.granularity != Granularity::Day && relativeDayOrWeek(r.value)) {
                t.value = inferred.published.value;
                t.anchor = "dct";
            } else if (yearOnlyMissing(r.value) && t.value.size() >= 7 && t.value[0] != 'X') {
                bool past = false;
                for (const auto& f : rawFrames)
                    past |= f.timexText == t.text && f.pastTense;
                EventDate d;
                if (past && eventDateFromValue(t.value, d) && d.earliest > inferred.latest) {
                    int year = 0;
                    for (std::size_t k = 0; k < 4; ++k)
                        year = year * 10 + (t.value[k] - '0'); // digits: parsed above
                    if (year > 0) t.value = std::to_string(year - 1) + t.value.substr(4);
                }
            }
            break;
        }
}

// Frames carry only the evidence span; the sentence text is copied once, for the sources that
// survive the merge (a copy per report would double the pipeline's peak memory).
void fillEvidenceSentences(Timeline& timeline) {
    for (auto& e : timeline.events)
        for (auto& s : e.sources) {
            if (!s.sentence.empty()) continue;
            const Article* a = nullptr;
            std::size_t n = 0;
            bool digits = s.article.size() > 1 && s.article[0] == 'a';
            for (std::size_t k = 1; digits && k < s.article.size(); ++k) {
                digits = s.article[k] >= '0' && s.article[k] <= '9' && n <= timeline.articles.size();
                n = n * 10 + static_cast<std::size_t>(s.article[k] - '0');
            }
            if (digits && n < timeline.articles.size() && timeline.articles[n].id == s.article)
                a = &timeline.articles[n];
            if (!a || s.start > a->text.size()) continue;
            const auto& sentences = a->sentences;
            auto it = std::upper_bound(sentences.begin(), sentences.end(), s.start,
                                       [](std::size_t pos, const ByteSpan& b) { return pos < b.end; });
            if (it == sentences.end() || it->start > s.start) continue;
            s.sentence = a->text.substr(it->start, it->end - it->start);
        }
}

// Undated articles' mentions wait for the articles' inferred dates (their frames are extracted
// again then) in 16 bytes each instead of 56: together they were the largest part of the
// pipeline's peak memory. A list with an offset or index past 32 bits waits as it is.
class WaitingMentions {
public:
    void keep(std::size_t article, ArticleMentions&& am) {
        std::vector<Packed> packed;
        packed.reserve(am.mentions.size());
        for (const EntityMention& m : am.mentions) {
            if (m.end > UINT32_MAX || m.entity > UINT32_MAX) {
                fitCapacity(am.mentions);
                unpacked_.emplace(article, std::move(am));
                return;
            }
            packed.push_back({static_cast<std::uint32_t>(m.start), static_cast<std::uint32_t>(m.end),
                              static_cast<std::uint32_t>(m.entity), subtypeIndex(m.subtype), m.kind, m.demonym,
                              m.titled});
        }
        packed_.emplace(article, std::move(packed));
    }

    // The article's mentions as kept (empty when none were), and forgets them.
    ArticleMentions take(std::size_t article) {
        ArticleMentions am;
        if (const auto u = unpacked_.find(article); u != unpacked_.end()) {
            am = std::move(u->second);
            unpacked_.erase(u);
        } else if (const auto p = packed_.find(article); p != packed_.end()) {
            am.mentions.reserve(p->second.size());
            for (const Packed& k : p->second) {
                EntityMention& m = am.mentions.emplace_back();
                m.start = k.start;
                m.end = k.end;
                m.entity = k.entity;
                m.subtype = subtypes_[k.subtype];
                m.kind = k.kind;
                m.demonym = k.demonym;
                m.titled = k.titled;
            }
            packed_.erase(p);
        }
        return am;
    }

private:
    struct Packed {
        std::uint32_t start, end, entity;
        std::uint16_t subtype; // index in subtypes_
        EntityKind kind;
        bool demonym, titled;
    };
    // Every field of EntityMention is packed above: one more (a ninth) must be packed too.
    struct AnyField {
        template <typename T> operator T() const;
    };
    template <typename T, typename = void> struct HasEightFields : std::false_type {};
    template <typename T>
    struct HasEightFields<T, std::void_t<decltype(T{AnyField{}, AnyField{}, AnyField{}, AnyField{}, AnyField{},
                                                    AnyField{}, AnyField{}, AnyField{}})>> : std::true_type {};
    static_assert(!HasEightFields<EntityMention>::value, "WaitingMentions packs seven fields of EntityMention");

    // Subtypes are views of the gazetteer's few subtype names ("country", "agency").
    std::uint16_t subtypeIndex(std::string_view subtype) {
        const auto it = std::find(subtypes_.begin(), subtypes_.end(), subtype);
        if (it != subtypes_.end()) return static_cast<std::uint16_t>(it - subtypes_.begin());
        subtypes_.push_back(subtype);
        return static_cast<std::uint16_t>(subtypes_.size() - 1);
    }

    std::unordered_map<std::size_t, std::vector<Packed>> packed_;
    std::unordered_map<std::size_t, ArticleMentions> unpacked_;
    std::vector<std::string_view> subtypes_;
};

void keepDatedFrames(std::vector<EventFrame>& list) {
    list.erase(std::remove_if(list.begin(), list.end(),
                              [](const EventFrame& f) { return f.event.date.earliest.empty(); }),
               list.end());
    fitCapacity(list);
}

// Of an undated article, the frames with a time expression: inference and re-tagging read only
// their times, and a frame with none can reach the timeline only after re-extraction.
void keepTimedFrames(std::vector<EventFrame>& list) {
    list.erase(std::remove_if(list.begin(), list.end(), [](const EventFrame& f) { return f.rawDate.empty(); }),
               list.end());
    fitCapacity(list);
}

} // namespace

void analyseArticles(Timeline& timeline) {
    timeline.events.clear();
    timeline.entities.clear();
    // One article at a time, keeping only what later steps need: mentions of undated articles
    // (re-extracted once their date is inferred) and every article's frames (merged at the end).
    EntityResolver resolver(timeline.articles);
    std::vector<std::vector<EventFrame>> frames(timeline.articles.size());
    std::vector<std::size_t> undated;
    WaitingMentions undatedMentions;
    std::unordered_map<std::size_t, std::vector<MatchedTimex>> undatedMatches; // resolved again once dated
    for (std::size_t i = 0; i < timeline.articles.size(); ++i) {
        Article& a = timeline.articles[i];
        std::vector<WordToken> tokens = tokenizeWords(a.text);
        ArticleMentions mentions = resolver.resolve(a, i, tokens, timeline.entities);
        const bool known = a.published.basis != DateBasis::Unknown && !a.published.value.empty();
        if (a.timexes.empty() && known) {
            a.timexes = tagTime(a.text, a.published.value);
            fitCapacity(a.timexes);
        } else if (a.timexes.empty()) {
            std::vector<MatchedTimex> matched = matchTimexes(a.text);
            a.timexes = resolveTimexes(a.text, matched, "");
            fitCapacity(a.timexes);
            undatedMatches.emplace(i, std::move(matched));
        }
        frames[i] = extractEventFrames(a, mentions, timeline.entities, std::move(tokens));
        if (!known) {
            undated.push_back(i);
            keepTimedFrames(frames[i]);
            // Resolved again from its matches when inference needs them: all undated articles'
            // timexes at once were a good part of the peak memory.
            if (undatedMatches.count(i)) std::vector<Timex>().swap(a.timexes);
            undatedMentions.keep(i, std::move(mentions));
        } else {
            // Reports with no date never reach the timeline (the merge skips them); of a dated
            // article, nothing else needs them either, and they are most of its frames.
            keepDatedFrames(frames[i]);
        }
    }
    // Only undated articles need the index of dated reports (it points into `frames`, which
    // stays put: an article's list is replaced only before it joins the index).
    DatedFrameIndex dated;
    if (!undated.empty())
        for (std::size_t i = 0, u = 0; i < frames.size(); ++i) {
            if (u < undated.size() && undated[u] == i) {
                ++u;
                continue;
            }
            for (const auto& f : frames[i])
                if (!f.event.date.earliest.empty()) dated.add(f, timeline.entities);
        }
    // Two rounds: articles placed on a day join the dated corpus and can place the others.
    for (int round = 0; round < 2 && !undated.empty(); ++round) {
        std::vector<std::size_t> still;
        for (std::size_t i : undated) {
            Article& a = timeline.articles[i];
            const auto matched = undatedMatches.find(i);
            if (matched != undatedMatches.end()) {
                a.timexes = resolveTimexes(a.text, matched->second, "");
                fitCapacity(a.timexes);
            }
            const InferredPublication inferred = inferPublicationDate(a, frames[i], dated, timeline.entities);
            if (!inferred.found || (round == 0 && inferred.granularity != Granularity::Day)) {
                still.push_back(i);
                if (round == 0 && matched != undatedMatches.end()) std::vector<Timex>().swap(a.timexes);
                continue;
            }
            a.published = inferred.published;
            retagAgainstInferredDate(a, inferred, frames[i],
                                     matched != undatedMatches.end() ? &matched->second : nullptr);
            frames[i] = extractEventFrames(a, undatedMentions.take(i), timeline.entities);
            if (matched != undatedMatches.end()) undatedMatches.erase(matched);
            // Now dated, the article needs its undated reports no more than a dated one does.
            keepDatedFrames(frames[i]);
            for (const auto& f : frames[i])
                dated.add(f, timeline.entities);
        }
        undated = std::move(still);
    }
    undatedMatches.clear();
    timeline.events = mergeEventFrames(std::move(frames), timeline.entities);
    for (auto& e : timeline.entities)
        fitCapacity(e.mentions);
    fillEvidenceSentences(timeline);
}

Timeline buildTimeline(const std::vector<InputFile>& files, const PipelineLimits& limits) {
    std::vector<const InputFile*> pointers;
    pointers.reserve(files.size());
    for (const auto& f : files)
        pointers.push_back(&f);
    return buildTimeline(pointers, limits);
}

Timeline buildTimeline(const std::vector<const InputFile*>& files, const PipelineLimits& limits) {
    Timeline timeline;
    timeline.articles.reserve(std::min(files.size(), limits.maxArticles)); // moved once each, no slack
    LimitCounters counters; // limits: see core/limits.h and docs/security.md
    for (const InputFile* file : files) {
        const InputFile& f = *file;
        counters.articles = timeline.articles.size();
        if (!admitFile(f.name, f.bytes.size(), limits, counters, timeline.diagnostics)) continue;
        ReadResult r = readArticle(f.name, f.bytes);
        for (auto& d : r.diagnostics)
            timeline.diagnostics.push_back(std::move(d));
        if (!r.ok) continue;
        applyTextBudget(r.article, limits, timeline.diagnostics);
        // Held for the whole corpus: no spare capacity (10,000 articles add up).
        fitCapacity(r.article.paragraphs);
        fitCapacity(r.article.sentences);
        fitCapacity(r.article.captions);
        fitCapacity(r.article.removed);
        r.article.id = "a" + std::to_string(timeline.articles.size());
        timeline.articles.push_back(std::move(r.article));
    }
    analyseArticles(timeline);
    return timeline;
}

} // namespace dateline
