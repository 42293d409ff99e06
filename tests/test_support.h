// Shared helpers for the Catch2 suite: the bundled corpus and fixture files.
#pragma once

#include "core/timeline/pipeline.h"

#include <string>
#include <vector>

namespace dateline::test {

// Reads a file under the source tree ("assets/articles/000_….txt"); fails the test if missing.
std::string readSourceFile(const std::string& relativePath);

// An article as the reader would give it: text split into sentences, and an explicit
// publication date when `published` is not empty.
Article makeArticle(const std::string& id, const std::string& text, const std::string& published);

// The bundled articles as pipeline inputs, in file-name order.
std::vector<InputFile> bundledArticles();

// The files of a folder under the source tree ("tests/data/stories/baltic-cable"), in name order.
std::vector<InputFile> sourceFolder(const std::string& relativeFolder);

} // namespace dateline::test
