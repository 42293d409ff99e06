// Loads, validates and compiles the temporal tagger's rule files (see time_rules.h for the syntax).
#include "core/time/time_rules.h"

#include "core/assets/data_file.h"
#include "core/assets/embedded_assets.h"

#include <algorithm>
#include <map>
#include <memory>

namespace dateline::timetag {

bool builtinByName(std::string_view name, Builtin& out) {
    static const std::pair<const char*, Builtin> names[] = {
        {"int", Builtin::Int},       {"num", Builtin::Num},         {"year4", Builtin::Year4},
        {"year2", Builtin::Year2},   {"day", Builtin::Day},         {"hour", Builtin::Hour},
        {"minute", Builtin::Minute}, {"ordinal", Builtin::Ordinal}, {"decade", Builtin::Decade}};
    for (const auto& n : names)
        if (name == n.first) {
            out = n.second;
            return true;
        }
    return false;
}

int TimeRuleSet::lexiconIndex(std::string_view name) const {
    for (std::size_t i = 0; i < lexicons.size(); ++i)
        if (lexicons[i].name == name) return static_cast<int>(i);
    return -1;
}

namespace {

void addPhrase(Lexicon& lex, Vocabulary& vocabulary, std::string_view phrase, const std::string& value) {
    const auto ids = internPhrase(phrase, vocabulary);
    if (ids.empty()) return;
    std::int32_t node = 0;
    for (const auto id : ids) {
        auto& next = lex.nodes[static_cast<std::size_t>(node)].next;
        auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(id, std::int32_t(-1)));
        if (it != next.end() && it->first == id) {
            node = it->second;
            continue;
        }
        const auto created = static_cast<std::int32_t>(lex.nodes.size());
        next.insert(it, {id, created});
        lex.nodes.emplace_back();
        node = created;
    }
    auto& end = lex.nodes[static_cast<std::size_t>(node)];
    if (end.value >= 0) return; // the first row for a phrase wins
    end.value = static_cast<std::int32_t>(lex.values.size());
    end.mustBeCapitalised = phrase[0] >= 'A' && phrase[0] <= 'Z';
    lex.values.push_back(value);
}

// A parsed pattern before expansion: a sequence of items, each a leaf or a group.
struct PatternItem {
    std::vector<Atom> leaf;                             // a literal may be several tokens ("a.m.")
    std::vector<std::string> leafCaptureNames;          // per atom, "" for none
    std::vector<std::vector<PatternItem>> alternatives; // non-empty for a group
    bool optional = false;
};

class PatternParser {
public:
    PatternParser(std::string_view text, TimeRuleSet& set) : s_(text), set_(set) {}

    bool parse(std::vector<PatternItem>& out) {
        if (!parseSequence(out)) return false;
        if (pos_ < s_.size()) return fail("unexpected '" + std::string(1, s_[pos_]) + "'");
        if (out.empty()) return fail("empty pattern");
        return true;
    }
    const std::string& error() const { return error_; }

private:
    bool fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
        return false;
    }
    void skipSpaces() {
        while (pos_ < s_.size() && s_[pos_] == ' ')
            ++pos_;
    }
    bool parseSequence(std::vector<PatternItem>& out) {
        while (true) {
            skipSpaces();
            if (pos_ >= s_.size() || s_[pos_] == ')' || s_[pos_] == '|') return true;
            PatternItem item;
            if (s_[pos_] == '(') {
                ++pos_;
                while (true) {
                    std::vector<PatternItem> alt;
                    if (!parseSequence(alt)) return false;
                    if (alt.empty()) return fail("empty alternative");
                    item.alternatives.push_back(std::move(alt));
                    if (pos_ < s_.size() && s_[pos_] == '|') {
                        ++pos_;
                        continue;
                    }
                    if (pos_ < s_.size() && s_[pos_] == ')') {
                        ++pos_;
                        break;
                    }
                    return fail("missing ')'");
                }
            } else {
                std::size_t end = pos_;
                while (end < s_.size() && s_[end] != ' ' && s_[end] != '(' && s_[end] != ')' && s_[end] != '|')
                    ++end;
                std::string_view word = s_.substr(pos_, end - pos_);
                pos_ = end;
                if (word.size() > 1 && word.back() == '?') {
                    word.remove_suffix(1);
                    item.optional = true;
                }
                if (!parseLeaf(word, item)) return false;
            }
            if (pos_ < s_.size() && s_[pos_] == '?') {
                item.optional = true;
                ++pos_;
            }
            out.push_back(std::move(item));
        }
    }
    bool parseLeaf(std::string_view word, PatternItem& item) {
        const std::size_t percent = word.find('%');
        if (percent != std::string_view::npos && (percent == 0 || word[percent - 1] == '=')) {
            const std::string_view name = word.substr(percent + 1);
            const std::string key(percent == 0 ? name : word.substr(0, percent - 1));
            Atom atom;
            if (builtinByName(name, atom.builtin)) {
                atom.kind = Atom::Kind::Builtin;
            } else {
                atom.kind = Atom::Kind::Lexicon;
                atom.lexicon = set_.lexiconIndex(name);
                if (atom.lexicon < 0) return fail("unknown class %" + std::string(name));
            }
            item.leaf.push_back(atom);
            item.leafCaptureNames.push_back(key);
            return true;
        }
        const auto ids = internPhrase(word, set_.vocabulary);
        if (ids.empty()) return fail("empty literal");
        for (std::size_t i = 0; i < ids.size(); ++i) {
            Atom atom;
            atom.word = ids[i];
            atom.mustBeCapitalised = i == 0 && word[0] >= 'A' && word[0] <= 'Z';
            item.leaf.push_back(atom);
            item.leafCaptureNames.emplace_back();
        }
        return true;
    }

