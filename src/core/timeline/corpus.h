// A corpus from whatever files the user hands over: text and HTML pages go through the whole
// pipeline, Dateline .json bundles are read back, anything else is refused with a diagnostic.
// The page (drop, picker, ?src=) and the CLI (`dateline build`) share this one dispatch.
#pragma once

#include "core/timeline/pipeline.h"

#include <string>
#include <vector>

namespace dateline {

// What a file's name says it is.
enum class InputKind { Article, Bundle, Unsupported };
InputKind inputKindOf(const std::string& fileName);

// One bundle alone is shown as it is (its events kept; a bundle with articles only is analysed).
// Mixed with other files, a bundle's articles join the corpus and everything is analysed together.
// Broken bundles and unsupported files become error diagnostics; everything valid is kept.
Timeline buildCorpus(const std::vector<const InputFile*>& files, const PipelineLimits& limits = PipelineLimits{});

} // namespace dateline
