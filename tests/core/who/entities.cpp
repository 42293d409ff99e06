// Entity rules: titled names, appositions, Korean-style names, gazetteers, aliases, namesakes.
#include "core/who/entities.h"
#include "test_support.h"
#include "core/assets/data_file.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dateline;

namespace {

Article article(const std::string& id, const std::string& text) { return test::makeArticle(id, text, "2024-01-17"); }

const Entity *named(const std::vector<Entity> &entities, const std::string &name) {
    for (const auto &e : entities)
        if (e.name == name) return &e;
    return nullptr;
}

bool hasAlias(const Entity &e, const std::string &alias) {
    return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

} // namespace

TEST_CASE("who - names after titles and in appositions", "[who]") {
    std::vector<Entity> entities;
    resolveEntities(
        {article("a0", "Russian Foreign Minister Sergey Lavrov met Choe. Kremlin spokesman Dmitry Peskov said so. "
                       "“It is illegal,” the ministry’s spokesman, Koo Byoung-sam, told journalists. "
                       "The daily quoted Konstantin Asmolov, an expert of the Center for Korean Studies. "
                       "Russia’s envoy to the UN, Vassily Nebenzia, spoke. The Read More button.")},
        entities);
    for (const char *name :
         {"Sergey Lavrov", "Dmitry Peskov", "Koo Byoung-sam", "Konstantin Asmolov", "Vassily Nebenzia"}) {
        INFO(name);
        const Entity *e = named(entities, name);
        REQUIRE(e);
        CHECK(e->kind == EntityKind::Person);
        CHECK_FALSE(e->roles.empty());
    }
    CHECK(named(entities, "Sergey Lavrov")->roles.front() == "Foreign Minister (as of 2024-01-17)");
    CHECK(named(entities, "Read More") == nullptr);
    const Entity *center = named(entities, "Center for Korean Studies");
    REQUIRE(center);
    CHECK(center->kind == EntityKind::Org);
}

TEST_CASE("who - Korean-style names need no title", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Analysts said Hyun Seung-soo expects talks. The Russia-Ukraine war goes on.")},
                    entities);
    REQUIRE(named(entities, "Hyun Seung-soo"));
    CHECK(named(entities, "Russia-Ukraine") == nullptr);
}

TEST_CASE("who - surnames and transliterations resolve across the corpus", "[who]") {
    std::vector<Entity> entities;
    const auto mentions =
        resolveEntities({article("a0", "Russian Foreign Minister Sergey Lavrov spoke. Lavrov said more."),
                         article("a1", "Sergei Lavrov emphasized the talks."),
                         article("a2", "This week's talks went well, according to Lavrov.")},
                        entities);
    const Entity *lavrov = named(entities, "Sergey Lavrov");
    REQUIRE(lavrov);
    CHECK(hasAlias(*lavrov, "Sergei Lavrov"));
    CHECK(hasAlias(*lavrov, "Lavrov"));
    CHECK(named(entities, "Sergei Lavrov") == nullptr);
    std::vector<std::size_t> articlesMentioning;
    for (const auto &m : lavrov->mentions)
        articlesMentioning.push_back(m.article);
    CHECK(std::count(articlesMentioning.begin(), articlesMentioning.end(), 2u) == 1); // "a2"
    REQUIRE(mentions.size() == 3);
}

TEST_CASE("who - namesakes stay apart and a bare surname goes to the salient one", "[who]") {
    std::vector<Entity> entities;
    const Article a =
        article("a0", "North Korean leader Kim Jong-un may visit. Vice Foreign Minister Kim Jong-gyu saw Choe off. "
                      "Kim's visit to Moscow could happen next year.");
    const auto mentions = resolveEntities({a}, entities);
    const Entity *un = named(entities, "Kim Jong-un");
    const Entity *gyu = named(entities, "Kim Jong-gyu");
    REQUIRE(un);
    REQUIRE(gyu);
    CHECK(un->id != gyu->id);
    CHECK(hasAlias(*un, "Kim"));
    CHECK_FALSE(hasAlias(*gyu, "Kim"));

    // Two Kims of equal rank: a bare "Kim" stays unresolved rather than guessed.
    std::vector<Entity> others;
    resolveEntities({article("a0", "Analyst Kim Min-ji and analyst Kim Tae-ho disagreed. Kim said no.")}, others);
    for (const auto &e : others)
        CHECK_FALSE(hasAlias(e, "Kim"));
}

