// First temporal tagger: explicit calendar dates and weekdays relative to the DCT.
#include "core/time/tagger.h"

#include <cctype>
#include <cstdio>
#include <regex>
#include <string>

namespace dateline {
namespace {

int monthIndex(const std::string& name) {
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string m;
    for (std::size_t i = 0; i < name.size() && i < 3; ++i)
        m += static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
    for (int i = 0; i < 12; ++i)
        if (m == months[i]) return i + 1;
    return 0;
}

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

void civilFromDays(long z, int& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2);
}

std::string isoDay(int y, int m, int d) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

} // namespace

std::vector<Timex> tagTime(std::string_view text, std::string_view dct) {
    static const std::regex pattern(
        R"(\b(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2})(?:,\s*(\d{4}))?|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)");
    static const char* const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    int dy = 0, dm = 0, dd = 0;
    const bool haveDct = dct.size() >= 10 && std::sscanf(std::string(dct.substr(0, 10)).c_str(), "%d-%d-%d", &dy, &dm, &dd) == 3;
    std::vector<Timex> out;
    const std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), pattern); it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        Timex t;
        t.start = static_cast<std::size_t>(m.position(0));
        t.end = t.start + static_cast<std::size_t>(m.length(0));
        t.text = m.str(0);
        t.type = "DATE";
        if (m[1].matched) {
            const int mon = monthIndex(m.str(1));
            const int day = std::stoi(m.str(2));
            if (m[3].matched) t.value = isoDay(std::stoi(m.str(3)), mon, day);
            else if (haveDct) t.value = isoDay(dy, mon, day), t.anchor = "dct";
            else t.value = "XXXX-" + isoDay(0, mon, day).substr(5);
        } else {
            int wd = 0;
            while (m.str(4) != weekdays[wd]) ++wd;
            if (!haveDct) {
                t.value = "XXXX-WXX-" + std::to_string(wd + 1);
            } else {
                const long today = daysFromCivil(dy, dm, dd);
                const int todayWd = static_cast<int>(((today % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
                const long back = (todayWd - wd + 7) % 7; // most recent such weekday, today included
                int y, mo, d;
                civilFromDays(today - back, y, mo, d);
                t.value = isoDay(y, mo, d);
                t.anchor = "dct";
            }
        }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace dateline
