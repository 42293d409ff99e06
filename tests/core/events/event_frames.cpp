// Event frames: triggers, clauses, dates with offsets, status, negation, place, participants, statements.
#include "core/assets/data_file.h"
#include "core/events/event_extractor.h"
#include "core/text/sentences.h"
#include "core/time/tagger.h"
#include "core/timeline/pipeline.h"
#include "core/who/entities.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dateline;

namespace {

struct Extracted {
    std::vector<Entity> entities;
    std::vector<EventFrame> frames;
    std::string idOf(const std::string &name) const {
        for (const auto &e : entities)
            if (e.name == name) return e.id;
        return "?";
    }
    const EventFrame *find(const std::string &kind, const std::string &action = "") const {
        for (const auto &f : frames)
            if (f.event.kind == kind && (action.empty() || f.action == action)) return &f;
        return nullptr;
    }
    bool takesPart(const EventFrame &f, const std::string &name) const {
        return std::count(f.event.participants.begin(), f.event.participants.end(), idOf(name)) > 0;
    }
};

// Tags and extracts one article published on `dct` (Sunday 2025-03-16 unless given).
Extracted extract(const std::string &text, const std::string &dct = "2025-03-16") {
    Article a;
    a.id = "a0";
    a.text = text;
    a.published = {dct, DateBasis::Explicit, "", ""};
    a.sentences = splitSentences(a.text);
    a.timexes = tagTime(a.text, dct);
    Extracted out;
    const auto mentions = resolveEntities({a}, out.entities);
    out.frames = extractEventFrames(a, mentions[0], out.entities);
    return out;
}

} // namespace

TEST_CASE("events - a day after gives the arrival the day before", "[events]") {
    const auto x =
        extract("Choe met a Russian delegation headed by Deputy Foreign Minister Andrey Rudenko on Saturday, "
                "a day after they arrived in the country.");
    const EventFrame *meeting = x.find("meeting");
    const EventFrame *arrival = x.find("travel", "arrive");
    REQUIRE(meeting);
    REQUIRE(arrival);
    CHECK(meeting->event.date.value == "2025-03-15");
    CHECK(arrival->event.date.value == "2025-03-14");
    CHECK(x.takesPart(*meeting, "Andrey Rudenko"));
    CHECK(x.takesPart(*arrival, "Andrey Rudenko")); // "they" takes the people of the clause before
    CHECK(arrival->event.sources.front().start > meeting->event.sources.front().start);
}

TEST_CASE("events - planned possible and negated", "[events]") {
    const auto planned =
        extract("Pyongyang's top diplomat, Choe Son-hui, is scheduled to meet with Russian Foreign Minister "
                "Sergey Lavrov on Tuesday.",
                "2024-01-15");
    const EventFrame *p = planned.find("meeting");
    REQUIRE(p);
    CHECK(p->event.status == EventStatus::Planned);
    CHECK(p->event.date.value == "2024-01-16");
    CHECK(planned.takesPart(*p, "Choe Son-hui"));
    CHECK(planned.takesPart(*p, "Sergey Lavrov"));
    CHECK_FALSE(planned.takesPart(*p, "Pyongyang")); // "Pyongyang's top diplomat": an affiliation

    const auto possible =
        extract("Russian President Vladimir Putin might meet with North Korea's top diplomat, Choe Son-hui, "
                "this week, Kremlin spokesman Dmitry Peskov told journalists on Monday.",
                "2024-01-15");
    const EventFrame *m = possible.find("meeting");
    REQUIRE(m);
    CHECK(m->event.status == EventStatus::Possible);
    CHECK(m->event.date.granularity == Granularity::Week);
    CHECK_FALSE(possible.takesPart(*m, "Dmitry Peskov"));
    const EventFrame *said = possible.find("statement");
    REQUIRE(said);
    CHECK(said->event.participants == std::vector<std::string>{possible.idOf("Dmitry Peskov")});
    CHECK(said->event.date.value == "2024-01-15");

    const auto negated = extract("Defense Minister Sergey Shoigu did not visit Pyongyang on Saturday.");
    const EventFrame *n = negated.find("visit");
    REQUIRE(n);
    CHECK(n->event.negated);
}