TEST_CASE("who - gazetteer places, demonyms, acronyms", "[who]") {
    std::vector<Entity> entities;
    const auto mentions = resolveEntities(
        {article("a0",
                 "North Korean troops moved, the Korean Central News Agency (KCNA) said. KCNA said Pyongyang agreed. "
                 "Officials met in the DPRK.")},
        entities);
    const Entity *kcna = named(entities, "Korean Central News Agency");
    REQUIRE(kcna);
    CHECK(kcna->kind == EntityKind::Org);
    CHECK(hasAlias(*kcna, "KCNA"));
    const Entity *nk = named(entities, "North Korea");
    REQUIRE(nk);
    CHECK(hasAlias(*nk, "DPRK"));
    CHECK(hasAlias(*nk, "North Korean"));
    REQUIRE(named(entities, "Pyongyang"));
    bool demonymFlagged = false;
    for (const auto &m : mentions[0].mentions)
        demonymFlagged |= entities[m.entity].id == nk->id && m.demonym;
    CHECK(demonymFlagged);
}

TEST_CASE("who - every gazetteer and title example finds its entry", "[who][assets]") {
    for (const char *path : {"gazetteers/places.txt", "gazetteers/organisations.txt", "gazetteers/demonyms.txt"}) {
        const DataFile f = loadDataAsset(path);
        REQUIRE(f.diagnostics.empty());
        for (const auto &row : f.rows)
            for (const auto &example : row.examples) {
                INFO(path << ":" << row.line << " " << example);
                std::vector<Entity> entities;
                resolveEntities({article("a0", example)}, entities);
                const std::string expected =
                    std::string(path) == "gazetteers/demonyms.txt" ? row.fields[1] : row.fields[0];
                CHECK(named(entities, expected));
            }
    }
    const DataFile titles = loadDataAsset("rules/who/titles.txt");
    for (const auto &row : titles.rows)
        for (const auto &example : row.examples) {
            INFO(row.fields[0] << " in " << example);
            std::string lower = example;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            CHECK(lower.find(row.fields[0]) != std::string::npos);
            std::vector<Entity> entities;
            resolveEntities({article("a0", example)}, entities);
            bool person = false;
            for (const auto &e : entities)
                person |= e.kind == EntityKind::Person && !e.roles.empty();
            CHECK(person);
        }
    CHECK(personKey("Sergei Lavrov") == personKey("Sergey Lavrov"));
    CHECK(personKey("Kim Jong Un") == personKey("Kim Jong-un"));
    CHECK(personKey("Kim Jong-un") != personKey("Kim Jong-gyu"));
}

TEST_CASE("who - places written with their diacritics are the gazetteer's places", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Nawrocki met supporters in Gda\xC5\x84sk on Sunday night. Investors in "
                                   "S\xC3\xA3o Paulo and Gdansk cheered.")},
                    entities);
    const Entity *gdansk = named(entities, "Gdansk");
    REQUIRE(gdansk);
    CHECK(gdansk->kind == EntityKind::Place);
    CHECK(gdansk->mentions.size() == 2); // with and without the diacritic: one place
    const Entity *saoPaulo = named(entities, "Sao Paulo");
    REQUIRE(saoPaulo);
    CHECK(saoPaulo->kind == EntityKind::Place);
}

TEST_CASE("who - a company named with its suffix is the same company without it, in any article", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Nippon Steel completed its acquisition on Wednesday."),
                     article("a1", "Nippon Steel Corp said on Wednesday it had closed its takeover. Earlier, "
                                   "Apple Inc shares rose. Apple said nothing.")},
                    entities);
    const Entity *nippon = named(entities, "Nippon Steel Corp");
    REQUIRE(nippon);
    CHECK(nippon->kind == EntityKind::Org);
    CHECK(nippon->mentions.size() == 2); // the earlier article's "Nippon Steel" too
    CHECK(named(entities, "Nippon Steel") == nullptr);
    const Entity *apple = named(entities, "Apple Inc");
    REQUIRE(apple);
    CHECK(apple->mentions.size() == 2);
}

