// First event extractor: a trigger word and a day-level date in one sentence make an event.
#include "core/events/event_extractor.h"

#include "core/assets/data_file.h"

#include <cctype>
#include <map>
#include <string>

namespace dateline {
namespace {

const std::map<std::string, std::string>& triggers() {
    static const std::map<std::string, std::string> m = [] {
        std::map<std::string, std::string> out;
        for (const auto& row : loadDataAsset("rules/events/triggers.txt").rows)
            if (row.fields.size() >= 2) out[row.fields[0]] = row.fields[1];
        return out;
    }();
    return m;
}

// The first trigger word in the span, or "" when there is none.
std::string findTrigger(std::string_view s, std::string& word) {
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t j = i;
        std::string w;
        while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j])))
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j++])));
        const auto it = triggers().find(w);
        if (it != triggers().end()) {
            word = w;
            return it->second;
        }
        i = j;
    }
    return {};
}

} // namespace

std::vector<Event> extractEvents(const Article& article, std::vector<Entity>& /*entities*/) {
    std::vector<Event> out;
    for (const auto& sentence : article.sentences) {
        const std::string_view s = std::string_view(article.text).substr(sentence.start, sentence.end - sentence.start);
        for (const auto& t : article.timexes) {
            if (t.start < sentence.start || t.end > sentence.end || t.type != "DATE") continue;
            if (t.value.size() != 10 || t.value[0] == 'X') continue; // day-level, resolved dates only
            std::string word;
            const std::string kind = findTrigger(s, word);
            if (kind.empty()) continue;
            Event e;
            e.kind = kind;
            e.label = std::string(s.substr(0, 80));
            e.date.value = t.value;
            e.date.granularity = Granularity::Day;
            e.date.earliest = e.date.latest = t.value;
            e.date.basis = article.published.basis == DateBasis::Explicit ? DateBasis::Explicit : DateBasis::Inferred;
            e.sources.push_back({article.id, sentence.start, sentence.end, std::string(s), t.value});
            out.push_back(std::move(e));
            break; // one event per sentence in this first pass
        }
    }
    return out;
}

} // namespace dateline
