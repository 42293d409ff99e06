// dateline/1 JSON writer and tolerant reader, built on nlohmann/json without exceptions.
#include "core/io/bundle_json.h"

#include <nlohmann/json.hpp>

#include <set>

namespace dateline {
namespace {

using nlohmann::json;

json spanList(const std::vector<ByteSpan>& spans) {
    json a = json::array();
    for (const auto& s : spans) a.push_back({{"start", s.start}, {"end", s.end}});
    return a;
}

json articleJson(const Article& a) {
    json timexes = json::array();
    for (const auto& t : a.timexes) {
        json j = {{"start", t.start}, {"end", t.end}, {"text", t.text}, {"type", t.type}, {"value", t.value}};
        if (!t.mod.empty()) j["mod"] = t.mod;
        if (!t.quant.empty()) j["quant"] = t.quant;
        if (!t.freq.empty()) j["freq"] = t.freq;
        if (!t.anchor.empty()) j["anchor"] = t.anchor;
        timexes.push_back(std::move(j));
    }
    json removed = json::array();
    for (const auto& r : a.removed) removed.push_back({{"text", r.text}, {"reason", r.reason}, {"at", r.beforeOffset}});
    json published = {{"value", a.published.value.empty() ? json(nullptr) : json(a.published.value)},
                      {"basis", toString(a.published.basis)},
                      {"evidence", a.published.evidence}};
    if (!a.published.updated.empty()) published["updated"] = a.published.updated;
    return {{"id", a.id},
            {"file", a.file},
            {"title", a.title},
            {"source", a.source},
            {"author", a.author},
            {"language", a.language},
            {"published", std::move(published)},
            {"text", a.text},
            {"paragraphs", spanList(a.paragraphs)},
            {"sentences", spanList(a.sentences)},
            {"captions", spanList(a.captions)},
            {"removed", std::move(removed)},
            {"timexes", std::move(timexes)}};
}

json entityJson(const Entity& e, const std::vector<Article>& articles) {
    json mentions = json::array();
    for (const auto& m : e.mentions)
        if (m.article < articles.size())
            mentions.push_back({{"article", articles[m.article].id}, {"start", m.start}, {"end", m.end}});
    return {{"id", e.id},           {"name", e.name},   {"kind", toString(e.kind)},
            {"aliases", e.aliases}, {"roles", e.roles}, {"mentions", std::move(mentions)}};
}

json eventJson(const Event& e) {
    json sources = json::array();
    for (const auto& s : e.sources)
        sources.push_back({{"article", s.article},
                           {"start", s.start},
                           {"end", s.end},
                           {"sentence", s.sentence},
                           {"date", s.claimedDate}});
    json conflicts = json::array();
    for (const auto& c : e.conflicts) conflicts.push_back({{"field", c.field}, {"claims", c.claims}});
    return {{"id", e.id},
            {"kind", e.kind},
            {"label", e.label},
            {"date",
             {{"value", e.date.value},
              {"granularity", toString(e.date.granularity)},
              {"earliest", e.date.earliest},
              {"latest", e.date.latest},
              {"basis", toString(e.date.basis)}}},
            {"participants", e.participants},
            {"place", e.place.empty() ? json(nullptr) : json(e.place)},
            {"status", toString(e.status)},
            {"negated", e.negated},
            {"sources", std::move(sources)},
            {"conflicts", std::move(conflicts)}};
}

// Typed field access that records a diagnostic instead of throwing.
struct FieldReader {
    std::vector<Diagnostic>& diags;
    std::string file;
    std::string where;

    void problem(const std::string& msg) { diags.push_back({Severity::Warning, file, 0, where + ": " + msg}); }

