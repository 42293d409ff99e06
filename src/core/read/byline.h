// Who wrote and who published: bylines, agency tags, photo credits and copyright lines.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// The agency a cue names ("Yonhap", "YONHAP", "Yonhap News Agency"), or "" when the cue is not
// a known agency (assets/rules/read/agencies.txt).
std::string agencyName(std::string_view cue);

// An agency tag closing a paragraph: "… she met with Putin. (Yonhap)" → "Yonhap".
bool trailingAgencyTag(std::string_view paragraph, std::string& agency);

// A photo credit in brackets or parentheses closing a caption: "[REUTERS/YONHAP]" → "Yonhap"
// (the last name is the distributor), "(Yonhap)" → "Yonhap".
bool trailingCredit(std::string_view line, std::string& agency);

// A byline line: "Author: Jane Roe", "By JANE ROE and John Doe", "By Jane Roe, Reuters".
// field is "author" or "source"; value the name(s); agency a known agency named after the
// name(s) ("Reuters"), else "". Lines longer than a byline are refused.
bool parseBylineLine(std::string_view line, std::string& field, std::string& value, std::string& agency);

// A byline without "By": "Henrietta Vance in Brussels and Marc-André Leclerc in Ottawa" (each
// credit a name and the city it was filed from) → "Henrietta Vance and Marc-André Leclerc";
// "Jane Roe, Staff Writer" (a name and a reporter's role) → "Jane Roe".
bool bylineWithoutLabel(std::string_view line, std::string& names);

// A line naming only an agency or outlet credit ("Yonhap", "— Reuters"): the agency name.
bool agencyOnlyLine(std::string_view line, std::string& agency);

// "ERR News", "The Korea Times": two to four capitalised words ending in a masthead word
// (assets/rules/read/outlet_words.txt) and not starting with a section word ("World News").
bool outletNameLine(std::string_view line, std::string& outlet);

// "Staff Reporter", "Senior Correspondent": a reporter's role on the line under their name
// (assets/rules/read/journalist_roles.txt).
bool journalistRoleLine(std::string_view line);

// "Sam Okonkwo-Reyes", "J.P. Okafor": two to four capitalised words that could be a name.
bool personNameLine(std::string_view line);

// "© 2024 Example Media. All rights reserved." → "Example Media"; a quoted name inside the
// holder ("Autonomous Nonprofit Organization “TV-Novosti”") is preferred.
bool copyrightHolder(std::string_view line, std::string& holder);

} // namespace dateline
