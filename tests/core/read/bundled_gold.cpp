// The bundled articles against the hand-written gold in tests/data/read/ (bodies and facts).
#include "core/assets/data_file.h"
#include "core/read/reader.h"
#include "read_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {

std::vector<std::string> goldParagraphs(const std::string &body) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < body.size()) {
        std::size_t end = body.find("\n\n", pos);
        if (end == std::string::npos) end = body.size();
        std::string p = body.substr(pos, end - pos);
        while (!p.empty() && (p.back() == '\n' || p.back() == ' '))
            p.pop_back();
        if (!p.empty()) out.push_back(p);
        pos = end + 2;
    }
    return out;
}

} // namespace

TEST_CASE("read gold - bundled bodies keep every paragraph and nothing else", "[read][bundled][gold]") {
    const auto files = test::bundledArticles();
    REQUIRE(files.size() == 5);
    for (const auto &f : files) {
        INFO(f.name);
        const auto r = readArticle(f.name, f.bytes);
        REQUIRE(r.ok);
        const auto gold = goldParagraphs(test::readSourceFile("tests/data/read/gold/" + f.name.substr(0, 3) + ".txt"));
        const auto got = test::paragraphsOf(r.article);
        for (const auto &p : gold) {
            INFO("missing paragraph: " << p);
            CHECK(std::find(got.begin(), got.end(), p) != got.end());
        }
        for (const auto &p : got) {
            INFO("extra paragraph: " << p);
            CHECK(std::find(gold.begin(), gold.end(), p) != gold.end());
        }
        CHECK(got == gold); // and in the same order
    }
}

TEST_CASE("read gold - bundled titles, outlets, authors, dates, captions and removals", "[read][bundled][gold]") {
    const auto files = test::bundledArticles();
    std::vector<Article> articles;
    for (const auto &f : files)
        articles.push_back(readArticle(f.name, f.bytes).article);
    const auto gold = parseDataFile("bundled_gold.txt", test::readSourceFile("tests/data/read/bundled_gold.txt"));
    REQUIRE(gold.diagnostics.empty());
    REQUIRE(gold.rows.size() > 40);
    for (const auto &row : gold.rows) {
        REQUIRE(row.fields.size() == 4);
        const std::size_t index = static_cast<std::size_t>(std::stoi(row.fields[0])); // test code: trusted input
        REQUIRE(index < articles.size());
        const Article &a = articles[index];
        const std::string &check = row.fields[1];
        const std::string value = row.fields[2] == "(none)" ? "" : row.fields[2];
        INFO(files[index].name << " line " << row.line << ": " << check << " = " << value << " (" << row.fields[3]
                               << ")");
        if (check == "title")
            CHECK(a.title == value);
        else if (check == "source")
            CHECK(a.source == value);
        else if (check == "author")
            CHECK(a.author == value);
        else if (check == "published") {
            CHECK(a.published.value == value);
            CHECK(a.published.basis == (value.empty() ? DateBasis::Unknown : DateBasis::Explicit));
        } else if (check == "caption") {
            const auto caps = test::captionsOf(a);
            CHECK(std::count_if(caps.begin(), caps.end(),
                                [&](const std::string &c) { return c.rfind(value, 0) == 0; }) == 1);
        } else if (check.rfind("removed as ", 0) == 0) {
            CHECK(test::removedAs(a, value, check.substr(11)));
        } else if (check == "absent") {
            CHECK(a.text.find(value) == std::string::npos);
        } else {
            FAIL("unknown check " << check);
        }
    }
}

TEST_CASE("read gold - sentences and spans point into the clean text", "[read][bundled]") {
    for (const auto &f : test::bundledArticles()) {
        INFO(f.name);
        const Article a = readArticle(f.name, f.bytes).article;
        REQUIRE_FALSE(a.sentences.empty());
        for (const auto &s : a.sentences) {
            CHECK(s.start < s.end);
            CHECK(s.end <= a.text.size());
        }
        for (const auto &c : a.captions)
            CHECK(std::find(a.paragraphs.begin(), a.paragraphs.end(), c) != a.paragraphs.end());
        for (std::size_t i = 1; i < a.paragraphs.size(); ++i)
            CHECK(a.text.substr(a.paragraphs[i - 1].end, a.paragraphs[i].start - a.paragraphs[i - 1].end) == "\n\n");
        for (const auto &r : a.removed)
            CHECK(r.beforeOffset <= a.text.size());
    }
}
