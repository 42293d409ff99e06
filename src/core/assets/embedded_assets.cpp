// Lookup over the generated asset table (sorted by path).
#include "core/assets/embedded_assets.h"

#include <algorithm>

namespace dateline {

std::string_view embeddedAsset(std::string_view path) {
    const auto* end = embeddedAssetsEnd();
    const auto* it = std::lower_bound(embeddedAssetsBegin(), end, path,
                                      [](const EmbeddedAsset& a, std::string_view p) { return a.path < p; });
    return it != end && it->path == path ? it->text : std::string_view();
}

std::vector<EmbeddedAsset> embeddedAssetsUnder(std::string_view prefix) {
    std::vector<EmbeddedAsset> out;
    for (const auto* it = embeddedAssetsBegin(); it != embeddedAssetsEnd(); ++it)
        if (std::string_view(it->path).substr(0, prefix.size()) == prefix) out.push_back(*it);
    return out;
}

} // namespace dateline
