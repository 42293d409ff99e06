// String forms of the model's enums, shared by JSON I/O, the CLI and the views.
#include "core/model.h"

#include <cstring>

namespace dateline {
namespace {

template <typename Enum, std::size_t N> bool parseFrom(const char* const (&names)[N], const std::string& s, Enum& out) {
    for (std::size_t i = 0; i < N; ++i) {
        if (s == names[i]) {
            out = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

const char* const kBasis[] = {"explicit", "inferred", "unknown"};
const char* const kStatus[] = {"happened", "planned", "possible"};
const char* const kKind[] = {"person", "place", "org", "other"};
const char* const kGranularity[] = {"unknown", "century", "decade", "year", "season", "quarter",
                                    "month",   "week",    "day",    "hour", "minute"};
const char* const kSeverity[] = {"info", "warning", "error"};

} // namespace

const char* toString(DateBasis b) { return kBasis[static_cast<int>(b)]; }
const char* toString(EventStatus s) { return kStatus[static_cast<int>(s)]; }
const char* toString(EntityKind k) { return kKind[static_cast<int>(k)]; }
const char* toString(Granularity g) { return kGranularity[static_cast<int>(g)]; }
const char* toString(Severity s) { return kSeverity[static_cast<int>(s)]; }

bool parseDateBasis(const std::string& s, DateBasis& out) { return parseFrom(kBasis, s, out); }
bool parseEventStatus(const std::string& s, EventStatus& out) { return parseFrom(kStatus, s, out); }
bool parseEntityKind(const std::string& s, EntityKind& out) { return parseFrom(kKind, s, out); }
bool parseGranularity(const std::string& s, Granularity& out) { return parseFrom(kGranularity, s, out); }

const Entity* findEntity(const std::vector<Entity>& entities, std::string_view id) {
    if (id.size() < 2 || id[0] != 'e') return nullptr;
    std::size_t n = 0;
    for (std::size_t i = 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9' || n > entities.size()) return nullptr;
        n = n * 10 + static_cast<std::size_t>(id[i] - '0');
    }
    return n < entities.size() && entities[n].id == id ? &entities[n] : nullptr;
}

} // namespace dateline
