// Saved HTML → metadata facts + text blocks, with gumbo's HTML5 parser (or a tag stripper).
//
// Index:
//   [SECTION] Detection
//   [SECTION] Page metadata: meta tags, JSON-LD, <time>, canonical URL, title
//   [SECTION] Body selection with gumbo (text and link density, class hints)
//   [SECTION] Fallback without gumbo: strip tags
#include "core/read/html_reader.h"

#include "core/read/byline.h"
#include "core/read/publication_date.h"
#include "core/read/read_vocabulary.h"

#include <nlohmann/json.hpp>

#include <cctype>

#include <unordered_map>
#include <unordered_set>

#ifdef DATELINE_HAVE_GUMBO
#include <gumbo.h>
#endif

namespace dateline {
namespace {

// [SECTION] Detection ----------------------------------------------------------

bool containsAt(std::string_view lowered, std::string_view needle) {
    return lowered.find(needle) != std::string_view::npos;
}

// [SECTION] Page metadata -------------------------------------------------------

struct PageMeta {
    std::string jsonHeadline, jsonPublished, jsonModified, jsonAuthor, jsonPublisher;
    std::string ogTitle, siteName, metaPublished, metaPublishedKey, metaModified, metaAuthor, url;
    std::string titleTag, h1, timePublished, timeFirst, bylineText;
};

std::string jsonText(const nlohmann::json& j) {
    if (j.is_string()) return j.get<std::string>();
    if (j.is_object()) {
        const auto it = j.find("name");
        if (it != j.end() && it->is_string()) return it->get<std::string>();
    }
    if (j.is_array()) {
        std::string out;
        for (const auto& e : j) {
            const std::string s = jsonText(e);
            if (s.empty()) continue;
            if (!out.empty()) out += ", ";
            out += s;
        }
        return out;
    }
    return {};
}

bool isArticleType(const nlohmann::json& type) {
    if (type.is_array()) {
        for (const auto& t : type)
            if (isArticleType(t)) return true;
        return false;
    }
    if (!type.is_string()) return false;
    const std::string t = type.get<std::string>();
    return t.find("Article") != std::string::npos || t.find("Posting") != std::string::npos || t == "Report";
}

void readJsonLd(const nlohmann::json& j, PageMeta& m, int depth = 0) {
    if (depth > 6) return;
    if (j.is_array()) {
        for (const auto& e : j)
            readJsonLd(e, m, depth + 1);
        return;
    }
    if (!j.is_object()) return;
    const auto type = j.find("@type");
    if (type != j.end() && isArticleType(*type) && m.jsonHeadline.empty() && m.jsonPublished.empty()) {
        const auto str = [&](const char* key) {
            const auto it = j.find(key);
            return it == j.end() ? std::string() : jsonText(*it);
        };
        m.jsonHeadline = str("headline");
        m.jsonPublished = str("datePublished");
        m.jsonModified = str("dateModified");
        m.jsonAuthor = str("author");
        m.jsonPublisher = str("publisher");
    }
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
        const auto it = j.find(key);
        if (it != j.end() && (it->is_array() || it->is_object())) readJsonLd(*it, m, depth + 1);
    }
}

void addMeta(PageMeta& m, const std::string& key, const std::string& content) {
    if (content.empty()) return;
    static const char* const publishedKeys[] = {"article:published_time",
                                                "og:published_time",
                                                "datepublished",
                                                "pubdate",
                                                "publishdate",
                                                "publish-date",
                                                "publish_date",
                                                "parsely-pub-date",
                                                "sailthru.date",
                                                "dc.date.issued",
                                                "dc.date",
                                                "dcterms.created",
                                                "date",
                                                "article.published",
                                                "og:article:published_time"};
    static const char* const modifiedKeys[] = {"article:modified_time", "og:updated_time",  "datemodified",
                                               "last-modified",         "dcterms.modified", "og:article:modified_time"};
    static const char* const authorKeys[] = {
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "og:article:author"};
    if (key == "og:title" || (key == "twitter:title" && m.ogTitle.empty()))
        m.ogTitle = content;
    else if (key == "og:site_name" || (key == "application-name" && m.siteName.empty()))
        m.siteName = content;
    else if (key == "og:url" && m.url.empty())
        m.url = content;
    for (const char* k : publishedKeys)
        if (key == k && m.metaPublished.empty()) m.metaPublished = content, m.metaPublishedKey = key;
    for (const char* k : modifiedKeys)
        if (key == k && m.metaModified.empty()) m.metaModified = content;
    for (const char* k : authorKeys)
        if (key == k && m.metaAuthor.empty() && content.rfind("http", 0) != 0) m.metaAuthor = content;
}

// "Headline | Site Name" → "Headline" (the longest part, when the page title carries the site).
std::string stripSiteFromTitle(const std::string& title, const std::string& siteName) {
    static const std::string_view separators[] = {" | ",  " - ",       " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                  " :: ", " \xC2\xBB "};
    std::string best = title;
    for (const auto sep : separators) {
        const std::size_t at = title.rfind(sep);
        if (at == std::string::npos) continue;
        const std::string head = title.substr(0, at), tail = title.substr(at + sep.size());
        if (!siteName.empty() && asciiLower(tail) == asciiLower(siteName)) return collapseSpaces(head);
        if (head.size() > tail.size() && best == title) best = head;
    }
    return collapseSpaces(best);
}

void finishFacts(PageMeta m, PageFacts& facts) {
    if (m.titleTag.find('<') != std::string::npos || m.titleTag.size() > 300) m.titleTag.clear(); // swallowed markup
    facts.title = collapseSpaces(m.jsonHeadline);
    if (facts.title.empty()) facts.title = stripSiteFromTitle(collapseSpaces(m.ogTitle), m.siteName);
    if (facts.title.empty()) facts.title = collapseSpaces(m.h1);
    if (facts.title.empty()) facts.title = stripSiteFromTitle(collapseSpaces(m.titleTag), m.siteName);

    facts.source = collapseSpaces(!m.jsonPublisher.empty() ? m.jsonPublisher : m.siteName);
    std::string author = collapseSpaces(!m.jsonAuthor.empty() ? m.jsonAuthor : m.metaAuthor);
    if (author.empty() && !m.bylineText.empty()) {
        std::string field, value, agency;
        const std::string byline = collapseSpaces(m.bylineText);
        if (parseBylineLine(byline, field, value, agency) && field == "author") {
            author = value;
        } else if (parseBylineLine("By " + byline, field, value, agency) && field == "author") {
            // A byline element without "By" ("Jane Roe · 5 min read"): names of people only, not the
            // outlet credited in the author slot ("Muscat Tribune").
            bool people = true;
            for (std::size_t p = 0; p < value.size() && people;) {
                std::size_t q = std::min(value.find(" and ", p), value.find(", ", p));
                if (q == std::string::npos) q = value.size();
                people = personNameLine(std::string_view(value).substr(p, q - p));
                p = q + (q < value.size() && value[q] == ',' ? 2 : 5);
            }
            if (people) author = value;
        }
    }
    facts.author = author;

    std::string value;
    if (!m.jsonPublished.empty() && parseLooseDate(m.jsonPublished, value))
        facts.published = {value, DateBasis::Explicit, "JSON-LD datePublished: " + m.jsonPublished, ""};
    else if (!m.metaPublished.empty() && parseLooseDate(m.metaPublished, value))
        facts.published = {value, DateBasis::Explicit, "meta " + m.metaPublishedKey + ": " + m.metaPublished, ""};
    else if (!m.timePublished.empty() && parseLooseDate(m.timePublished, value))
        facts.published = {value, DateBasis::Explicit, "<time datetime=\"" + m.timePublished + "\">", ""};
    const std::string& modified = !m.jsonModified.empty() ? m.jsonModified : m.metaModified;
    if (!modified.empty() && parseLooseDate(modified, value)) facts.published.updated = value;

    if (!m.timeFirst.empty() && parseLooseDate(m.timeFirst, value))
        facts.fallbackPublished = {value, DateBasis::Explicit, "<time datetime=\"" + m.timeFirst + "\">", ""};
    else if (!m.url.empty() && dateFromUrlPath(m.url, value))
        facts.fallbackPublished = {value, DateBasis::Explicit, "URL " + m.url, ""};
}

void readJsonLdText(std::string_view text, PageMeta& m) {
    const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_discarded()) readJsonLd(j, m);
}

// Class and id hints: +1 article, -1 furniture, -2 furniture whatever else matches.
[[maybe_unused]] int classHint(std::string_view classAndId) {
    if (classAndId.empty()) return 0;
    const std::string lowered = asciiLower(classAndId);
    int plus = 0, minus = 0, strong = 0;
    for (const auto& [hint, weight] : readVocabulary().htmlHints) {
        if (lowered.find(hint) == std::string::npos) continue;
        if (weight > 0)
            ++plus;
        else if (weight == -1)
            ++minus;
        else
            ++strong;
    }
    if (strong) return -2;
    if (minus && !plus) return -1;
    return plus ? 1 : 0;
}

#ifdef DATELINE_HAVE_GUMBO
// [SECTION] Body selection with gumbo -----------------------------------------

const char* attr(const GumboNode* n, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

std::string attrString(const GumboNode* n, const char* name) {
    const char* v = attr(n, name);
    return v ? std::string(v) : std::string();
}

bool isElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

void appendText(const GumboNode* n, std::string& out) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA)
        out += n->v.text.text;
    else if (n->type == GUMBO_NODE_WHITESPACE)
        out += ' ';
    else if (isElement(n)) {
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            appendText(static_cast<const GumboNode*>(kids.data[i]), out);
        if (n->v.element.tag == GUMBO_TAG_BR || n->v.element.tag == GUMBO_TAG_P) out += ' ';
    }
}

