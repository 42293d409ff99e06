#include "app/model/reader_marks.h"

#include <algorithm>

namespace dateline::app {

namespace {
struct Span {
    std::size_t start, end;
    int index;
};
} // namespace

std::vector<ReaderMark> buildReaderMarks(const Timeline& timeline, std::size_t article, bool withEntities) {
    std::vector<ReaderMark> marks;
    if (article >= timeline.articles.size()) return marks;
    const Article& a = timeline.articles[article];
    std::vector<Span> timexes, mentions;
    for (std::size_t i = 0; i < a.timexes.size(); ++i)
        if (a.timexes[i].end > a.timexes[i].start && a.timexes[i].end <= a.text.size())
            timexes.push_back({a.timexes[i].start, a.timexes[i].end, static_cast<int>(i)});
    if (withEntities)
        for (std::size_t e = 0; e < timeline.entities.size(); ++e)
            for (const auto& m : timeline.entities[e].mentions)
                if (m.article == article && m.end > m.start && m.end <= a.text.size())
                    mentions.push_back({m.start, m.end, static_cast<int>(e)});
    std::vector<std::size_t> cuts;
    for (const auto* spans : {&timexes, &mentions})
        for (const auto& s : *spans) {
            cuts.push_back(s.start);
            cuts.push_back(s.end);
        }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const auto byStart = [](const Span& x, const Span& y) { return x.start < y.start || (x.start == y.start && x.end > y.end); };
    std::sort(timexes.begin(), timexes.end(), byStart);
    std::sort(mentions.begin(), mentions.end(), byStart);
    // Sweep the elementary runs between cuts; the spans open at a run are few (usually 0 or 1).
    std::vector<const Span*> openTimexes, openMentions;
    std::size_t nextTimex = 0, nextMention = 0;
    const auto advance = [](std::size_t pos, const std::vector<Span>& spans, std::size_t& next, std::vector<const Span*>& open) {
        while (next < spans.size() && spans[next].start <= pos) open.push_back(&spans[next++]);
        open.erase(std::remove_if(open.begin(), open.end(), [pos](const Span* s) { return s->end <= pos; }), open.end());
    };
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        advance(cuts[k], timexes, nextTimex, openTimexes);
        advance(cuts[k], mentions, nextMention, openMentions);
        if (openTimexes.empty() && openMentions.empty()) continue;
        ReaderMark m{cuts[k], cuts[k + 1], -1, -1};
        if (!openTimexes.empty()) m.timex = openTimexes.back()->index;
        if (!openMentions.empty()) // the innermost: the one that started last
            m.entity = (*std::max_element(openMentions.begin(), openMentions.end(),
                                          [](const Span* x, const Span* y) { return x->start < y->start; }))->index;
        if (!marks.empty() && marks.back().end == m.start && marks.back().timex == m.timex && marks.back().entity == m.entity)
            marks.back().end = m.end;
        else
            marks.push_back(m);
    }
    return marks;
}

void ReaderMarkCursor::pieces(std::size_t start, std::size_t end, std::vector<ReaderPiece>& out) {
    out.clear();
    while (at_ < marks_.size() && marks_[at_].end <= start) ++at_;
    std::size_t pos = start;
    std::size_t k = at_;
    while (pos < end) {
        if (k < marks_.size() && marks_[k].start <= pos) {
            const std::size_t stop = std::min(end, marks_[k].end);
            out.push_back({pos, stop, &marks_[k]});
            pos = stop;
            if (stop == marks_[k].end) ++k;
        } else {
            const std::size_t stop = k < marks_.size() ? std::min(end, marks_[k].start) : end;
            out.push_back({pos, stop, nullptr});
            pos = stop;
        }
    }
}

} // namespace dateline::app
