// TimeML reading, TIMEX3 insertion and TempEval-3 scoring.
#include "core/time/timeml.h"

#include <algorithm>

namespace dateline {
namespace {

struct Tag {
    std::size_t begin = 0, end = 0; // raw range, end exclusive
    std::string name;
    bool closing = false, selfClosing = false;
};

Tag readTag(std::string_view raw, std::size_t at) {
    Tag t;
    t.begin = at;
    std::size_t close = raw.find('>', at);
    t.end = close == std::string_view::npos ? raw.size() : close + 1;
    std::size_t i = at + 1;
    if (i < raw.size() && raw[i] == '/') t.closing = true, ++i;
    const std::size_t nameStart = i;
    while (i < t.end && raw[i] != ' ' && raw[i] != '>' && raw[i] != '/' && raw[i] != '\n' && raw[i] != '\t')
        ++i;
    t.name = std::string(raw.substr(nameStart, i - nameStart));
    t.selfClosing = t.end >= 2 && raw[t.end - 2] == '/';
    return t;
}

std::string attribute(std::string_view tag, std::string_view name) {
    const std::string key = " " + std::string(name) + "=\"";
    std::size_t at = tag.find(key);
    if (at == std::string_view::npos) {
        const std::string alt = "\n" + std::string(name) + "=\"";
        at = tag.find(alt);
        if (at == std::string_view::npos) return {};
    }
    const std::size_t from = at + key.size();
    const std::size_t to = tag.find('"', from);
    return std::string(tag.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from));
}

std::string escapeAttribute(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '"')
            out += "&quot;";
        else if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else
            out += c;
    }
    return out;
}

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

} // namespace

TimeMLDocument parseTimeML(std::string_view raw, std::string_view name) {
    TimeMLDocument doc;
    doc.raw = std::string(raw);
    const std::string file(name);
    const std::size_t dctAt = raw.find("<DCT>");
    if (dctAt != std::string_view::npos) {
        const std::size_t timex = raw.find("<TIMEX3", dctAt);
        const std::size_t dctEnd = raw.find("</DCT>", dctAt);
        if (timex != std::string_view::npos && timex < dctEnd) {
            const Tag t = readTag(raw, timex);
            doc.dct = attribute(raw.substr(t.begin, t.end - t.begin), "value");
        }
    }
    const std::size_t open = raw.find("<TEXT>");
    const std::size_t close = raw.find("</TEXT>");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        doc.diagnostics.push_back({Severity::Error, file, 0, "no <TEXT> element"});
        return doc;
    }
    doc.textBegin = open + 6;
    doc.textEnd = close;
    std::vector<Timex> openTimexes;
    for (std::size_t i = doc.textBegin; i < doc.textEnd;) {
        if (raw[i] != '<') {
            doc.text += raw[i];
            doc.rawOffset.push_back(i);
            ++i;
            continue;
        }
        const Tag t = readTag(raw, i);
        if (t.name == "TIMEX3" && !t.closing) {
            Timex x;
            const std::string_view tag = raw.substr(t.begin, t.end - t.begin);
            x.start = doc.text.size();
            x.type = attribute(tag, "type");
            x.value = attribute(tag, "value");
            x.mod = attribute(tag, "mod");
            x.quant = attribute(tag, "quant");
            x.freq = attribute(tag, "freq");
            openTimexes.push_back(x);
        } else if (t.name == "TIMEX3" && t.closing && !openTimexes.empty()) {
            Timex x = openTimexes.back();
            openTimexes.pop_back();
            x.end = doc.text.size();
            x.text = doc.text.substr(x.start, x.end - x.start);
            doc.gold.push_back(std::move(x));
        }
        i = t.end;
    }
    doc.rawOffset.push_back(doc.textEnd);
    std::sort(doc.gold.begin(), doc.gold.end(), [](const Timex& a, const Timex& b) { return a.start < b.start; });
    return doc;
}

