#include "core/text/utf8.h"

#include <catch2/catch.hpp>

using namespace dateline;

TEST_CASE("utf8 - valid text passes through unchanged", "[text][utf8]") {
    const std::string s = "Choe\xE2\x80\x99s visit \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xEC\x86\x8C";
    const auto d = decodeText(s);
    CHECK(d.encoding == "utf-8");
    CHECK_FALSE(d.repaired);
    CHECK(d.text == s);
}

TEST_CASE("utf8 - invalid and overlong sequences are replaced", "[text][utf8]") {
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK(repairUtf8("a\xC0\xAF"
                     "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD"
                             "b");
    const auto d = decodeText("caf\xC3\xA9 and a stray \xE2\x80 byte, \xC3\xA9t\xC3\xA9");
    CHECK(d.encoding == "utf-8");
    CHECK(d.repaired);
    CHECK(isValidUtf8(d.text));
}

TEST_CASE("utf8 - Windows-1252 is detected and converted", "[text][utf8]") {
    const auto d = decodeText("\x93Quoted\x94 caf\xE9 \x96 dash");
    CHECK(d.encoding == "windows-1252");
    CHECK(d.text == "\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x80\x93 dash");
}

TEST_CASE("utf8 - UTF-16 with a byte order mark is decoded", "[text][utf8]") {
    const std::string le("\xFF\xFEH\0i\0 \0\x3D\xD8\x00\xDE", 12);
    const auto d = decodeText(le);
    CHECK(d.encoding == "utf-16le");
    CHECK(d.text == "Hi \xF0\x9F\x98\x80");
    const std::string be("\xFE\xFF\0H\0i", 6);
    CHECK(decodeText(be).text == "Hi");
}

TEST_CASE("utf8 - binary data is flagged", "[text][utf8]") {
    const std::string bin("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    CHECK(decodeText(bin).binary);
    CHECK_FALSE(decodeText("plain words\n").binary);
}

TEST_CASE("utf8 - cut-off UTF-8 sequences mean damaged UTF-8, lone high bytes mean Windows-1252", "[text][utf8]") {
    // Lead bytes followed by continuation bytes that stop early: UTF-8 cut short, not cp1252.
    const auto damaged = decodeText("budget \xE2\x82 on 16 January, debate \x80\x80 ends \xF0\x9F\x98");
    CHECK(damaged.encoding == "utf-8");
    CHECK(damaged.repaired);
    CHECK(isValidUtf8(damaged.text));
    // Only lone high bytes before ASCII: a Western single-byte page.
    const auto western = decodeText("caf\xE9 na\xEFve \x93quoted\x94");
    CHECK(western.encoding == "windows-1252");
    CHECK(western.text == "caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST_CASE("utf8 - Latin diacritics fold to their base letters, other scripts pass", "[text][utf8]") {
    CHECK(foldLatinDiacritics("Rafa\xC5\x82 Trzaskowski") == "Rafal Trzaskowski"); // ł
    CHECK(foldLatinDiacritics("Gda\xC5\x84sk") == "Gdansk");                       // ń
    CHECK(foldLatinDiacritics("Fran\xC3\xA7ois \xC3\x89" "douard") == "Francois Edouard");
    CHECK(foldLatinDiacritics("Stra\xC3\x9F" "e") == "Strasse");
    CHECK(foldLatinDiacritics("J\xC3\xBCri Ratas") == "Juri Ratas");
    CHECK(foldLatinDiacritics("5 \xC3\x97 3") == "5 \xC3\x97 3"); // × is no letter
    const std::string hangul = "\xEC\xB5\x9C\xEC\x84\xA0\xED\x9D\xAC"; // 최선희
    CHECK(foldLatinDiacritics(hangul) == hangul);
    const std::string cyrillic = "\xD0\x9B\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2"; // Лавров
    CHECK(foldLatinDiacritics(cyrillic) == cyrillic);
}
