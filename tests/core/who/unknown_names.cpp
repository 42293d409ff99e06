// People whose given name no list knows, namesakes who share a family name, and organisations that
// stand next to a person's role: the rules for stories never seen before.
#include "core/assets/data_file.h"
#include "core/who/entities.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

using namespace dateline;

namespace {

Article article(const std::string& id, const std::string& text) { return test::makeArticle(id, text, "2026-05-13"); }

std::vector<Entity> entitiesOf(const std::string& text) {
    std::vector<Entity> entities;
    resolveEntities({article("a0", text)}, entities);
    return entities;
}

const Entity* named(const std::vector<Entity>& entities, const std::string& name) {
    for (const auto& e : entities)
        if (e.name == name) return &e;
    return nullptr;
}

bool hasAlias(const Entity& e, const std::string& alias) {
    return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

std::vector<std::string> personNames(const std::vector<Entity>& entities) {
    std::vector<std::string> out;
    for (const auto& e : entities)
        if (e.kind == EntityKind::Person) out.push_back(e.name);
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Whole words of a name, lower case.
std::vector<std::string> lowerWords(const std::string& name) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : lower(name) + " ") {
        if (c == ' ' || c == '-') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return words;
}

} // namespace

TEST_CASE("who - every given-name, particle and person-verb example names a person", "[who][assets]") {
    for (const char* path :
         {"rules/who/given_names.txt", "rules/who/name_particles.txt", "rules/who/person_verbs.txt"}) {
        const DataFile f = loadDataAsset(path);
        REQUIRE(f.diagnostics.empty());
        std::size_t examples = 0;
        for (const auto& row : f.rows)
            for (const auto& example : row.examples) {
                INFO(path << ":" << row.line << " " << example);
                ++examples;
                const auto people = personNames(entitiesOf(example));
                // A person of at least two words: the given name (or the verb) made the whole name one.
                CHECK(std::any_of(people.begin(), people.end(),
                                  [](const std::string& n) { return n.find(' ') != std::string::npos; }));
            }
        CHECK(examples >= 1);
    }
    // The verb examples must not pass by the list: their given name is in no list.
    std::vector<Entity> none = entitiesOf("Quenby Ostrander lives in a town.");
    CHECK(personNames(none).empty());
}

TEST_CASE("who - every organisation-word and not-name example holds", "[who][assets]") {
    const DataFile parts = loadDataAsset("rules/who/name_parts.txt");
    REQUIRE(parts.diagnostics.empty());
    std::vector<std::string> partWords;
    for (const auto& row : parts.rows)
        partWords.push_back(lower(row.fields[0]));
    for (const auto& row : parts.rows)
        for (const auto& example : row.examples) {
            INFO(row.fields[0] << " in " << example);
            const auto entities = entitiesOf(example);
            // Some place or organisation is named by one of the words (an example may stand for
            // a group of rows).
            CHECK(std::any_of(entities.begin(), entities.end(), [&](const Entity& e) {
                const auto words = lowerWords(e.name);
                return e.kind != EntityKind::Person && std::any_of(words.begin(), words.end(), [&](const auto& w) {
                           return std::find(partWords.begin(), partWords.end(), w) != partWords.end();
                       });
            }));
        }
    const DataFile notNames = loadDataAsset("rules/who/not_names.txt");
    REQUIRE(notNames.diagnostics.empty());
    for (const auto& row : notNames.rows)
        for (const auto& example : row.examples) {
            INFO(row.fields[0] << " in " << example);
            for (const auto& name : personNames(entitiesOf(example))) {
                const auto words = lowerWords(name);
                CHECK(std::find(words.begin(), words.end(), row.fields[0]) == words.end());
            }
        }
}

TEST_CASE("who - transliterated given names are one spelling of the person", "[who][aliases]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Mohammad Reza Tavakoli was flown to Tehran on Monday."),
                     article("a1", "Mohammed Reza Tavakoli arrived in Tehran. Dimitris Kallergis and Dimitrios "
                                   "Kallergis are one man.")},
                    entities);
    const auto people = personNames(entities);
    CHECK(people.size() == 2);
    const Entity* tavakoli = named(entities, "Mohammad Reza Tavakoli");
    REQUIRE(tavakoli);
    CHECK(hasAlias(*tavakoli, "Mohammed Reza Tavakoli"));
}

