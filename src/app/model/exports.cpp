// CSV and TimelineJS exports of events.
#include "app/model/exports.h"

#include "app/model/event_filter.h"
#include "core/calendar.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace dateline::app {
namespace {

std::string csvCell(const std::string& s) {
    std::string v = s;
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(v.begin(), '\'');
    std::string out = "\"";
    for (const char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

struct Names {
    std::unordered_map<std::string, const Entity*> entity;
    std::unordered_map<std::string, const Article*> article;
    explicit Names(const Timeline& t) {
        for (const auto& e : t.entities) entity.emplace(e.id, &e);
        for (const auto& a : t.articles) article.emplace(a.id, &a);
    }
    std::string entityName(const std::string& id) const {
        const auto it = entity.find(id);
        return it == entity.end() ? id : it->second->name;
    }
};

// Evidence is article text: never let it become markup in TimelineJS's HTML slides.
std::string escapeHtml(const std::string& s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

nlohmann::json tjsDate(long day) {
    const CivilDate c = civilFromDays(day);
    return {{"year", c.year}, {"month", c.month}, {"day", c.day}};
}

} // namespace

std::string exportEventsCsv(const Timeline& t, const std::vector<bool>* visible) {
    const Names names(t);
    std::string out = "id,kind,label,date,earliest,latest,granularity,date_basis,status,participants,place,sources,"
                      "first_outlet,first_published,first_evidence\r\n";
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        if (visible && !(*visible)[i]) continue;
        const Event& e = t.events[i];
        std::string participants;
        for (const auto& p : e.participants) participants += (participants.empty() ? "" : "; ") + names.entityName(p);
        std::string outlet, published, evidence;
        if (!e.sources.empty()) {
            evidence = e.sources[0].sentence;
            const auto it = names.article.find(e.sources[0].article);
            if (it != names.article.end()) {
                outlet = outletName(*it->second);
                published = it->second->published.value;
            }
        }
        const std::string cells[] = {e.id, e.kind, e.label, e.date.value, e.date.earliest, e.date.latest,
                                     toString(e.date.granularity), toString(e.date.basis), toString(e.status),
                                     participants, e.place.empty() ? "" : names.entityName(e.place),
                                     std::to_string(e.sources.size()), outlet, published, evidence};
        bool first = true;
        for (const auto& c : cells) {
            if (!first) out += ',';
            out += csvCell(c);
            first = false;
        }
        out += "\r\n";
    }
    return out;
}

std::string exportTimelineJs(const Timeline& t, const std::vector<bool>* visible) {
    const Names names(t);
    nlohmann::json events = nlohmann::json::array();
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        if (visible && !(*visible)[i]) continue;
        const Event& e = t.events[i];
        long first = 0, last = 0;
        if (!dayRangeOfIso(e.date.earliest, first, last) && !dayRangeOfIso(e.date.value, first, last)) continue;
        long f2 = 0, l2 = 0;
        if (dayRangeOfIso(e.date.latest, f2, l2)) last = l2;
        nlohmann::json slide;
        slide["unique_id"] = e.id;
        slide["group"] = e.kind;
        slide["start_date"] = tjsDate(first);
        if (e.date.granularity == Granularity::Year) slide["start_date"].erase("month");
        if (e.date.granularity == Granularity::Year || e.date.granularity == Granularity::Month)
            slide["start_date"].erase("day");
        if (last > first) slide["end_date"] = tjsDate(last);
        slide["display_date"] = e.date.value + (e.status == EventStatus::Happened ? "" : std::string(" (") + toString(e.status) + ")");
        std::string body;
        for (const auto& s : e.sources) {
            const auto it = names.article.find(s.article);
            body += "<p>\u201C" + escapeHtml(s.sentence) + "\u201D";
            if (it != names.article.end()) body += " \u2014 " + escapeHtml(outletName(*it->second)) + ", " + escapeHtml(it->second->published.value);
            body += "</p>";
        }
        slide["text"] = {{"headline", e.label}, {"text", body}};
        events.push_back(std::move(slide));
    }
    nlohmann::json doc = {{"title", {{"text", {{"headline", "Dateline timeline"}, {"text", std::to_string(events.size()) + " events"}}}}},
                          {"events", std::move(events)}};
    // replace: invalid UTF-8 must never abort (the build has no exceptions).
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace dateline::app
