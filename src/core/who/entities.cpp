// Entity finder: gazetteer phrases, titled names, appositions, Korean-style names, then aliases.
//
// Index:
//   [SECTION] Name keys
//   [SECTION] Scanning one article
//   [SECTION] Corpus resolution
#include "core/who/entities.h"

#include "core/text/utf8.h"
#include "core/who/gazetteer.h"
#include "core/who/word_tokens.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace dateline {

// [SECTION] Name keys ---------------------------------------------------------

namespace {

std::vector<std::string> nameWords(const std::string& fullName) {
    const Gazetteer& g = builtinGazetteer();
    std::vector<std::string> words;
    std::string cur;
    auto flush = [&] {
        if (cur.empty()) return;
        const auto it = g.nameVariants.find(cur);
        words.push_back(it != g.nameVariants.end() ? it->second : cur);
        cur.clear();
    };
    // "Rafał" and "Rafal" are one spelling of the key.
    for (char c : lowerAsciiWord(foldLatinDiacritics(fullName))) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '.' || c == ',')
            flush();
        else
            cur += c;
    }
    flush();
    return words;
}

// Korean-style names put the family name first: "Choe Son-hui", "Kim Jong-un".
bool familyNameFirst(const std::string& fullName) {
    const std::size_t space = fullName.find(' ');
    if (space == std::string::npos) return false;
    const std::size_t hyphen = fullName.find('-', space);
    return hyphen != std::string::npos && fullName.find(' ', space + 1) == std::string::npos;
}

// The family name of a full name, from its nameWords.
std::string surnameOf(const std::string& fullName, const std::vector<std::string>& words) {
    // "Ferdinand Marcos Jr.": the suffix stays in the key (Sr. and Jr. are two people) but is
    // not the family name, so a bare "Marcos" finds him.
    const Gazetteer& g = builtinGazetteer();
    std::size_t count = words.size();
    while (count > 1 && g.nameSuffixes.count(words[count - 1]))
        --count;
    if (count == 0) return {};
    return familyNameFirst(fullName) ? words.front() : words[count - 1];
}

std::string surnameKey(const std::string& fullName) { return surnameOf(fullName, nameWords(fullName)); }

