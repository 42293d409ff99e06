// Loads gazetteer and name-table data files into lookup maps (once, at first use).
#include "core/who/gazetteer.h"

#include "core/assets/data_file.h"
#include "core/who/word_tokens.h"

namespace dateline {
namespace {

// A field's value; "-" marks an empty field (the row format has no empty fields).
std::string field(const DataRow& row, std::size_t i) {
    if (i >= row.fields.size() || row.fields[i] == "-") return {};
    return row.fields[i];
}

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = s.find(';', i);
        if (j == std::string::npos) j = s.size();
        std::string_view item = trimView(std::string_view(s).substr(i, j - i));
        if (item.size() > 4 && item.substr(0, 4) == "the ") item.remove_prefix(4);
        if (!item.empty()) out.emplace_back(item);
        i = j + 1;
    }
    return out;
}

// Words of a phrase as the tokenizer sees them, joined by one space.
std::string phraseKey(const std::string& phrase, bool lower) {
    std::string key;
    for (const auto& t : tokenizeWords(phrase)) {
        if (!key.empty()) key += ' ';
        key += lower ? t.lower : phrase.substr(t.start, t.end - t.start);
    }
    return key;
}

std::size_t wordCount(const std::string& key) {
    std::size_t n = key.empty() ? 0 : 1;
    for (char c : key)
        n += c == ' ';
    return n;
}

void addPhrase(Gazetteer& g, WordTable<PhraseHit>& map, const std::string& key, const PhraseHit& hit) {
    if (key.empty()) return;
    map.insert(key, hit); // first definition wins
    (&map == &g.titlePhrases ? g.titleFirstWords : g.namedFirstWords).insert(key.substr(0, key.find(' ')));
    auto& prefixes = &map == &g.titlePhrases ? g.titlePrefixes : g.namedPrefixes;
    for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
        prefixes.insert(key.substr(0, sp));
    g.maxPhraseWords = std::max(g.maxPhraseWords, wordCount(key));
}

void collect(Gazetteer& g, const DataFile& f) {
    for (const auto& d : f.diagnostics)
        g.diagnostics.push_back(d);
}

