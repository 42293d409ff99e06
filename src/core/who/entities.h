// People, places and organisations in articles: detection, alias resolution, corpus entities.
#pragma once

#include "core/model.h"
#include "core/who/word_tokens.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// One mention of an entity in an article's text.
// An undated article's mentions are held until its date is inferred: kept small (no strings).
struct EntityMention {
    std::size_t start = 0; // byte span in Article::text
    std::size_t end = 0;
    std::size_t entity = 0; // index in the corpus entities
    EntityKind kind = EntityKind::Other;
    std::string_view subtype; // the gazetteer entry's: country | city | agency | ... ("" for people)
    bool demonym = false;     // an affiliation, never a participant: "Russian" → Russia, or
                              // "North Korea’s" before a title ("North Korea’s Foreign Minister Choe")
    bool titled = false;      // introduced by a title or role ("Foreign Minister Choe")
};

struct ArticleMentions {
    std::vector<EntityMention> mentions; // sorted by start
};

// The same, one article at a time, so a pipeline can keep only the current article's mentions:
// construction scans the whole corpus once for people named with a cue; `resolve` then finds the
// mentions of one article, adding new entities to `entities` (call it in article order; the
// result equals resolveEntities').
class EntityResolver {
public:
    explicit EntityResolver(const std::vector<Article>& articles);
    ~EntityResolver();
    EntityResolver(const EntityResolver&) = delete;
    EntityResolver& operator=(const EntityResolver&) = delete;
    // `articleIndex` is the article's place in the corpus (Mention::article).
    ArticleMentions resolve(const Article& article, std::size_t articleIndex, std::vector<Entity>& entities);
    // The same with the article's tokens (tokenizeWords(article.text)) when the caller has them.
    ArticleMentions resolve(const Article& article, std::size_t articleIndex, const std::vector<WordToken>& tokens,
                            std::vector<Entity>& entities);

private:
    struct Corpus;
    std::unique_ptr<Corpus> corpus_;
};

// Finds entities in every article and resolves them across the corpus: one Entity per real
// person, place or organisation (surname-only mentions, transliteration variants, acronyms and
// titles resolved; different people who share a surname kept apart). Replaces `entities`.
std::vector<ArticleMentions> resolveEntities(const std::vector<Article>& articles, std::vector<Entity>& entities);

// The normalised key of a person's full name: lower case, hyphens as spaces, transliteration
// variants unified ("Sergei Lavrov" and "Sergey Lavrov" give the same key).
std::string personKey(const std::string& fullName);

} // namespace dateline
