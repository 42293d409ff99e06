// Helpers for the hostile-input tests: the committed corpus and diagnostic look-ups.
#pragma once

#include "core/model.h"
#include "test_support.h"

#include <string>
#include <vector>

namespace dateline::test {

inline std::string hostileFile(const std::string& name) { return readSourceFile("tests/data/hostile/" + name); }

// The first diagnostic about `file` whose message contains `words`, or nullptr.
inline const Diagnostic* findDiagnostic(const std::vector<Diagnostic>& diagnostics, const std::string& file,
                                        const std::string& words) {
    for (const auto& d : diagnostics)
        if (d.file == file && d.message.find(words) != std::string::npos) return &d;
    return nullptr;
}

// A well-formed article to load beside hostile files: it must survive every one of them.
inline InputFile goodArticle(const std::string& name = "good.txt") {
    return {name, "Harbour budget approved\n\nThe city council approved the harbour budget on 16 January 2024 "
                  "after a debate of six hours.\n\nOpponents said the plan would raise port fees, while the "
                  "mayor called it overdue.\n"};
}

} // namespace dateline::test