Gazetteer loadGazetteer() {
    Gazetteer g;
    const auto places = loadDataAsset("gazetteers/places.txt");
    collect(g, places);
    for (const auto& row : places.rows) {
        if (row.fields.empty()) continue;
        GazetteerEntry e{row.fields[0], EntityKind::Place, field(row, 1), field(row, 2)};
        const int idx = static_cast<int>(g.entries.size());
        g.entries.push_back(e);
        g.entryByName.emplace(e.name, idx); // first entry of a name wins
        addPhrase(g, g.namedPhrases, phraseKey(e.name, false), {PhraseRole::Entity, idx, 0, ""});
        for (const auto& alias : splitList(field(row, 3)))
            addPhrase(g, g.namedPhrases, phraseKey(alias, false), {PhraseRole::Entity, idx, 0, ""});
    }
    const auto orgs = loadDataAsset("gazetteers/organisations.txt");
    collect(g, orgs);
    for (const auto& row : orgs.rows) {
        if (row.fields.empty()) continue;
        GazetteerEntry e{row.fields[0], EntityKind::Org, field(row, 1), field(row, 2)};
        const int idx = static_cast<int>(g.entries.size());
        g.entries.push_back(e);
        g.entryByName.emplace(e.name, idx); // first entry of a name wins
        addPhrase(g, g.namedPhrases, phraseKey(e.name, false), {PhraseRole::Entity, idx, 0, ""});
        for (const auto& alias : splitList(field(row, 3)))
            addPhrase(g, g.namedPhrases, phraseKey(alias, false), {PhraseRole::Entity, idx, 0, ""});
    }
    const auto demonyms = loadDataAsset("gazetteers/demonyms.txt");
    collect(g, demonyms);
    for (const auto& row : demonyms.rows) {
        if (row.fields.size() < 2) continue;
        const int idx = g.find(row.fields[1]);
        if (idx < 0) {
            g.diagnostics.push_back(
                {Severity::Error, demonyms.path, row.line, "demonym of unknown place " + row.fields[1]});
            continue;
        }
        addPhrase(g, g.namedPhrases, phraseKey(row.fields[0], false), {PhraseRole::Demonym, idx, 0, ""});
    }
    const auto titles = loadDataAsset("rules/who/titles.txt");
    collect(g, titles);
    for (const auto& row : titles.rows) {
        if (row.fields.empty()) continue;
        int rank = 0;
        if (row.fields.size() > 1)
            for (char c : row.fields[1])
                if (c >= '0' && c <= '9' && rank < 1000) rank = rank * 10 + (c - '0');
        addPhrase(g, g.titlePhrases, phraseKey(row.fields[0], true), {PhraseRole::Title, -1, rank, row.fields[0]});
    }
    const auto variants = loadDataAsset("rules/who/name_variants.txt");
    collect(g, variants);
    for (const auto& row : variants.rows)
        if (row.fields.size() >= 2) g.nameVariants[lowerAsciiWord(row.fields[0])] = lowerAsciiWord(row.fields[1]);
    const auto parts = loadDataAsset("rules/who/name_parts.txt");
    collect(g, parts);
    for (const auto& row : parts.rows)
        if (row.fields.size() >= 2) {
            g.nameParts[lowerAsciiWord(row.fields[0])] = row.fields[1] == "place" ? EntityKind::Place : EntityKind::Org;
            if (row.fields[1] == "company") g.companySuffixes.insert(lowerAsciiWord(row.fields[0]));
        }
    const auto notNames = loadDataAsset("rules/who/not_names.txt");
    collect(g, notNames);
    for (const auto& row : notNames.rows)
        if (!row.fields.empty()) g.notNames.insert(lowerAsciiWord(row.fields[0]));
    const auto suffixes = loadDataAsset("rules/who/name_suffixes.txt");
    collect(g, suffixes);
    for (const auto& row : suffixes.rows)
        if (!row.fields.empty()) g.nameSuffixes.insert(lowerAsciiWord(row.fields[0]));
    const auto particles = loadDataAsset("rules/who/name_particles.txt");
    collect(g, particles);
    for (const auto& row : particles.rows)
        if (!row.fields.empty()) g.nameParticles.insert(lowerAsciiWord(row.fields[0]));
    const auto verbs = loadDataAsset("rules/who/person_verbs.txt");
    collect(g, verbs);
    for (const auto& row : verbs.rows) {
        if (row.fields.size() < 2) continue;
        const std::string verb = lowerAsciiWord(row.fields[0]);
        if (row.fields[1] == "after")
            g.personVerbsAfter.insert(verb);
        else if (row.fields[1] == "before")
            g.personVerbsBefore.insert(verb);
        else
            g.diagnostics.push_back(
                {Severity::Error, verbs.path, row.line, "side must be after or before: " + row.fields[1]});
    }
    const auto given = loadDataAsset("rules/who/given_names.txt");
    collect(g, given);
    for (const auto& row : given.rows) {
        if (row.fields.empty()) continue;
        const std::string lower = lowerAsciiWord(row.fields[0]);
        const auto v = g.nameVariants.find(lower);
        g.givenNames.insert(v != g.nameVariants.end() ? v->second : lower);
    }
    g.namedFirstWords.forEach(
        [&](const std::string& w, bool) { g.wordFlags[lowerAsciiWord(w)] |= Gazetteer::NamedFirstWord; });
    g.titleFirstWords.forEach([&](const std::string& w, bool) { g.wordFlags[w] |= Gazetteer::TitleFirstWord; });
    for (const auto& w : g.notNames)
        g.wordFlags[w] |= Gazetteer::NotNameWord;
    for (const auto& kv : g.nameParts)
        g.wordFlags[kv.first] |= kv.second == EntityKind::Place ? Gazetteer::PlacePartWord : Gazetteer::OrgPartWord;
    return g;
}

} // namespace

int Gazetteer::find(const std::string& canonicalName) const {
    const auto it = entryByName.find(canonicalName);
    return it == entryByName.end() ? -1 : it->second;
}

std::string Gazetteer::knownPlaceOf(const std::string& name) const {
    if (find(name) >= 0) return std::string();
    // Word boundaries of the name; the longest proper prefix that is a known place wins.
    std::vector<std::size_t> spaces;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (name[i] == ' ') spaces.push_back(i);
    for (auto it = spaces.rbegin(); it != spaces.rend(); ++it) {
        const int i = find(name.substr(0, *it));
        if (i < 0 || entries[static_cast<std::size_t>(i)].kind != EntityKind::Place) continue;
        // Only a facility or area word after it says "inside": "Muscat International Airport",
        // "Oslo Airport Gardermoen", "Accra Sports Stadium"; not "Jordan Peterson".
        std::size_t start = *it + 1;
        while (start < name.size()) {
            std::size_t end = name.find(' ', start);
            if (end == std::string::npos) end = name.size();
            const auto part = nameParts.find(lowerAsciiWord(name.substr(start, end - start)));
            if (part != nameParts.end() && part->second == EntityKind::Place) return name.substr(0, *it);
            start = end + 1;
        }
        return std::string();
    }
    return std::string();
}

bool Gazetteer::placeWithin(const std::string& a, const std::string& b) const {
    std::string cur = a;
    for (int depth = 0; depth < 6 && !cur.empty(); ++depth) {
        if (cur == b) return true;
        const int i = find(cur);
        if (i < 0) {
            if (depth != 0) return false;
            cur = knownPlaceOf(cur); // an unknown facility named after its place lies in it
            continue;
        }
        cur = entries[static_cast<std::size_t>(i)].within;
    }
    return false;
}

const Gazetteer& builtinGazetteer() {
    static const Gazetteer g = loadGazetteer();
    return g;
}

} // namespace dateline
