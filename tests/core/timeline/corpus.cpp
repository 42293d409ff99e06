// buildCorpus: one dispatch of dropped or listed files for the page and the CLI.
#include "core/timeline/corpus.h"

#include "core/io/bundle_json.h"

#include <catch2/catch.hpp>

using namespace dateline;

namespace {
bool hasError(const Timeline& t, const std::string& file, const std::string& fragment) {
    for (const auto& d : t.diagnostics)
        if (d.severity == Severity::Error && d.file == file && d.message.find(fragment) != std::string::npos) return true;
    return false;
}
} // namespace

TEST_CASE("corpus - a file's name says what it is", "[corpus]") {
    CHECK(inputKindOf("story.txt") == InputKind::Article);
    CHECK(inputKindOf("Saved Page.HTML") == InputKind::Article);
    CHECK(inputKindOf("README") == InputKind::Article);
    CHECK(inputKindOf("dir.v2/README") == InputKind::Article);
    CHECK(inputKindOf("timeline.JSON") == InputKind::Bundle);
    CHECK(inputKindOf("photo.png") == InputKind::Unsupported);
}

TEST_CASE("corpus - a bundle alone is shown as it was saved", "[corpus]") {
    const InputFile page{"page.txt", "Talks in Prague\n\nChancellor Ilse Vogt met Pavel Dusek in Prague on 3 March 2025.\n"};
    const Timeline built = buildCorpus({&page});
    REQUIRE(built.articles.size() == 1);
    const InputFile bundle{"saved.json", writeBundle(built)};
    const Timeline back = buildCorpus({&bundle});
    CHECK(back.articles.size() == 1);
    REQUIRE_FALSE(built.events.empty());
    REQUIRE(back.events.size() == built.events.size());
    CHECK(back.events[0].label == built.events[0].label);
}

TEST_CASE("corpus - broken bundles and unknown files are errors and the rest is kept", "[corpus]") {
    const InputFile page{"page.txt", "Chancellor Ilse Vogt met Pavel Dusek in Prague on 3 March 2025.\n"};
    const InputFile broken{"broken.json", "{\"schema\": \"dateline/1\", \"articles\": [ {"};
    const InputFile image{"photo.png", "\x89PNG"};
    const Timeline t = buildCorpus({&page, &broken, &image});
    CHECK(t.articles.size() == 1);
    CHECK(hasError(t, "broken.json", "not a Dateline bundle"));
    CHECK(hasError(t, "photo.png", "unsupported file type"));
    const Timeline alone = buildCorpus({&broken});
    CHECK(alone.articles.empty());
    CHECK(hasError(alone, "broken.json", "not a Dateline bundle"));
}

TEST_CASE("corpus - a bundle's articles join the pages and are analysed together", "[corpus]") {
    const InputFile first{"first.txt", "Chancellor Ilse Vogt met Pavel Dusek in Prague on 3 March 2025.\n"};
    const InputFile bundle{"saved.json", writeBundle(buildCorpus({&first}))};
    const InputFile second{"second.txt", "Ilse Vogt and Pavel Dusek signed a rail agreement in Vienna on 9 April 2025.\n"};
    const Timeline t = buildCorpus({&second, &bundle});
    REQUIRE(t.articles.size() == 2);
    CHECK(t.articles[0].id != t.articles[1].id);
    CHECK(t.events.size() >= 2);
}
