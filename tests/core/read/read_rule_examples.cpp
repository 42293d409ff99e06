// Every EXAMPLE line in assets/rules/read/ is run through the code that uses its row.
#include "core/assets/data_file.h"
#include "core/read/byline.h"
#include "core/read/publication_date.h"
#include "core/read/read_vocabulary.h"
#include "read_test_support.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace dateline;

namespace {
const std::string kFirst =
    "The council approved the new harbour budget on Thursday after a debate of more than six hours.";
const std::string kSecond =
    "Opponents said the plan would raise port fees for small fishing boats, while the mayor called it overdue.";

Article inPage(const std::string &line) {
    return test::readText("Harbour budget approved\n" + kFirst + "\n" + line + "\n" + kSecond + "\n");
}

std::size_t examplesIn(const char *path, const std::function<void(const DataRow &, const std::string &)> &check) {
    const DataFile f = loadDataAsset(path);
    REQUIRE(f.diagnostics.empty());
    std::size_t n = 0;
    for (const auto &row : f.rows)
        for (const auto &ex : row.examples) {
            INFO(path << ":" << row.line << " EXAMPLE: " << ex);
            check(row, ex);
            ++n;
        }
    return n;
}
} // namespace

TEST_CASE("read rules - examples of line and phrase boilerplate are removed with their reason", "[read][rules]") {
    const auto removedWithRowReason = [](const DataRow &row, const std::string &ex) {
        CHECK(test::removedReason(inPage(ex), ex) == row.fields.at(1));
    };
    CHECK(examplesIn("rules/read/boilerplate.txt", removedWithRowReason) >= 3);
    CHECK(examplesIn("rules/read/boilerplate_phrases.txt", removedWithRowReason) >= 2);
}

TEST_CASE("read rules - examples of icon names, counters, captions and bylines", "[read][rules]") {
    CHECK(examplesIn("rules/read/ui_words.txt", [](const DataRow &, const std::string &ex) {
              CHECK(test::removedReason(inPage(ex), ex) == "icon names");
          }) == 1);
    CHECK(examplesIn("rules/read/social_counters.txt", [](const DataRow &, const std::string &ex) {
              CHECK(test::removedReason(inPage(ex), ex) == "social counter");
          }) == 1);
    CHECK(examplesIn("rules/read/caption_cues.txt", [](const DataRow &, const std::string &ex) {
              const Article a = inPage(ex);
              CHECK(test::captionsOf(a) == std::vector<std::string>{collapseSpaces(ex)});
          }) == 1);
    CHECK(examplesIn("rules/read/byline_labels.txt", [](const DataRow &row, const std::string &ex) {
              std::string field, value, agency;
              CHECK(parseBylineLine(ex, field, value, agency));
              CHECK(field == row.fields.at(1));
          }) == 1);
    CHECK(examplesIn("rules/read/journalist_roles.txt",
                     [](const DataRow &, const std::string &ex) { CHECK(journalistRoleLine(ex)); }) == 1);
    CHECK(examplesIn("rules/read/agencies.txt", [](const DataRow &row, const std::string &ex) {
              CHECK(test::readText("Harbour budget approved\n" + kFirst + "\n" + kSecond + " " + ex + "\n").source ==
                    row.fields.at(1));
          }) == 1);
}

TEST_CASE("read rules - examples of date words parse as stamps", "[read][rules]") {
    CHECK(examplesIn("rules/read/date_words.txt", [](const DataRow &, const std::string &ex) {
              std::vector<DateStamp> out;
              CHECK(parseDateStampLine(ex, out));
          }) == 4);
    CHECK(examplesIn("rules/read/stopwords_en.txt",
                     [](const DataRow &row, const std::string &ex) { CHECK(row.fields.at(0) == ex); }) == 1);
}

TEST_CASE("read rules - examples of HTML class hints keep or drop their element", "[read][rules]") {
    CHECK(examplesIn("rules/read/html_hints.txt", [](const DataRow &row, const std::string &ex) {
              const std::string aside = "Tap here for the evening briefing.";
              const std::string page = "<html><body><article><div class=\"" + ex + "\"><p>" + aside + "</p></div><p>" +
                                       kFirst + "</p><p>" + kSecond + "</p></article></body></html>";
              const Article a = test::readText(page, "hints.html");
              const bool kept = a.text.find(aside) != std::string::npos;
              CHECK(kept == (row.fields.at(1) == "+"));
          }) == 2);
}
