// TimeML: reading the DCT and gold TIMEX3s, writing tags back byte-exactly, TempEval-3 scores.
#include "core/time/tagger.h"
#include "core/time/timeml.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace dateline;

namespace {

// The document with every TIMEX3 tag inside <TEXT> removed: what must survive a round trip.
std::string withoutTextTimexTags(const std::string& raw) {
    const std::size_t open = raw.find("<TEXT>"), close = raw.find("</TEXT>");
    std::string out = raw.substr(0, open);
    for (std::size_t i = open; i < close;) {
        if (raw.compare(i, 7, "<TIMEX3") == 0 || raw.compare(i, 9, "</TIMEX3>") == 0) {
            i = raw.find('>', i) + 1;
            continue;
        }
        out += raw[i++];
    }
    return out + raw.substr(close);
}

// Every .tml file under root, tagged as news with its DCT and scored against its gold TIMEX3s.
TimexScore scoreTimeMLFolder(const std::filesystem::path& root) {
    TimexScore total;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.path().extension() != ".tml") continue;
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const auto doc = parseTimeML(ss.str());
        total.add(scoreTimexes(doc.text, doc.gold, tagTime(doc.text, doc.dct)));
    }
    return total;
}

} // namespace

TEST_CASE("time timeml - reads the DCT, the text and the gold TIMEX3s", "[time][timeml]") {
    const auto doc = parseTimeML(test::readSourceFile("tests/data/time/sample.tml"), "sample.tml");
    REQUIRE(doc.diagnostics.empty());
    CHECK(doc.dct == "1998-01-08");
    REQUIRE(doc.gold.size() == 5);
    CHECK(doc.gold[0].text == "week");
    CHECK(doc.gold[1].text == "the last twenty four hours");
    CHECK(doc.gold[4].value == "1998-03");
    CHECK(doc.text.substr(doc.gold[3].start, doc.gold[3].end - doc.gold[3].start) == "Wednesday");
    CHECK(doc.text.find("<EVENT") == std::string::npos);
}

TEST_CASE("time timeml - the round trip is byte-exact outside the inserted tags", "[time][timeml]") {
    const std::string raw = test::readSourceFile("tests/data/time/sample.tml");
    const auto doc = parseTimeML(raw);
    const auto tagged = tagTime(doc.text, doc.dct);
    std::size_t skipped = 99;
    const std::string out = writeTimeML(doc, tagged, &skipped);
    CHECK(skipped == 0);
    CHECK(withoutTextTimexTags(out) == withoutTextTimexTags(raw));
    CHECK(out.find("<TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"PT24H\"") != std::string::npos);
    CHECK(out.find(">Wednesday</TIMEX3>") != std::string::npos);
    // The output reads back with the same time expressions.
    const auto again = parseTimeML(out);
    REQUIRE(again.gold.size() == tagged.size());
    for (std::size_t i = 0; i < tagged.size(); ++i)
        CHECK(again.gold[i].value == tagged[i].value);
}

TEST_CASE("time timeml - a timex that would cross another element is left out", "[time][timeml]") {
    const std::string raw = "<TimeML><TEXT>It fell <EVENT eid=\"e1\">last</EVENT> year.</TEXT></TimeML>";
    const auto doc = parseTimeML(raw);
    std::size_t skipped = 0;
    const std::string out = writeTimeML(doc, tagTime(doc.text, "1998-01-08"), &skipped);
    CHECK(skipped == 1);
    CHECK(out == raw);
}

TEST_CASE("time timeml - TempEval-3 scores: strict, relaxed, value", "[time][timeml]") {
    const std::string text = "In the last twenty four hours, stocks fell on Friday.";
    std::vector<Timex> gold = {{3, 29, "the last twenty four hours", "DURATION", "P1D", "", "", "", ""},
                               {46, 52, "Friday", "DATE", "1998-01-02", "", "", "", ""}};
    std::vector<Timex> system = {{7, 29, "last twenty four hours", "DURATION", "PT24H", "", "", "", ""},
                                 {46, 52, "Friday", "DATE", "1998-01-02", "", "", "", ""},
                                 {0, 2, "In", "DATE", "X", "", "", "", ""}};
    const auto s = scoreTimexes(text, gold, system);
    CHECK(s.strictSystem == 1);
    CHECK(s.relaxedSystem == 2);
    CHECK(s.relaxedGold == 2);
    CHECK(s.valueCorrect == 1);
    CHECK(s.relaxedPrecision() == Approx(2.0 / 3));
    CHECK(s.relaxedRecall() == Approx(1.0));
    CHECK(s.valueF1() == Approx(0.8 * 0.5));
}

TEST_CASE("time timeml - TBAQ-cleaned stays above its measured floor when the data is present", "[time][timeml][tbaq]") {
    const std::filesystem::path root =
        std::filesystem::path(DATELINE_SOURCE_DIR) / "../shared/data/timeml/TBAQ-cleaned";
    if (!std::filesystem::exists(root)) {
        WARN("skipped: no TBAQ-cleaned corpus at " << root.string());
        return;
    }
    const TimexScore total = scoreTimeMLFolder(root);
    REQUIRE(total.gold > 1500);
    INFO("strict F1 " << total.strictF1() << ", value F1 " << total.valueF1());
    // Regression floors a little under the measured figures (docs/time.md has the numbers).
    CHECK(total.relaxedF1() > 0.93);
    CHECK(total.strictF1() > 0.88);
    CHECK(total.valueF1() > 0.81);
}

TEST_CASE("time timeml - the held-out newswire set stays above its measured floor", "[time][timeml][heldout]") {
    // tests/data/timeml-heldout: 14 stories annotated before the tagger first ran on them.
    // Blind: strict F1 92.53, value F1 89.29; after fixes: docs/time.md. Floors a little under
    // the current figures, so a rule change that loses a few expressions here fails.
    const TimexScore total =
        scoreTimeMLFolder(std::filesystem::path(DATELINE_SOURCE_DIR) / "tests/data/timeml-heldout");
    REQUIRE(total.gold == 272);
    INFO("strict F1 " << total.strictF1() << ", value F1 " << total.valueF1());
    CHECK(total.relaxedF1() > 0.97);
    CHECK(total.strictF1() > 0.94);
    CHECK(total.valueF1() > 0.925);
}
