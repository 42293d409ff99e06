// UTF-8 validation and repair, UTF-16 and Windows-1252 decoding.
#include "core/text/utf8.h"

namespace dateline {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the well-formed sequence at s[i], or 0 when ill-formed (RFC 3629 table).
std::size_t sequenceLength(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    const std::size_t left = s.size() - i;
    if (c < 0x80) return 1;
    const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < s.size() && b(k) >= lo && b(k) <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(i + 1) ? 2 : 0;
    if (c == 0xE0) return left >= 3 && cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return left >= 3 && cont(i + 1) && cont(i + 2) ? 3 : 0;
    if (c == 0xED) return left >= 3 && cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
    if (c == 0xF0) return left >= 4 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return left >= 4 && cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c == 0xF4) return left >= 4 && cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    return 0;
}

// Windows-1252 bytes 0x80–0x9F; the rest of the high half equals Latin-1.
const char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string decodeUtf16(std::string_view bytes, bool bigEndian, bool& repaired) {
    std::string out;
    out.reserve(bytes.size());
    const auto unit = [&](std::size_t k) -> char32_t {
        const auto hi = static_cast<unsigned char>(bytes[bigEndian ? k : k + 1]);
        const auto lo = static_cast<unsigned char>(bytes[bigEndian ? k + 1 : k]);
        return static_cast<char32_t>((hi << 8) | lo);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t v = unit(i + 2);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            u = kReplacement;
            repaired = true;
        }
        appendUtf8(out, u);
    }
    if (i < bytes.size()) repaired = true; // odd trailing byte
    return out;
}

bool looksBinary(std::string_view s) {
    const std::size_t n = s.size() < 65536 ? s.size() : 65536;
    std::size_t controls = 0;
    std::size_t nuls = 0;
    for (std::size_t i = 0; i < n; ++i) { // branch-free: this runs over every file
        const auto c = static_cast<unsigned char>(s[i]);
        nuls += c == 0;
        controls += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
    }
    if (nuls) return true;
    return n > 0 && controls * 20 > n; // more than 5% control characters
}

} // namespace

void appendUtf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isValidUtf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = sequenceLength(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string repairUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = sequenceLength(s, i);
        if (n == 0) {
            appendUtf8(out, kReplacement);
            ++i;
        } else {
            out.append(s.data() + i, n);
            i += n;
        }
    }
    return out;
}

char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const std::size_t n = sequenceLength(s, i);
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    char32_t cp = kReplacement;
    switch (n) {
    case 1:
        cp = b(0);
        break;
    case 2:
        cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        break;
    case 3:
        cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        break;
    case 4:
        cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        break;
    default:
        break;
    }
    i += n == 0 ? 1 : n;
    return cp;
}

DecodedText decodeText(std::string_view bytes) {
    DecodedText d;
    const auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
    if (starts("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        const bool be = starts("\xFE\xFF");
        d.encoding = be ? "utf-16be" : "utf-16le";
        d.text = decodeUtf16(bytes.substr(2), be, d.repaired);
        d.binary = looksBinary(d.text);
        return d;
    }
    d.binary = looksBinary(bytes);
    if (isValidUtf8(bytes)) {
        d.encoding = "utf-8";
        d.text.assign(bytes.data(), bytes.size());
        return d;
    }
    // Count bytes that are not part of a well-formed UTF-8 sequence, and the UTF-8 evidence:
    // whole sequences, and cut-off ones (a lead byte followed by continuation bytes, which
    // Windows-1252 text almost never has: "caf\xE9 " is a lone byte). When stray bytes far
    // outnumber the evidence the file is a single-byte Western encoding; else damaged UTF-8.
    std::size_t stray = 0, utf8Evidence = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = sequenceLength(bytes, i);
        if (n == 0) {
            const bool cutOff = c >= 0xC2 && c <= 0xF4 && i + 1 < bytes.size() &&
                                (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80;
            if (cutOff) {
                ++utf8Evidence;
                ++i;
                while (i < bytes.size() && (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80)
                    ++i;
            } else {
                ++stray;
                ++i;
            }
        } else {
            ++utf8Evidence;
            i += n;
        }
    }
    if (stray > 4 * utf8Evidence) {
        d.encoding = "windows-1252";
        d.text.reserve(bytes.size() + bytes.size() / 8);
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x80)
                d.text += ch;
            else if (c < 0xA0)
                appendUtf8(d.text, kCp1252High[c - 0x80]);
            else
                appendUtf8(d.text, c);
        }
        return d;
    }
    d.encoding = "utf-8";
    d.repaired = true;
    d.text = repairUtf8(bytes);
    return d;
}

std::string foldLatinDiacritics(std::string_view s) {
    // From Unicode's canonical decompositions (letter without its combining marks); letters with
    // no decomposition (ł, ø, đ, ß, æ, œ …) by their usual Latin spelling. × and ÷ are no letters.
    static const char* const folds[0x180 - 0xC0] = {
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E",
        "I", "I", "I", "I", "D", "N", "O", "O", "O", "O", "O", nullptr,
        "O", "U", "U", "U", "U", "Y", "Th", "ss", "a", "a", "a", "a",
        "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u",
        "u", "y", "th", "y", "A", "a", "A", "a", "A", "a", "C", "c",
        "C", "c", "C", "c", "C", "c", "D", "d", "D", "d", "E", "e",
        "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
        "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i",
        "I", "i", "I", "i", "I", "i", "IJ", "ij", "J", "j", "K", "k",
        "k", "L", "l", "L", "l", "L", "l", "L", "l", "L", "l", "N",
        "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
        "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s",
        "S", "s", "S", "s", "S", "s", "T", "t", "T", "t", "T", "t",
        "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u",
        "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0xC3 || c > 0xC5) { // U+00C0–U+017F are lead bytes C3, C4, C5 only
            out += s[i++];
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = nextCodePoint(s, i);
        const char* fold = cp >= 0xC0 && cp < 0x180 ? folds[cp - 0xC0] : nullptr;
        if (fold)
            out += fold;
        else
            out.append(s.substr(start, i - start));
    }
    return out;
}

} // namespace dateline
