// Internal pieces shared by the PETRARCH importer's files (petrarch_import/actors/agents/verbs.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lex/petrarch_import.h"

namespace mizan::petrarch {

std::string_view Trim(std::string_view s);
// Drops a "# comment" (and, for actors, a TABARI "; comment") from a line.
std::string_view StripComment(std::string_view s, bool semicolon);
std::vector<std::string> Lines(std::string_view text);
// "ABU_BAKR_" -> "ABU BAKR": underscores join words in PETRARCH; a trailing one only marks a whole word.
std::string Phrase(std::string_view s);
// Ascii id from a name ("HAMID KARZAI" -> "hamid_karzai"); "" when the name has no ascii letters.
std::string Slug(std::string_view s);
bool IsUpperCode(std::string_view s);
// A TSV cell: tabs and newlines become spaces.
std::string Cell(std::string s);

// One converter per dictionary kind; lines are the file's lines (line numbers are index + 1).
void ImportActors(const std::vector<std::string>& lines, ImportResult* r);
void ImportAgents(const std::vector<std::string>& lines, ImportResult* r);
void ImportVerbs(const std::vector<std::string>& lines, ImportResult* r);

}  // namespace mizan::petrarch