    std::string_view s_;
    TimeRuleSet& set_;
    std::size_t pos_ = 0;
    std::string error_;
};

// One expanded path: atoms plus the capture name of each ("" for none). The names point into
// the PatternItems being expanded, so copying a path copies no strings.
struct Path {
    std::vector<Atom> atoms;
    std::vector<const std::string*> names;
};

constexpr std::size_t kMaxVariants = 512;

Path joinPaths(const Path& a, const Path& b) {
    Path joined;
    joined.atoms.reserve(a.atoms.size() + b.atoms.size());
    joined.atoms.insert(joined.atoms.end(), a.atoms.begin(), a.atoms.end());
    joined.atoms.insert(joined.atoms.end(), b.atoms.begin(), b.atoms.end());
    joined.names.reserve(a.names.size() + b.names.size());
    joined.names.insert(joined.names.end(), a.names.begin(), a.names.end());
    joined.names.insert(joined.names.end(), b.names.begin(), b.names.end());
    return joined;
}

std::vector<Path> expand(const std::vector<PatternItem>& seq) {
    std::vector<Path> paths(1);
    for (const auto& item : seq) {
        std::vector<Path> options;
        if (item.alternatives.empty()) {
            Path leaf{item.leaf, {}};
            for (const auto& name : item.leafCaptureNames)
                leaf.names.push_back(&name);
            options.push_back(std::move(leaf));
        } else {
            for (const auto& alt : item.alternatives)
                for (auto& p : expand(alt))
                    options.push_back(std::move(p));
        }
        if (item.optional) options.push_back({});
        std::vector<Path> next;
        next.reserve(std::min(paths.size() * options.size(), kMaxVariants));
        for (const auto& p : paths)
            for (const auto& o : options) {
                if (next.size() >= kMaxVariants) break;
                next.push_back(joinPaths(p, o));
            }
        paths.swap(next);
    }
    return paths;
}

