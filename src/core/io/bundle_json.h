// The dateline/1 JSON bundle (docs/schema.md): write a Timeline, read one back.
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>

namespace dateline {

constexpr const char* kSchemaName = "dateline/1";

// Serialises the whole timeline; indent < 0 gives compact JSON.
std::string writeBundle(const Timeline& timeline, int indent = 2);

struct BundleReadResult {
    bool ok = false;
    Timeline timeline;
    std::vector<Diagnostic> diagnostics; // wrong types, missing fields, duplicate ids ...
};

// Reads a bundle without throwing (WASM builds have no exceptions). Broken entries are
// reported and skipped; everything valid is kept.
BundleReadResult readBundle(std::string_view json, std::string_view fileName);

} // namespace dateline