std::string textOf(const GumboNode* n) {
    std::string s;
    appendText(n, s);
    return s;
}

bool skippedTag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OPTION:
        return true;
    default:
        return false;
    }
}

// Elements that are site furniture by their tag.
bool furnitureTag(GumboTag t) {
    return t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_HEADER ||
           t == GUMBO_TAG_FORM || t == GUMBO_TAG_MENU;
}

bool blockTag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

struct RawBlock {
    std::string text;
    std::size_t linkBytes = 0;
    const GumboNode* node = nullptr; // innermost block element holding the text
    bool caption = false, heading = false, furniture = false;
};

struct Walker {
    PageMeta& meta;
    std::vector<RawBlock> blocks;
    RawBlock current;
    const GumboNode* currentNode = nullptr;
    int linkDepth = 0, captionDepth = 0, headingDepth = 0, furnitureDepth = 0;

    void flush() {
        if (collapseSpaces(current.text).empty()) {
            current = RawBlock{};
            return;
        }
        current.node = currentNode;
        current.caption = captionDepth > 0;
        current.heading = headingDepth > 0;
        current.furniture = furnitureDepth > 0;
        blocks.push_back(std::move(current));
        current = RawBlock{};
    }

    void metaElement(const GumboNode* n, GumboTag t) {
        if (t == GUMBO_TAG_META) {
            std::string key = attrString(n, "property");
            if (key.empty()) key = attrString(n, "name");
            if (key.empty()) key = attrString(n, "itemprop");
            addMeta(meta, asciiLower(key), attrString(n, "content"));
        } else if (t == GUMBO_TAG_LINK) {
            if (asciiLower(attrString(n, "rel")) == "canonical") meta.url = attrString(n, "href");
        } else if (t == GUMBO_TAG_TITLE && meta.titleTag.empty()) {
            meta.titleTag = textOf(n);
        } else if (t == GUMBO_TAG_SCRIPT) {
            if (asciiLower(attrString(n, "type")) == "application/ld+json") readJsonLdText(textOf(n), meta);
        } else if (t == GUMBO_TAG_TIME) {
            std::string when = attrString(n, "datetime");
            if (when.empty()) when = textOf(n);
            const std::string hints = asciiLower(attrString(n, "itemprop") + " " + attrString(n, "class"));
            if ((attr(n, "pubdate") || containsAt(hints, "publish")) && meta.timePublished.empty())
                meta.timePublished = when;
            if (meta.timeFirst.empty()) meta.timeFirst = when;
        } else if (t == GUMBO_TAG_H1 && meta.h1.empty()) {
            meta.h1 = textOf(n);
        }
        if (isElement(n) && meta.bylineText.empty()) {
            const std::string hints =
                asciiLower(attrString(n, "class") + " " + attrString(n, "rel") + " " + attrString(n, "itemprop"));
            if (containsAt(hints, "byline") || containsAt(hints, "author")) {
                const std::string s = textOf(n);
                if (s.size() < 120) meta.bylineText = s;
            }
            const std::string itemprop = asciiLower(attrString(n, "itemprop"));
            if (itemprop == "datepublished" && meta.timePublished.empty()) {
                std::string when = attrString(n, "content");
                if (when.empty()) when = attrString(n, "datetime");
                meta.timePublished = when;
            }
        }
    }

