// Trigger families by news domain (assets/rules/events/triggers.txt): one real sentence shape per
// family through the whole pipeline, checking kind, action, status, date and participants.
#include "core/events/event_extractor.h"
#include "core/timeline/pipeline.h"
#include "core/who/entities.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dateline;

namespace {

struct Told {
    Timeline timeline;
    // The event whose label starts with `noun` ("Verdict", "Meeting"), or null.
    const Event* find(const std::string& noun) const {
        for (const auto& e : timeline.events)
            if (e.label.rfind(noun, 0) == 0) return &e;
        return nullptr;
    }
    bool takesPart(const Event& e, const std::string& name) const {
        for (const auto& id : e.participants)
            if (const Entity* ent = findEntity(timeline.entities, id); ent && ent->name == name) return true;
        return false;
    }
    std::string placeOf(const Event& e) const {
        const Entity* ent = findEntity(timeline.entities, e.place);
        return ent ? ent->name : "";
    }
};

// One article published on `published` (Sunday 2025-03-16 unless given), analysed as the
// pipeline does.
Told tell(const std::string& text, const std::string& published = "2025-03-16") {
    Told out;
    out.timeline.articles = {test::makeArticle("a0", text, published)};
    analyseArticles(out.timeline);
    return out;
}

} // namespace

TEST_CASE("trigger domains - politics: resignations, terms of office, elections won", "[events][triggers]") {
    const auto x = tell("Prime Minister Kwame Mensah stepped down on Tuesday. His successor, Finance Minister "
                        "Abena Owusu, will take office on March 24.");
    const Event* quit = x.find("Resignation");
    REQUIRE(quit);
    CHECK(quit->kind == "other");
    CHECK(quit->status == EventStatus::Happened);
    CHECK(quit->date.value == "2025-03-11");
    CHECK(x.takesPart(*quit, "Kwame Mensah"));
    const Event* office = x.find("Inauguration");
    REQUIRE(office);
    CHECK(office->status == EventStatus::Planned);
    CHECK(office->date.value == "2025-03-24");
    CHECK(x.takesPart(*office, "Abena Owusu"));

    // "won" is the outcome of the contest the clause names: one election, not a win beside it.
    const auto vote = tell("Karin Lindqvist won Sunday's presidential runoff, defeating Peter Holm.", "2025-03-17");
    const Event* runoff = vote.find("Election");
    REQUIRE(runoff);
    CHECK(runoff->date.value == "2025-03-16");
    CHECK(vote.takesPart(*runoff, "Karin Lindqvist"));
    CHECK_FALSE(vote.find("Win"));
}

TEST_CASE("trigger domains - parliament: a motion tabled, an act passed", "[events][triggers]") {
    // The mover named in the clause takes part; a possessive name before a party is its leader.
    const auto x = tell("The Greens, led by Ines Wagner's Alliance, tabled a motion of no confidence in the "
                        "cabinet on Wednesday.");
    const Event* motion = x.find("Motion");
    REQUIRE(motion);
    CHECK(motion->date.value == "2025-03-12");
    CHECK(x.takesPart(*motion, "Ines Wagner"));
    const auto y = tell("The assembly on Friday passed a constitutional act shortening its own term.");
    const Event* act = y.find("Pass");
    REQUIRE(act);
    CHECK(act->date.value == "2025-03-14");
}

TEST_CASE("trigger domains - diplomacy: calls, ties restored, expulsions", "[events][triggers]") {
    const auto x = tell("Foreign Minister Anna Kowalska held a video call with Japanese Foreign Minister Kenji "
                        "Sato on Wednesday. China and Lithuania restored diplomatic relations on Friday.");
    const Event* call = x.find("Meeting");
    REQUIRE(call);
    CHECK(call->kind == "meeting");
    CHECK(call->date.value == "2025-03-12");
    CHECK(x.takesPart(*call, "Anna Kowalska"));
    CHECK(x.takesPart(*call, "Kenji Sato"));
    const Event* ties = x.find("Ties");
    REQUIRE(ties);
    CHECK(ties->kind == "other");
    CHECK(ties->date.value == "2025-03-14");
    CHECK(x.takesPart(*ties, "China"));
    CHECK(x.takesPart(*ties, "Lithuania"));
}