TEST_CASE("events - an offset counts from the time of a clause that tells no event", "[events]") {
    // 2025-03-30 is a Sunday: the earthquake was two days before it.
    const auto x = extract("Rescuers in Bangkok pulled two survivors from the rubble of a collapsed skyscraper on "
                           "Sunday, two days after the powerful earthquake in neighbouring Myanmar.",
                           "2025-03-30");
    const EventFrame *quake = x.find("incident");
    REQUIRE(quake);
    CHECK(quake->event.date.value == "2025-03-28");
    CHECK(x.frames.size() == 1); // "a collapsed skyscraper" tells no collapse on Sunday
}

TEST_CASE("events - an infinitive takes the status of the verb it hangs on", "[events]") {
    const auto x = extract("Michal will travel to Brussels next week to meet NATO Secretary General Mark Rutte.");
    const EventFrame *trip = x.find("travel");
    REQUIRE(trip);
    CHECK(trip->event.status == EventStatus::Planned);
    CHECK(trip->event.date.value == "2025-W12");
    for (const auto &f : x.frames)
        CHECK(f.event.status == EventStatus::Planned); // "to meet" is as planned as the trip
    const auto past = extract("Michal travelled to Brussels last week to meet NATO Secretary General Mark Rutte.");
    for (const auto &f : past.frames)
        CHECK(f.event.status == EventStatus::Happened);
}

TEST_CASE("events - a demonym stands for its country when nobody is named", "[events]") {
    const auto x = extract("Finnish police seized the oil tanker Eagle S on December 26.");
    const EventFrame *seizure = x.find("other", "detention");
    REQUIRE(seizure);
    CHECK(x.takesPart(*seizure, "Finland"));
    CHECK(seizure->event.date.value == "2024-12-26");
    // A named participant is enough: the demonym stays an affiliation.
    const auto named = extract("Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal.");
    const EventFrame *meeting = named.find("meeting");
    REQUIRE(meeting);
    CHECK_FALSE(named.takesPart(*meeting, "Finland"));
}

TEST_CASE("events - a first round is an election, a first round of talks a meeting", "[events][triggers]") {
    const auto vote = extract("In the first round on May 18, Trzaskowski finished ahead.");
    CHECK(vote.find("other", "election"));
    const auto talks = extract("Rudenko held a first round of talks with Choe on Saturday.");
    CHECK(talks.find("meeting"));
    CHECK_FALSE(talks.find("other", "election"));
}

TEST_CASE("events - place from a locative or the object of a visit", "[events]") {
    const auto x = extract("In July 2023, Russian Defense Minister Sergey Shoigu traveled to Pyongyang. "
                           "Lavrov visited North Korea in October of the same year.");
    const EventFrame *trip = x.find("travel");
    REQUIRE(trip);
    CHECK(trip->event.place == x.idOf("Pyongyang"));
    CHECK(trip->event.date.value == "2023-07");
    CHECK(trip->event.date.earliest == "2023-07-01");
    CHECK(trip->event.date.latest == "2023-07-31");
    CHECK_FALSE(x.takesPart(*trip, "Russia"));
    const EventFrame *visit = x.find("visit");
    REQUIRE(visit);
    CHECK(visit->event.place == x.idOf("North Korea"));
}

TEST_CASE("events - a reporting source is not a participant", "[events]") {
    const auto x = extract("Rudenko also held separate talks with his North Korean counterpart, Vice Foreign Minister "
                           "Kim Jong-gyu, on Saturday, according to the Korean Central News Agency.");
    const EventFrame *talks = x.find("meeting");
    REQUIRE(talks);
    CHECK(x.takesPart(*talks, "Kim Jong-gyu"));
    CHECK_FALSE(x.takesPart(*talks, "Korean Central News Agency"));
    CHECK(talks->event.date.value == "2025-03-15");
}

TEST_CASE("events - a noun dated by a possessive time is not an event time", "[events]") {
    const auto x = extract("Rudenko's visit to Pyongyang appears to follow up last year's treaty.");
    for (const auto &f : x.frames)
        CHECK(f.event.date.value.empty());
}

TEST_CASE("events - every trigger example finds its trigger", "[events][assets]") {
    const DataFile f = loadDataAsset("rules/events/triggers.txt");
    REQUIRE(f.diagnostics.empty());
    for (const auto &row : f.rows)
        for (const auto &example : row.examples) {
            INFO(row.fields[0] << " in " << example);
            const auto found = findTriggers(example);
            CHECK(std::count(found.begin(), found.end(), std::make_pair(row.fields[1], row.fields[2])) >= 1);
        }
}

