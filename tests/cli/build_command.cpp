// `dateline build` end to end: the bundled folder in, schema JSON out.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

TEST_CASE("cli - build writes a dateline/1 bundle for the bundled articles", "[cli]") {
    const std::string out = (std::filesystem::temp_directory_path() / "dateline_cli_build_test.json").string();
    const std::string cmd = std::string(DATELINE_CLI) + " build " + DATELINE_SOURCE_DIR + "/assets/articles -o " + out + " 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream in(out);
    std::stringstream ss;
    ss << in.rdbuf();
    const auto j = nlohmann::json::parse(ss.str());
    CHECK(j["schema"] == "dateline/1");
    REQUIRE(j["articles"].size() == 5);
    for (const auto& a : j["articles"]) {
        CHECK_FALSE(a["title"].get<std::string>().empty());
        CHECK(a["published"].contains("basis"));
        CHECK(a["text"].is_string());
    }
    CHECK(j["articles"][0]["published"]["value"] == "2025-03-16T14:37");
}

TEST_CASE("cli - build reports a missing path and exits non-zero", "[cli]") {
    const std::string cmd = std::string(DATELINE_CLI) + " build /nonexistent/path -o /dev/null 2>/dev/null";
    CHECK(std::system(cmd.c_str()) != 0);
}

TEST_CASE("cli - build refuses an oversize file before reading it and keeps the rest", "[cli][limits]") {
    const auto dir = std::filesystem::temp_directory_path() / "dateline_cli_oversize";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(std::string(DATELINE_SOURCE_DIR) + "/assets/articles/000_fcb9af26f97140a6.txt", dir / "good.txt");
    {
        std::ofstream big(dir / "big.txt", std::ios::binary);
        big.seekp((17 << 20) - 1);
        big.put('x'); // a sparse 17 MB file: over the 16 MB per-file limit
    }
    const auto out = dir.string() + ".json", err = dir.string() + ".err";
    const std::string cmd = std::string(DATELINE_CLI) + " build " + dir.string() + " -o " + out + " 2>" + err;
    CHECK(std::system(cmd.c_str()) == 0);
    std::ifstream errIn(err), jsonIn(out);
    std::stringstream errText, jsonText;
    errText << errIn.rdbuf();
    jsonText << jsonIn.rdbuf();
    CHECK(errText.str().find("big.txt: error: file too large") != std::string::npos);
    const auto j = nlohmann::json::parse(jsonText.str());
    REQUIRE(j["articles"].size() == 1);
    CHECK(j["articles"][0]["file"] == "good.txt");
    std::filesystem::remove_all(dir);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
}

TEST_CASE("cli - eval-events scores a story folder against its gold file", "[cli][gold]") {
    const auto out = (std::filesystem::temp_directory_path() / "dateline_cli_eval_events.txt").string();
    const std::string cmd = std::string(DATELINE_CLI) + " eval-events " + DATELINE_SOURCE_DIR +
                            "/tests/gold/baltic_cable_events.json " + DATELINE_SOURCE_DIR +
                            "/tests/data/stories/baltic-cable > " + out + " 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream in(out);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str().rfind("3 articles: recall ", 0) == 0);
    CHECK(ss.str().find("(7/7 required)") != std::string::npos);
}

TEST_CASE("cli - eval-events rejects a malformed gold file with a clear error", "[cli][gold]") {
    const auto dir = std::filesystem::temp_directory_path();
    { std::ofstream(dir / "dateline_bad_gold.json") << "{ not json"; }
    const std::string cmd = std::string(DATELINE_CLI) + " eval-events " + (dir / "dateline_bad_gold.json").string() +
                            " " + DATELINE_SOURCE_DIR + "/tests/data/stories/baltic-cable > /dev/null 2>" +
                            (dir / "dateline_bad_gold.err").string();
    CHECK(std::system(cmd.c_str()) != 0);
    std::ifstream in(dir / "dateline_bad_gold.err");
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str().find("dateline eval-events: ") != std::string::npos);
}

TEST_CASE("cli - build reads a Dateline bundle back and rejects a malformed one", "[cli][bundle]") {
    const auto dir = std::filesystem::temp_directory_path() / "dateline_cli_bundle";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string cli = DATELINE_CLI;
    const auto first = (dir / "first.json").string(), second = (dir / "second.json").string();
    REQUIRE(std::system((cli + " build " + DATELINE_SOURCE_DIR + "/assets/articles -o " + first + " 2>/dev/null").c_str()) == 0);
    // The bundle read back keeps its articles and events.
    REQUIRE(std::system((cli + " build " + first + " -o " + second + " 2>/dev/null").c_str()) == 0);
    std::ifstream a(first), b(second);
    const auto ja = nlohmann::json::parse(a), jb = nlohmann::json::parse(b);
    CHECK(jb["articles"].size() == ja["articles"].size());
    CHECK(jb["events"].size() == ja["events"].size());
    CHECK(jb["events"][0]["label"] == ja["events"][0]["label"]);

    { std::ofstream(dir / "broken.json") << "{\"schema\": \"dateline/1\", \"articles\": ["; }
    const auto err = (dir / "broken.err").string();
    CHECK(std::system((cli + " build " + (dir / "broken.json").string() + " -o /dev/null 2>" + err).c_str()) != 0);
    std::ifstream errIn(err);
    std::stringstream errText;
    errText << errIn.rdbuf();
    CHECK(errText.str().find("broken.json: error: not a Dateline bundle") != std::string::npos);

    // Mixed with a page, a broken bundle is reported and the page is still read.
    { std::ofstream(dir / "page.txt") << "Minister Ana Costa met Rui Pinto in Lisbon on 3 March 2025.\n"; }
    { std::ofstream(dir / "notes.docx") << "PK"; }
    const auto mixed = (dir / "mixed.json").string();
    CHECK(std::system((cli + " build " + (dir / "page.txt").string() + " " + (dir / "broken.json").string() + " " +
                       (dir / "notes.docx").string() + " -o " + mixed + " 2>" + err).c_str()) == 0);
    std::ifstream mixedIn(mixed), errIn2(err);
    const auto jm = nlohmann::json::parse(mixedIn);
    CHECK(jm["articles"].size() == 1);
    std::stringstream errText2;
    errText2 << errIn2.rdbuf();
    CHECK(errText2.str().find("notes.docx: error: unsupported file type") != std::string::npos);
    CHECK(errText2.str().find("broken.json: error: not a Dateline bundle") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("cli - help prints the commands and succeeds", "[cli]") {
    const auto out = (std::filesystem::temp_directory_path() / "dateline_cli_help.txt").string();
    REQUIRE(std::system((std::string(DATELINE_CLI) + " --help > " + out).c_str()) == 0);
    std::ifstream in(out);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK(ss.str().find("eval-events") != std::string::npos);
    CHECK(ss.str().back() == '\n');
}