    int depth = 0;

    void walk(const GumboNode* n) {
        // The nesting estimate keeps trees shallow; this guard keeps the stack safe regardless.
        if (depth > 2000) return;
        ++depth;
        walkNode(n);
        --depth;
    }

    void walkNode(const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
            current.text += n->v.text.text;
            if (linkDepth) current.linkBytes += std::string_view(n->v.text.text).size();
            return;
        }
        if (n->type == GUMBO_NODE_WHITESPACE) {
            current.text += ' ';
            return;
        }
        if (n->type == GUMBO_NODE_DOCUMENT) {
            const GumboVector& kids = n->v.document.children;
            for (unsigned i = 0; i < kids.length; ++i)
                walk(static_cast<const GumboNode*>(kids.data[i]));
            return;
        }
        if (!isElement(n)) return;
        const GumboTag t = n->v.element.tag;
        metaElement(n, t);
        if (skippedTag(t)) {
            if (t == GUMBO_TAG_HEAD) walkChildrenForMeta(n);
            return;
        }
        if (attr(n, "hidden") || asciiLower(attrString(n, "aria-hidden")) == "true") return;
        const std::string style = asciiLower(attrString(n, "style"));
        if (containsAt(style, "display:none") || containsAt(style, "display: none")) return;
        if (t == GUMBO_TAG_BR) {
            flush();
            return;
        }
        const bool block = blockTag(t);
        const GumboNode* savedNode = currentNode;
        if (block) {
            flush();
            currentNode = n;
        }
        const bool link = t == GUMBO_TAG_A;
        const bool cap = t == GUMBO_TAG_FIGCAPTION;
        const bool head = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
        const bool furniture = furnitureTag(t) || classHint(attrString(n, "class") + " " + attrString(n, "id")) < 0;
        linkDepth += link, captionDepth += cap, headingDepth += head, furnitureDepth += furniture;
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i)
            walk(static_cast<const GumboNode*>(kids.data[i]));
        if (block) {
            flush(); // while this element's caption/heading/furniture flags still apply
            currentNode = savedNode;
        }
        linkDepth -= link, captionDepth -= cap, headingDepth -= head, furnitureDepth -= furniture;
    }

    void walkChildrenForMeta(const GumboNode* n) {
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            const auto* k = static_cast<const GumboNode*>(kids.data[i]);
            if (isElement(k)) {
                metaElement(k, k->v.element.tag);
                walkChildrenForMeta(k);
            }
        }
    }
};

