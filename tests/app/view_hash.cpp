#include "app/model/view_state.h"

#include <catch2/catch.hpp>

using namespace dateline::app;

TEST_CASE("view hash - a full view survives the round trip through the URL hash", "[app][hash]") {
    ViewState v;
    v.firstDay = 19737.25;
    v.lastDay = 19800.5;
    v.lanes = LaneMode::Participant;
    v.filter.hiddenKinds = {"statement", "travel"};
    v.filter.hiddenSources = {"Daily Ledger", "Yonhap, Seoul & Co"};
    v.filter.planned = false;
    v.filter.hasRange = true;
    v.filter.rangeFirst = 19740;
    v.filter.rangeLast = 19750.5;
    v.filter.entity = "e12";
    v.filter.search = "Choe Son-hui & \"Lavrov\" 100%";
    v.selectedEvent = "v42";
    v.selectedArticle = "a3";
    v.dark = false;
    const std::string hash = serializeViewState(v);
    CHECK(hash.find(' ') == std::string::npos);
    CHECK(hash.find('"') == std::string::npos);
    ViewState back;
    REQUIRE(parseViewState("#" + hash, back));
    CHECK(back.firstDay == Approx(v.firstDay));
    CHECK(back.lastDay == Approx(v.lastDay));
    CHECK(back.lanes == v.lanes);
    CHECK(back.filter.hiddenKinds == v.filter.hiddenKinds);
    CHECK(back.filter.hiddenSources == v.filter.hiddenSources);
    CHECK(back.filter.happened);
    CHECK_FALSE(back.filter.planned);
    CHECK(back.filter.possible);
    CHECK(back.filter.hasRange);
    CHECK(back.filter.rangeLast == Approx(19750.5));
    CHECK(back.filter.entity == "e12");
    CHECK(back.filter.search == v.filter.search);
    CHECK(back.selectedEvent == "v42");
    CHECK(back.selectedArticle == "a3");
    CHECK_FALSE(back.dark);
}

TEST_CASE("view hash - keys missing from a link reset to defaults, broken ones are ignored", "[app][hash]") {
    ViewState v;
    v.firstDay = 10;
    v.lastDay = 20;
    v.selectedEvent = "v1";
    v.filter.search = "old";
    REQUIRE(parseViewState("from=100&to=nan&lanes=bogus&sel=v7&junk", v));
    CHECK(v.firstDay == 10); // "to" was not a number: the range is kept
    CHECK(v.lastDay == 20);
    CHECK(v.lanes == LaneMode::Kind);
    CHECK(v.selectedEvent == "v7");
    CHECK(v.filter.search.empty());
    ViewState untouched;
    untouched.firstDay = 5;
    CHECK_FALSE(parseViewState("", untouched));
    CHECK_FALSE(parseViewState("#%%%&&==", untouched));
    CHECK(untouched.firstDay == 5);
    // A reversed or absurd range is refused.
    CHECK_FALSE(parseViewState("from=50&to=40", untouched));
    CHECK_FALSE(parseViewState("from=0&to=1e300", untouched));
}