TEST_CASE("frames - a trigger word inside a non-event phrase reports nothing", "[events][triggers]") {
    // "a sign of" holds "sign" but reports no signing; the longer phrase wins.
    CHECK(findTriggers("The visit came in a sign of deepening security ties between the two allies.") ==
          std::vector<std::pair<std::string, std::string>>{{"visit", "visit"}});
    CHECK(findTriggers("Both sides saw signs that the talks would resume.") ==
          std::vector<std::pair<std::string, std::string>>{{"meeting", "meet"}});
    CHECK(findTriggers("The two ministers will sign the accord on Friday.") ==
          std::vector<std::pair<std::string, std::string>>{{"agreement", "sign"}});
    // A participle as an adjective: the collapse is not on the day survivors were pulled out.
    CHECK(findTriggers("Rescuers pulled two survivors from the rubble of a collapsed skyscraper on Sunday.").empty());
    CHECK(findTriggers("The tower collapsed on Friday.") ==
          std::vector<std::pair<std::string, std::string>>{{"incident", "collapse"}});
}

TEST_CASE("frames - 'last week' written at a weekend covers the week just ending too", "[events][dates]") {
    auto framesOf = [](const std::string& published) {
        Timeline t;
        t.articles = {test::makeArticle("a0", "Ukraine and the United States agreed to a cease-fire last week.", published)};
        analyseArticles(t);
        return t.events;
    };
    // Sunday 2025-03-16: TimeML's week before (W10, 3-9 March) or the week ending today.
    auto events = framesOf("2025-03-16");
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.value == "2025-W10");
    CHECK(events[0].date.earliest == "2025-03-03");
    CHECK(events[0].date.latest == "2025-03-16");
    // Wednesday 2025-03-12: only the week before.
    events = framesOf("2025-03-12");
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.earliest == "2025-03-03");
    CHECK(events[0].date.latest == "2025-03-09");
}

TEST_CASE("frames - 'the city of X' is where the event took place", "[events][places]") {
    Timeline t;
    t.articles = {test::makeArticle(
        "a0", "President Recep Tayyip Erdogan visited the southern city of Kahramanmaras on Wednesday.", "2023-02-08")};
    analyseArticles(t);
    REQUIRE(t.events.size() == 1);
    const Entity* place = findEntity(t.entities, t.events[0].place);
    REQUIRE(place);
    CHECK(place->name == "Kahramanmaras");
    CHECK(t.events[0].date.value == "2023-02-08");
}

TEST_CASE("frames - disasters are incidents, and a decimal point is no sentence stop", "[events][triggers]") {
    // "7.8-magnitude" must not cut the clause: the quake keeps the offset "two days after".
    Timeline t;
    t.articles = {test::makeArticle("a0",
                                    "President Recep Tayyip Erdogan visited the southern city of Kahramanmaras on "
                                    "Wednesday, two days after a 7.8-magnitude earthquake struck south-eastern Turkey.",
                                    "2023-02-08")};
    analyseArticles(t);
    const Event* quake = nullptr;
    for (const auto& e : t.events)
        if (e.kind == "incident") quake = &e;
    REQUIRE(quake);
    CHECK(quake->date.value == "2023-02-06");
    CHECK(quake->label.rfind("Earthquake", 0) == 0);
}

TEST_CASE("frames - an organisation after a trigger's own 'in' takes part; it is no place", "[events][participants]") {
    const auto x = extract("Shares in Acme Payments fell 41% on Tuesday after the company found errors in its accounts.");
    const EventFrame *move = x.find("other", "share move");
    REQUIRE(move);
    CHECK(x.takesPart(*move, "Acme Payments"));
    CHECK(move->event.place.empty());
    CHECK(move->event.date.value == "2025-03-11");
}

TEST_CASE("events - a short aside in brackets does not cut the clause; a dateline's agency does",
          "[events][clauses]") {
    const auto x = extract("Hendrik de Vries was charged by the Serious Fraud Office (SFO) in September last year.");
    const EventFrame *charge = x.find("other", "charge");
    REQUIRE(charge);
    CHECK(charge->event.date.value == "2024-09");
    // "(Reuters) -" ends a dateline: its date does not date the report's event.
    const auto y = extract("Manila, July 9 (Reuters) - Gilberto Teodoro and Yoko Kamikawa signed the pact on Monday.",
                           "2024-07-09");
    const EventFrame *signing = y.find("agreement");
    REQUIRE(signing);
    CHECK(signing->event.date.value == "2024-07-08");
}