TEST_CASE("trigger domains - courts: verdict, planned sentencing, possible appeal", "[events][triggers]") {
    const auto x = tell("A federal jury found former senator Robert Hale guilty of bribery on Wednesday. "
                        "He will be sentenced on June 12. His lawyer, Maria Lopez, said Hale would appeal the "
                        "verdict.");
    const Event* verdict = x.find("Verdict");
    REQUIRE(verdict);
    CHECK(verdict->kind == "other");
    CHECK(verdict->status == EventStatus::Happened);
    CHECK(verdict->date.value == "2025-03-12");
    CHECK(x.takesPart(*verdict, "Robert Hale"));
    const Event* sentence = x.find("Sentence");
    REQUIRE(sentence);
    CHECK(sentence->status == EventStatus::Planned);
    CHECK(sentence->date.value == "2025-06-12");
    CHECK(x.takesPart(*sentence, "Robert Hale")); // "He": the previous report's people
    // The sentencing is not the verdict: other events merge only with the same action.
    CHECK(x.timeline.events.size() >= 2);

    const auto bail = tell("Former mayor Daniel Novak was charged with fraud and released on bail on Friday.");
    const Event* charge = bail.find("Charge");
    REQUIRE(charge);
    CHECK(charge->date.value == "2025-03-14");
    CHECK(bail.takesPart(*charge, "Daniel Novak"));
    const Event* released = bail.find("Bail");
    REQUIRE(released);
    CHECK(released->date.value == "2025-03-14");
}

TEST_CASE("trigger domains - business: lay-offs, rate decisions, bankruptcy", "[events][triggers]") {
    const auto x = tell("Nordwind Bank laid off 1,200 workers on Tuesday. The European Central Bank cut "
                        "interest rates on Thursday. The retailer Halvorsen Group filed for bankruptcy on Friday.");
    const Event* layoffs = x.find("Layoffs");
    REQUIRE(layoffs);
    CHECK(layoffs->kind == "other");
    CHECK(layoffs->date.value == "2025-03-11");
    CHECK(x.takesPart(*layoffs, "Nordwind Bank"));
    const Event* rates = x.find("Rate decision");
    REQUIRE(rates);
    CHECK(rates->date.value == "2025-03-13");
    CHECK(x.takesPart(*rates, "European Central Bank"));
    const Event* bankruptcy = x.find("Bankruptcy");
    REQUIRE(bankruptcy);
    CHECK(bankruptcy->date.value == "2025-03-14");
    CHECK(x.takesPart(*bankruptcy, "Halvorsen Group"));
}

