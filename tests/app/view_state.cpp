#include "app/model/view_state.h"

#include <catch2/catch.hpp>

using namespace dateline::app;

TEST_CASE("view - zoom keeps the anchor day under the cursor", "[app][view]") {
    ViewState v;
    v.firstDay = 100;
    v.lastDay = 200;
    const double anchor = 130;
    const double before = dayToX(v, anchor, 1000);
    zoomAround(v, anchor, 0.5);
    CHECK(v.lastDay - v.firstDay == Approx(50));
    CHECK(dayToX(v, anchor, 1000) == Approx(before));
}

TEST_CASE("view - zoom is clamped between an hour and centuries", "[app][view]") {
    ViewState v;
    v.firstDay = 0;
    v.lastDay = 1;
    for (int i = 0; i < 100; ++i) zoomAround(v, 0.5, 0.5);
    CHECK(v.lastDay - v.firstDay == Approx(kMinVisibleDays));
    for (int i = 0; i < 200; ++i) zoomAround(v, 0.5, 2.0);
    CHECK(v.lastDay - v.firstDay == Approx(kMaxVisibleDays));
}

TEST_CASE("view - pan shifts without zooming; fit frames with a margin", "[app][view]") {
    ViewState v;
    v.firstDay = 10;
    v.lastDay = 20;
    panByDays(v, -5);
    CHECK(v.firstDay == Approx(5));
    CHECK(v.lastDay == Approx(15));
    fitToDays(v, 1000, 1100);
    CHECK(v.firstDay < 1000);
    CHECK(v.lastDay > 1100);
    CHECK(v.lastDay - v.firstDay < 120);
    fitToDays(v, 500, 500); // one instant gets a week around it
    CHECK(v.lastDay - v.firstDay >= 7);
    CHECK(xToDay(v, dayToX(v, 500, 800), 800) == Approx(500));
}
