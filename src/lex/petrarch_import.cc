// Converts PETRARCH-2 / UD-PETRARCH dictionaries (format: petrarch2 docs/source/dictionaries.rst) to Mizan tables.
#include "lex/petrarch_import.h"

#include <algorithm>
#include <chrono>
#include <cctype>

#include <fmt/format.h>

#include "lex/petrarch_parse.h"

namespace mizan {
namespace petrarch {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Drops a "# comment" (and, for actors, a TABARI "; comment") from a line.
std::string_view StripComment(std::string_view s, bool semicolon) {
  size_t h = s.find('#');
  if (h != std::string_view::npos) s = s.substr(0, h);
  if (semicolon) {
    size_t c = s.find(';');
    if (c != std::string_view::npos) s = s.substr(0, c);
  }
  return Trim(s);
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    out.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// "ABU_BAKR_" -> "ABU BAKR": underscores join words in PETRARCH; a trailing one only marks a whole word.
std::string Phrase(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Ascii id from a name ("HAMID KARZAI" -> "hamid_karzai"); "" when the name has no ascii letters.
std::string Slug(std::string_view s) {
  std::string out;
  bool letters = false;
  for (unsigned char c : s) {
    if (std::isalnum(c) && c < 0x80) {
      out += static_cast<char>(std::tolower(c));
      letters = true;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return letters ? out : std::string();
}

bool IsUpperCode(std::string_view s) {
  if (s.size() < 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string Cell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace petrarch

using namespace petrarch;

StatusOr<PetrarchKind> ParsePetrarchKind(std::string_view name) {
  if (name == "actors") return PetrarchKind::kActors;
  if (name == "agents") return PetrarchKind::kAgents;
  if (name == "verbs") return PetrarchKind::kVerbs;
  return InvalidArgument(fmt::format("unknown dictionary kind '{}' (actors, agents or verbs)", name));
}

StatusOr<std::string> PetrarchDateToIso(std::string_view d) {
  d = Trim(d);
  for (char c : d)
    if (c < '0' || c > '9') return InvalidArgument(fmt::format("bad PETRARCH date '{}'", d));
  int year, rest;
  if (d.size() == 6) {
    year = std::stoi(std::string(d.substr(0, 2)));
    year += year <= 30 ? 2000 : 1900;
    rest = 2;
  } else if (d.size() == 8) {
    year = std::stoi(std::string(d.substr(0, 4)));
    rest = 4;
  } else {
    return InvalidArgument(fmt::format("bad PETRARCH date '{}' (YYMMDD or YYYYMMDD)", d));
  }
  int month = std::stoi(std::string(d.substr(rest, 2)));
  int day = std::stoi(std::string(d.substr(rest + 2, 2)));
  using namespace std::chrono;
  if (!year_month_day(std::chrono::year{year}, std::chrono::month(month), std::chrono::day(day)).ok())
    return InvalidArgument(fmt::format("bad PETRARCH date '{}' (month or day out of range)", d));
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

StatusOr<ImportResult> ImportPetrarch(std::string_view text, PetrarchKind kind) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
  ImportResult r;
  std::vector<std::string> lines = Lines(text);
  switch (kind) {
    case PetrarchKind::kActors:
      ImportActors(lines, &r);
      break;
    case PetrarchKind::kAgents:
      ImportAgents(lines, &r);
      break;
    case PetrarchKind::kVerbs:
      ImportVerbs(lines, &r);
      break;
  }
  std::stable_sort(r.skipped.begin(), r.skipped.end(),
                   [](const ImportSkip& a, const ImportSkip& b) { return a.line < b.line; });
  return r;
}

std::string ImportToTsv(const ImportResult& result, std::string_view source_name, std::string_view licence) {
  std::string out = fmt::format("# mizan-{} v1\n", result.table);
  for (size_t i = 0; i < result.columns.size(); ++i) out += (i ? "\t" : "") + result.columns[i];
  out += "\n";
  out += fmt::format("# Imported by `mizan dict import-petrarch` from {} (licence: {}). Review before use.\n",
                     Cell(std::string(source_name)), Cell(std::string(licence)));
  for (const auto& row : result.rows) {
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "\t" : "") + row[i];
    out += "\n";
  }
  return out;
}

}  // namespace mizan