TEST_CASE("events - he or she opening a sentence is the person who opened the one before", "[events][people]") {
    const auto x = extract("Hendrik de Vries, 52, a Dutch national, denies six counts of fraud. "
                           "He was charged by the Serious Fraud Office in September last year.");
    const EventFrame *charge = x.find("other", "charge");
    REQUIRE(charge);
    CHECK(x.takesPart(*charge, "Hendrik de Vries"));
    // A sentence that no person opens does not change who "he" is.
    const auto y = extract("Hendrik de Vries, 52, a Dutch national, denies six counts of fraud. The case is complex. "
                           "He was charged by the Serious Fraud Office in September last year.");
    const EventFrame *later = y.find("other", "charge");
    REQUIRE(later);
    CHECK(y.takesPart(*later, "Hendrik de Vries"));
    // Another person opening a sentence takes over; four sentences on is too far to guess.
    const auto z = extract("Hendrik de Vries, 52, denies six counts of fraud. Judge Alma Kerr set the trial date. "
                           "She was appointed to the bench in 2019.");
    const EventFrame *appointed = z.find("other", "appointment");
    REQUIRE(appointed);
    CHECK(z.takesPart(*appointed, "Alma Kerr"));
    CHECK_FALSE(z.takesPart(*appointed, "Hendrik de Vries"));
    const auto far = extract("Hendrik de Vries, 52, denies six counts of fraud. The case is complex. The jury is "
                             "out. The court is closed today. He was charged by the Serious Fraud Office in "
                             "September last year.");
    const EventFrame *farCharge = far.find("other", "charge");
    REQUIRE(farCharge);
    CHECK_FALSE(far.takesPart(*farCharge, "Hendrik de Vries"));
}

TEST_CASE("events - he or she later in a sentence is the person who opened it", "[events][people]") {
    const auto x = extract("Governor Lena Marsh made her choice after a week that began last Thursday, when she "
                           "received union leader Omar Diallo.");
    const EventFrame *meeting = x.find("meeting");
    REQUIRE(meeting);
    CHECK(x.takesPart(*meeting, "Lena Marsh"));
    CHECK(x.takesPart(*meeting, "Omar Diallo"));
}

TEST_CASE("events - an event in the perfect told in a dated report takes the week up to the report's day",
          "[events][dates]") {
    const auto x = extract("Hendrik de Vries has lodged an appeal against his conviction, his lawyers confirmed on "
                           "Tuesday.",
                           "2025-05-13");
    const EventFrame *appeal = x.find("other", "appeal");
    REQUIRE(appeal);
    CHECK(appeal->timeBorrowed);
    CHECK(appeal->event.date.latest == "2025-05-13");
    CHECK(appeal->event.date.earliest == "2025-05-07");
    // Without the perfect the report's time stays the report's.
    const auto y = extract("Hendrik de Vries lodged an appeal against his conviction, his lawyers confirmed on Tuesday.",
                           "2025-05-13");
    const EventFrame *plain = y.find("other", "appeal");
    REQUIRE(plain);
    CHECK_FALSE(plain->timeBorrowed);
    CHECK(plain->event.date.value.empty());
}

TEST_CASE("events - a lede's described subject is the person named at the start of the next sentence",
          "[events][people]") {
    const auto x = extract("The founder of collapsed payments company Quillon Pay went on trial at Southwark Crown "
                           "Court on Monday.\n\nHendrik de Vries, 52, a Dutch national, denies six counts of fraud.",
                           "2025-01-13");
    const EventFrame *trial = x.find("other", "trial");
    REQUIRE(trial);
    CHECK(trial->event.date.value == "2025-01-13");
    CHECK(x.takesPart(*trial, "Hendrik de Vries"));
    // A lede that names its subject keeps it.
    const auto y = extract("Prosecutor Anna Berg put Hendrik de Vries on trial on Monday.\n\nSasha Pemberton, 41, a "
                           "barrister, spoke for the defence.",
                           "2025-01-13");
    const EventFrame *named = y.find("other", "trial");
    REQUIRE(named);
    CHECK_FALSE(y.takesPart(*named, "Sasha Pemberton"));
}