std::size_t countChar(std::string_view s, char c) {
    std::size_t n = 0;
    for (char x : s)
        n += x == c;
    return n;
}

// Readability's idea: paragraphs vote for their parent and grandparent; the best-scored
// element, discounted by its link density, holds the article.
std::vector<TextBlock> selectBody(std::vector<RawBlock>& raw) {
    std::unordered_map<const GumboNode*, double> score;
    std::unordered_map<const GumboNode*, std::size_t> textBytes, linkBytes;
    for (const auto& b : raw) {
        const std::size_t len = b.text.size();
        for (const GumboNode* n = b.node; n; n = n->parent) {
            textBytes[n] += len;
            linkBytes[n] += b.linkBytes;
        }
    }
    for (const auto& b : raw) {
        if (!b.node || b.furniture || b.heading || b.caption) continue;
        const GumboTag t = b.node->v.element.tag;
        if (t != GUMBO_TAG_P && t != GUMBO_TAG_PRE && t != GUMBO_TAG_TD && t != GUMBO_TAG_BLOCKQUOTE &&
            t != GUMBO_TAG_DIV)
            continue;
        const std::string text = collapseSpaces(b.text);
        if (text.size() < 25) continue;
        const double s =
            1.0 + static_cast<double>(countChar(text, ',')) + std::min(3.0, static_cast<double>(text.size()) / 100.0);
        const GumboNode* parent = b.node->parent;
        if (parent && isElement(parent)) score[parent] += s;
        if (parent && parent->parent && isElement(parent->parent)) score[parent->parent] += s / 2;
    }
    const GumboNode* top = nullptr;
    double topScore = 0;
    std::unordered_map<const GumboNode*, double> finalScore;
    for (const auto& [n, s] : score) {
        const int hint = classHint(attrString(n, "class") + " " + attrString(n, "id"));
        const double density = textBytes[n] ? static_cast<double>(linkBytes[n]) / static_cast<double>(textBytes[n]) : 0;
        const double f = (s + 25.0 * hint) * (1.0 - density);
        finalScore[n] = f;
        if (f > topScore) topScore = f, top = n;
    }
    std::unordered_set<const GumboNode*> chosen;
    if (top) {
        chosen.insert(top);
        if (top->parent && isElement(top->parent)) {
            const GumboVector& sibs = top->parent->v.element.children;
            const double threshold = std::max(10.0, topScore * 0.2);
            for (unsigned i = 0; i < sibs.length; ++i) {
                const auto* s = static_cast<const GumboNode*>(sibs.data[i]);
                if (s == top || !isElement(s)) continue;
                const auto it = finalScore.find(s);
                if (it != finalScore.end() && it->second >= threshold) chosen.insert(s);
                if (s->v.element.tag == GUMBO_TAG_P && textBytes[s] > 80 && linkBytes[s] * 4 < textBytes[s])
                    chosen.insert(s);
            }
        }
    }
    std::vector<TextBlock> out;
    out.reserve(raw.size());
    for (auto& b : raw) {
        TextBlock tb;
        tb.text = std::move(b.text);
        tb.caption = b.caption;
        tb.heading = b.heading;
        bool inside = chosen.empty();
        for (const GumboNode* n = b.node; n && !inside; n = n->parent)
            inside = chosen.count(n) > 0 || (b.caption && top && n == top->parent); // the article's own figures
        if (!inside)
            tb.removeReason = "outside article";
        else if (b.furniture && !chosen.count(b.node))
            tb.removeReason = "site furniture";
        else if (!b.heading && b.linkBytes * 2 > tb.text.size())
            tb.removeReason = "link list";
        else
            tb.trusted = !chosen.empty();
        out.push_back(std::move(tb));
    }
    return out;
}
#endif

