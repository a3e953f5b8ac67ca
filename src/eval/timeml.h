// TimeML scoring for `mizan eval --timeml DIR`: Mizan's date phrases against TIMEX3 tags by span.
//
// The documents (e.g. the Arabic TimeML silver set of the evaluation data) carry no publication date, so the value
// comparison is made only on expressions that need no anchor date: DATE tags whose text holds a year
// (2015, ١٤٣٧ هـ). Docs: docs/timeml.md.
#pragma once

#include <string>
#include <vector>

#include "mizan/coder.h"
#include "mizan/status.h"

namespace mizan::eval {

// One TIMEX3: its text and where it lies in the tag-free text (bytes).
struct TimexTag {
  std::string tid, type, value, text;
  size_t begin = 0, end = 0;
};

struct TimemlDoc {
  std::string id;    // file name without .tml
  std::string text;  // the document with every tag removed
  std::vector<TimexTag> tags;
};

// Parses one .tml document (tags removed, BOM dropped, offsets into the clean text).
StatusOr<TimemlDoc> ParseTimeml(const std::string& id, const std::string& xml);

// One absolute TIMEX3 and what Mizan made of it.
struct TimemlRow {
  std::string doc, tid, text, gold_value;
  size_t begin = 0, end = 0;          // code points in the tag-free text
  bool found = false;                 // some Mizan phrase overlaps the tag
  std::string value, granularity, mizan_text, anchor;
  bool match = false;                 // Mizan's value == the gold value
  bool absolute = true;               // the tag names its year (else: a relative date, scored only
                                      // when a publication date was assumed)
};

struct TimemlReport {
  int docs = 0, timex = 0, dates = 0, absolute = 0, found = 0, matched = 0;
  int relative = 0, relative_found = 0, relative_matched = 0;  // only with an assumed publication date
  int phrases = 0, outside = 0;  // Mizan phrases, and those overlapping no TIMEX3 at all
  std::vector<TimemlRow> rows;   // the scored DATE tags, in document order
  std::vector<TimemlRow> extra;  // Mizan phrases overlapping no TIMEX3 (tid and gold value empty)
};

// Codes every *.tml of dir up to the time stage and scores it. published: "" (the set has no
// publication dates: only dates that name their year are scored), or a date assumed for every
// document, which also scores the relative DATE tags with a calendar value (apart in the report).
StatusOr<TimemlReport> ScoreTimeml(const Coder& coder, const std::string& dir, const std::string& published = "");

// True when a TIMEX3 text names its year itself: four digits (ASCII or Arabic-Indic), or 3-4 digits + هـ.
bool NamesItsYear(const std::string& text);

}  // namespace mizan::eval