TEST_CASE("events - the month May is no 'may' of possibility", "[events][status]") {
    const auto x = extract("Canada imposed the surtaxes on May 12, officials said.", "2026-06-03");
    const EventFrame *surtax = x.find("other");
    REQUIRE(surtax);
    CHECK(surtax->event.status == EventStatus::Happened);
    CHECK(surtax->event.date.value == "2026-05-12");
    const auto y = extract("The leaders may meet in Ottawa on Friday.", "2026-06-03");
    const EventFrame *meeting = y.find("meeting");
    REQUIRE(meeting);
    CHECK(meeting->event.status == EventStatus::Possible);
}

TEST_CASE("events - 'the crash site' names a place: the visit owns the day", "[events][triggers]") {
    const auto x = extract("Transport Minister Agus Suryadi visited the crash site on Tuesday.", "2026-09-16");
    CHECK_FALSE(x.find("incident"));
    const EventFrame *visit = x.find("visit");
    REQUIRE(visit);
    CHECK(visit->event.date.value == "2026-09-15");
}

TEST_CASE("events - a live page's entry dates what it tells with no time of its own", "[events][dates]") {
    // Page of Thursday 2025-10-09; entries stamped today and yesterday.
    const std::string page = "Live: storm hits the coast\n\n"
                             "11:20\n\n"
                             "Engineers restored power to the harbour district, the utility said.\n\n"
                             "Yesterday, 18:05\n\n"
                             "Mayor Lina Ortiz evacuated the old town as the river rose.\n\n"
                             "The ferry service will not resume before Monday.";
    const auto x = extract(page, "2025-10-09");
    const EventFrame *evacuation = nullptr;
    for (const auto &f : x.frames)
        if (x.takesPart(f, "Lina Ortiz") && f.event.kind != "statement") evacuation = &f;
    REQUIRE(evacuation);
    CHECK(evacuation->event.date.value == "2025-10-08"); // the entry's day, not the page's
    CHECK(evacuation->event.date.granularity == Granularity::Day);
    CHECK(evacuation->timeBorrowed); // never evidence for placing an undated page
    // Without stamps the same sentence stays undated.
    const auto y = extract("Mayor Lina Ortiz evacuated the old town as the river rose.", "2025-10-09");
    for (const auto &f : y.frames)
        if (f.event.kind != "statement") CHECK(f.event.date.value.empty());
}

TEST_CASE("events - a concessive clause (though, although) is a clause of its own", "[events][people]") {
    const auto x = extract("Mayor Ada Quell resigned on Monday, though Governor Ben Ortiz asked her to stay.");
    const EventFrame *quit = x.find("other", "resignation");
    REQUIRE(quit);
    CHECK(x.takesPart(*quit, "Ada Quell"));
    CHECK_FALSE(x.takesPart(*quit, "Ben Ortiz"));
}

TEST_CASE("events - who accepts a resignation does not resign", "[events][people]") {
    // The acceptance tells a resignation reported on its own; its subject is the one who accepts.
    const auto x = extract("Governor Ada Quell accepted the resignation of her deputy on Friday.");
    CHECK_FALSE(x.find("other", "resignation"));
    const auto y = extract("Deputy Governor Ben Ortiz resigned on Friday.");
    CHECK(y.find("other", "resignation"));
}

TEST_CASE("events - a country after a city and a comma says where the city is", "[events][people]") {
    const auto x = extract("Rachel Fortier met trade officials in Lyon, France, on Monday.");
    const EventFrame *meeting = x.find("meeting");
    REQUIRE(meeting);
    CHECK(x.takesPart(*meeting, "Rachel Fortier"));
    CHECK_FALSE(x.takesPart(*meeting, "France"));
    CHECK(meeting->event.place == x.idOf("Lyon"));
    // A colon is no such comma: "Muscat: Iran and Norway exchanged" names the parties.
    const auto y = extract("Muscat: Iran and Norway exchanged three prisoners at the airport on Monday.");
    const EventFrame *swap = y.find("other");
    REQUIRE(swap);
    CHECK(y.takesPart(*swap, "Iran"));
}

TEST_CASE("events - the speaker is the person who opens the clause, not one named in its aside",
          "[events][people]") {
    const auto x = extract("Mayor Ada Quell, who is no relation to Governor Ben Quell, told a news conference on "
                           "Friday that the bridge would reopen.");
    const EventFrame *said = x.find("statement");
    REQUIRE(said);
    REQUIRE(said->event.participants.size() == 1);
    CHECK(x.takesPart(*said, "Ada Quell"));
}