// [SECTION] Fallback without gumbo: strip tags -----------------------------------

std::string decodeEntities(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += '&';
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        static const std::pair<const char*, const char*> named[] = {{"amp", "&"},
                                                                    {"lt", "<"},
                                                                    {"gt", ">"},
                                                                    {"quot", "\""},
                                                                    {"apos", "'"},
                                                                    {"nbsp", " "},
                                                                    {"rsquo", "\xE2\x80\x99"},
                                                                    {"lsquo", "\xE2\x80\x98"},
                                                                    {"rdquo", "\xE2\x80\x9D"},
                                                                    {"ldquo", "\xE2\x80\x9C"},
                                                                    {"mdash", "\xE2\x80\x94"},
                                                                    {"ndash", "\xE2\x80\x93"},
                                                                    {"copy", "\xC2\xA9"},
                                                                    {"hellip", "\xE2\x80\xA6"}};
        bool done = false;
        for (const auto& [k, v] : named)
            if (name == k) out += v, done = true;
        if (!done && name.size() > 1 && name[0] == '#') {
            char32_t cp = 0;
            const bool hex = name[1] == 'x' || name[1] == 'X';
            for (std::size_t k = hex ? 2 : 1; k < name.size() && cp < 0x110000; ++k) {
                const char c = name[k];
                const int d = c >= '0' && c <= '9'          ? c - '0'
                              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                            : -1;
                if (d < 0) break;
                cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
            }
            if (cp > 0 && cp < 0x110000) {
                std::string tmp;
                // UTF-8 encode
                if (cp < 0x80)
                    tmp += static_cast<char>(cp);
                else if (cp < 0x800)
                    tmp += static_cast<char>(0xC0 | (cp >> 6)), tmp += static_cast<char>(0x80 | (cp & 0x3F));
                else if (cp < 0x10000)
                    tmp += static_cast<char>(0xE0 | (cp >> 12)), tmp += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                        tmp += static_cast<char>(0x80 | (cp & 0x3F));
                else
                    tmp += static_cast<char>(0xF0 | (cp >> 18)), tmp += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                        tmp += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                        tmp += static_cast<char>(0x80 | (cp & 0x3F));
                out += tmp;
                done = true;
            }
        }
        if (done)
            i = semi;
        else
            out += '&';
    }
    return out;
}

