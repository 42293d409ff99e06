// Fixture loading for tests (tests may touch the file system; the core may not).
#include "test_support.h"

#include "core/text/sentences.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dateline::test {

std::string readSourceFile(const std::string& relativePath) {
    std::ifstream in(std::string(DATELINE_SOURCE_DIR) + "/" + relativePath, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Article makeArticle(const std::string& id, const std::string& text, const std::string& published) {
    Article a;
    a.id = id;
    a.file = id + ".txt";
    a.text = text;
    a.sentences = splitSentences(a.text);
    if (!published.empty()) a.published = {published, DateBasis::Explicit, published, ""};
    return a;
}

std::vector<InputFile> sourceFolder(const std::string& relativeFolder) {
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(std::string(DATELINE_SOURCE_DIR) + "/" + relativeFolder))
        paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<InputFile> out;
    for (const auto& p : paths)
        out.push_back({p.filename().string(), readSourceFile(relativeFolder + "/" + p.filename().string())});
    return out;
}

std::vector<InputFile> bundledArticles() { return sourceFolder("assets/articles"); }

} // namespace dateline::test