TEST_CASE("who - an acronym defined in parentheses names the organisation in every article", "[who][aliases]") {
    std::vector<Entity> entities;
    resolveEntities(
        {article("a0", "Talks between the union and the BCMEA resumed on Monday. ILWU Canada said nothing."),
         article("a1", "The International Longshore and Warehouse Union Canada (ILWU Canada) served notice. The "
                       "British Columbia Maritime Employers Association (BCMEA) said the ILWU rejected its offer. "
                       "The Canadian Chamber of Commerce (CCC) urged a deal.")},
        entities);
    const Entity *union_ = named(entities, "International Longshore and Warehouse Union Canada");
    REQUIRE(union_);
    CHECK(union_->kind == EntityKind::Org);
    CHECK(hasAlias(*union_, "ILWU Canada"));
    CHECK(hasAlias(*union_, "ILWU")); // the acronym without the place it repeats
    CHECK(union_->mentions.size() == 4);
    const Entity *employers = named(entities, "British Columbia Maritime Employers Association");
    REQUIRE(employers);
    CHECK(hasAlias(*employers, "BCMEA"));
    CHECK(employers->mentions.size() == 3); // also in the article before the definition
    // Capitals that do not start with the name's first letter define nothing.
    CHECK(named(entities, "Canadian Chamber of Commerce") == nullptr);
}

TEST_CASE("who - initials, particles and hyphenated given names stay inside a name", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "BCMEA chief executive J.P. Okafor met NASA astronaut Dana R. Whitfield and "
                                   "Marie-Claire van Houten on Monday. Okafor said the talks went well. Dana "
                                   "Whitfield said the same, and Van Houten agreed."),
                     article("a1", "Maria Lopez, the union's president, spoke. J Okafor did not.")},
                    entities);
    const Entity *okafor = named(entities, "J.P. Okafor");
    REQUIRE(okafor);
    CHECK(okafor->kind == EntityKind::Person);
    CHECK(hasAlias(*okafor, "Okafor"));
    const Entity *whitfield = named(entities, "Dana R. Whitfield");
    REQUIRE(whitfield);
    CHECK(hasAlias(*whitfield, "Dana Whitfield")); // the shorter spelling of one fuller name
    const Entity *vanHouten = named(entities, "Marie-Claire van Houten"); // no title: two given names
    REQUIRE(vanHouten);
    CHECK(vanHouten->kind == EntityKind::Person);
    CHECK(vanHouten->mentions.size() == 2);
    const Entity *lopez = named(entities, "Maria Lopez");
    REQUIRE(lopez);
    CHECK(!lopez->roles.empty()); // "the union's president": a possessive before the title
    CHECK(named(entities, "J Okafor") == nullptr); // a bare letter is no initial
}

TEST_CASE("who - regulators, health services and sector words name organisations", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "The Financial Conduct Authority (FCA) fined Acme Payments. Former Acme Payments "
                                   "chief executive John Hale said the National Health Service was told."),
                     article("a1", "The FCA said Acme would appeal.")},
                    entities);
    const Entity *fca = named(entities, "Financial Conduct Authority");
    REQUIRE(fca);
    CHECK(fca->kind == EntityKind::Org);
    CHECK(std::count(fca->aliases.begin(), fca->aliases.end(), "FCA") == 1);
    const Entity *acme = named(entities, "Acme Payments"); // a sector word a company drops later
    REQUIRE(acme);
    CHECK(std::count(acme->aliases.begin(), acme->aliases.end(), "Acme") == 1);
    CHECK(named(entities, "Former Acme Payments") == nullptr);
    CHECK(named(entities, "National Health Service"));
}

TEST_CASE("who - honorifics and hyphenated titles introduce people", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "Dame Margaret Hodge chaired the session. Dr. Tedros Ghebreyesus, the "
                                   "director-general of the agency, spoke.")},
                    entities);
    const Entity *hodge = named(entities, "Margaret Hodge"), *tedros = named(entities, "Tedros Ghebreyesus");
    CHECK((hodge && hodge->kind == EntityKind::Person));
    CHECK((tedros && !tedros->roles.empty())); // "the director-general of the agency"
}

TEST_CASE("who - a known given name written with diacritics still makes a person", "[who]") {
    std::vector<Entity> entities;
    resolveEntities({article("a0", "The flood report was drafted by Márcio Tavares and Sérgio Quintela in January.")},
                    entities);
    const Entity *tavares = named(entities, "Márcio Tavares");
    REQUIRE(tavares);
    CHECK(tavares->kind == EntityKind::Person);
    const Entity *quintela = named(entities, "Sérgio Quintela");
    REQUIRE(quintela);
    CHECK(quintela->kind == EntityKind::Person);
}