TEST_CASE("who - an unknown name next to a reporting or action verb is a person", "[who]") {
    // Neither given name is in any list; the verb after or before the name makes the person.
    auto after = entitiesOf("Talks were tense, Quenby Ostrander said on Monday. Varro Tiele met the families.");
    CHECK(named(after, "Quenby Ostrander"));
    CHECK(named(after, "Varro Tiele"));
    auto before = entitiesOf("\"We are ready,\" said Quenby Ostrander, who had waited all night.");
    CHECK(named(before, "Quenby Ostrander"));

    // Not persons: organisation words, acronyms, labels, the tail of "Ministry of", Title Case.
    for (const char* text :
         {"Crews from Highveld Rescue Services said the shaft was safe.", "Shipping lines such as CMA CGM said so.",
          "WATCH | Ostrander says the deal is close", "Quenby Ostrander Says Talks Failed\n",
          "The exchange was confirmed, the Ministry of Foreign Affairs said.",
          "Kgalagadi Platinum said output would resume."}) {
        INFO(text);
        CHECK(personNames(entitiesOf(text)).empty());
    }
    const auto ministry = entitiesOf("The exchange was confirmed, the Ministry of Foreign Affairs said.");
    const Entity* mofa = named(ministry, "Ministry of Foreign Affairs");
    REQUIRE(mofa);
    CHECK(mofa->kind == EntityKind::Org);

    // A role word before a known given name is not part of the name.
    const auto attorney = entitiesOf("Attorney Nora Quellbrook said the county would appeal.");
    CHECK(named(attorney, "Nora Quellbrook"));
    CHECK_FALSE(named(attorney, "Attorney Nora Quellbrook"));
}

TEST_CASE("who - a surname shared by two full names stays unresolved unless a title decides", "[who][aliases]") {
    // Lars Vold is known (given name); Quenby Vold is recognised by nothing, yet her full name
    // shows that "Vold" is not only his.
    const auto vold = entitiesOf("Lars Vold landed on Monday. Relatives, among them Quenby Vold, waited at the "
                                 "gate. Vold thanked the crew.");
    const Entity* lars = named(vold, "Lars Vold");
    REQUIRE(lars);
    CHECK_FALSE(hasAlias(*lars, "Vold"));
    CHECK(lars->mentions.size() == 1);

    // Two recognised full names of equal rank: the bare surname is nobody's.
    const auto two = entitiesOf("Ingrid Vold waited. Lars Vold landed. Vold smiled.");
    for (const auto& e : two)
        CHECK_FALSE(hasAlias(e, "Vold"));

    // A minister outranks the unrecognised namesake for the bare surname, but never takes the
    // surname inside the namesake's own full name.
    const auto kanto = entitiesOf("Mining Minister Sarah Kanto visited the shaft. Driller Quenby Kanto was "
                                  "brought out alive. Kanto said the rescue was a miracle.");
    const Entity* sarah = named(kanto, "Sarah Kanto");
    REQUIRE(sarah);
    CHECK(hasAlias(*sarah, "Kanto"));
    CHECK(sarah->mentions.size() == 2);
}

TEST_CASE("who - the organisation of a role is an affiliation, never the person", "[who]") {
    // "president of X Association": X is the affiliation; the speaker is the name before it.
    std::vector<Entity> entities;
    const auto mentions = resolveEntities(
        {article("a0", "Luc Brand, president of the Northern Timber Producers Association, said on Tuesday that "
                       "imports were rising. Fisheries and Ocean Resources Minister Sarah Kanto visited.")},
        entities);
    const Entity* association = named(entities, "Northern Timber Producers Association");
    REQUIRE(association);
    CHECK(association->kind == EntityKind::Org);
    const Entity* brand = named(entities, "Luc Brand");
    REQUIRE(brand);
    CHECK_FALSE(brand->roles.empty());
    const Entity* portfolio = named(entities, "Fisheries and Ocean Resources");
    REQUIRE(portfolio);
    CHECK(named(entities, "Sarah Kanto"));
    for (const auto& m : mentions[0].mentions)
        if (entities[m.entity].kind == EntityKind::Org) {
            INFO(entities[m.entity].name);
            CHECK(m.demonym); // an affiliation: a mention, never a participant
        }
    // The title may come first and the name after the organisation.
    const auto after = entitiesOf("President of the Northern Timber Producers Association Luc Brand said so.");
    CHECK(named(after, "Luc Brand"));
    CHECK(personNames(after).size() == 1);
}

