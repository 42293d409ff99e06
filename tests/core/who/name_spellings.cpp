// One person under a shorter and a fuller spelling of the name; namesakes with a shared part kept apart.
#include "core/assets/data_file.h"
#include "core/who/entities.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dateline;

namespace {

Article article(const std::string& id, const std::string& text) { return test::makeArticle(id, text, "2023-02-08"); }

std::vector<const Entity*> people(const std::vector<Entity>& entities) {
    std::vector<const Entity*> out;
    for (const auto& e : entities)
        if (e.kind == EntityKind::Person) out.push_back(&e);
    return out;
}

} // namespace

TEST_CASE("who - a shorter spelling of one fuller name is the same person", "[who][aliases]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "President Recep Tayyip Erdogan visited the region on Wednesday."),
                     article("a1", "Turkish President Tayyip Erdogan said rebuilding would take a year. Erdogan "
                                   "declared a state of emergency.")},
                    entities);
    const auto persons = people(entities);
    REQUIRE(persons.size() == 1);
    CHECK(persons[0]->name == "Recep Tayyip Erdogan");
    CHECK(std::find(persons[0]->aliases.begin(), persons[0]->aliases.end(), "Tayyip Erdogan") !=
          persons[0]->aliases.end());
    // The bare family name, no longer ambiguous between two spellings, resolves too.
    CHECK(persons[0]->mentions.size() == 3);
}

TEST_CASE("who - a partial name shared by two fuller names stays apart", "[who][aliases]") {
    // "Kim Jong" fits both "Kim Jong-un" and "Kim Jong-gyu": no merge; the two stay two people.
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Leader Kim Jong-un met officials. Vice Minister Kim Jong-gyu attended."),
                     article("a1", "Spokesman Kim Jong said the talks were useful.")},
                    entities);
    std::size_t kims = 0;
    for (const auto* p : people(entities))
        kims += p->name.rfind("Kim Jong", 0) == 0;
    CHECK(kims == 3);
}

TEST_CASE("who - a generational suffix is not the family name", "[who][aliases]") {
    // Every example of the suffix list: the bare family name after it finds the same person.
    const DataFile suffixes = loadDataAsset("rules/who/name_suffixes.txt");
    REQUIRE(suffixes.diagnostics.empty());
    std::size_t examples = 0;
    for (const auto& row : suffixes.rows)
        for (const auto& example : row.examples) {
            INFO(example);
            ++examples;
            std::vector<Entity> entities;
            resolveEntities({article("a0", example)}, entities);
            const auto persons = people(entities);
            REQUIRE(persons.size() == 1);
            CHECK(persons[0]->mentions.size() == 2);
        }
    CHECK(examples >= 1);
    // "Sr." and "Jr." of one family are different people when both are named in full.
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Former President Ferdinand Marcos Sr. ruled until 1986. President Ferdinand "
                                   "Marcos Jr. took office in 2022.")},
                    entities);
    CHECK(people(entities).size() == 2);
}

TEST_CASE("who - a bare family name written with diacritics resolves like an ASCII one", "[who][aliases]") {
    // Keys fold diacritics, so the bare word must be folded too before it is looked up.
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Mayor Ondřej Šťastný opened the bridge on Monday. Later Šťastný thanked the "
                                   "builders, and Governor Tomás Ibáñez said Ibáñez would attend.")},
                    entities);
    const auto persons = people(entities);
    REQUIRE(persons.size() == 2);
    for (const auto* p : persons)
        CHECK(p->mentions.size() == 2);
}

TEST_CASE("who - a two-part name in both orders is one person", "[who][aliases]") {
    // Western press writes the given name first ("Dae-sung Ryu" as "Daesung Ryu"); Korean-style
    // papers put the family name first, with or without the hyphen.
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Police arrested businessman Daesung Ryu, 41, at his home on Monday. Ryu denied the charges."),
                     article("a1", "Prosecutors said Ryu Dae-sung would face trial in Busan."),
                     article("a2", "Lawyers for Ryu Daesung said they would appeal. Minister Hana Ryu declined to "
                                   "comment.")},
                    entities);
    std::size_t ryus = 0;
    const Entity* suspect = nullptr;
    for (const auto* p : people(entities)) {
        if (p->name.find("Ryu") == std::string::npos) continue;
        ++ryus;
        if (p->name != "Hana Ryu") suspect = p;
    }
    // The suspect under three spellings, and the minister who shares only the family name.
    CHECK(ryus == 2);
    REQUIRE(suspect != nullptr);
    for (const char* spelling : {"Daesung Ryu", "Ryu Dae-sung", "Ryu Daesung"}) {
        std::string all;
        for (const auto* p : people(entities)) all += p->name + "; ";
        INFO(spelling << " / " << all);
        CHECK((suspect->name == spelling ||
               std::find(suspect->aliases.begin(), suspect->aliases.end(), spelling) != suspect->aliases.end()));
    }
}