int captureSlot(TimeRule& rule, const std::string& name) {
    for (std::size_t i = 0; i < rule.captureNames.size(); ++i)
        if (rule.captureNames[i] == name) return static_cast<int>(i);
    rule.captureNames.push_back(name);
    return static_cast<int>(rule.captureNames.size() - 1);
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

void compileRuleFile(TimeRuleSet& set, const DataFile& file) {
    for (const auto& row : file.rows) {
        TimeRule rule;
        rule.file = file.path;
        rule.line = row.line;
        auto field = [&](std::size_t i) { return i < row.fields.size() ? row.fields[i] : std::string(); };
        rule.pattern = field(0);
        rule.type = field(1);
        rule.value = field(2);
        rule.mod = field(3);
        rule.quant = field(4);
        rule.freq = field(5);
        rule.examples = row.examples;
        rule.remove = rule.type == "REMOVE";
        if (rule.type != "DATE" && rule.type != "TIME" && rule.type != "DURATION" && rule.type != "SET" &&
            rule.type != "REMOVE") {
            set.diagnostics.push_back({Severity::Error, file.path, row.line, "unknown type '" + rule.type + "'"});
            continue;
        }
        // "a < b > c": a is leading and c trailing context, each parsed and expanded on its own.
        const std::string_view whole = rule.pattern;
        const std::size_t lt = whole.find(" < ");
        const std::size_t from = lt == std::string_view::npos ? 0 : lt + 3;
        const std::size_t arrow = whole.find(" > ", from);
        std::vector<PatternItem> items, context, lead;
        PatternParser parser(whole.substr(from, arrow == std::string_view::npos ? arrow : arrow - from), set);
        PatternParser contextParser(arrow == std::string::npos ? std::string_view() : whole.substr(arrow + 3), set);
        PatternParser leadParser(lt == std::string::npos ? std::string_view() : whole.substr(0, lt), set);
        if (!parser.parse(items) || (arrow != std::string::npos && !contextParser.parse(context)) ||
            (lt != std::string::npos && !leadParser.parse(lead))) {
            const std::string& error = !parser.error().empty()          ? parser.error()
                                       : !contextParser.error().empty() ? contextParser.error()
                                                                        : leadParser.error();
            set.diagnostics.push_back({Severity::Error, file.path, row.line, "pattern: " + error});
            continue;
        }
        const std::vector<Path> contexts = arrow == std::string::npos ? std::vector<Path>(1) : expand(context);
        const std::vector<Path> leads = lt == std::string::npos ? std::vector<Path>(1) : expand(lead);
        bool literalLead = true; // the matcher counts leading context one token per atom
        for (const auto& path : leads)
            for (const auto& atom : path.atoms)
                literalLead = literalLead && atom.kind == Atom::Kind::Literal;
        if (!literalLead) {
            set.diagnostics.push_back(
                {Severity::Error, file.path, row.line, "pattern: leading context must be literal words"});
            continue;
        }
        struct Expanded {
            Path path;
            std::size_t leadAtoms, extentAtoms; // atoms of the leading context; of it and the expression
        };
        std::vector<Expanded> paths;
        for (auto& path : expand(items))
            for (const auto& before : leads)
                for (const auto& after : contexts)
                    paths.push_back({joinPaths(joinPaths(before, path), after), before.atoms.size(),
                                     before.atoms.size() + path.atoms.size()});
        const int ruleIndex = static_cast<int>(set.rules.size());
        for (auto& [path, leadAtoms, extentAtoms] : paths) {
            if (extentAtoms == leadAtoms) continue;
            RuleVariant v;
            v.rule = ruleIndex;
            v.leadAtoms = leadAtoms;
            v.extentAtoms = extentAtoms;
            std::vector<std::pair<std::string_view, int>> seen; // capture name, times seen so far
            v.atoms.reserve(path.atoms.size());
            for (std::size_t i = 0; i < path.atoms.size(); ++i) {
                Atom atom = path.atoms[i];
                const std::string& name = *path.names[i];
                if (!name.empty()) {
                    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& e) { return e.first == name; });
                    if (it == seen.end()) it = seen.insert(seen.end(), {name, 0});
                    const int n = ++it->second;
                    atom.capture = captureSlot(rule, n == 1 ? name : name + std::to_string(n));
                }
                v.atoms.push_back(atom);
            }
            set.variants.push_back(std::move(v));
        }
        set.rules.push_back(std::move(rule));
    }
}