TEST_CASE("trigger domains - disasters: landfall, capsizing, injuries; 'the injured' tells nothing",
          "[events][triggers]") {
    const auto x = tell("The hurricane made landfall in Louisiana on Thursday. A ferry capsized on Lake "
                        "Victoria in Uganda on Saturday.");
    const Event* storm = x.find("Storm");
    REQUIRE(storm);
    CHECK(storm->kind == "incident");
    CHECK(storm->date.value == "2025-03-13");
    CHECK(x.placeOf(*storm) == "Louisiana");
    const Event* sinking = x.find("Sinking");
    REQUIRE(sinking);
    CHECK(sinking->date.value == "2025-03-15");
    CHECK(x.placeOf(*sinking) == "Uganda");

    const auto hurt = tell("Twelve people were injured when a bus overturned in Kenya on Friday.");
    REQUIRE(hurt.timeline.events.size() == 1); // the injuries and the accident are one happening
    CHECK(hurt.timeline.events[0].kind == "incident");
    CHECK(hurt.timeline.events[0].date.value == "2025-03-14");
    CHECK(hurt.placeOf(hurt.timeline.events[0]) == "Kenya");

    CHECK(findTriggers("Doctors treated the injured at a field hospital on Friday.").empty());
    // "fire" alone is mostly a modifier ("the fire area", "fire crews"): only its event phrases count.
    CHECK(findTriggers("The minister came under fire from the fire department on Friday.").empty());
    const auto tour = tell("Gov. Elena Marquez-Hoyt is scheduled to tour the fire area in Oregon on Monday. "
                           "The blaze, which broke out on Saturday in Oregon, was fully contained on Friday.");
    const Event* visit = tour.find("Visit");
    REQUIRE(visit);
    CHECK(visit->status == EventStatus::Planned);
    CHECK(visit->date.value == "2025-03-17");
    CHECK(tour.takesPart(*visit, "Elena Marquez-Hoyt"));
    CHECK_FALSE(tour.find("Fire: Elena"));
    const Event* start = tour.find("Fire"); // the blaze that broke out: one event
    REQUIRE(start);
    CHECK_FALSE(tour.find("Outbreak"));
    CHECK(start->kind == "incident");
    CHECK(start->date.value == "2025-03-15");
    const Event* contained = tour.find("Containment");
    REQUIRE(contained);
    CHECK(contained->kind == "other");
    CHECK(contained->date.value == "2025-03-14");
    CHECK(findTriggers("The founder of collapsed payments company Quillon Pay went on trial.") ==
          std::vector<std::pair<std::string, std::string>>{{"other", "trial"}});
}

TEST_CASE("trigger domains - health: a public health emergency, an approval", "[events][triggers]") {
    const auto x = tell("The World Health Organization declared a public health emergency on Thursday. The "
                        "European Medicines Agency authorised the vaccine on Friday.");
    const Event* emergency = x.find("Emergency");
    REQUIRE(emergency);
    CHECK(emergency->kind == "other");
    CHECK(emergency->date.value == "2025-03-13");
    CHECK(x.takesPart(*emergency, "World Health Organization"));
    const Event* approval = x.find("Approve");
    REQUIRE(approval);
    CHECK(approval->date.value == "2025-03-14");
    CHECK(x.takesPart(*approval, "European Medicines Agency"));
}

TEST_CASE("trigger domains - military: strikes, captures, a ceasefire, hostages freed", "[events][triggers]") {
    const auto x = tell("Israeli jets struck Hezbollah targets in Lebanon on Tuesday. Israel and Hamas agreed to "
                        "a ceasefire on Wednesday. The ceasefire took effect on Friday, and Hamas freed three "
                        "hostages on Saturday.",
                        "2025-03-17");
    const Event* strike = x.find("Attack");
    REQUIRE(strike);
    CHECK(strike->kind == "incident");
    CHECK(strike->date.value == "2025-03-11");
    CHECK(x.placeOf(*strike) == "Lebanon");
    const Event* freed = x.find("Release");
    REQUIRE(freed);
    CHECK(freed->kind == "other");
    CHECK(freed->date.value == "2025-03-15");
    CHECK(x.takesPart(*freed, "Hamas"));
    const Event* truce = x.find("Agreement");
    REQUIRE(truce);
    CHECK(truce->kind == "agreement");
    CHECK(truce->date.value == "2025-03-12");
    CHECK(x.takesPart(*truce, "Hamas"));
    const Event* inForce = x.find("Take effect");
    REQUIRE(inForce);
    CHECK(inForce->kind == "other");
    CHECK(inForce->date.value == "2025-03-14");
}

TEST_CASE("trigger domains - science and space: a landing", "[events][triggers]") {
    const auto x = tell("NASA's Artemis lander touched down near the lunar south pole on Friday.");
    const Event* landing = x.find("Arrival");
    REQUIRE(landing);
    CHECK(landing->kind == "travel");
    CHECK(landing->date.value == "2025-03-14");
}