std::string writeTimeML(const TimeMLDocument& doc, const std::vector<Timex>& timexes, std::size_t* skipped) {
    const std::string_view raw = doc.raw;
    if (skipped) *skipped = 0;
    if (doc.textEnd <= doc.textBegin) return doc.raw;
    // Tags (other than TIMEX3, which are dropped) seen before each text byte.
    std::vector<std::size_t> tagsBefore(doc.text.size() + 1, 0);
    {
        std::size_t tags = 0, p = 0;
        for (std::size_t i = doc.textBegin; i < doc.textEnd;) {
            if (raw[i] == '<') {
                const Tag t = readTag(raw, i);
                if (t.name != "TIMEX3") ++tags;
                i = t.end;
                continue;
            }
            if (p < tagsBefore.size()) tagsBefore[p] = tags;
            ++p;
            ++i;
        }
        if (p < tagsBefore.size()) tagsBefore[p] = tags;
    }
    // A timex's tags stay well nested when no element opens or closes inside it.
    std::vector<const Timex*> accepted;
    std::size_t lastEnd = 0;
    for (const auto& t : timexes) {
        if (t.end <= t.start || t.end > doc.text.size() || t.start < lastEnd) {
            if (skipped) ++*skipped;
            continue;
        }
        // tagsBefore counts tags up to each byte; the last byte's trailing tags are outside.
        if (tagsBefore[t.start] != tagsBefore[t.end - 1]) {
            if (skipped) ++*skipped;
            continue;
        }
        accepted.push_back(&t);
        lastEnd = t.end;
    }
    std::string out;
    out.reserve(raw.size() + accepted.size() * 120);
    out.append(raw.substr(0, doc.textBegin));
    std::size_t next = 0, p = 0, tid = 1;
    const Timex* openTimex = nullptr;
    for (std::size_t i = doc.textBegin; i < doc.textEnd;) {
        if (raw[i] == '<') {
            const Tag t = readTag(raw, i);
            if (t.name != "TIMEX3") out.append(raw.substr(t.begin, t.end - t.begin));
            i = t.end;
            continue;
        }
        if (!openTimex && next < accepted.size() && accepted[next]->start == p) {
            const Timex& x = *accepted[next];
            out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"" + escapeAttribute(x.type) + "\" value=\"" +
                   escapeAttribute(x.value) + "\"";
            if (!x.mod.empty()) out += " mod=\"" + escapeAttribute(x.mod) + "\"";
            if (!x.quant.empty()) out += " quant=\"" + escapeAttribute(x.quant) + "\"";
            if (!x.freq.empty()) out += " freq=\"" + escapeAttribute(x.freq) + "\"";
            out += x.anchor.empty() ? " temporalFunction=\"false\"" : " temporalFunction=\"true\"";
            out += " functionInDocument=\"NONE\"";
            if (x.anchor == "dct") out += " anchorTimeID=\"t0\"";
            out += ">";
            openTimex = &x;
            ++next;
        }
        out += raw[i];
        ++i;
        ++p;
        if (openTimex && openTimex->end == p) {
            out += "</TIMEX3>";
            openTimex = nullptr;
        }
    }
    out.append(raw.substr(doc.textEnd));
    return out;
}

void TimexScore::add(const TimexScore& o) {
    gold += o.gold;
    system += o.system;
    strictSystem += o.strictSystem;
    strictGold += o.strictGold;
    relaxedSystem += o.relaxedSystem;
    relaxedGold += o.relaxedGold;
    matchedPairs += o.matchedPairs;
    typeCorrect += o.typeCorrect;
    valueCorrect += o.valueCorrect;
}

namespace {
double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double harmonic(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
} // namespace

double TimexScore::strictPrecision() const { return ratio(strictSystem, system); }
double TimexScore::strictRecall() const { return ratio(strictGold, gold); }
double TimexScore::strictF1() const { return harmonic(strictPrecision(), strictRecall()); }
double TimexScore::relaxedPrecision() const { return ratio(relaxedSystem, system); }
double TimexScore::relaxedRecall() const { return ratio(relaxedGold, gold); }
double TimexScore::relaxedF1() const { return harmonic(relaxedPrecision(), relaxedRecall()); }
double TimexScore::typeAccuracy() const { return ratio(typeCorrect, matchedPairs); }
double TimexScore::valueAccuracy() const { return ratio(valueCorrect, matchedPairs); }

TimexScore scoreTimexes(std::string_view text, const std::vector<Timex>& gold, const std::vector<Timex>& system,
                        std::vector<TimexDifference>* differences) {
    // Extents are compared without surrounding white space.
    auto trimmed = [&](const Timex& t) {
        std::size_t a = t.start, b = std::min(t.end, text.size());
        while (a < b && isSpace(text[a]))
            ++a;
        while (b > a && isSpace(text[b - 1]))
            --b;
        return std::make_pair(a, b);
    };
    TimexScore s;
    s.gold = gold.size();
    s.system = system.size();
    std::vector<bool> goldStrict(gold.size()), goldRelaxed(gold.size());
    for (const auto& sys : system) {
        const auto [sa, sb] = trimmed(sys);
        const Timex* partner = nullptr;
        bool strict = false;
        for (std::size_t g = 0; g < gold.size(); ++g) {
            const auto [ga, gb] = trimmed(gold[g]);
            if (ga >= sb || sa >= gb) continue;
            goldRelaxed[g] = true;
            if (ga == sa && gb == sb) {
                goldStrict[g] = true;
                strict = true;
                partner = &gold[g];
            } else if (!partner) {
                partner = &gold[g];
            }
        }
        if (!partner) {
            if (differences) differences->push_back({"spurious", {}, sys});
            continue;
        }
        ++s.relaxedSystem;
        if (strict) ++s.strictSystem;
        ++s.matchedPairs;
        const bool typeOk = partner->type == sys.type;
        const bool valueOk = partner->value == sys.value;
        s.typeCorrect += typeOk;
        s.valueCorrect += valueOk;
        if (differences) {
            if (!strict) differences->push_back({"extent", *partner, sys});
            if (!valueOk)
                differences->push_back({"value", *partner, sys});
            else if (!typeOk)
                differences->push_back({"type", *partner, sys});
        }
    }
    for (std::size_t g = 0; g < gold.size(); ++g) {
        s.strictGold += goldStrict[g];
        s.relaxedGold += goldRelaxed[g];
        if (!goldRelaxed[g] && differences) differences->push_back({"missed", gold[g], {}});
    }
    return s;
}

} // namespace dateline