void indexVariants(TimeRuleSet& set) {
    set.variantsByFirstWord.assign(set.vocabulary.size(), {});
    set.numberLexicon = set.lexiconIndex("number");
    set.ordinalLexicon = set.lexiconIndex("ordinal");
    const int numberWords = set.numberLexicon;
    const int ordinalWords = set.ordinalLexicon;
    set.lexiconFirstWords.assign(set.lexicons.size(), std::vector<bool>(set.vocabulary.size(), false));
    set.lexiconLaterWords.assign(set.lexicons.size(), std::vector<bool>(set.vocabulary.size(), false));
    for (std::size_t l = 0; l < set.lexicons.size(); ++l) {
        for (const auto& edge : set.lexicons[l].nodes[0].next)
            set.lexiconFirstWords[l][static_cast<std::size_t>(edge.first)] = true;
        for (std::size_t n = 1; n < set.lexicons[l].nodes.size(); ++n)
            for (const auto& edge : set.lexicons[l].nodes[n].next)
                set.lexiconLaterWords[l][static_cast<std::size_t>(edge.first)] = true;
    }
    for (auto& v : set.variants) {
        if (v.atoms.size() < 2) continue;
        const Atom& second = v.atoms[1];
        if (second.kind == Atom::Kind::Literal)
            v.secondWord = second.word;
        else if (second.kind == Atom::Kind::Lexicon)
            v.secondLexicon = second.lexicon;
    }
    auto addLexiconFirsts = [&](int lexicon, int variant) {
        if (lexicon < 0) return;
        for (const auto& edge : set.lexicons[static_cast<std::size_t>(lexicon)].nodes[0].next)
            set.variantsByFirstWord[static_cast<std::size_t>(edge.first)].push_back(variant);
    };
    set.variantsByNumberThenWord.assign(set.vocabulary.size(), {});
    // The words a variant's second atom can start with, or empty when it is not known.
    auto secondWords = [&](const RuleVariant& v) {
        std::vector<std::int32_t> words;
        if (v.secondWord >= 0)
            words.push_back(v.secondWord);
        else if (v.secondLexicon >= 0)
            for (const auto& edge : set.lexicons[static_cast<std::size_t>(v.secondLexicon)].nodes[0].next)
                words.push_back(edge.first);
        return words;
    };
    for (std::size_t v = 0; v < set.variants.size(); ++v) {
        const RuleVariant& variant = set.variants[v];
        const Atom& first = variant.atoms.front();
        const int vi = static_cast<int>(v);
        const auto seconds = secondWords(variant);
        switch (first.kind) {
        case Atom::Kind::Literal:
            if (seconds.empty()) set.variantsByFirstWord[static_cast<std::size_t>(first.word)].push_back(vi);
            for (const auto w : seconds)
                set.variantsByFirstTwoWords[TimeRuleSet::wordPairKey(first.word, w)].push_back(vi);
            break;
        case Atom::Kind::Lexicon:
            addLexiconFirsts(first.lexicon, vi);
            break;
        case Atom::Kind::Builtin:
            if (seconds.empty()) set.variantsStartingWithNumber.push_back(vi);
            for (const auto w : seconds)
                set.variantsByNumberThenWord[static_cast<std::size_t>(w)].push_back(vi);
            if (first.builtin == Builtin::Num) addLexiconFirsts(numberWords, vi);
            if (first.builtin == Builtin::Ordinal) addLexiconFirsts(ordinalWords, vi);
            break;
        }
    }
    // Every list is tried in rule order, so ties go to the earlier rule.
    for (auto& entry : set.variantsByFirstTwoWords)
        std::sort(entry.second.begin(), entry.second.end());
    for (auto& list : set.variantsByNumberThenWord) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    for (auto& list : set.variantsByFirstWord) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
}

} // namespace

TimeRuleSet compileTimeRules(std::string_view language,
                             const std::vector<std::pair<std::string, std::string_view>>& files) {
    TimeRuleSet set;
    set.language = std::string(language);
    const std::string root = "rules/time/" + set.language + "/";
    std::vector<std::pair<std::string, std::string_view>> sorted = files;
    std::sort(sorted.begin(), sorted.end());
    // Tables first: patterns refer to them by name.
    for (const auto& [path, text] : sorted) {
        if (!startsWith(path, root + "tables/")) continue;
        const DataFile file = parseDataFile(path, text);
        set.diagnostics.insert(set.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
        std::string name = path.substr(root.size() + 7);
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) name.resize(name.size() - 4);
        Lexicon lex;
        lex.name = name;
        for (const auto& row : file.rows) {
            if (row.fields.size() < 2 || row.fields[0].empty()) {
                set.diagnostics.push_back({Severity::Error, path, row.line, "a table row needs: phrase | value"});
                continue;
            }
            addPhrase(lex, set.vocabulary, row.fields[0], row.fields[1]);
        }
        set.lexicons.push_back(std::move(lex));
    }
    for (const auto& [path, text] : sorted) {
        if (!startsWith(path, root + "rules/")) continue;
        const DataFile file = parseDataFile(path, text);
        set.diagnostics.insert(set.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
        compileRuleFile(set, file);
    }
    if (set.rules.empty())
        set.diagnostics.push_back({Severity::Error, root, 0, "no time rules for language '" + set.language + "'"});
    indexVariants(set);
    return set;
}

const TimeRuleSet& timeRules(std::string_view language) {
    static std::map<std::string, std::unique_ptr<TimeRuleSet>, std::less<>> cache;
    const auto it = cache.find(language);
    if (it != cache.end()) return *it->second;
    std::vector<std::pair<std::string, std::string_view>> files;
    for (const auto& asset : embeddedAssetsUnder("rules/time/" + std::string(language) + "/"))
        files.emplace_back(asset.path, asset.text);
    auto compiled = std::make_unique<TimeRuleSet>(compileTimeRules(language, files));
    return *cache.emplace(std::string(language), std::move(compiled)).first->second;
}

} // namespace dateline::timetag