TEST_CASE("trigger domains - sports: results, bans, sackings; 'won praise' tells nothing", "[events][triggers]") {
    const auto x = tell("Carlos Alcaraz beat Alexander Zverev in the final on Sunday. The club sacked coach "
                        "Thomas Berger on Monday.",
                        "2025-03-18");
    const Event* match = x.find("Win");
    REQUIRE(match);
    CHECK(match->kind == "other");
    CHECK(match->date.value == "2025-03-16");
    CHECK(x.takesPart(*match, "Alexander Zverev"));
    CHECK(x.takesPart(*match, "Carlos Alcaraz"));
    const Event* sacking = x.find("Dismissal");
    REQUIRE(sacking);
    CHECK(sacking->date.value == "2025-03-17");
    CHECK(x.takesPart(*sacking, "Thomas Berger"));

    CHECK(findTriggers("The plan won praise from investors.").empty());
    CHECK(findTriggers("Shares beat expectations.").empty());
}

TEST_CASE("trigger domains - trade: tariffs imposed and announced, in force, a truce extended, lifted",
          "[events][triggers]") {
    const auto x = tell("Canada imposed 25% surtaxes on European steel on Monday. Canada's duties went into force "
                        "at midnight on Tuesday. Canada and Mexico extended their tariff truce by two weeks on "
                        "Thursday.",
                        "2025-03-15");
    const Event* imposed = x.find("Tariffs");
    REQUIRE(imposed);
    CHECK(imposed->kind == "other");
    CHECK(imposed->date.value == "2025-03-10");
    CHECK(x.takesPart(*imposed, "Canada"));
    const Event* inForce = x.find("Take effect");
    REQUIRE(inForce);
    CHECK(inForce->date.value == "2025-03-11");
    const Event* truce = x.find("Extend");
    REQUIRE(truce);
    CHECK(truce->kind == "agreement");
    CHECK(truce->date.value == "2025-03-13");
    CHECK(x.takesPart(*truce, "Mexico"));

    // "announced the surtaxes" is the decision, not a statement.
    const auto announced = tell("Mexico announced the 25% surtaxes on March 10.", "2025-03-15");
    REQUIRE(announced.find("Tariffs"));
    CHECK(announced.find("Tariffs")->date.value == "2025-03-10");
    for (const auto& e : announced.timeline.events)
        CHECK(e.kind != "statement");
    const auto lifted = tell("Canada lifted its duties on Mexican steel on Friday.", "2025-03-15");
    REQUIRE(lifted.find("Lift"));
    CHECK(lifted.takesPart(*lifted.find("Lift"), "Canada"));
}

TEST_CASE("trigger domains - mine disaster: a fall of ground, bodies recovered, an inquiry, mourning",
          "[events][triggers]") {
    // "fall of ground" holds "fall", which alone would be read as autumn: it dates nothing.
    const auto x =
        tell("Fourteen miners were trapped after a fall of ground in South Africa on Tuesday.", "2025-03-15");
    const Event* fall = x.find("Collapse");
    REQUIRE(fall);
    CHECK(fall->kind == "incident");
    CHECK(fall->date.value == "2025-03-11");
    CHECK(x.placeOf(*fall) == "South Africa");

    const auto y = tell("Mineral Resources Minister Gwede Mantashe ordered an inquiry into the disaster on "
                        "Wednesday. Premier Lazarus Mokgosi declared a provincial day of mourning on Friday.",
                        "2025-03-15");
    const Event* inquiry = y.find("Investigate");
    REQUIRE(inquiry);
    CHECK(inquiry->date.value == "2025-03-12");
    CHECK(y.takesPart(*inquiry, "Gwede Mantashe"));
    const Event* mourning = y.find("Mourning");
    REQUIRE(mourning);
    CHECK(mourning->kind == "other");
    CHECK(mourning->date.value == "2025-03-14");
    CHECK(y.takesPart(*mourning, "Lazarus Mokgosi"));

    const auto z = tell("Rescue teams recovered the bodies of two miners in South Africa on Thursday.", "2025-03-15");
    const Event* deaths = z.find("Deaths");
    REQUIRE(deaths);
    CHECK(deaths->kind == "incident");
    CHECK(deaths->date.value == "2025-03-13");
}

