// DictCheck: validates a data directory row by row (`mizan dict check`), beyond what the loader enforces.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

// One finding, printed as "where: error|warning: message".
struct DictIssue {
  std::string where;  // "actors/people.tsv:12", or a file name, or "data" for load errors
  bool error = true;  // false = warning (suspicious but loadable)
  std::string message;
};

struct DictReport {
  std::vector<DictIssue> issues;
  size_t files = 0, rows = 0;
  size_t errors() const;
  size_t warnings() const;
};

// Loads data_dir with the real loaders (Lexicon::Load, Coder::Create), then checks every table's rows:
// columns, CAMEO codes known, actor codes well formed, dates valid, conflicting duplicate surfaces.
DictReport CheckDictionaries(const std::string& data_dir);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day.
bool IsDataDate(std::string_view date);

// Checks a CAMEO actor code: a country, region or non-state prefix, then 3-letter role/organization parts.
// Returns "" when fine; otherwise the problem, with *error false when it is only suspicious.
std::string CheckActorCode(std::string_view code, const std::function<bool(std::string_view)>& is_country,
                           bool* error);

}  // namespace mizan
