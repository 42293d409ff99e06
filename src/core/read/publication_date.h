// Publication-date shapes: stamp lines, ISO 8601 metadata, datelines and URL date paths.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// One date found in a stamp line. value is ISO 8601: "2025-03-16", "2025-03-16T14:37",
// "2024-01-16T10:05-05:00" (the offset is kept only when the page states a zone).
struct DateStamp {
    std::string value;
    std::string label; // "published" | "updated" | "" (unlabelled)
};

// A line made only of dates, times, zones and their labels: "Published: 16 Mar. 2025, 14:37",
// "17 Jan, 2024 00:31", "January 16, 2024 10:05 AM ET", "Updated 17 Jan 2024 | Published …".
// Returns false when anything else is on the line.
bool parseDateStampLine(std::string_view line, std::vector<DateStamp>& out);

// A date stamp at the start of `text` (label optional); `consumed` is its length in bytes.
// Used for lines that go on after the stamp ("January 16, 2024 — by Jane Roe").
bool parseLeadingDateStamp(std::string_view text, DateStamp& out, std::size_t& consumed);

// "2 hours ago", "Updated 45 mins ago", "Muscat Tribune | 2 hours ago": a stamp that dates the
// article to the day the page was seen (minutes or hours, not days).
bool ageWithinDayLine(std::string_view line);

// ISO 8601 as in meta tags and JSON-LD ("2024-01-16T10:05:00+03:00", "2024-01-16", also
// "20240116"); value keeps the offset and drops seconds.
bool parseIsoDateTime(std::string_view text, std::string& value);

// Any explicit date in free text such as "<time>" content or a JSON-LD string that is not ISO.
bool parseLooseDate(std::string_view text, std::string& value);

// "/2024/01/17/", "/2024-01-17/", "/20240117/" in a URL path; value "2024-01-17".
bool dateFromUrlPath(std::string_view url, std::string& value);

// A wire-story dateline that opens a paragraph: "SEOUL, Jan. 16 (Yonhap) --",
// "MOSCOW, January 16, 2024 (Reuters) -", "WASHINGTON (AP) —".
struct Dateline {
    std::string place;      // "SEOUL"
    std::string value;      // "2024-01-16" when a year is given, "XXXX-01-16" when not, "" without date
    std::string agency;     // text inside the brackets: "Yonhap"
    std::size_t length = 0; // bytes of the paragraph the dateline covers
};
bool parseDateline(std::string_view paragraph, Dateline& out);

} // namespace dateline