TEST_CASE("trigger domains - prisoner exchange: a swap with a number, the landing, the homecoming",
          "[events][triggers]") {
    const auto x = tell("Iran and Norway exchanged three prisoners in Oman on Monday. Aid worker Jonas Eide landed "
                        "at Oslo Airport Gardermoen late on Monday. Eide came home to Norway on Wednesday.",
                        "2025-03-15");
    const Event* swap = x.find("Exchange");
    REQUIRE(swap);
    CHECK(swap->kind == "other");
    CHECK(swap->date.value == "2025-03-10");
    CHECK(x.takesPart(*swap, "Iran"));
    CHECK(x.takesPart(*swap, "Norway"));
    CHECK(x.placeOf(*swap) == "Oman");
    const Event* landed = x.find("Arrival");
    REQUIRE(landed);
    CHECK(landed->kind == "travel");
    CHECK(landed->date.value == "2025-03-10");
    CHECK(x.takesPart(*landed, "Jonas Eide"));
    const Event* home = x.find("Trip");
    REQUIRE(home);
    CHECK(home->date.value == "2025-03-12");
    CHECK(x.takesPart(*home, "Jonas Eide"));
}

TEST_CASE("trigger domains - air accidents: flight recorders recovered or found", "[events][triggers]") {
    const auto x = tell("Divers recovered the aircraft's flight data recorder from the lake bed on Thursday.");
    const Event* recorder = x.find("Recorder recovered");
    REQUIRE(recorder);
    CHECK(recorder->kind == "other");
    CHECK(recorder->date.value == "2025-03-13");
    const auto y = tell("The second black box was found on Friday under the tail section.");
    const Event* box = y.find("Recorder recovered");
    REQUIRE(box);
    CHECK(box->date.value == "2025-03-14");
}

TEST_CASE("trigger domains - health: schools closed with words between; 'remain closed' is a state",
          "[events][triggers]") {
    const auto x = tell("More than 200 schools across the northern province closed on Thursday.");
    const Event* closure = x.find("Closure");
    REQUIRE(closure);
    CHECK(closure->date.value == "2025-03-13");
    const auto y = tell("Schools in the northern province remain closed on Thursday.");
    CHECK_FALSE(y.find("Closure"));
}

TEST_CASE("trigger domains - where a happening is outranks where someone came from", "[events][triggers]") {
    // A city after "from" is more specific than the country after "in", but it is where the
    // people of another verb came from, not where the exchange was.
    const auto x = tell("The fisherman, who was freed in a prisoner exchange between Chile and Peru in Ecuador on "
                        "Monday, arrived by bus from Lima.",
                        "2025-03-15");
    const Event* swap = x.find("Exchange");
    REQUIRE(swap);
    CHECK(x.placeOf(*swap) == "Ecuador");
    // A trip keeps the place it names with "to".
    const auto y = tell("Aid worker Lena Brandt flew to Lima on Monday.", "2025-03-15");
    const Event* trip = y.find("Trip");
    REQUIRE(trip);
    CHECK(y.placeOf(*trip) == "Lima");
}

TEST_CASE("trigger domains - 'the freed hostages' names people, it tells no release", "[events][triggers]") {
    const auto x = tell("Red Cross staff escorted the freed hostages to a bus in Beirut on Tuesday. Doctors examined "
                        "the released detainees in Sidon on Tuesday.",
                        "2025-03-15");
    CHECK_FALSE(x.find("Release"));
    const auto y = tell("Two aid workers were freed in Beirut on Tuesday.", "2025-03-15");
    const Event* release = y.find("Release");
    REQUIRE(release);
    CHECK(release->date.value == "2025-03-11");
}
