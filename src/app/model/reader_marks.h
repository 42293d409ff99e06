// What the article reader marks in one article: time expressions and entity mentions as
// non-overlapping byte runs sorted by position. Built once when the reader opens an article
// (the reader used to rescan every timex and every mention of the corpus for each word of
// each frame), and exact to the byte, so "Sunday," marks "Sunday" and not its comma.
#pragma once

#include "core/model.h"

#include <cstddef>
#include <vector>

namespace dateline::app {

struct ReaderMark {
    std::size_t start = 0, end = 0;
    int timex = -1;  // index in article.timexes, or -1
    int entity = -1; // index in timeline.entities, or -1
};

// Marks for timeline.articles[article]; entity mentions only when withEntities. Where marks
// overlap, the run carries both (a timex and the innermost mention).
std::vector<ReaderMark> buildReaderMarks(const Timeline& timeline, std::size_t article, bool withEntities);

// One drawable piece of a word: [start, end) and the mark it falls in (nullptr: plain text).
struct ReaderPiece {
    std::size_t start = 0, end = 0;
    const ReaderMark* mark = nullptr;
};

// Walks a paragraph's words in order. `next` must be called with increasing positions; it keeps
// a cursor into the marks, so a whole article costs O(words + marks).
class ReaderMarkCursor {
public:
    explicit ReaderMarkCursor(const std::vector<ReaderMark>& marks) : marks_(marks) {}
    // Cuts [start, end) at mark boundaries into `out` (cleared first).
    void pieces(std::size_t start, std::size_t end, std::vector<ReaderPiece>& out);

private:
    const std::vector<ReaderMark>& marks_;
    std::size_t at_ = 0; // first mark that may end after the last position asked for
};

} // namespace dateline::app
