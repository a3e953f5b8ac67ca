// The month and weekday lexicon of the time stage, built at startup from ICU/CLDR date symbols.
//
// One normalized table covers every month system Arabic news uses: the Egyptian/Gulf names (يناير),
// the Levantine/Iraqi (كانون الثاني), the Maghreb (جانفي, يوليوز) and the Hijri (محرم ... ذو الحجة).
// Names come from icu::DateFormatSymbols, never from a hand-typed table (ICU's parsers only accept the
// locale's own names; docs/dates.md); a few spelling variants CLDR lacks are added.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mizan::timex {

enum class CalendarKind { kGregorian, kHijri };

struct MonthName {
  std::vector<std::string> words;  // normalized (NormalizeForMatch), e.g. {"كانون", "الثاني"}
  int month = 0;                   // 1..12
  CalendarKind calendar = CalendarKind::kGregorian;
  // True when the name is also an everyday word or a given name (آب "father", صفر "zero", رمضان):
  // it counts as a month only next to a day, a year, another month name or the word شهر.
  bool ambiguous = false;
};

class MonthLexicon {
 public:
  // Built once, on first use, from ICU; safe to share between threads.
  static const MonthLexicon& Get();

  // Month names that start with `word` (normalized), longest first.
  const std::vector<const MonthName*>* Starting(std::string_view word) const;
  // Weekday of a normalized name (with or without ال): 0 = Sunday ... 6 = Saturday, -1 when none.
  int Weekday(std::string_view word) const;

  size_t size() const { return names_.size(); }

 private:
  MonthLexicon();
  void Add(const std::string& surface, int month, CalendarKind calendar);

  std::vector<MonthName> names_;
  std::unordered_map<std::string, std::vector<const MonthName*>> by_first_;
  std::unordered_map<std::string, int> weekdays_;
};

}  // namespace mizan::timex