TEST_CASE("events - an approximate offset (less than a week after) counts no days", "[events][dates]") {
    const auto x = extract("On Monday, less than a week after the mayor named him, Ben Ortiz took the oath of office.");
    const EventFrame *oath = x.find("other", "inauguration");
    REQUIRE(oath);
    CHECK(oath->dayOffset == 0);
    CHECK(oath->event.date.value == "2025-03-10");
}

TEST_CASE("events - a lede's subject described with a place word ('A Bend woman') is the person named next",
          "[events][people]") {
    const auto x = extract("A Bend woman accused of defrauding a charity appeared in court on Thursday and was "
                           "charged with theft. Marta Ellison, 41, was arrested on Tuesday.");
    const EventFrame *charge = x.find("other", "charge");
    REQUIRE(charge);
    CHECK(x.takesPart(*charge, "Marta Ellison"));
    // An organisation opening the lede is its subject, not a description of a person.
    const auto y = extract("The Harbour Authority charged the shipping line on Thursday. Marta Ellison, 41, "
                           "was arrested on Tuesday.");
    const EventFrame *byAuthority = y.find("other", "charge");
    REQUIRE(byAuthority);
    CHECK_FALSE(y.takesPart(*byAuthority, "Marta Ellison"));
}

TEST_CASE("events - an event in a condition (if, unless) is possible, not told as happened", "[events][status]") {
    const auto x = extract("If the cabinet loses the confidence vote on Tuesday, Mayor Ada Quell will call new "
                           "elections.");
    const EventFrame *vote = x.find("other", "vote");
    REQUIRE(vote);
    CHECK(vote->event.status == EventStatus::Possible);
    const auto y = extract("The cabinet lost the confidence vote on Tuesday.");
    const EventFrame *lost = y.find("other", "vote");
    REQUIRE(lost);
    CHECK(lost->event.status == EventStatus::Happened);
}

TEST_CASE("events - what was said is said by the page's day, whatever time its words name", "[events][dates]") {
    // The modal and the time belong to what was said: the saying happened, at the latest on the
    // day of the page (Sunday 2025-03-16).
    const auto x = extract("Mayor Ada Quell said the new bridge would open in the autumn.");
    const EventFrame *said = x.find("statement");
    REQUIRE(said);
    CHECK(said->event.status == EventStatus::Happened);
    CHECK(said->event.date.value == "2025-03-16");
    const auto y = extract("Governor Ben Ortiz has said he will lead the party into the June election.");
    const EventFrame *has = y.find("statement");
    REQUIRE(has);
    CHECK(has->event.status == EventStatus::Happened);
    CHECK(has->event.date.earliest <= "2025-03-16");
    // A time of the saying itself stays: "told reporters on Friday".
    const auto z = extract("Mayor Ada Quell told reporters on Friday that the bridge would open in the autumn.");
    const EventFrame *told = z.find("statement");
    REQUIRE(told);
    CHECK(told->event.date.value == "2025-03-14");
}

TEST_CASE("events - an event that ends a state ('until X is sworn in') borrows no time", "[events][dates]") {
    const auto x = extract("Mayor Ada Quell resigned on Tuesday, though she stays in office until Ben Ortiz is sworn "
                           "in.");
    const EventFrame *resigned = x.find("other", "resignation");
    REQUIRE(resigned);
    CHECK(resigned->event.date.value == "2025-03-11");
    for (const auto &f : x.frames)
        if (f.action == "inauguration") CHECK(f.event.date.earliest.empty());
    // Its own time stays: "until he was sworn in on Friday".
    const auto y = extract("Ada Quell stayed in office until Ben Ortiz was sworn in on Friday.");
    const EventFrame *oath = y.find("other", "inauguration");
    REQUIRE(oath);
    CHECK(oath->event.date.value == "2025-03-14");
}

TEST_CASE("events - a month before a noun dates that noun, not the clause", "[events][dates]") {
    // "the February decision" names an earlier decision; the upholding is not in February.
    const auto upheld = extract("Judge Rowan Pike upheld the February decision of a lower court.");
    REQUIRE(!upheld.frames.empty());
    for (const auto &f : upheld.frames)
        CHECK(f.event.date.value != "2025-02");
    // The month as the clause's own time still dates it.
    const auto ruled = extract("A lower court ruled in February that the contract was void.");
    REQUIRE(!ruled.frames.empty());
    CHECK(ruled.frames.front().event.date.value == "2025-02");
}