    std::string str(const json& o, const char* key, bool required = false) {
        const auto it = o.find(key);
        if (it == o.end() || it->is_null()) {
            if (required) problem(std::string("missing \"") + key + "\"");
            return {};
        }
        if (!it->is_string()) {
            problem(std::string("\"") + key + "\" is not a string");
            return {};
        }
        return it->get<std::string>();
    }
    std::size_t offset(const json& o, const char* key, std::size_t limit, bool& ok) {
        const auto it = o.find(key);
        if (it == o.end() || !it->is_number_unsigned() || it->get<std::uint64_t>() > limit) {
            problem(std::string("\"") + key + "\" is not an offset within the text");
            ok = false;
            return 0;
        }
        return static_cast<std::size_t>(it->get<std::uint64_t>());
    }
    std::vector<std::string> strings(const json& o, const char* key) {
        std::vector<std::string> out;
        const auto it = o.find(key);
        if (it == o.end() || it->is_null()) return out;
        if (!it->is_array()) {
            problem(std::string("\"") + key + "\" is not a list");
            return out;
        }
        for (const auto& v : *it)
            if (v.is_string()) out.push_back(v.get<std::string>());
            else problem(std::string("\"") + key + "\" holds a non-string");
        return out;
    }
    const json& list(const json& o, const char* key) {
        static const json empty = json::array();
        const auto it = o.find(key);
        if (it == o.end() || it->is_null()) return empty;
        if (!it->is_array()) {
            problem(std::string("\"") + key + "\" is not a list");
            return empty;
        }
        return *it;
    }
    std::vector<ByteSpan> spans(const json& o, const char* key, std::size_t limit) {
        std::vector<ByteSpan> out;
        for (const auto& s : list(o, key)) {
            bool ok = s.is_object();
            if (!ok) continue;
            ByteSpan b{offset(s, "start", limit, ok), offset(s, "end", limit, ok)};
            if (ok && b.start <= b.end) out.push_back(b);
        }
        return out;
    }
};

Article readArticle(const json& j, FieldReader& f) {
    Article a;
    a.id = f.str(j, "id", true);
    a.file = f.str(j, "file");
    a.title = f.str(j, "title");
    a.source = f.str(j, "source");
    a.author = f.str(j, "author");
    a.language = f.str(j, "language");
    if (a.language.empty()) a.language = "en";
    a.text = f.str(j, "text", true);
    const auto pub = j.find("published");
    if (pub != j.end() && pub->is_object()) {
        a.published.value = f.str(*pub, "value");
        a.published.evidence = f.str(*pub, "evidence");
        a.published.updated = f.str(*pub, "updated");
        if (!parseDateBasis(f.str(*pub, "basis"), a.published.basis)) a.published.basis = DateBasis::Unknown;
    }
    const std::size_t n = a.text.size();
    a.paragraphs = f.spans(j, "paragraphs", n);
    a.sentences = f.spans(j, "sentences", n);
    a.captions = f.spans(j, "captions", n);
    for (const auto& r : f.list(j, "removed"))
        if (r.is_object()) {
            bool ok = true;
            a.removed.push_back({f.str(r, "text"), f.str(r, "reason"), f.offset(r, "at", n, ok)});
        }
    for (const auto& t : f.list(j, "timexes")) {
        if (!t.is_object()) continue;
        bool ok = true;
        Timex x;
        x.start = f.offset(t, "start", n, ok);
        x.end = f.offset(t, "end", n, ok);
        x.text = f.str(t, "text");
        x.type = f.str(t, "type");
        x.value = f.str(t, "value");
        x.mod = f.str(t, "mod");
        x.quant = f.str(t, "quant");
        x.freq = f.str(t, "freq");
        x.anchor = f.str(t, "anchor");
        if (ok && x.start <= x.end) a.timexes.push_back(std::move(x));
    }
    return a;
}

} // namespace

std::string writeBundle(const Timeline& t, int indent) {
    json articles = json::array(), entities = json::array(), events = json::array(), diagnostics = json::array();
    for (const auto& a : t.articles) articles.push_back(articleJson(a));
    for (const auto& e : t.entities) entities.push_back(entityJson(e, t.articles));
    for (const auto& e : t.events) events.push_back(eventJson(e));
    for (const auto& d : t.diagnostics)
        diagnostics.push_back(
            {{"severity", toString(d.severity)}, {"file", d.file}, {"line", d.line}, {"message", d.message}});
    json root = {{"schema", kSchemaName},
                 {"articles", std::move(articles)},
                 {"entities", std::move(entities)},
                 {"events", std::move(events)},
                 {"diagnostics", std::move(diagnostics)}};
    return root.dump(indent, ' ', false, json::error_handler_t::replace);
}

BundleReadResult readBundle(std::string_view text, std::string_view fileName) {
    BundleReadResult r;
    const std::string file(fileName);
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) {
        r.diagnostics.push_back({Severity::Error, file, 0, "not valid JSON"});
        return r;
    }
    if (!root.is_object() || root.value("schema", json()) != json(kSchemaName)) {
        r.diagnostics.push_back({Severity::Error, file, 0, std::string("not a ") + kSchemaName + " bundle"});
        return r;
    }
    FieldReader f{r.diagnostics, file, "bundle"};
    std::set<std::string> ids;
    std::size_t index = 0;
    for (const auto& j : f.list(root, "articles")) {
        f.where = "articles[" + std::to_string(index++) + "]";
        if (!j.is_object()) {
            f.problem("not an object");
            continue;
        }
        Article a = readArticle(j, f);
        if (a.id.empty() || a.text.empty()) {
            f.problem("skipped: no id or no text");
            continue;
        }
        if (!ids.insert(a.id).second) {
            f.problem("skipped: duplicate id \"" + a.id + "\"");
            continue;
        }
        r.timeline.articles.push_back(std::move(a));
    }
    r.ok = !r.timeline.articles.empty();
    if (!r.ok) r.diagnostics.push_back({Severity::Error, file, 0, "bundle holds no readable article"});
    return r;
}

} // namespace dateline