// attr="value" inside one start tag (the fallback has no parser; quotes required).
std::string tagAttribute(std::string_view element, const char* name) {
    const std::string lowered = asciiLower(element);
    const std::string key = std::string(" ") + name + "=";
    const std::size_t at = lowered.find(key);
    if (at == std::string::npos) return {};
    const std::size_t q = at + key.size();
    if (q >= element.size() || (element[q] != '"' && element[q] != '\'')) return {};
    const std::size_t end = element.find(element[q], q + 1);
    return end == std::string_view::npos ? std::string() : std::string(element.substr(q + 1, end - q - 1));
}

std::vector<TextBlock> strippedBlocks(std::string_view html, PageMeta& meta) {
    std::vector<TextBlock> blocks;
    std::string current;
    const std::string lowered = asciiLower(html);
    const auto flush = [&] {
        std::string t = collapseSpaces(decodeEntities(current));
        if (!t.empty()) blocks.push_back({t, "", false, false, false});
        current.clear();
    };
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] != '<') {
            current += html[i++];
            continue;
        }
        const std::size_t close = html.find('>', i);
        if (close == std::string_view::npos) break;
        std::size_t n = i + 1;
        if (n < html.size() && html[n] == '/') ++n;
        std::size_t e = n;
        while (e < close && std::isalnum(static_cast<unsigned char>(html[e])))
            ++e;
        const std::string tag = lowered.substr(n, e - n);
        if (tag == "meta" || tag == "link") {
            const std::string_view element = html.substr(i, close - i);
            const std::string key =
                asciiLower(tagAttribute(element, "property").empty() ? tagAttribute(element, "name")
                                                                     : tagAttribute(element, "property"));
            if (tag == "meta")
                addMeta(meta, key, decodeEntities(tagAttribute(element, "content")));
            else if (asciiLower(tagAttribute(element, "rel")) == "canonical")
                meta.url = tagAttribute(element, "href");
        }
        if (tag == "script" || tag == "style" || tag == "title" || tag == "noscript") {
            const std::size_t end = lowered.find("</" + tag, close);
            if (end == std::string::npos && tag == "title") { // never closed: keep reading the page
                i = close + 1;
                continue;
            }
            if (tag == "title" && meta.titleTag.empty())
                meta.titleTag = decodeEntities(html.substr(close + 1, end - close - 1));
            if (tag == "script" && lowered.substr(i, close - i).find("ld+json") != std::string::npos &&
                end != std::string::npos)
                readJsonLdText(html.substr(close + 1, end - close - 1), meta);
            const std::size_t endClose = end == std::string::npos ? std::string::npos : lowered.find('>', end);
            i = endClose == std::string::npos ? html.size() : endClose + 1; // "</script" cut off at the end
            continue;
        }
        static const char* const blockTags[] = {
            "p",       "div",     "br",         "li",         "h1",     "h2",     "h3",  "h4", "h5", "h6", "tr",
            "section", "article", "blockquote", "figcaption", "header", "footer", "nav", "td", "ul", "ol"};
        for (const char* b : blockTags)
            if (tag == b) {
                flush();
                break;
            }
        i = close + 1;
    }
    flush();
    return blocks;
}

} // namespace