std::string joinedKey(const std::vector<std::string>& words) {
    std::string key;
    for (const auto& w : words) {
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

// A shorter spelling of a fuller name: its words in order within the other's ("Tayyip Erdogan",
// "Recep Tayyip Erdogan").
bool wordsWithin(const std::vector<std::string>& shortWords, const std::vector<std::string>& longWords) {
    std::size_t k = 0;
    for (const auto& w : longWords)
        if (k < shortWords.size() && w == shortWords[k]) ++k;
    return longWords.size() > shortWords.size() && k == shortWords.size();
}

} // namespace

std::string personKey(const std::string& fullName) { return joinedKey(nameWords(fullName)); }

// [SECTION] Scanning one article ----------------------------------------------

namespace {

struct KnownPerson {
    std::string key;     // personKey
    std::string name;    // first full spelling seen
    std::string surname; // lower-case family name
    std::string role;
    int rank = 0;
    std::string affiliation; // entity key of "Russian" in "Russian Foreign Minister …"
};

const std::string noRole;

// One mention found in an article. Gazetteer places and organisations are kept as their entry
// (most mentions are, and a key string for each would be an allocation per mention).
struct Found {
    std::size_t start = 0, end = 0;
    int entry = -1;  // index in Gazetteer::entries, else key and name below
    std::string key; // "person:…", "place:…", "org:…"
    std::string name;
    EntityKind kind = EntityKind::Other;
    bool demonym = false;
    bool modifier = false; // "North Korea’s" in "North Korea’s Foreign Minister Choe"
    bool titled = false;
    bool titleOnly = false;              // "the North Korean foreign minister"
    std::string acronym;                 // "ILWU Canada" defined in parentheses after the name
    const std::string* role = &noRole;   // a title's canonical text (the gazetteer holds it)
    int rank = 0;
};

// "place:North Korea": the entity key of a gazetteer entry.
std::string entryKey(const GazetteerEntry& e) {
    return std::string(e.kind == EntityKind::Place ? "place:" : "org:") + e.name;
}

struct Scanner {
    Scanner(std::string_view t, const std::vector<WordToken>& tokens, const Gazetteer& gaz,
            const std::unordered_map<std::string, KnownPerson>& persons,
            const std::unordered_multimap<std::string, std::string>& surnames,
            const std::unordered_map<std::string, std::string>& companies)
        : text(t), tok(tokens), g(gaz), corpusPersons(persons), corpusSurnames(surnames), corpusCompanies(companies) {
        // Phrase lookups are the hot path: do them once per token.
        namedLen.assign(tok.size(), 0);
        namedHit.assign(tok.size(), nullptr);
        titleLen.assign(tok.size(), 0);
        titleHit.assign(tok.size(), nullptr);
        notName.assign(tok.size(), 0);
        partKind.assign(tok.size(), 0);
        for (std::size_t i = 0; i < tok.size(); ++i) {
            const unsigned char flags = g.flagsOf(asciiForm(tok[i].lower, folded));
            if (!flags) continue;
            if (flags & Gazetteer::NamedFirstWord) namedLen[i] = lookupNamed(i, namedHit[i]);
            if (flags & Gazetteer::TitleFirstWord) titleLen[i] = lookupTitle(i, titleHit[i]);
            notName[i] = (flags & Gazetteer::NotNameWord) != 0;
            partKind[i] = flags & Gazetteer::PlacePartWord ? 1 : flags & Gazetteer::OrgPartWord ? 2 : 0;
        }
    }

    std::vector<char> notName;  // the word never belongs to a name
    std::vector<char> partKind; // 1: place word ("Airport"), 2: organisation word ("Ministry")

    std::vector<std::size_t> namedLen, titleLen;
    std::vector<const PhraseHit*> namedHit, titleHit; // into the gazetteer's maps

    std::string_view text;
    const std::vector<WordToken>& tok;
    const Gazetteer& g;
    const std::unordered_map<std::string, KnownPerson>& corpusPersons;       // by key
    const std::unordered_multimap<std::string, std::string>& corpusSurnames; // surname → key
    // Short name → full name: a company without its suffix, an acronym defined after the name.
    const std::unordered_map<std::string, std::string>& corpusCompanies;
    std::vector<Found> found;
    bool personsOnly = false; // the corpus pass: places and organisations are not kept
    std::unordered_map<std::string, KnownPerson> articlePersons;

    std::string word(std::size_t i) const { return std::string(wordView(i)); }
    std::string_view wordView(std::size_t i) const { return text.substr(tok[i].start, tok[i].end - tok[i].start); }

    // The gazetteer is written without diacritics ("Gdansk", "Sao Paulo"); text often has them.
    // Words with no byte above ASCII, nearly all of them, are looked up as they are.
    static std::string_view asciiForm(std::string_view w, std::string& buffer) {
        if (std::none_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return w;
        buffer = foldLatinDiacritics(w);
        return buffer;
    }
    mutable std::string folded;    // asciiForm's buffer
    mutable std::string phraseKey; // the phrase lookups' key, built word by word (one buffer a scan)
    bool breaksAfter(std::size_t i) const { return tok[i].commaAfter || tok[i].stopAfter || tok[i].possessive; }

    std::size_t namedPhraseAt(std::size_t i, const PhraseHit*& hit) const {
        if (namedLen[i]) hit = namedHit[i];
        return namedLen[i];
    }
    std::size_t titleAt(std::size_t i, const PhraseHit*& hit) const {
        if (titleLen[i]) hit = titleHit[i];
        return titleLen[i];
    }

    // Longest gazetteer entity/demonym phrase starting at i (capitalised start), or 0 words.
    std::size_t lookupNamed(std::size_t i, const PhraseHit*& hit) const {
        if (!tok[i].capitalised || !g.namedFirstWords.contains(asciiForm(wordView(i), folded))) return 0;
        std::string& key = phraseKey;
        key.clear();
        std::size_t best = 0;
        for (std::size_t n = 0; n < g.maxPhraseWords && i + n < tok.size(); ++n) {
            if (n) key += ' ';
            key += asciiForm(wordView(i + n), folded);
            if (const PhraseHit* found = g.namedPhrases.find(key)) best = n + 1, hit = found;
            if (breaksAfter(i + n) || !g.namedPrefixes.contains(key)) break;
        }
        return best;
    }

    std::size_t lookupTitle(std::size_t i, const PhraseHit*& hit) const {
        if (!g.titleFirstWords.contains(tok[i].lower)) return 0;
        std::string& key = phraseKey;
        key.clear();
        std::size_t best = 0;
        for (std::size_t n = 0; n < 4 && i + n < tok.size(); ++n) {
            if (n) key += ' ';
            key += tok[i + n].lower;
            if (const PhraseHit* found = g.titlePhrases.find(key)) best = n + 1, hit = found;
            if ((breaksAfter(i + n) && !(n == 0 && tok[i].lower == "secretary")) || !g.titlePrefixes.contains(key)) break;
        }
        return best;
    }

    bool nameLike(std::size_t i) const {
        if (!tok[i].capitalised && !particleJoined(i)) return false;
        if (notName[i]) return false;
        const char c = text[tok[i].start];
        if (c >= '0' && c <= '9') return false;
        if (tok[i].end - tok[i].start >= 2 && text[tok[i].end - 1] == '.') return false; // "U.S."
        return namedLen[i] == 0 && titleLen[i] == 0;
    }

    // "al-Busaidi", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
    bool particleJoined(std::size_t i) const {
        const std::string& w = tok[i].lower;
        const std::size_t h = w.find('-');
        if (h == std::string::npos || h == 0 || h + 1 >= w.size() || !g.nameParticles.count(w.substr(0, h)))
            return false;
        const char c = text[tok[i].start + h + 1];
        return c >= 'A' && c <= 'Z';
    }

    // Capitalised name words from i (at most 4), stopping at punctuation. Inside a name, initials
    // ("J.P. Okafor", "Dana R. Whitfield") and particles ("Marie-Claire van Houten", "Ursula von
    // der Leyen", "Faisal bin Hamad Al Busaidi") join it when a name word follows; particles do
    // not count towards the four words.
    std::size_t nameRun(std::size_t i) const {
        std::size_t j = i, words = 0;
        while (j < tok.size() && words < 4) {
            if (j > i && !spaceBetween(j - 1, j)) break; // "Ole Berg/NTB", "WATCH | Fortier"
            if (nameLike(j)) {
                ++j, ++words;
                if (breaksAfter(j - 1)) break;
                continue;
            }
            std::size_t k = j; // the first name word after particles or initials
            if (initials(j))
                k = j + 1;
            else if (j > i)
                while (k < tok.size() && k < j + 3 && !tok[k].capitalised && g.nameParticles.count(tok[k].lower) &&
                       !breaksAfter(k))
                    ++k;
            if (k == j || k >= tok.size() || breaksAfter(k - 1) || !nameLike(k)) break;
            if (initials(j)) ++words;
            j = k;
        }
        return j - i;
    }

    // Name words in a run, particles not counted.
    std::size_t nameWordsIn(std::size_t i, std::size_t run) const {
        std::size_t n = 0;
        for (std::size_t k = i; k < i + run; ++k)
            n += tok[k].capitalised || particleJoined(k);
        return n;
    }

    // Only white space between tokens a and b ("Ole Berg/NTB" is a name and a credit).
    bool spaceBetween(std::size_t a, std::size_t b) const {
        const std::string_view gap = text.substr(tok[a].end, tok[b].start - tok[a].end);
        for (std::size_t c = 0; c < gap.size(); ++c) {
            if (gap[c] == ' ' || gap[c] == '\t') continue;
            if (gap.compare(c, 2, "\xC2\xA0") == 0) { // no-break space
                ++c;
                continue;
            }
            return false;
        }
        return true;
    }

    // A run holding an organisation or place word ("Mines Rescue Services") is not a person's name.
    bool hasPartWord(std::size_t i, std::size_t run) const {
        for (std::size_t k = i; k < i + run; ++k)
            if (partKind[k]) return true;
        return false;
    }

    // An unknown given name, no title: the verb next to the run makes it a person ("Ingvild Haugen
    // met …", "…, said Ingvild Haugen"). Two or three name words, none an organisation or place
    // word, and (so that Title Case headlines do not count) a lower-case verb.
    bool personVerbNextTo(std::size_t i, std::size_t run) const {
        if (run < 2 || run > 3 || hasPartWord(i, run)) return false;
        for (std::size_t k = i; k < i + run; ++k) {
            const std::string_view w = wordView(k);
            // Not initials or acronyms ("CMA CGM said").
            if (!tok[k].capitalised || w.find('.') != std::string_view::npos ||
                std::all_of(w.begin(), w.end(), [](char c) { return c < 'a' || c > 'z'; }))
                return false;
        }
        // "the Ministry of Foreign Affairs said": the tail of an organisation's name.
        if (i > 0 && (tok[i - 1].lower == "of" || tok[i - 1].lower == "for")) return false;
        const std::size_t last = i + run - 1;
        if (last + 1 < tok.size() && !breaksAfter(last) && g.personVerbsAfter.count(tok[last + 1].lower) &&
            !tok[last + 1].capitalised)
            return true;
        return i > 0 && !breaksAfter(i - 1) && !tok[i - 1].capitalised && g.personVerbsBefore.count(tok[i - 1].lower);
    }

    // "J.P.", "R.", "J": one or two capital letters, each with its dot (a bare letter has none).
    bool initials(std::size_t i) const {
        const std::string_view w = wordView(i);
        if (w.empty() || w.size() > 4 || namedLen[i] || notName[i]) return false;
        for (std::size_t c = 0; c < w.size(); c += 2)
            if (w[c] < 'A' || w[c] > 'Z' || (c + 1 < w.size() && w[c + 1] != '.')) return false;
        return w.size() % 2 == 0;
    }

    bool knownGivenName(std::size_t i) const {
        auto known = [&](const std::string& w) {
            const auto v = g.nameVariants.find(w);
            return g.givenNames.count(v != g.nameVariants.end() ? v->second : w) > 0;
        };
        if (known(tok[i].lower)) return true;
        // "Márcio", "Sérgio": a given name written with diacritics is the listed plain one.
        if (tok[i].lower.find_first_of("\xC3\xC4\xC5") != std::string::npos &&
            known(lowerAsciiWord(foldLatinDiacritics(tok[i].lower))))
            return true;
        // "Marie-Claire", "Jean-Pierre": each part a given name.
        const std::size_t h = tok[i].lower.find('-');
        return h != std::string::npos && known(tok[i].lower.substr(0, h)) && known(tok[i].lower.substr(h + 1));
    }

    // "Son-hui", "Jong-un": a capitalised word, a hyphen, lower-case syllables.
    bool koreanGivenName(std::size_t i) const {
        const std::string w = word(i);
        const std::size_t h = w.find('-');
        return tok[i].capitalised && h != std::string::npos && h + 1 < w.size() && w[h + 1] >= 'a' && w[h + 1] <= 'z';
    }

    void addPerson(std::size_t first, std::size_t count, const std::string& role, int rank, bool titled) {
        const std::size_t last = first + count - 1;
        std::string name = std::string(text.substr(tok[first].start, tok[last].end - tok[first].start));
        for (auto& c : name)
            if (c == '\n' || c == '\t') c = ' ';
        const std::vector<std::string> words = nameWords(name);
        Found f;
        f.start = tok[first].start;
        f.end = tok[last].end;
        f.key = "person:" + joinedKey(words);
        f.kind = EntityKind::Person;
        f.titled = titled;
        f.role = &role;
        f.rank = rank;
        auto& p = articlePersons[f.key];
        if (p.key.empty()) p = {f.key, name, surnameOf(name, words), role, rank, ""};
        if (p.role.empty()) p.role = role, p.rank = rank;
        f.name = std::move(name);
        found.push_back(std::move(f));
    }

    int lastEntry = -1; // the place/org just before a title: the role's affiliation
    std::size_t lastEntityEnd = static_cast<std::size_t>(-1); // token after it

    void addEntity(std::size_t first, std::size_t count, const PhraseHit& hit, bool demonym) {
        lastEntry = hit.entry;
        lastEntityEnd = first + count;
        if (personsOnly) return;
        const GazetteerEntry& e = g.entries[static_cast<std::size_t>(hit.entry)];
        Found f;
        f.start = tok[first].start;
        f.end = tok[first + count - 1].end;
        f.entry = hit.entry;
        f.kind = e.kind;
        f.demonym = demonym;
        found.push_back(std::move(f));
    }

    // An organisation or place word among the capitalised words from k, before any break.
    bool partWordAhead(std::size_t k) const {
        for (; k < tok.size() && tok[k].capitalised; ++k) {
            if (partKind[k]) return true;
            if (breaksAfter(k)) break;
        }
        return false;
    }

    bool organisationWordFirst(std::size_t i) const {
        return partKind[i] == 2 && i + 2 < tok.size() && !breaksAfter(i) &&
               (tok[i + 1].lower == "of" || tok[i + 1].lower == "for") && tok[i + 2].capitalised && !notName[i + 2] &&
               !breaksAfter(i + 1);
    }

    // A capitalised run ending in an organisation/place word ("Russian Embassy", "Center for
    // Korean Studies"); words of/for/and may join it. Returns the words used, or 0.
    std::size_t institutionRun(std::size_t i, EntityKind& kind) const {
        if (!tok[i].capitalised || notName[i]) return 0;
        std::size_t j = i, best = 0;
        // "Ministry of Foreign Affairs", "Council for Geoscience": the organisation word first.
        const bool leads = organisationWordFirst(i);
        bool partSeen = false; // "of"/"for" follow an organisation word ("Bank of", "Center for")
        while (j < tok.size() && j - i < 8) {
            // The cheap tests first: a std::string compared with a literal is a library call.
            const bool connector = j > i && j + 1 < tok.size() && tok[j + 1].capitalised && !notName[j + 1] &&
                                   (tok[j].lower == "and" || (partSeen && (tok[j].lower == "of" || tok[j].lower == "for")));
            partSeen |= partKind[j] != 0;
            if (!tok[j].capitalised && !connector) break;
            if (j > i && !connector && notName[j]) break; // "Reuters and The Canadian Press"
            // A title before a person's name ends the run ("Prime Minister Paul Desrosiers and
            // European Commission President …", "Australian Energy Minister Chris Bowen"), not one
            // inside a name ("General Motors", "Imam Khomeini International Airport").
            if (titleLen[j] && !partWordAhead(j + titleLen[j])) break;
            if (leads && j > i + 1 && tok[j].capitalised) best = j + 1 - i, kind = EntityKind::Org;
            if (partKind[j] && j > i && tok[j].capitalised)
                best = j + 1 - i, kind = partKind[j] == 1 ? EntityKind::Place : EntityKind::Org;
            if (breaksAfter(j)) break;
            ++j;
        }
        return best;
    }

    void scan() {
        std::size_t i = 0;
        while (i < tok.size()) {
            const PhraseHit* hit = nullptr;
            EntityKind instKind = EntityKind::Org;
            std::size_t inst = institutionRun(i, instKind);
            const std::size_t named = namedPhraseAt(i, hit);
            // "Reuters and Bloomberg News" are two organisations.
            if (named && i + named < tok.size() && tok[i + named].lower == "and") inst = 0;
            if (inst > named && inst > 1) {
                // Prefer a gazetteer name inside the run ("South Korean Unification Ministry"), but
                // not after a leading organisation word ("University of Cape Town").
                std::size_t k = organisationWordFirst(i) ? i + inst : i;
                while (k < i + inst) {
                    const PhraseHit* inner = nullptr;
                    const std::size_t n = namedPhraseAt(k, inner);
                    if (n && n == i + inst - k && inner->role == PhraseRole::Entity) {
                        if (k > i && named && hit->role == PhraseRole::Demonym) addEntity(i, named, *hit, true);
                        addEntity(k, n, *inner, false);
                        break;
                    }
                    k += n ? n : 1;
                }
                const bool company = g.companySuffixes.count(tok[i + inst - 1].lower) > 0;
                std::string acronym;
                const std::size_t tail = instKind == EntityKind::Org ? acronymAfter(i, i + inst, acronym) : 0;
                if (k >= i + inst && (!personsOnly || (instKind == EntityKind::Org && (company || !acronym.empty())))) {
                    inst += tail;
                    addInstitution(i, inst, instKind, std::move(acronym));
                }
                i += inst;
                continue;
            }
            if (named) {
                addEntity(i, named, *hit, hit->role == PhraseRole::Demonym);
                i += named;
                continue;
            }
            const PhraseHit* title = nullptr;
            const std::size_t titleWords = titleAt(i, title);
            if (titleWords) {
                affiliation = lastEntityEnd == i ? entryKey(g.entries[static_cast<std::size_t>(lastEntry)]) : "";
                if (!affiliation.empty() && !found.empty()) found.back().modifier = true;
                titleStart = i;
                i = personAfterTitle(i + titleWords, *title);
                continue;
            }
            const std::size_t run = nameRun(i);
            if (const std::size_t n = companyShortName(i, run)) {
                i += n;
                continue;
            }
            if (run >= 2 && run <= 3 && koreanGivenName(i + 1) && !koreanGivenName(i)) {
                addPerson(i, 2, noRole, 0, false);
                i += 2;
                continue;
            }
            if (run >= 2 && appositiveTitleAfter(i + run - 1, title)) {
                addPerson(i, run, title->title, title->rank, true);
                i += run;
                continue;
            }
            // "Hendrik de Vries, 52, a Dutch national": an age set off by commas follows a person.
            if (run >= 2 && run <= 4 && ageAfter(i + run - 1)) {
                addPerson(i, run, noRole, 0, false);
                i += run;
                continue;
            }
            // Two or three name words; four with particles ("Faisal bin Hamad Al Busaidi").
            const std::size_t words = nameWordsIn(i, run);
            if (words >= 2 && (words <= 3 || (words == 4 && words < run)) && knownGivenName(i)) {
                addPerson(i, run, noRole, 0, false);
                i += run;
                continue;
            }
            // "Attorney Nora Feldhaus said": the name starts at the known given name.
            if (personVerbNextTo(i, run) && !(run == 3 && knownGivenName(i + 1))) {
                addPerson(i, run, noRole, 0, false);
                i += run;
                continue;
            }
            if (run >= 2 && !corpusPersons.empty() && corpusPersons.count("person:" + personKey(spanText(i, run)))) {
                addPerson(i, run, noRole, 0, false);
                i += run;
                continue;
            }
            ++i;
        }
    }

    // An organisation or place found by its name words. One named elsewhere with a company suffix
    // is that company; one right before a title is the role's affiliation ("Mineral and Petroleum
    // Resources Minister Nomvula Mokoena"), never a participant.
    void addInstitution(std::size_t first, std::size_t count, EntityKind kind, std::string acronym) {
        Found f;
        f.acronym = std::move(acronym);
        f.start = tok[first].start;
        f.end = tok[first + count - 1].end;
        f.name = std::string(text.substr(f.start, f.end - f.start));
        if (kind == EntityKind::Org && !personsOnly) {
            const auto full = corpusCompanies.find(f.name);
            if (full != corpusCompanies.end()) f.name = full->second;
        }
        f.key = std::string(kind == EntityKind::Place ? "place:" : "org:") + f.name;
        f.kind = kind;
        f.modifier = first + count < tok.size() && titleLen[first + count] && !breaksAfter(first + count - 1);
        found.push_back(std::move(f));
    }

    // A company named elsewhere in the corpus with its suffix ("Nippon Steel Corp"), here without
    // it ("Nippon Steel"): the longest such name starting at i, as that company. Returns its words.
    std::size_t companyShortName(std::size_t i, std::size_t run) {
        if (corpusCompanies.empty() || personsOnly || run == 0) return 0;
        // A place may end the short name ("ILWU Canada"), so look two words past the name run.
        for (std::size_t n = std::min<std::size_t>({run + 2, 4, tok.size() - i}); n >= 1; --n) {
            const auto it = corpusCompanies.find(spanText(i, n));
            if (it == corpusCompanies.end()) continue;
            Found f;
            f.start = tok[i].start;
            f.end = tok[i + n - 1].end;
            f.name = it->second;
            f.key = "org:" + it->second;
            f.kind = EntityKind::Org;
            found.push_back(std::move(f));
            return n;
        }
        return 0;
    }

    // "International Longshore and Warehouse Union Canada (ILWU Canada)": capitals in parentheses
    // right after the run [first, end), starting with its first letter, name it. Place words the
    // acronym repeats ("Canada") belong to the name: returns how many follow the run.
    std::size_t acronymAfter(std::size_t first, std::size_t end, std::string& acronym) const {
        for (std::size_t tail = 0; tail <= 2 && end + tail < tok.size(); ++tail) {
            const std::size_t a = end + tail; // the acronym's first word
            const std::string_view gap = text.substr(tok[a - 1].end, tok[a].start - tok[a - 1].end);
            if (gap.find('(') == std::string_view::npos) continue;
            const std::string_view w = wordView(a);
            if (w.size() < 2 || w.size() > 8 || w[0] != text[tok[first].start] ||
                !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                return 0;
            std::size_t last = a;
            for (std::size_t t = 0; t < tail; ++t)
                if (a + 1 + t >= tok.size() || tok[a + 1 + t].lower != tok[end + t].lower || !tok[end + t].capitalised)
                    return 0;
            last = a + tail;
            if (text.substr(tok[last].end, 1) != ")") return 0;
            acronym = spanText(a, tail + 1);
            return tail;
        }
        return 0;
    }

    std::string spanText(std::size_t first, std::size_t count) const {
        return std::string(text.substr(tok[first].start, tok[first + count - 1].end - tok[first].start));
    }

    // After a title: optional "to/of (the) PLACE/ORG", optional comma, then the name.
    std::size_t personAfterTitle(std::size_t j, const PhraseHit& title) {
        if (j < tok.size() && (tok[j].lower == "to" || tok[j].lower == "of") && !breaksAfter(j - 1)) {
            std::size_t k = j + 1;
            if (k < tok.size() && (tok[k].lower == "the" || tok[k].lower == "a")) ++k;
            const PhraseHit* hit = nullptr;
            const std::size_t n = k < tok.size() ? namedPhraseAt(k, hit) : 0;
            EntityKind kind = EntityKind::Org;
            // "president of the Canadian Steel Producers Association": the organisation is the
            // role's affiliation, and the person is named before or after it, never it.
            const std::size_t inst = k < tok.size() ? institutionRun(k, kind) : 0;
            if (inst > n) {
                if (!personsOnly) {
                    addInstitution(k, inst, kind, "");
                    found.back().modifier = true;
                }
                j = k + inst;
            } else if (n) {
                addEntity(k, n, *hit, hit->role == PhraseRole::Demonym);
                j = k + n;
            } else if (const std::size_t p = nameAfterPortfolio(k)) {
                j = p;
            }
        }
        if (j >= tok.size()) return j;
        if (tok[j - 1].stopAfter || tok[j - 1].possessive) return j;
        const std::size_t run = nameRun(j);
        if (hasPartWord(j, run)) return j; // "Imam Khomeini International Airport": a place, found next
        if (run == 0) {
            // "the North Korean foreign minister": resolved later if one person holds that role.
            if (titleStart > 0 && (tok[titleStart - 1].lower == "the" || !affiliation.empty()))
                pendingTitles.push_back({titleStart, j, &title.title, affiliation});
            return j;
        }
        if (run == 1) {
            pendingSurnames.push_back({j, &title.title, title.rank});
            return j + 1;
        }
        addPerson(j, run, title.title, title.rank, true);
        articlePersons[found.back().key].affiliation = affiliation;
        return j + run;
    }

    // "Minister of International Trade Rachel Fortier": capitalised portfolio words, then a name
    // that starts with a known given name. Returns the name's first token, or 0.
    std::size_t nameAfterPortfolio(std::size_t k) const {
        for (std::size_t p = k + 1; p < tok.size() && p <= k + 4; ++p) {
            if (!tok[p - 1].capitalised || breaksAfter(p - 1) || notName[p - 1]) return 0;
            if (knownGivenName(p) && nameRun(p) >= 2) return p;
        }
        return 0;
    }

    std::string affiliation;
    std::size_t titleStart = 0;
    struct PendingTitle {
        std::size_t first, end; // tokens of the title (and its "to X" tail)
        const std::string* title;
        std::string affiliation;
    };
    std::vector<PendingTitle> pendingTitles;

    void resolveTitles() {
        for (const auto& p : pendingTitles) {
            const KnownPerson* pick = nullptr;
            int matches = 0;
            for (const auto& kv : articlePersons) {
                if (lowerAsciiWord(kv.second.role) != lowerAsciiWord(*p.title)) continue;
                if (!p.affiliation.empty() && !kv.second.affiliation.empty() && p.affiliation != kv.second.affiliation)
                    continue;
                pick = &kv.second;
                ++matches;
            }
            if (matches != 1) continue;
            Found f;
            f.start = tok[p.first].start;
            f.end = tok[p.end - 1].end;
            f.key = pick->key;
            f.name = pick->name;
            f.kind = EntityKind::Person;
            f.titled = true;
            f.titleOnly = true;
            found.push_back(std::move(f));
        }
    }

    // "Konstantin Asmolov, an expert", "Choe Son-hui, Minister of Foreign Affairs", "Teresa
    // MacLeod, the union's president" (one possessive word may stand before the title).
    bool appositiveTitleAfter(std::size_t last, const PhraseHit*& title) const {
        if (!tok[last].commaAfter || last + 1 >= tok.size()) return false;
        std::size_t k = last + 1;
        const bool article = tok[k].lower == "a" || tok[k].lower == "an" || tok[k].lower == "the";
        if (article) ++k;
        for (int skip = 0; skip < 3 && k < tok.size(); ++skip) {
            if (k > last + 1 && tok[k - 1].stopAfter) return false;
            if (titleAt(k, title)) return true;
            const PhraseHit* hit = nullptr;
            std::size_t n = namedPhraseAt(k, hit);
            if (!n && article && skip == 0 && possessiveWord(k)) n = 1;
            if (!n) return false;
            k += n;
        }
        return false;
    }

    bool ageAfter(std::size_t last) const {
        if (!tok[last].commaAfter || last + 1 >= tok.size() || !tok[last + 1].commaAfter) return false;
        const std::string& w = tok[last + 1].lower;
        return !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
               w[0] != '0';
    }

    // "union's", "employers'".
    bool possessiveWord(std::size_t k) const {
        const std::string_view after = text.substr(tok[k].end, 3);
        return tok[k].possessive || (!after.empty() && after[0] == '\'') || after == "\xE2\x80\x99";
    }

    // True when the words at w and its family name at i are both words of one person of the
    // article, in that order ("Reza Karimi" and "Mohammad Reza Karimi").
    bool partOfKnownName(std::size_t w, std::size_t i) const {
        const std::string pair = personKey(word(w)) + ' ' + personKey(word(i));
        for (const auto& kv : articlePersons) {
            const std::string& key = kv.first; // "person:mohammed reza karimi"
            const std::size_t at = key.find(pair, 7);
            if (at != std::string::npos && key[at - 1] == (at == 7 ? ':' : ' ') &&
                (at + pair.size() == key.size() || key[at + pair.size()] == ' '))
                return true;
        }
        return false;
    }

    struct PendingSurname {
        std::size_t token;
        const std::string* role;
        int rank;
    };
    std::vector<PendingSurname> pendingSurnames;

    // Surname-only mentions ("Lavrov", "North Korean leader Kim"): one person of that family name
    // in the article, else the most senior when a title says so, else a unique one in the corpus.
    void resolveSurnames() {
        std::vector<char> taken(tok.size(), 0);
        std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) { return x.start < y.start; });
        std::size_t t = 0;
        for (const auto& f : found) {
            while (t < tok.size() && tok[t].start < f.start)
                ++t;
            for (std::size_t u = t; u < tok.size() && tok[u].end <= f.end; ++u)
                taken[u] = 1;
        }
        // Only words that are somebody's family name are worth resolving.
        std::unordered_set<std::string> surnames;
        for (const auto& kv : articlePersons)
            surnames.insert(kv.second.surname);
        auto knownSurname = [&](std::size_t i) {
            // Keys fold diacritics ("Kollár" → kollar): a word with non-ASCII letters is folded too.
            const std::string& lower = tok[i].lower;
            const bool ascii = std::all_of(lower.begin(), lower.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
            const std::string folded = ascii ? std::string() : personKey(word(i));
            const std::string& plain = ascii ? lower : folded;
            const auto v = g.nameVariants.find(plain);
            const std::string& w = v != g.nameVariants.end() ? v->second : plain;
            return surnames.count(w) > 0 || corpusSurnames.count(w) > 0;
        };
        // A capitalised word right before a family name that is not taken is another person's full
        // name nobody recognised ("Tebogo Mokoena" beside Minister Nomvula Mokoena): that family
        // name is shared, and its own last word is no bare surname. At a sentence start the word
        // must be a known given name ("Yesterday Mokoena said" names nobody else).
        std::unordered_set<std::string> sharedSurnames;
        std::vector<char> insideName(tok.size(), 0);
        for (std::size_t i = 1; i < tok.size(); ++i) {
            const std::size_t w = i - 1;
            if (taken[i] || taken[w] || breaksAfter(w) || !nameLike(w) || !nameLike(i) || !knownSurname(i)) continue;
            if (g.nameParticles.count(tok[w].lower)) continue; // "Van Houten": the family name's own particle
            const bool sentenceStart = w == 0 || tok[w - 1].stopAfter;
            if (sentenceStart && !knownGivenName(w)) continue;
            if (partOfKnownName(w, i)) continue; // "Reza Karimi" for Mohammad Reza Karimi: a shorter spelling
            insideName[i] = 1;
            sharedSurnames.insert(personKey(word(i)));
        }
        std::vector<PendingSurname> all = pendingSurnames;
        for (std::size_t i = 0; i < tok.size(); ++i)
            if (!taken[i] && !insideName[i] && nameLike(i) && knownSurname(i)) all.push_back({i, &noRole, 0});
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.token < b.token; });
        std::size_t lastToken = static_cast<std::size_t>(-1);
        for (const auto& p : all) {
            if (p.token == lastToken || taken[p.token]) continue;
            lastToken = p.token;
            const std::string surname = personKey(word(p.token));
            std::vector<const KnownPerson*> local;
            for (const auto& kv : articlePersons)
                if (kv.second.surname == surname) local.push_back(&kv.second);
            // "Reza Karimi" beside "Mohammad Reza Karimi" is one person: keep the fuller name.
            if (local.size() > 1) {
                std::vector<std::vector<std::string>> words;
                for (const auto* c : local)
                    words.push_back(nameWords(c->name));
                std::vector<const KnownPerson*> fullest;
                for (std::size_t c = 0; c < local.size(); ++c)
                    if (std::none_of(words.begin(), words.end(),
                                     [&](const auto& w) { return wordsWithin(words[c], w); }))
                        fullest.push_back(local[c]);
                local.swap(fullest);
            }
            const KnownPerson* pick = nullptr;
            // An unrecognised namesake counts as one more person of no rank.
            const int unknownRank = sharedSurnames.count(surname) ? 0 : -1;
            if (local.size() == 1 && unknownRank < 0)
                pick = local[0];
            else if (!local.empty()) {
                std::sort(local.begin(), local.end(), [](auto* a, auto* b) {
                    return a->rank > b->rank || (a->rank == b->rank && a->key < b->key);
                });
                const int next = local.size() > 1 ? std::max(local[1]->rank, unknownRank) : unknownRank;
                if (local[0]->rank > next) pick = local[0];
            } else if (unknownRank < 0) {
                const auto range = corpusSurnames.equal_range(surname);
                if (range.first != range.second && std::next(range.first) == range.second)
                    pick = &corpusPersons.at(range.first->second);
            }
            if (!pick) continue;
            Found f;
            f.start = tok[p.token].start;
            f.end = tok[p.token].end;
            f.key = pick->key;
            f.name = pick->name;
            f.kind = EntityKind::Person;
            f.titled = !p.role->empty();
            f.role = p.role;
            f.rank = p.rank;
            found.push_back(std::move(f));
        }
    }
};

// `resolveAliases` false is the corpus pass: people named with a cue, nothing else.
std::vector<Found> scanArticle(const Article& a, const std::vector<WordToken>& tokens,
                               const std::unordered_map<std::string, KnownPerson>& corpusPersons,
                               const std::unordered_multimap<std::string, std::string>& corpusSurnames,
                               const std::unordered_map<std::string, std::string>& corpusCompanies,
                               bool resolveAliases) {
    Scanner s(a.text, tokens, builtinGazetteer(), corpusPersons, corpusSurnames, corpusCompanies);
    s.personsOnly = !resolveAliases;
    s.found.reserve(tokens.size() / 8);
    s.scan();
    if (resolveAliases) s.resolveSurnames(), s.resolveTitles();
    std::sort(s.found.begin(), s.found.end(), [](const Found& x, const Found& y) { return x.start < y.start; });
    return std::move(s.found);
}

} // namespace

