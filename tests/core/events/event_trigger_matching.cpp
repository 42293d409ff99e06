// Trigger matching (assets/rules/events/triggers.txt): verb forms made from "word+" with
// irregular_verbs.txt, gapped phrases ("~"), and kind-none phrases that still win over both.
#include "core/assets/data_file.h"
#include "core/events/event_extractor.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dateline;

namespace {

using Found = std::vector<std::pair<std::string, std::string>>;

bool hasForm(const std::vector<std::string>& forms, const std::string& form) {
    return std::find(forms.begin(), forms.end(), form) != forms.end();
}

bool tells(const std::string& text, const std::string& kind, const std::string& action) {
    const auto found = findTriggers(text);
    return std::find(found.begin(), found.end(), std::make_pair(kind, action)) != found.end();
}

} // namespace

TEST_CASE("trigger matching - regular verb forms: -s, -ed, -ing, y to ied, final e, doubling", "[events][triggers]") {
    const auto arrive = verbForms("arrive");
    for (const char* f : {"arrive", "arrives", "arrived", "arriving"})
        CHECK(hasForm(arrive, f));
    CHECK_FALSE(hasForm(arrive, "arriveing"));
    const auto deny = verbForms("deny");
    for (const char* f : {"deny", "denies", "denied", "denying"})
        CHECK(hasForm(deny, f));
    const auto stab = verbForms("stab"); // one syllable: the consonant doubles
    CHECK(hasForm(stab, "stabbed"));
    CHECK(hasForm(stab, "stabbing"));
    CHECK_FALSE(hasForm(stab, "stabed"));
    const auto expel = verbForms("expel"); // longer words: the stress decides, so both spellings
    CHECK(hasForm(expel, "expelled"));
    CHECK(hasForm(expel, "expelling"));
    CHECK(hasForm(verbForms("cancel"), "canceled"));
    CHECK(hasForm(verbForms("cancel"), "cancelled"));
    CHECK(hasForm(verbForms("visit"), "visited"));
    CHECK(hasForm(verbForms("attack"), "attacked")); // no doubling after "ck"
    CHECK_FALSE(hasForm(verbForms("attack"), "attackked"));
    CHECK(hasForm(verbForms("crash"), "crashes"));
    CHECK(hasForm(verbForms("free"), "freeing"));
    CHECK(hasForm(verbForms("die"), "dying"));
    CHECK(hasForm(verbForms("quit"), "quitting")); // "qu" is a consonant
}

TEST_CASE("trigger matching - irregular verbs take their listed pasts, not -ed", "[events][triggers]") {
    const auto take = verbForms("take");
    for (const char* f : {"take", "takes", "took", "taken", "taking"})
        CHECK(hasForm(take, f));
    CHECK_FALSE(hasForm(take, "taked"));
    CHECK(hasForm(verbForms("strike"), "stricken"));
    CHECK(hasForm(verbForms("fly"), "flies"));
    CHECK(hasForm(verbForms("fly"), "flown"));
}

TEST_CASE("trigger matching - every irregular verb example uses one of its row's forms", "[events][assets]") {
    const DataFile f = loadDataAsset("rules/events/irregular_verbs.txt");
    REQUIRE(f.diagnostics.empty());
    REQUIRE(f.rows.size() >= 20);
    for (const auto& row : f.rows) {
        REQUIRE(row.fields.size() == 3);
        const auto forms = verbForms(row.fields[0]);
        for (const auto& example : row.examples) {
            INFO(row.fields[0] << " in " << example);
            bool used = false;
            std::string word;
            for (char c : example + " ") {
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                if ((c >= 'a' && c <= 'z') || c == '-') {
                    word += c;
                    continue;
                }
                used |= hasForm(forms, word);
                word.clear();
            }
            CHECK(used);
        }
    }
}

