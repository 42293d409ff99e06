// Line reader for assets/ data files (see data_file.h for the format).
#include "core/assets/data_file.h"

#include "core/assets/embedded_assets.h"

#include <algorithm>

namespace dateline {
namespace {

// The next " | " at or after `from`, or npos. A search for the bar alone is several times
// cheaper than for the three-byte separator (every rule file is split at start-up).
std::size_t nextSeparator(std::string_view line, std::size_t from) {
    for (std::size_t bar = line.find('|', from); bar != std::string_view::npos; bar = line.find('|', bar + 1))
        if (bar > 0 && line[bar - 1] == ' ' && bar + 1 < line.size() && line[bar + 1] == ' ') return bar - 1;
    return std::string_view::npos;
}

std::vector<std::string> splitFields(std::string_view line) {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '|')) + 1); // at least enough
    std::size_t from = 0;
    while (true) {
        const std::size_t bar = nextSeparator(line, from);
        out.emplace_back(trimView(line.substr(from, bar == std::string_view::npos ? line.npos : bar - from)));
        if (bar == std::string_view::npos) break;
        from = bar + 3;
    }
    return out;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

} // namespace

std::string_view trimView(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t a = 0, b = s.size();
    while (a < b && space(s[a]))
        ++a;
    while (b > a && space(s[b - 1]))
        --b;
    return s.substr(a, b - a);
}

DataFile parseDataFile(std::string_view path, std::string_view text) {
    DataFile file;
    file.path = std::string(path);
    std::vector<std::string> pendingExamples;
    std::size_t lineNo = 0;
    bool sawFormat = false;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = trimView(text.substr(pos, nl - pos));
        ++lineNo;
        pos = nl + 1;
        if (line.empty() || line[0] == '#') continue;
        if (startsWith(line, "FORMAT:")) {
            if (sawFormat)
                file.diagnostics.push_back({Severity::Error, file.path, lineNo, "second FORMAT: header"});
            file.columns = splitFields(trimView(line.substr(7)));
            sawFormat = true;
            continue;
        }
        if (file.columns.empty()) {
            file.diagnostics.push_back({Severity::Error, file.path, lineNo, "data before the FORMAT: header"});
            file.columns.push_back("value");
        }
        if (startsWith(line, "EXAMPLE:")) {
            pendingExamples.emplace_back(trimView(line.substr(8)));
            continue;
        }
        DataRow row;
        row.line = lineNo;
        row.fields = splitFields(line);
        if (row.fields.size() > file.columns.size())
            file.diagnostics.push_back({Severity::Error, file.path, lineNo,
                                        "row has " + std::to_string(row.fields.size()) + " fields, FORMAT names " +
                                            std::to_string(file.columns.size())});
        row.examples.swap(pendingExamples);
        file.rows.push_back(std::move(row));
    }
    if (!pendingExamples.empty())
        file.diagnostics.push_back({Severity::Error, file.path, lineNo, "EXAMPLE: with no row after it"});
    if (!sawFormat)
        file.diagnostics.push_back({Severity::Error, file.path, 1, "missing FORMAT: header"});
    return file;
}

DataFile loadDataAsset(std::string_view path) {
    const std::string_view text = embeddedAsset(path);
    if (text.empty()) {
        DataFile f;
        f.path = std::string(path);
        f.diagnostics.push_back({Severity::Error, f.path, 0, "asset not found"});
        return f;
    }
    return parseDataFile(path, text);
}

} // namespace dateline
