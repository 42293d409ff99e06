// Entry point of the read stage: bytes → decoded text → plain-text or HTML reader → Article.
#include "core/read/reader.h"

#include "core/read/article_cleaner.h"
#include "core/read/html_reader.h"
#include "core/read/plain_text_cleaner.h"
#include "core/text/sentences.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace dateline {
namespace {

// The language by script: Hangul, kana, Han, Cyrillic, Arabic; Latin text stays "en" (the only
// Latin-script vocabulary the reader has). Enough for the reader's font and the tagger's rules.
std::string languageByScript(std::string_view text) {
    std::size_t latin = 0, hangul = 0, kana = 0, han = 0, cyrillic = 0, arabic = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) { // ASCII needs no decoding
            latin += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
            ++i;
            continue;
        }
        const char32_t c = nextCodePoint(text, i);
        if (c >= 0xAC00 && c <= 0xD7A3)
            ++hangul;
        else if (c >= 0x3040 && c <= 0x30FF)
            ++kana;
        else if (c >= 0x4E00 && c <= 0x9FFF)
            ++han;
        else if (c >= 0x0400 && c <= 0x04FF)
            ++cyrillic;
        else if (c >= 0x0600 && c <= 0x06FF)
            ++arabic;
    }
    const std::size_t most = std::max({latin, hangul, kana + han, cyrillic, arabic});
    if (most == 0 || most == latin) return "en";
    if (most == hangul) return "ko";
    if (most == kana + han) return kana > 0 ? "ja" : "zh";
    return most == cyrillic ? "ru" : "ar";
}

} // namespace

ReadResult readArticle(std::string_view fileName, std::string_view bytes) {
    ReadResult r;
    const std::string file(fileName);
    if (bytes.empty()) {
        r.diagnostics.push_back({Severity::Error, file, 0, "empty file"});
        return r;
    }
    DecodedText decoded = decodeText(bytes);
    if (decoded.binary) {
        r.diagnostics.push_back({Severity::Error, file, 0, "binary data, not an article"});
        return r;
    }
    if (decoded.repaired)
        r.diagnostics.push_back({Severity::Warning, file, 0, "invalid " + decoded.encoding + " bytes replaced"});
    else if (decoded.encoding != "utf-8")
        r.diagnostics.push_back({Severity::Info, file, 0, "decoded from " + decoded.encoding});

    Article& a = r.article;
    a.file = file;
    PageFacts facts;
    const bool html = looksLikeHtml(decoded.text);
    std::vector<TextBlock> blocks = html ? htmlBlocks(decoded.text, facts) : plainTextBlocks(decoded.text, facts);
    cleanBlocks(std::move(blocks), facts, a);
    a.sentences = splitSentences(a.text);
    a.language = languageByScript(a.text);

    if (a.published.basis != DateBasis::Explicit)
        r.diagnostics.push_back({Severity::Info, file, 0, "no publication date stated"});
    r.ok = !a.text.empty();
    if (!r.ok) r.diagnostics.push_back({Severity::Error, file, 0, "no article text found"});
    return r;
}

} // namespace dateline
