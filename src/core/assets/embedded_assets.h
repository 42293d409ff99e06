// The text assets under assets/rules and assets/gazetteers, compiled into the core.
#pragma once

#include <string_view>
#include <vector>

namespace dateline {

struct EmbeddedAsset {
    const char* path; // relative to assets/, e.g. "rules/time/en/months.txt"
    std::string_view text;
};

const EmbeddedAsset* embeddedAssetsBegin();
const EmbeddedAsset* embeddedAssetsEnd();

// The asset's text, or an empty view when there is no such asset.
std::string_view embeddedAsset(std::string_view path);

// Every asset whose path starts with the prefix, in path order.
std::vector<EmbeddedAsset> embeddedAssetsUnder(std::string_view prefix);

} // namespace dateline