TEST_CASE("events - a ruling told again without a time, of one of the same people, is that ruling",
          "[events][dates][people]") {
    const auto x = extract("An appeals court on Thursday dismissed an appeal by Marta Quill against her conviction. "
                           "Justice Owen Tarrant upheld the decision of a district judge, who found Quill guilty on two counts.");
    int rulings = 0;
    for (const auto &f : x.frames) {
        if (f.action != "ruling") continue;
        ++rulings;
        CHECK(f.event.date.value == "2025-03-13");
    }
    CHECK(rulings == 2);
    const EventFrame *upheld = nullptr;
    for (const auto &f : x.frames)
        if (f.action == "ruling" && x.takesPart(f, "Owen Tarrant")) upheld = &f;
    REQUIRE(upheld);
    CHECK(x.takesPart(*upheld, "Marta Quill"));
}

TEST_CASE("events - dams open and close their gates; bodies are found; a public calamity is an emergency",
          "[events][triggers]") {
    const auto x = extract("The operator opened the spillway gates of the Tolva dam on Thursday.");
    const EventFrame *opened = x.find("other", "open gates");
    REQUIRE(opened);
    CHECK(opened->event.date.value == "2025-03-13");
    const auto y = extract("The operator closed the last of its spillway gates on Monday.");
    const EventFrame *closed = y.find("other", "close gates");
    REQUIRE(closed);
    CHECK(closed->event.date.value == "2025-03-10");
    CHECK_FALSE(y.find("other", "open gates"));
    const auto z = extract("Divers found the bodies of two fishermen near the harbour on Friday.");
    const EventFrame *found = z.find("incident", "deaths");
    REQUIRE(found);
    CHECK(found->event.date.value == "2025-03-14");
    const auto w = extract("The cabinet recognised a state of public calamity in the province on Wednesday.");
    const EventFrame *calamity = w.find("other", "emergency");
    REQUIRE(calamity);
    CHECK(calamity->event.date.value == "2025-03-12");
}

TEST_CASE("events - a role in the subject is the person the next sentence opens with, titled by that role",
          "[events][people]") {
    const auto x = extract("Ostra province's governor ordered the evacuation of the river district on Friday. Governor "
                           "Dana Mulroy said on Saturday that the water was still rising.");
    const EventFrame *order = x.find("other", "evacuation");
    REQUIRE(order);
    CHECK(x.takesPart(*order, "Dana Mulroy"));
    // A person titled by another role is somebody else.
    const auto y = extract("Ostra province's governor ordered the evacuation of the river district on Friday. Mayor "
                           "Dana Mulroy said on Saturday that the water was still rising.");
    const EventFrame *other = y.find("other", "evacuation");
    REQUIRE(other);
    CHECK_FALSE(y.takesPart(*other, "Dana Mulroy"));
}

TEST_CASE("events - a break word that ends a trigger ('appear before') does not cut its clause", "[events][people]") {
    const auto x = extract("Dana Mulroy will appear before the senate committee on Tuesday along with Ben Ortiz.");
    const EventFrame *appear = x.find("other", "appear");
    REQUIRE(appear);
    CHECK(x.takesPart(*appear, "Dana Mulroy"));
    CHECK(x.takesPart(*appear, "Ben Ortiz"));
    // A 'before' that is no trigger's word still opens a clause of its own.
    const auto y = extract("Dana Mulroy resigned on Tuesday before Ben Ortiz was sworn in.");
    const EventFrame *resigned = y.find("other", "resignation");
    REQUIRE(resigned);
    CHECK_FALSE(y.takesPart(*resigned, "Ben Ortiz"));
}

TEST_CASE("events - choices and entitlements are not happenings ('whether to', 'eligible for', 'days to')",
          "[events][status]") {
    const auto a = extract("The minister must decide whether to order the surrender of Ivo Marek.", "2026-08-14");
    const auto b = extract("Judge Ana Ruiz found Ivo Marek eligible for surrender on Friday.", "2026-08-14");
    const auto c = extract("Ivo Marek has 15 working days to file an appeal.", "2026-08-14");
    for (const auto *x : {&a, &b, &c}) {
        const EventFrame *f = x->find("other", "surrender") ? x->find("other", "surrender") : x->find("other", "appeal");
        REQUIRE(f);
        CHECK(f->event.status != EventStatus::Happened);
    }
}
