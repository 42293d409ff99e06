// Prints the temporal tagger's throughput (MB/s on one core) over news-shaped text.
//
// Usage: bench_time [FILE...]   files are read as one corpus; without files a built-in
// news-like text (about one time expression per 300 bytes, like the bundled articles) is used. The corpus is tagged in
// article-sized documents (~5 KB, cut at paragraph breaks), as the pipeline tags one article at a time. The same source
// builds with Emscripten and runs under node, for the WASM figure.
#include "core/time/tagger.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Paragraphs in the shape of wire copy; most words are not time expressions, as in news.
const char* const kParagraphs[] = {
    "North Korea's Foreign Minister Choe Son-hui has met a senior Russian diplomat visiting Pyongyang, state media "
    "reported Sunday, amid talks for a cease-fire in the Russia-Ukraine war. The two sides discussed practical "
    "measures to strengthen bilateral cooperation in line with their comprehensive strategic partnership treaty "
    "signed last June, according to the official news agency.",
    "The financial assistance from the World Bank and the International Monetary Fund is not helping. In the last "
    "twenty four hours, the value of the Indonesian stock market has fallen by twelve percent. In Singapore, stocks "
    "hit a five year low, and analysts expect the currency to weaken further over the next three months.",
    "Net income for the third quarter rose 12% to $45.3 million, or 89 cents a share, from $40.4 million, or 80 cents "
    "a share, a year earlier. Revenue climbed to $1.2 billion from $1.05 billion. The company said on Oct. 24, 1989 "
    "that it expects earnings to improve early next year as costs decline.",
    "Officials said the delegation would arrive in Moscow on Tuesday and stay until Wednesday, when the ministers "
    "will sign an agreement on trade, energy and transport. A spokesman told journalists that the talks had been "
    "planned for months and that a summit could follow in the near future.",
    "The committee, which was founded in 1998 and meets every month, reviewed the budget at 10:05 a.m. ET. Members "
    "noted that spending has risen in recent years, that reserves are currently low, and that the plan adopted on "
    "March 22, 2013 must be revised before the end of this year.",
};

// Paragraphs with no time expression: most of an article is like this.
const char* const kProse[] = {
    "The ministry spokesman told reporters that both governments regard the partnership as a cornerstone of "
    "regional stability, and that economic cooperation, including transport links, energy supplies and tourism, "
    "would be expanded. Analysts in Seoul cautioned that the agreement could deepen the isolation of the peninsula.",
    "Residents of the capital lined the streets as the motorcade passed, waving flags and holding portraits of the "
    "two leaders. Foreign diplomats were not invited to the ceremony, according to people familiar with the matter, "
    "who spoke on condition of anonymity because they were not authorized to discuss it.",
    "The central bank left its benchmark rate unchanged, citing uncertainty over exports and household debt. Bond "
    "yields edged higher after the decision, while the currency weakened against the dollar and the yen. Traders "
    "said volumes were thin ahead of the holiday.",
};

// News density: one paragraph with time expressions to three without.
std::string builtInCorpus(std::size_t bytes) {
    std::string text;
    std::size_t i = 0;
    while (text.size() < bytes) {
        text += kParagraphs[i % (sizeof kParagraphs / sizeof kParagraphs[0])];
        text += "\n\n";
        for (const char* prose : kProse)
            text += std::string(prose) + "\n\n";
        ++i;
    }
    return text;
}

} // namespace

int main(int argc, char** argv) {
    using dateline::tagTime;
    std::string corpus;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "bench_time: cannot read %s\n", argv[i]);
            return 1;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        corpus += ss.str();
        corpus += "\n\n";
    }
    const bool builtIn = corpus.empty();
    if (builtIn) corpus = builtInCorpus(8u << 20);

    std::vector<std::string_view> documents;
    for (std::size_t from = 0; from < corpus.size();) {
        std::size_t cut = corpus.find("\n\n", std::min(corpus.size(), from + 5000));
        cut = cut == std::string::npos ? corpus.size() : cut + 2;
        documents.push_back(std::string_view(corpus).substr(from, cut - from));
        from = cut;
    }

    // Compile the rules once, outside the timed loop (the tagger caches them).
    std::size_t found = tagTime("warm up on Friday", "2025-03-16").size();
    // Processor time, not wall time: the machine is shared, and a busy neighbour would
    // otherwise halve the figure. (Under Emscripten, clock() is wall time: see docs/time.md.)
    const std::clock_t start = std::clock();
    std::size_t bytes = 0;
    int runs = 0;
    double seconds = 0;
    while (runs < 3 || seconds < 2.0) {
        found = 0;
        for (const auto& doc : documents)
            found += tagTime(doc, "2025-03-16").size();
        bytes += corpus.size();
        ++runs;
        seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
        if (runs >= 50) break;
    }
    std::printf("bench_time: %s corpus, %.1f MB in %zu documents, %zu time expressions per pass\n",
                builtIn ? "built-in" : "given", static_cast<double>(corpus.size()) / 1e6, documents.size(), found);
#ifdef __EMSCRIPTEN__
    const char* build = "wasm";
#else
    const char* build = "native";
#endif
    std::printf("bench_time: %s %.1f MB/s on one core (%d passes, %.2f s of processor time)\n", build,
                static_cast<double>(bytes) / 1e6 / seconds, runs, seconds);
    return 0;
}
