// Builds the month lexicon from ICU's DateFormatSymbols for the Arabic locales and the Islamic calendar.
#include "time/month_lexicon.h"

#include <algorithm>
#include <set>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "text/normalize.h"

namespace mizan::timex {
namespace {

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// Locales whose month names differ: Egypt/Gulf, Levant and Iraq, Algeria/Tunisia, Morocco.
const char* const kLocales[] = {"ar", "ar_EG", "ar_SA", "ar_LY", "ar_SY", "ar_LB", "ar_IQ", "ar_JO",
                                "ar_PS", "ar_DZ", "ar_TN", "ar_MA"};

// Everyday words, verbs and given names that are also month names (normalized spelling).
const std::set<std::string>& AmbiguousNames() {
  static const std::set<std::string> k = {NormalizeForMatch("آب"),    NormalizeForMatch("ماي"),
                                          NormalizeForMatch("صفر"),   NormalizeForMatch("رجب"),
                                          NormalizeForMatch("شعبان"), NormalizeForMatch("رمضان"),
                                          NormalizeForMatch("محرم"),  NormalizeForMatch("شوال"),
                                          NormalizeForMatch("مارس")};  // مارس: also "he practised"
  return k;
}

}  // namespace

const MonthLexicon& MonthLexicon::Get() {
  static const MonthLexicon* lexicon = new MonthLexicon();
  return *lexicon;
}

void MonthLexicon::Add(const std::string& surface, int month, CalendarKind calendar) {
  std::string norm = NormalizeForMatch(surface);
  std::vector<std::string> words = SplitWords(norm);
  if (words.empty()) return;
  for (const MonthName& m : names_)
    if (m.words == words && m.calendar == calendar) return;
  MonthName name;
  name.words = std::move(words);
  name.month = month;
  name.calendar = calendar;
  name.ambiguous = calendar == CalendarKind::kHijri || AmbiguousNames().count(norm) > 0;
  names_.push_back(std::move(name));
}

MonthLexicon::MonthLexicon() {
  names_.reserve(128);  // pointers into names_ are kept in by_first_: no reallocation after this
  auto add_symbols = [&](const icu::Locale& locale, const char* calendar, CalendarKind kind) {
    UErrorCode st = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(locale, calendar, st);
    if (U_FAILURE(st)) return;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, width);
        for (int32_t i = 0; i < count && i < 12; ++i) {
          std::string s;
          months[i].toUTF8String(s);
          Add(s, i + 1, kind);
        }
      }
    }
    if (kind == CalendarKind::kGregorian) {
      int32_t count = 0;
      const icu::UnicodeString* days = symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT,
                                                            icu::DateFormatSymbols::WIDE);
      for (int32_t i = 1; i < count && i <= 7; ++i) {  // index 0 is unused (UCAL_SUNDAY == 1)
        std::string s;
        days[i].toUTF8String(s);
        std::string norm = NormalizeForMatch(s);
        weekdays_[norm] = i - 1;
        if (norm.rfind("\xD8\xA7\xD9\x84", 0) == 0) weekdays_[norm.substr(4)] = i - 1;  // without ال
      }
    }
  };
  for (const char* loc : kLocales) add_symbols(icu::Locale(loc), "gregorian", CalendarKind::kGregorian);
  add_symbols(icu::Locale("ar"), "islamic", CalendarKind::kHijri);
  add_symbols(icu::Locale("ar"), "islamic-umalqura", CalendarKind::kHijri);
  // Spellings in common use that CLDR does not list (Egyptian يونيه/يوليه, the Hijri "second" months).
  static const struct {
    const char* surface;
    int month;
    CalendarKind kind;
  } kVariants[] = {
      {"يونيه", 6, CalendarKind::kGregorian},        {"يوليه", 7, CalendarKind::kGregorian},
      {"ربيع الثاني", 4, CalendarKind::kHijri},      {"ربيع الآخر", 4, CalendarKind::kHijri},
      {"جمادى الثانية", 6, CalendarKind::kHijri},    {"جمادى الآخرة", 6, CalendarKind::kHijri},
      {"جمادى الأولى", 5, CalendarKind::kHijri},     {"ذي القعدة", 11, CalendarKind::kHijri},
      {"ذي الحجة", 12, CalendarKind::kHijri},        {"ذو القعدة", 11, CalendarKind::kHijri},
      {"ذو الحجة", 12, CalendarKind::kHijri},
  };
  for (const auto& v : kVariants) Add(v.surface, v.month, v.kind);
  for (const MonthName& m : names_) by_first_[m.words[0]].push_back(&m);
  for (auto& [word, list] : by_first_)
    std::stable_sort(list.begin(), list.end(),
                     [](const MonthName* a, const MonthName* b) { return a->words.size() > b->words.size(); });
}

const std::vector<const MonthName*>* MonthLexicon::Starting(std::string_view word) const {
  auto it = by_first_.find(std::string(word));
  return it == by_first_.end() ? nullptr : &it->second;
}

int MonthLexicon::Weekday(std::string_view word) const {
  auto it = weekdays_.find(std::string(word));
  return it == weekdays_.end() ? -1 : it->second;
}

}  // namespace mizan::timex