// [SECTION] Corpus resolution -------------------------------------------------

struct EntityResolver::Corpus {
    // People named with a cue anywhere in the corpus, so that a bare "Sergei Lavrov" or
    // "Lavrov" in another article is recognised.
    std::unordered_map<std::string, KnownPerson> persons;
    std::unordered_multimap<std::string, std::string> surnames; // surname → key
    std::unordered_map<std::string, std::size_t> idByKey;       // entity key → index in entities
    std::vector<std::size_t> idByEntry; // gazetteer entry → index in entities (noEntity until seen)
    std::unordered_map<std::string, std::string> fullerKey;     // shorter spelling → the fuller name's key
    std::unordered_map<std::string, std::string> companies;     // "Nippon Steel" → "Nippon Steel Corp", "ILWU" → …
};

namespace {

// "Nippon Steel Corp." → "Nippon Steel", "The Walt Disney Company" → "Walt Disney": the name
// without its company words, or "" when nothing distinctive is left (a bare place or given name).
std::string companyShortForm(const std::string& fullName) {
    const Gazetteer& g = builtinGazetteer();
    std::vector<std::string> words;
    std::string cur;
    for (char c : fullName + " ") {
        if (c == ' ') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else if (c != ',' && c != '.') {
            cur += c;
        }
    }
    while (!words.empty() && g.companySuffixes.count(lowerAsciiWord(words.back())))
        words.pop_back();
    if (!words.empty() && words.front() == "The") words.erase(words.begin());
    if (words.empty()) return {};
    if (words.size() == 1 && (g.namedFirstWords.contains(words[0]) || g.givenNames.count(lowerAsciiWord(words[0]))))
        return {};
    std::string shortName = joinedKey(words);
    return shortName == fullName ? std::string() : shortName;
}

} // namespace

