// The common shape of every rule, lexicon and gazetteer file under assets/:
//
//   FORMAT: name | kind | ...        (first non-comment line: names the columns)
//   # comment
//   EXAMPLE: text the next row must handle   (checked by tests/core/assets)
//   value | value | ...
//
// Fields are separated by " | " and trimmed. Engines read rows; this reader only
// splits lines and reports file:line problems.
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct DataRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
    std::vector<std::string> examples; // EXAMPLE: lines directly above this row
};

struct DataFile {
    std::string path;
    std::vector<std::string> columns; // from the FORMAT: header
    std::vector<DataRow> rows;
    std::vector<Diagnostic> diagnostics;
};

// Splits a data file; rows with more fields than FORMAT names are reported.
DataFile parseDataFile(std::string_view path, std::string_view text);

// parseDataFile over an embedded asset; a missing asset is an error diagnostic.
DataFile loadDataAsset(std::string_view path);

std::string_view trimView(std::string_view s);

} // namespace dateline