TEST_CASE("who - Arabic, Dutch and German particles stay inside a name", "[who]") {
    const auto entities = entitiesOf("Sheikh Abdullah bin Zayed Al Nahyan received Ursula von der Leyen. Bashar "
                                     "al-Assad was not there.");
    const Entity* abdullah = named(entities, "Abdullah bin Zayed Al Nahyan");
    REQUIRE(abdullah);
    CHECK(abdullah->kind == EntityKind::Person);
    CHECK(named(entities, "Ursula von der Leyen"));
    CHECK(named(entities, "Bashar al-Assad"));
}

TEST_CASE("who - a name stops at a slash or a bar", "[who]") {
    // Photo credits: "Anna Lindqvist/TT" is the photographer, then the agency.
    const auto entities = entitiesOf("Relatives waited at the airport. Anna Lindqvist/TT");
    CHECK(named(entities, "Anna Lindqvist"));
}

TEST_CASE("who - organisation runs: a title inside a name, 'of' and 'for' after an organisation word", "[who]") {
    // "King" is a title, but here it is part of the airport's name.
    const auto airport = entitiesOf("He was detained at Riyadh's King Fahd International Airport in May.");
    const Entity* fahd = named(airport, "King Fahd International Airport");
    REQUIRE(fahd);
    CHECK(fahd->kind == EntityKind::Place);
    CHECK(personNames(airport).empty());
    // "for" joins an organisation only after one of its words: the region is not the paper's.
    const auto paper = entitiesOf("Tamsin Rowe covers the Gulf for Harbour Press from Dubai.");
    CHECK(named(paper, "Harbour Press"));
    CHECK_FALSE(named(paper, "Gulf for Harbour Press"));
    const auto council = entitiesOf("Tremors were recorded by the Council for Geophysics on Monday.");
    CHECK(named(council, "Council for Geophysics"));
}

TEST_CASE("who - a shorter spelling of a known name is no namesake", "[who][aliases]") {
    // "Reza Tavakoli" is Mohammad Reza Tavakoli written short, not a second Tavakoli: the bare
    // surname stays his.
    const auto entities = entitiesOf("Mohammad Reza Tavakoli was flown to Muscat. Reza Tavakoli had been held for "
                                     "years. Tavakoli said nothing.");
    const Entity* tavakoli = named(entities, "Mohammad Reza Tavakoli");
    REQUIRE(tavakoli);
    CHECK(hasAlias(*tavakoli, "Tavakoli"));
}

TEST_CASE("who - a title with its portfolio after 'of' introduces the name after it", "[who]") {
    const auto entities = entitiesOf("Minister of International Trade Rachel Brandt arrives for a meeting.");
    const Entity* brandt = named(entities, "Rachel Brandt");
    REQUIRE(brandt);
    CHECK_FALSE(brandt->roles.empty());
    CHECK(personNames(entities).size() == 1);
}

TEST_CASE("who - a sector word that opens a title is the title's, not an organisation's", "[who]") {
    // "energy" and "police" are organisation words, but here they open "energy minister" and
    // "police chief": the demonym and the city stay the affiliations.
    const auto entities =
        entitiesOf("Australian Energy Minister Chris Bowen met Oslo Police Chief Ingrid Hagen on Friday.");
    CHECK_FALSE(named(entities, "Australian Energy"));
    CHECK_FALSE(named(entities, "Oslo Police"));
    const Entity* bowen = named(entities, "Chris Bowen");
    REQUIRE(bowen);
    CHECK(bowen->roles.front().rfind("Energy Minister", 0) == 0);
}