EntityResolver::EntityResolver(const std::vector<Article>& articles) : corpus_(std::make_unique<Corpus>()) {
    auto& persons = corpus_->persons;
    const std::unordered_multimap<std::string, std::string> noSurnames;
    const std::unordered_map<std::string, std::string> noCompanies;
    for (const auto& a : articles)
        for (const auto& f : scanArticle(a, tokenizeWords(a.text), persons, noSurnames, noCompanies, false)) {
            if (f.kind == EntityKind::Org) { // the corpus pass keeps companies and acronyms only
                const std::string shortName = companyShortForm(f.name);
                if (!shortName.empty()) corpus_->companies.emplace(shortName, f.name);
                if (!f.acronym.empty()) {
                    corpus_->companies.emplace(f.acronym, f.name);
                    // "ILWU" alone is "ILWU Canada" too.
                    const std::size_t space = f.acronym.find(' ');
                    if (space != std::string::npos) corpus_->companies.emplace(f.acronym.substr(0, space), f.name);
                }
                continue;
            }
            if (f.kind != EntityKind::Person) continue;
            auto& p = persons[f.key];
            if (p.key.empty()) p = {f.key, f.name, surnameKey(f.name), *f.role, f.rank, ""};
            if (p.rank < f.rank) p.rank = f.rank, p.role = *f.role;
        }
    // A shorter spelling of one fuller name ("Tayyip Erdogan" / "Recep Tayyip Erdogan"): its words
    // in order within the other's, the same family name, and only one such fuller name.
    std::unordered_map<std::string, std::vector<std::string>> bySurname;
    for (const auto& kv : persons)
        bySurname[kv.second.surname].push_back(kv.first);
    const auto within = wordsWithin;
    for (auto& group : bySurname) {
        auto& keys = group.second;
        std::sort(keys.begin(), keys.end()); // deterministic whatever the hash order
        std::vector<std::vector<std::string>> words;
        for (const auto& k : keys)
            words.push_back(nameWords(k.substr(7))); // after "person:"
        for (std::size_t s = 0; s < keys.size(); ++s) {
            if (words[s].size() < 2) continue;
            std::vector<std::size_t> fuller;
            for (std::size_t l = 0; l < keys.size(); ++l)
                if (within(words[s], words[l])) fuller.push_back(l);
            // Of a chain ("Tayyip Erdogan" ⊂ "Recep Tayyip Erdogan" ⊂ a longer form), the longest.
            std::vector<std::size_t> longest;
            for (std::size_t l : fuller)
                if (std::none_of(fuller.begin(), fuller.end(),
                                 [&](std::size_t m) { return within(words[l], words[m]); }))
                    longest.push_back(l);
            if (longest.size() == 1) corpus_->fullerKey[keys[s]] = keys[longest.front()];
        }
    }
    // One two-part name in both orders ("Jihoon Baek" in Western press, "Baek Ji-hoon" or "Baek
    // Jihoon" in Korean style): the same family name and given name, the given name's hyphen
    // dropped. Every spelling goes to one key (the first in order), unless one is already a
    // shorter spelling of a fuller name.
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> byParts;
    for (const auto& kv : persons) {
        if (corpus_->fullerKey.count(kv.first)) continue;
        const std::string& name = kv.second.name;
        const std::size_t space = name.find(' ');
        if (space == std::string::npos || name.find(' ', space + 1) != std::string::npos) continue;
        std::string a = joinedKey(nameWords(name.substr(0, space))), b = joinedKey(nameWords(name.substr(space + 1)));
        a.erase(std::remove(a.begin(), a.end(), ' '), a.end());
        b.erase(std::remove(b.begin(), b.end(), ' '), b.end());
        if (a.empty() || b.empty() || a == b) continue;
        byParts[std::minmax(a, b)].push_back(kv.first);
    }
    for (auto& group : byParts) {
        auto& keys = group.second;
        if (keys.size() < 2) continue;
        std::sort(keys.begin(), keys.end());
        for (std::size_t k = 1; k < keys.size(); ++k)
            corpus_->fullerKey[keys[k]] = keys.front();
    }
    // "Baek Ji" → "Baek Ji-hoon" → "Jihoon Baek": every spelling straight to the last key.
    for (auto& kv : corpus_->fullerKey)
        for (int hops = 0; hops < 4; ++hops) {
            const auto next = corpus_->fullerKey.find(kv.second);
            if (next == corpus_->fullerKey.end() || next->second == kv.first) break;
            kv.second = next->second;
        }
    for (const auto& kv : persons)
        if (!corpus_->fullerKey.count(kv.first)) corpus_->surnames.emplace(kv.second.surname, kv.first);
}

