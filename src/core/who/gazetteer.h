// Gazetteers and name tables loaded from assets/gazetteers and assets/rules/who.
#pragma once

#include "core/model.h"
#include "core/text/word_table.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dateline {

struct GazetteerEntry {
    std::string name; // canonical name ("North Korea", "Korean Central News Agency")
    EntityKind kind = EntityKind::Other;
    std::string subtype; // country | city | region | landmark | agency | international | government ...
    std::string within;  // containing place for places, home country for organisations
};

enum class PhraseRole { Entity, Demonym, Title };

struct PhraseHit {
    PhraseRole role = PhraseRole::Entity;
    int entry = -1;    // index into Gazetteer::entries (Entity, Demonym)
    int rank = 0;      // seniority (Title)
    std::string title; // canonical title text (Title)
};

struct Gazetteer {
    std::vector<GazetteerEntry> entries;
    // Entities and demonyms: key is the phrase's words joined by one space, case kept.
    WordTable<PhraseHit> namedPhrases;
    // Titles: lower-case key.
    WordTable<PhraseHit> titlePhrases;
    std::size_t maxPhraseWords = 1;
    WordTable<bool> namedFirstWords; // first word of every named phrase (case kept)
    WordTable<bool> titleFirstWords; // first word of every title (lower case)
    std::unordered_map<std::string, std::string> nameVariants; // lower → canonical lower
    std::unordered_map<std::string, EntityKind> nameParts;     // "airport" → Place
    std::unordered_set<std::string> companySuffixes;           // "corp", "inc": name parts a company drops
    std::unordered_set<std::string> notNames;
    std::unordered_set<std::string> givenNames;   // lower case, variants unified
    std::unordered_set<std::string> nameSuffixes; // "jr", "iii": after a name, never its family name
    std::unordered_set<std::string> nameParticles; // "van", "de": lower-case words inside a name
    // Verbs that make an unknown name next to them a person: "Ingvild Haugen said" (after the
    // name), "…, said Ingvild Haugen" (before it).
    std::unordered_set<std::string> personVerbsAfter, personVerbsBefore;
    std::vector<Diagnostic> diagnostics;

    // Per lower-case word, which of the tables above may hold it: one lookup per token instead
    // of one per table (most words are in none).
    enum WordFlag : unsigned char {
        NamedFirstWord = 1, // some named phrase starts with this word in some capitalisation
        TitleFirstWord = 2,
        NotNameWord = 4,
        PlacePartWord = 8,
        OrgPartWord = 16,
    };
    WordTable<unsigned char> wordFlags;
    unsigned char flagsOf(std::string_view lowerWord) const {
        const unsigned char* flags = wordFlags.find(lowerWord);
        return flags ? *flags : 0;
    }
    std::unordered_map<std::string, int> entryByName;
    // Every proper word prefix of a named phrase (case kept) and of a title (lower case): a
    // longer lookup is worth trying only after one of these.
    WordTable<bool> namedPrefixes, titlePrefixes;

    int find(const std::string& canonicalName) const; // entry index or -1
    // True when place a lies in place b (or is b), following "within" links.
    bool placeWithin(const std::string& a, const std::string& b) const;
    // For a name the gazetteer does not know that starts with a known place and has a place word
    // after it ("Muscat International Airport", "Oslo Airport Gardermoen"): that place; else "".
    std::string knownPlaceOf(const std::string& name) const;
};

// The embedded gazetteer, loaded once.
const Gazetteer& builtinGazetteer();

} // namespace dateline
