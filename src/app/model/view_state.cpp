// Pure zoom, pan and fit on ViewState, and its URL-hash form.
#include "app/model/view_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dateline::app {

bool EventFilter::operator==(const EventFilter& o) const {
    return hiddenKinds == o.hiddenKinds && hiddenSources == o.hiddenSources && happened == o.happened &&
           planned == o.planned && possible == o.possible && hasRange == o.hasRange && rangeFirst == o.rangeFirst &&
           rangeLast == o.rangeLast && entity == o.entity && search == o.search;
}

void zoomAround(ViewState& v, double anchorDay, double factor) {
    const double span = v.lastDay - v.firstDay;
    const double newSpan = std::clamp(span * factor, kMinVisibleDays, kMaxVisibleDays);
    const double t = span > 0 ? (anchorDay - v.firstDay) / span : 0.5;
    v.firstDay = anchorDay - t * newSpan;
    v.lastDay = v.firstDay + newSpan;
}

void panByDays(ViewState& v, double days) {
    v.firstDay += days;
    v.lastDay += days;
}

void fitToDays(ViewState& v, double first, double last, double marginFraction) {
    if (last < first) std::swap(first, last);
    double span = last - first;
    if (span < 7.0) {
        const double mid = (first + last) / 2.0;
        first = mid - 3.5;
        last = mid + 3.5;
        span = 7.0;
    }
    const double margin = span * marginFraction;
    v.firstDay = first - margin;
    v.lastDay = last + margin;
    const double clamped = std::clamp(v.lastDay - v.firstDay, kMinVisibleDays, kMaxVisibleDays);
    v.lastDay = v.firstDay + clamped;
}

double dayToX(const ViewState& v, double day, double widthPx) {
    return (day - v.firstDay) / (v.lastDay - v.firstDay) * widthPx;
}

double xToDay(const ViewState& v, double x, double widthPx) {
    return v.firstDay + x / widthPx * (v.lastDay - v.firstDay);
}

const char* toString(LaneMode m) {
    switch (m) {
    case LaneMode::Participant: return "participant";
    case LaneMode::Source: return "source";
    case LaneMode::Kind: break;
    }
    return "kind";
}

// [SECTION] URL hash ---------------------------------------------------------

namespace {

std::string encode(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_' ||
            u == '.' || u == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else {
            out += s[i] == '+' ? ' ' : s[i];
        }
    }
    return out;
}

std::string encodeList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ',';
        out += encode(item);
    }
    return out;
}

std::vector<std::string> decodeList(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t comma = s.find(',', start);
        if (comma == std::string_view::npos) comma = s.size();
        if (comma > start) out.push_back(decode(s.substr(start, comma - start)));
        start = comma + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string number(double d) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.4f", d);
    return buf;
}

// Finite numbers within a few millennia of 1970 only: anything else is a broken link.
bool parseNumber(const std::string& s, double& out) {
    if (s.empty() || s.size() > 32) return false;
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(d) || std::fabs(d) > 3.0e6) return false;
    out = d;
    return true;
}

} // namespace

std::string serializeViewState(const ViewState& v) {
    std::string out = "from=" + number(v.firstDay) + "&to=" + number(v.lastDay);
    if (v.lanes != LaneMode::Kind) out += std::string("&lanes=") + toString(v.lanes);
    const EventFilter& f = v.filter;
    if (!f.hiddenKinds.empty()) out += "&hideKinds=" + encodeList(f.hiddenKinds);
    if (!f.hiddenSources.empty()) out += "&hideSources=" + encodeList(f.hiddenSources);
    if (!f.happened || !f.planned || !f.possible) {
        out += "&status=";
        if (f.happened) out += 'h';
        if (f.planned) out += 'p';
        if (f.possible) out += 'o';
    }
    if (f.hasRange) out += "&range=" + number(f.rangeFirst) + "," + number(f.rangeLast);
    if (!f.entity.empty()) out += "&entity=" + encode(f.entity);
    if (!f.search.empty()) out += "&q=" + encode(f.search);
    if (!v.selectedEvent.empty()) out += "&sel=" + encode(v.selectedEvent);
    if (!v.selectedArticle.empty()) out += "&art=" + encode(v.selectedArticle);
    if (!v.dark) out += "&theme=light";
    return out;
}

bool parseViewState(std::string_view text, ViewState& v) {
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    ViewState next = v;
    // Keys absent from the link take their defaults, so a link reopens exactly its view.
    next.lanes = LaneMode::Kind;
    next.filter = EventFilter{};
    next.selectedEvent.clear();
    next.selectedArticle.clear();
    next.dark = true;
    bool any = false;
    double from = next.firstDay, to = next.lastDay;
    bool haveFrom = false, haveTo = false;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t amp = text.find('&', start);
        if (amp == std::string_view::npos) amp = text.size();
        const std::string_view pair = text.substr(start, amp - start);
        start = amp + 1;
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = pair.substr(0, eq);
        const std::string_view raw = pair.substr(eq + 1);
        const std::string value = decode(raw);
        if (key == "from") {
            haveFrom = parseNumber(value, from);
            continue; // the range counts only when both ends are good (below)
        }
        if (key == "to") {
            haveTo = parseNumber(value, to);
            continue;
        }
        if (key == "lanes") {
            if (value == "participant") next.lanes = LaneMode::Participant;
            else if (value == "source") next.lanes = LaneMode::Source;
            else if (value == "kind") next.lanes = LaneMode::Kind;
            else continue;
        } else if (key == "hideKinds") next.filter.hiddenKinds = decodeList(raw);
        else if (key == "hideSources") next.filter.hiddenSources = decodeList(raw);
        else if (key == "status") {
            next.filter.happened = value.find('h') != std::string::npos;
            next.filter.planned = value.find('p') != std::string::npos;
            next.filter.possible = value.find('o') != std::string::npos;
        } else if (key == "range") {
            const std::size_t comma = value.find(',');
            double a = 0, b = 0;
            if (comma == std::string::npos || !parseNumber(value.substr(0, comma), a) ||
                !parseNumber(value.substr(comma + 1), b) || !(a < b))
                continue;
            next.filter.hasRange = true;
            next.filter.rangeFirst = a;
            next.filter.rangeLast = b;
        } else if (key == "entity") next.filter.entity = value;
        else if (key == "q") next.filter.search = value;
        else if (key == "sel") next.selectedEvent = value;
        else if (key == "art") next.selectedArticle = value;
        else if (key == "theme") next.dark = value != "light";
        else continue;
        any = true;
    }
    if (haveFrom && haveTo && from < to && to - from >= kMinVisibleDays * 0.99 && to - from <= kMaxVisibleDays * 1.01) {
        next.firstDay = from;
        next.lastDay = to;
        any = true;
    }
    if (any) v = next;
    return any;
}

} // namespace dateline::app
