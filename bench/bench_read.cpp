// Prints the read stage's cleaning quality against the bundled gold and its throughput in MB/s.
//
// Quality: word-shingle precision, recall and F1 (4-word shingles, as article-extraction
// benchmarks score) of Article::text against tests/data/read/gold/NNN.txt, and the same for
// the whole page as text (the baseline a cleaner must beat). Throughput: readArticle over the
// bundled articles repeated to a few MB, on one core.
#include "bench_support.h"
#include "core/read/reader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace dateline;
namespace fs = std::filesystem;
using namespace dateline::bench;

namespace {



std::vector<std::string> words(const std::string &text) {
    std::vector<std::string> out;
    std::string w;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (!w.empty()) out.push_back(w), w.clear();
        } else {
            w += c;
        }
    }
    if (!w.empty()) out.push_back(w);
    return out;
}

std::map<std::string, int> shingles(const std::string &text, std::size_t n = 4) {
    const auto ws = words(text);
    std::map<std::string, int> out;
    if (ws.size() < n) {
        if (!ws.empty()) {
            std::string s;
            for (const auto &w : ws)
                s += w + " ";
            ++out[s];
        }
        return out;
    }
    for (std::size_t i = 0; i + n <= ws.size(); ++i) {
        std::string s;
        for (std::size_t k = 0; k < n; ++k)
            s += ws[i + k] + " ";
        ++out[s];
    }
    return out;
}

struct Score {
    double precision = 0, recall = 0, f1 = 0;
};

Score score(const std::string &got, const std::string &gold) {
    const auto g = shingles(got), t = shingles(gold);
    long common = 0, ng = 0, nt = 0;
    for (const auto &[s, c] : g) {
        ng += c;
        const auto it = t.find(s);
        if (it != t.end()) common += std::min(c, it->second);
    }
    for (const auto &[s, c] : t)
        nt += c;
    Score r;
    r.precision = ng ? static_cast<double>(common) / static_cast<double>(ng) : 0;
    r.recall = nt ? static_cast<double>(common) / static_cast<double>(nt) : 0;
    r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
    return r;
}

} // namespace

int main(int argc, char **argv) {
    const fs::path root = repoRoot(argc, argv);
    std::vector<fs::path> paths;
    for (const auto &e : fs::directory_iterator(root / "assets" / "articles"))
        paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) {
        std::fprintf(stderr, "bench_read: no articles under %s\n", (root / "assets/articles").string().c_str());
        return 1;
    }

    std::printf("Cleaning quality against tests/data/read/gold (4-word shingles)\n");
    std::printf("%-28s %9s %9s %9s   %s\n", "article", "precision", "recall", "F1", "whole page as text F1");
    Score sum, sumPage;
    std::vector<std::string> pages;
    for (const auto &p : paths) {
        const std::string bytes = readFile(p);
        pages.push_back(bytes);
        const std::string gold =
            readFile(root / "tests/data/read/gold" / (p.filename().string().substr(0, 3) + ".txt"));
        const ReadResult r = readArticle(p.filename().string(), bytes);
        const Score s = score(r.article.text, gold), page = score(bytes, gold);
        std::printf("%-28s %9.3f %9.3f %9.3f   %.3f\n", p.filename().string().c_str(), s.precision, s.recall, s.f1,
                    page.f1);
        sum.precision += s.precision, sum.recall += s.recall, sum.f1 += s.f1, sumPage.f1 += page.f1;
    }
    const double n = static_cast<double>(paths.size());
    std::printf("%-28s %9.3f %9.3f %9.3f   %.3f\n", "mean", sum.precision / n, sum.recall / n, sum.f1 / n,
                sumPage.f1 / n);

    // Throughput: the bundled pages read again and again until a few MB have passed.
    const std::size_t target = 16u << 20;
    std::size_t bytes = 0, articles = 0, checksum = 0;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock(); // CPU time too: the machine may be shared
    while (bytes < target) {
        for (const auto &page : pages) {
            const ReadResult r = readArticle("bench.txt", page);
            checksum += r.article.text.size() + r.article.sentences.size();
            bytes += page.size();
            ++articles;
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("\nPlain-text reading (decode + clean + sentences), one core:\n");
    std::printf("  %zu articles, %.1f MB in %.3f s wall: %.1f MB/s wall, %.1f MB/s CPU time (%.0f articles/s)  "
                "[checksum %zu]\n",
                articles, static_cast<double>(bytes) / 1e6, seconds, static_cast<double>(bytes) / 1e6 / seconds,
                static_cast<double>(bytes) / 1e6 / cpuSeconds, static_cast<double>(articles) / cpuSeconds, checksum);

    // One large page: the bundled articles concatenated, each line made unique so the cleaner
    // cannot drop most of it as repetition (tests scaling with page size).
    std::string big;
    for (int copy = 0; big.size() < (4u << 20); ++copy)
        for (const auto &page : pages) {
            std::istringstream lines(page);
            for (std::string line; std::getline(lines, line);)
                big += line + (line.empty() ? "" : " #" + std::to_string(copy)) + "\n";
        }
    const auto bigStart = std::chrono::steady_clock::now();
    const ReadResult bigRead = readArticle("big.txt", big);
    const double bigSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - bigStart).count();
    std::printf("  one %.1f MB page: %.3f s, %.1f MB/s (%zu paragraphs kept)\n", static_cast<double>(big.size()) / 1e6,
                bigSeconds, static_cast<double>(big.size()) / 1e6 / bigSeconds, bigRead.article.paragraphs.size());

    const fs::path html = root / "tests/data/read/news_page.html";
    if (fs::exists(html)) {
        const std::string page = readFile(html);
        std::size_t htmlBytes = 0;
        const auto hs = std::chrono::steady_clock::now();
        while (htmlBytes < (4u << 20)) {
            checksum += readArticle("page.html", page).article.text.size();
            htmlBytes += page.size();
        }
        const double hsec = std::chrono::duration<double>(std::chrono::steady_clock::now() - hs).count();
        std::printf("\nSaved-HTML reading (parse + metadata + body), one core: %.1f MB/s\n",
                    static_cast<double>(htmlBytes) / 1e6 / hsec);
    }
    return 0;
}
