// Bytes in, valid UTF-8 out: encoding detection, repair, and code-point stepping.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline {

struct DecodedText {
    std::string text;      // always valid UTF-8
    std::string encoding;  // "utf-8", "utf-16le", "utf-16be", "windows-1252"
    bool repaired = false; // invalid bytes were replaced with U+FFFD
    bool binary = false;   // looks like a binary file (NUL bytes, many control characters)
};

// Decodes file bytes: BOMs, UTF-16, UTF-8 with repair, Windows-1252 fallback.
DecodedText decodeText(std::string_view bytes);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view s);

// Replaces every ill-formed sequence by U+FFFD.
std::string repairUtf8(std::string_view s);

// Reads the code point at s[i] and advances i; returns U+FFFD for bad bytes.
char32_t nextCodePoint(std::string_view s, std::size_t& i);

void appendUtf8(std::string& out, char32_t cp);

// Latin letters with diacritics (U+00C0–U+017F) as their base letters, "ß" as "ss" ("Rafał" →
// "Rafal", "Gdańsk" → "Gdansk"): news writes names both ways. Everything else passes unchanged.
std::string foldLatinDiacritics(std::string_view s);

} // namespace dateline
