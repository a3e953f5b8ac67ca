// The date grammar of the time stage: finds Arabic date phrases in a run of normalized words.
//
// Works on "units": the words, digit runs and punctuation marks of normalized text (a token such as
// "2016/7/14" or "1444هـ" gives several units), so the grammar does not depend on how the tokenizer
// splits numbers and slashes. What is recognized is listed in docs/dates.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"
#include "time/calendar.h"

namespace mizan::timex {

struct Unit {
  std::string text;     // normalized
  idx_t begin = 0, end = 0;  // bytes in the text the unit came from (Doc::norm for the stage)
  idx_t token = 0;      // index of the token it belongs to
  bool digits = false;  // ASCII digits only
  bool punct = false;   // one punctuation mark
  bool future = false;  // a future verb (سـ، سوف) comes before it in its sentence: "سيلتقيه يوم الثلاثاء"
};

// Appends the units of `text` (normalized) to *out; byte offsets are shifted by `base`.
void SplitUnits(std::string_view text, idx_t base, idx_t token, std::vector<Unit>* out);

// One date phrase found: units [first, last) and the date it names.
struct DateMatch {
  size_t first = 0, last = 0;
  std::string value;        // ISO 8601 cut to granularity; "" when it cannot be resolved
  std::string granularity;  // day|week|month|quarter|year|decade
  std::string qualifier;    // early|mid|late|approx|before|after or ""
  std::string anchor;       // published|text|none
};

// Every date phrase in units, left to right, not overlapping. published: the publication date, or
// nullopt when unknown (relative phrases then get anchor "none" and no value).
std::vector<DateMatch> FindDates(const std::vector<Unit>& units, const std::optional<CivilDate>& published);

}  // namespace mizan::timex