TEST_CASE("trigger matching - a verb written once matches its inflections in text", "[events][triggers]") {
    // "arrive+" in triggers.txt: the gerund after "after" and the -s form too.
    CHECK(tells("The delegation is arriving in Oslo on Monday.", "travel", "arrive"));
    CHECK(tells("After landing at Gardermoen on Monday night, Eide hugged his mother.", "travel", "arrive"));
    CHECK(tells("The minister lands at Heathrow on Friday.", "travel", "arrive"));
    // Irregular: "come+ home" is "came home".
    CHECK(tells("Jonas Eide came home to Voss on Wednesday.", "travel", "go"));
    CHECK(tells("The ceasefire takes effect at midnight.", "other", "take effect"));
    CHECK(tells("The duties went into force at the start of the month.", "other", "take effect"));
}

TEST_CASE("trigger matching - gapped phrases allow a few words, not punctuation", "[events][triggers]") {
    CHECK(tells("Iran and Norway exchanged three prisoners on Monday.", "other", "exchange"));
    CHECK(tells("Iran and Norway exchanged prisoners on Monday.", "other", "exchange")); // an empty gap
    CHECK(tells("Canada imposed 25% retaliatory steel surtaxes on June 1.", "other", "tariffs"));
    CHECK(tells("The minister has ordered a Section 65 inquiry into the disaster.", "other", "investigate"));
    // "~4": room for a longer noun phrase.
    CHECK(tells("Rescuers brought the first three survivors to the surface on Thursday.", "other", "rescue"));
    // More words than the gap allows, or punctuation inside it, and the phrase is not there.
    CHECK_FALSE(tells("Canada imposed new and very much higher steel surtaxes on June 1.", "other", "tariffs"));
    CHECK_FALSE(tells("Canada imposed, in the end, surtaxes on June 1.", "other", "tariffs"));
    // The nearest words after the gap, whatever the trigger: "announced" alone is a statement.
    CHECK(findTriggers("Ottawa announced the 25% surtaxes on May 12.") == Found{{"other", "tariffs"}});
    CHECK(findTriggers("Ottawa announced a review on May 12.") == Found{{"statement", "announce"}});
}

TEST_CASE("trigger matching - kind-none phrases win over forms and gaps", "[events][triggers]") {
    // A written phrase of kind none at the start of a trigger, inflected or gapped.
    CHECK(findTriggers("Rescuers pulled two survivors from the rubble of a collapsed skyscraper.").empty());
    CHECK(findTriggers("The talks with employers collapsed over pay.").empty());
    CHECK(findTriggers("Under the 90-day truce, Ottawa will hold off.").empty());
    CHECK(findTriggers("The truce comes after months of talks.") == Found{{"meeting", "meet"}});
    // A kind-none phrase inside the gap keeps the gapped trigger from spanning it.
    CHECK_FALSE(tells("Rescuers recovered a sign of bodies on Sunday.", "incident", "deaths"));
    // Forms made from "collapse+" are still collapses where no none phrase covers them.
    CHECK(findTriggers("The tunnel roof collapses without warning.") == Found{{"incident", "collapse"}});
}

TEST_CASE("trigger matching - word senses: signed off, first round of talks, a rockfall struck", "[events][triggers]") {
    CHECK(findTriggers("EU capitals signed off on countermeasures on June 22.") == Found{{"other", "approve"}});
    CHECK(findTriggers("The talks began with a first round in Brussels on July 15.") == Found{{"meeting", "meet"}});
    CHECK(findTriggers("In the first round on May 18, Trzaskowski finished ahead.") == Found{{"other", "election"}});
    // "struck" after a disaster noun: the disaster is told first, and the clause keeps one incident.
    const auto struck = findTriggers("The rockfall struck shortly after midnight.");
    REQUIRE_FALSE(struck.empty());
    CHECK(struck.front() == std::make_pair(std::string("incident"), std::string("collapse")));
}

TEST_CASE("trigger matching - triggers.txt compiles without conflicts", "[events][assets]") {
    // A form two "+" rows make with different kinds or actions, or a misplaced gap, is reported.
    for (const auto& d : triggerRuleDiagnostics())
        FAIL_CHECK(d.file << ":" << d.line << ": " << d.message);
}