bool looksLikeHtml(std::string_view text) {
    const std::string head = asciiLower(text.substr(0, 2048));
    std::size_t i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i >= head.size() || head[i] != '<') return false;
    for (const char* cue : {"<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<!--"})
        if (containsAt(head, cue)) return true;
    return false;
}

namespace {

// How deep the page nests elements, estimated from its tags (void and implicitly closed
// elements do not count). Hostile pages nest thousands deep: the HTML5 tree builder's scope
// checks then cost depth² and a tree walk would exhaust the stack, so they are stripped instead.
std::size_t nestingEstimate(std::string_view html) {
    static const std::string_view notNesting[] = {"area", "base", "br",     "col",   "embed",  "hr",   "img", "input",
                                                  "link", "meta", "source", "track", "wbr",    "p",    "li",  "dt",
                                                  "dd",   "tr",   "td",     "th",    "option", "param"};
    std::size_t depth = 0, deepest = 0;
    for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
         i = html.find('<', i + 1)) {
        const bool closing = html[i + 1] == '/';
        const std::size_t a = i + 1 + (closing ? 1 : 0);
        std::size_t e = a;
        while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e])))
            ++e;
        if (e == a) continue;
        const std::string name = asciiLower(html.substr(a, e - a));
        bool nests = true;
        for (const auto n : notNesting)
            nests = nests && name != n;
        if (!nests) continue;
        if (closing) {
            depth -= depth > 0 ? 1 : 0;
            continue;
        }
        const std::size_t close = html.find('>', e);
        if (close != std::string_view::npos && html[close - 1] == '/') continue; // <x/>
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

constexpr std::size_t kMaxTreeDepth = 600;

} // namespace

std::vector<TextBlock> htmlBlocks(std::string_view html, PageFacts& facts) {
    PageMeta meta;
#ifdef DATELINE_HAVE_GUMBO
    if (nestingEstimate(html) > kMaxTreeDepth) {
        std::vector<TextBlock> blocks = strippedBlocks(html, meta);
        finishFacts(meta, facts);
        return blocks;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we only need the tree, not the parse-error list
    GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    Walker walker{meta, {}, {}, nullptr, 0, 0, 0, 0, 0};
    walker.walk(output->document);
    walker.flush();
    std::vector<TextBlock> blocks = selectBody(walker.blocks);
    gumbo_destroy_output(&options, output);
    // A page the HTML5 rules swallow whole (an unclosed <title> or <textarea> takes the rest of
    // the document): fall back to stripping tags, so its text is still read.
    if (blocks.empty()) {
        PageMeta stripped;
        blocks = strippedBlocks(html, stripped);
    }
#else
    std::vector<TextBlock> blocks = strippedBlocks(html, meta);
#endif
    finishFacts(meta, facts);
    return blocks;
}

} // namespace dateline
