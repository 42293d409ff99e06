// The data that flows through Dateline: Article → Timex → Entity → Event → Timeline.
//
// Index:
//   [SECTION] Diagnostics
//   [SECTION] Articles
//   [SECTION] Time expressions
//   [SECTION] Entities
//   [SECTION] Events
//   [SECTION] Timeline
//
// Byte offsets into Article::text are the one coordinate system for evidence,
// highlights and timexes. Plain structs, no behaviour: stages are free functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// [SECTION] Diagnostics -------------------------------------------------------

enum class Severity { Info, Warning, Error };

// A problem found while reading input: errors are values, never exceptions.
struct Diagnostic {
    Severity severity = Severity::Warning;
    std::string file;     // input file name, or "" for corpus-wide messages
    std::size_t line = 0; // 1-based line, 0 when not applicable
    std::string message;
};

// [SECTION] Articles ----------------------------------------------------------

struct ByteSpan {
    std::size_t start = 0; // inclusive byte offset
    std::size_t end = 0;   // exclusive byte offset
    bool operator==(const ByteSpan& o) const { return start == o.start && end == o.end; }
};

enum class DateBasis { Explicit, Inferred, Unknown };

struct PublicationDate {
    std::string value; // ISO 8601: "2025-03-16", "2025-03-16T14:37", "2024-01", or "" when unknown
    DateBasis basis = DateBasis::Unknown;
    std::string evidence; // the text the value came from (or the reasoning, when inferred)
    std::string updated;  // ISO 8601 of an "Updated …" stamp, if any
};

// Something the cleaner stripped, kept so the reader can show it on request.
struct RemovedBlock {
    std::string text;
    std::string reason;           // e.g. "navigation", "teaser", "duplicate", "cookie notice"
    std::size_t beforeOffset = 0; // position in Article::text where it stood
};

// One time expression, TIMEX3 style. Offsets are into the text it was tagged in.
struct Timex {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    std::string type;   // DATE | TIME | DURATION | SET
    std::string value;  // TIMEX3 value: 2024-01-16, 2024-06, P3Y, PRESENT_REF, XXXX-XX-XX ...
    std::string mod;    // BEFORE, AFTER, ON_OR_BEFORE, START, END, APPROX, ...
    std::string quant;  // EACH, EVERY ...
    std::string freq;   // 1W ...
    std::string anchor; // how it was resolved: "dct", "narrative", "" for absolute
};

struct Article {
    std::string id;   // stable within a corpus: "a0", "a1", ...
    std::string file; // input file name
    std::string title;
    std::string source; // outlet or agency
    std::string author;
    std::string language = "en";
    PublicationDate published;
    std::string text; // cleaned body, paragraphs separated by "\n\n"
    std::vector<ByteSpan> paragraphs;
    std::vector<ByteSpan> sentences;
    std::vector<ByteSpan> captions; // the article's own photo captions, kept in text and flagged
    std::vector<RemovedBlock> removed;
    std::vector<Timex> timexes;
    // "XXXX-07-09" from a dateline with no year ("Manila, July 9 (Reuters) -"): the publication
    // day, whose year the inference stage supplies. Not exported.
    std::string datelineMonthDay;
};

// [SECTION] Entities ----------------------------------------------------------

enum class EntityKind { Person, Place, Org, Other };

// Entities are mentioned ~100 times per article: a mention holds the article's index (its id
// is written out only on export), not a copy of its id.
struct Mention {
    std::size_t article = 0; // index in Timeline::articles
    std::size_t start = 0;
    std::size_t end = 0;
};

struct Entity {
    std::string id; // "e0", "e1", ...
    std::string name;
    EntityKind kind = EntityKind::Other;
    std::vector<std::string> aliases;
    std::vector<std::string> roles; // "Foreign Minister (as of 2025-03-16)"
    std::vector<Mention> mentions;
};

// [SECTION] Events ------------------------------------------------------------

enum class EventStatus { Happened, Planned, Possible };

enum class Granularity { Unknown, Century, Decade, Year, Season, Quarter, Month, Week, Day, Hour, Minute };

// An event's time: the TIMEX3 value plus the closed day range it covers, so
// month- and range-level dates are drawn honestly as spans.
struct EventDate {
    std::string value; // TIMEX3 value as tagged: "2024-01-16", "2024-06", "2024-W03"
    Granularity granularity = Granularity::Unknown;
    std::string earliest;                  // first day covered, "YYYY-MM-DD" ("" when unknown)
    std::string latest;                    // last day covered,  "YYYY-MM-DD"
    DateBasis basis = DateBasis::Explicit; // inferred when it rests on an inferred publication date
};

struct EventSource {
    std::string article;   // Article::id
    std::size_t start = 0; // evidence span in Article::text
    std::size_t end = 0;
    std::string sentence;
    std::string claimedDate; // the date this source gives (TIMEX3 value)
};

struct Conflict {
    std::string field;               // "date", "place", ...
    std::vector<std::string> claims; // one per source: "a1: 2024-01-14"
};

struct Event {
    std::string id;   // "v0", ...
    std::string kind; // meeting | visit | travel | agreement | deployment | statement | incident | other
    std::string label;
    EventDate date;
    std::vector<std::string> participants; // Entity ids
    std::string place;                     // Entity id or ""
    EventStatus status = EventStatus::Happened;
    bool negated = false;
    std::vector<EventSource> sources;
    std::vector<Conflict> conflicts;
};

// [SECTION] Timeline ----------------------------------------------------------

struct Timeline {
    std::vector<Article> articles;
    std::vector<Entity> entities;
    std::vector<Event> events;
    std::vector<Diagnostic> diagnostics;
};

// The entity with this id ("e<index>", as resolveEntities assigns them), or nullptr: O(1).
const Entity* findEntity(const std::vector<Entity>& entities, std::string_view id);

const char* toString(DateBasis b);
const char* toString(EventStatus s);
const char* toString(EntityKind k);
const char* toString(Granularity g);
const char* toString(Severity s);
bool parseDateBasis(const std::string& s, DateBasis& out);
bool parseEventStatus(const std::string& s, EventStatus& out);
bool parseEntityKind(const std::string& s, EntityKind& out);
bool parseGranularity(const std::string& s, Granularity& out);

} // namespace dateline
