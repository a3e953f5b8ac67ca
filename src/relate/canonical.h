// Canonical events: when reports of events from different articles describe one act (docs/relations.md).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace mizan::relate {

// A date as an inclusive range of days (days since 1970-01-01), so dates of any granularity compare.
struct DaySpan {
  int lo = 0, hi = 0;
  int Width() const { return hi - lo + 1; }
};

// "2016-06-14" (day), "2016-W24" (ISO week), "2016-06" (month), "2016-Q2" (quarter), "2016" (year),
// "2010" with granularity "decade". nullopt when the value does not parse.
std::optional<DaySpan> DateSpan(std::string_view value, std::string_view granularity);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, day 1..31).
int DaysFromCivil(int year, int month, int day);

// The ISO week label ("2016-W24") of the week that starts on the given Monday (days since 1970-01-01).
std::string IsoWeekLabel(int monday);

// What linking looks at in a report (an event row) or in a canonical event (its representative).
struct LinkFields {
  std::string source, target;  // actor codes; both needed to link
  std::string cameo, plover;   // "042", "CONSULT"
  std::optional<DaySpan> date;
  bool negated = false;
};

struct LinkParams {
  int max_day_gap = 3;     // days allowed between the two date ranges (reports say "yesterday", "on Monday")
  int max_span_days = 31;  // a date coarser than a month never links (a year says too little)
  int max_fine_days = 7;   // at least one of the two dates is a day or a week
  // When both sentences are known: the share of content words they have in common (of the shorter
  // one) must reach this. Two reports of one act name the same people, places and things.
  double min_overlap = 0.35;
};

// The content words of a normalized sentence (text/normalize.h): words of 4 letters or more, without
// a leading و/ال/وال/بال/فال/لل when 3 letters remain, and without common function words.
std::set<std::string> ContentWords(std::string_view normalized);

// |a and b| / min(|a|, |b|); 0 when either is empty.
double WordOverlap(const std::set<std::string>& a, const std::set<std::string>& b);

// Can the two codes name the same actor? Equal, or one is the other's bare country ("LBY" / "LBYMIL").
bool CodesCompatible(std::string_view a, std::string_view b);

// 0 when a and b cannot be the same act; otherwise a score, higher for a closer match (exact actor codes,
// same CAMEO code, nearer dates), used to pick one canonical event among several candidates.
// Symmetric; direction matters except for consultations (root 04), where "A met B" and "B met A" are one act.
int MatchScore(const LinkFields& a, const LinkFields& b, const LinkParams& params = {});

// The key the store indexes candidates by: the two actor countries (first three letters), e.g. "DZA|LBY".
std::string DyadKey(std::string_view source, std::string_view target);

// True for CAMEO roots whose events have no direction worth keeping apart when linking (04 consult).
bool SymmetricRoot(std::string_view cameo);

}  // namespace mizan::relate
