// Gazetteers and name tables loaded from assets/gazetteers and assets/rules/who.
#pragma once

#include "core/model.h"

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
    std::unordered_map<std::string, PhraseHit> namedPhrases;
    // Titles: lower-case key.
    std::unordered_map<std::string, PhraseHit> titlePhrases;
    std::size_t maxPhraseWords = 1;
    std::unordered_set<std::string> namedFirstWords;           // first word of every named phrase (case kept)
    std::unordered_set<std::string> titleFirstWords;           // first word of every title (lower case)
    std::unordered_map<std::string, std::string> nameVariants; // lower → canonical lower
    std::unordered_map<std::string, EntityKind> nameParts;     // "airport" → Place
    std::unordered_set<std::string> notNames;
    std::unordered_set<std::string> givenNames;   // lower case, variants unified
    std::unordered_set<std::string> nameSuffixes; // "jr", "iii": after a name, never its family name
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
    std::unordered_map<std::string, unsigned char> wordFlags;
    unsigned char flagsOf(const std::string& lowerWord) const {
        const auto it = wordFlags.find(lowerWord);
        return it == wordFlags.end() ? 0 : it->second;
    }
    std::unordered_map<std::string, int> entryByName;
    // Every proper word prefix of a named phrase (case kept) and of a title (lower case): a
    // longer lookup is worth trying only after one of these.
    std::unordered_set<std::string> namedPrefixes, titlePrefixes;

    int find(const std::string& canonicalName) const; // entry index or -1
    // True when place a lies in place b (or is b), following "within" links.
    bool placeWithin(const std::string& a, const std::string& b) const;
};

// The embedded gazetteer, loaded once.
const Gazetteer& builtinGazetteer();

} // namespace dateline
