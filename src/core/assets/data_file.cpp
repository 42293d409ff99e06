// Line reader for assets/ data files (see data_file.h for the format).
#include "core/assets/data_file.h"

#include "core/assets/embedded_assets.h"

namespace dateline {
namespace {

std::vector<std::string> splitFields(std::string_view line) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (true) {
        const std::size_t bar = line.find(" | ", from);
        out.emplace_back(trimView(line.substr(from, bar == std::string_view::npos ? line.npos : bar - from)));
        if (bar == std::string_view::npos) break;
        from = bar + 3;
    }
    return out;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

} // namespace

std::string_view trimView(std::string_view s) {
    const char* ws = " \t\r\n";
    const std::size_t a = s.find_first_not_of(ws);
    if (a == std::string_view::npos) return {};
    const std::size_t b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
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