EntityResolver::~EntityResolver() = default;

namespace {
constexpr std::size_t noEntity = static_cast<std::size_t>(-1);
}

ArticleMentions EntityResolver::resolve(const Article& a, std::size_t articleIndex, std::vector<Entity>& entities) {
    return resolve(a, articleIndex, tokenizeWords(a.text), entities);
}

ArticleMentions EntityResolver::resolve(const Article& a, std::size_t articleIndex,
                                        const std::vector<WordToken>& tokens, std::vector<Entity>& entities) {
    ArticleMentions out;
    const Gazetteer& g = builtinGazetteer();
    auto& idByKey = corpus_->idByKey;
    auto& idByEntry = corpus_->idByEntry;
    if (idByEntry.empty()) idByEntry.assign(g.entries.size(), noEntity);
    // The entity of a key, made on first sight.
    auto entityOf = [&](const std::string& key, const std::string& name, EntityKind kind) {
        auto it = idByKey.find(key);
        if (it == idByKey.end()) {
            Entity e;
            e.id = "e" + std::to_string(entities.size());
            const auto known = corpus_->persons.find(key);
            e.name = known != corpus_->persons.end() ? known->second.name : name;
            e.kind = kind;
            it = idByKey.emplace(key, entities.size()).first;
            entities.push_back(std::move(e));
        }
        return it->second;
    };
    for (const auto& f : scanArticle(a, tokens, corpus_->persons, corpus_->surnames, corpus_->companies, true)) {
        std::size_t index = noEntity;
        const GazetteerEntry* entry = f.entry >= 0 ? &g.entries[static_cast<std::size_t>(f.entry)] : nullptr;
        if (entry) {
            // Gazetteer keys are never a person's, so never a shorter spelling of one.
            std::size_t& known = idByEntry[static_cast<std::size_t>(f.entry)];
            if (known == noEntity) known = entityOf(entryKey(*entry), entry->name, f.kind);
            index = known;
        } else {
            const auto fuller = corpus_->fullerKey.find(f.key);
            index = entityOf(fuller != corpus_->fullerKey.end() ? fuller->second : f.key, f.name, f.kind);
        }
        Entity& e = entities[index];
        const std::string_view surface = std::string_view(a.text).substr(f.start, f.end - f.start);
        if (!f.titleOnly && surface != e.name &&
            std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end())
            e.aliases.emplace_back(surface);
        if (!f.role->empty()) {
            std::string role = *f.role;
            for (std::size_t c = 0; c < role.size(); ++c)
                if ((c == 0 || role[c - 1] == ' ' || role[c - 1] == '-') && role[c] >= 'a' && role[c] <= 'z' &&
                    role.compare(c, 3, "of ") != 0 && role.compare(c, 3, "to ") != 0)
                    role[c] = static_cast<char>(role[c] - 'a' + 'A');
            if (!a.published.value.empty()) role += " (as of " + a.published.value.substr(0, 10) + ")";
            if (std::find(e.roles.begin(), e.roles.end(), role) == e.roles.end()) e.roles.push_back(role);
        }
        e.mentions.push_back({articleIndex, f.start, f.end});
        EntityMention m;
        m.start = f.start;
        m.end = f.end;
        m.entity = index;
        m.kind = f.kind;
        if (entry) m.subtype = entry->subtype;
        m.demonym = f.demonym || f.modifier;
        m.titled = f.titled;
        out.mentions.push_back(std::move(m));
    }
    return out;
}

std::vector<ArticleMentions> resolveEntities(const std::vector<Article>& articles, std::vector<Entity>& entities) {
    entities.clear();
    EntityResolver resolver(articles);
    std::vector<ArticleMentions> out;
    out.reserve(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i)
        out.push_back(resolver.resolve(articles[i], i, entities));
    return out;
}

} // namespace dateline
