// The words of the date grammar (qualifiers, units, relative words, counts, ordinals, decades).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mizan::timex {

// What a word means to the date grammar.
enum class Cat : uint8_t {
  kNone, kEarly, kMid, kLate, kApprox, kBefore, kAfter, kSince, kIn,
  kDayUnit, kWeekUnit, kMonthUnit, kYearUnit,  // value: 1 singular, 2 dual, 0 plural
  kPast, kNext, kCurrent, kThis, kYesterday, kToday, kTomorrow, kFirst, kOf, kTimeOfDay,
  kNumber, kOrdinal, kTeen, kTens, kDecade, kHijriMark, kGregMark, kCentury, kQuarter, kHalf,
  kBetween, kUntil,  // بين ... و، من ... إلى|حتى: year ranges
  kCardTens,         // عشرين ... تسعين: counts 20..90 (خمسة وتسعين عاما)
  kSeason,           // value: 1 winter, 2 spring, 3 summer, 4 autumn (صيف 2016، الشتاء الماضي)
  kMore, kLess,      // أكثر/يزيد، أقل: "قبل أكثر من عام" is a bound, not a point
};

struct Word {
  Cat cat = Cat::kNone;
  int value = 0;
};

// Normalized word -> meaning; built once (NormalizeForMatch over the surfaces in vocabulary.cc).
class Vocabulary {
 public:
  static const Vocabulary& Get();
  // The word as written, else without its proclitics (و ف ب ل ك, لل = ل + ال).
  Word Lookup(std::string_view w) const;

 private:
  Vocabulary();
  void Add(const char* surface, Cat cat, int value = 0);
  std::unordered_map<std::string, Word> words_;
};

}  // namespace mizan::timex
