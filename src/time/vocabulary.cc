// The vocabulary of the date grammar, in natural spelling, normalized once at startup.
#include "time/vocabulary.h"

#include "text/normalize.h"

namespace mizan::timex {

const Vocabulary& Vocabulary::Get() {
  static const Vocabulary* v = new Vocabulary();
  return *v;
}

void Vocabulary::Add(const char* surface, Cat cat, int value) { words_[NormalizeForMatch(surface)] = {cat, value}; }

Word Vocabulary::Lookup(std::string_view w) const {
  if (auto it = words_.find(std::string(w)); it != words_.end()) return it->second;
  static const std::string_view kOne[] = {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84", "\xD9\x83"};
  for (int round = 0; round < 2; ++round) {
    for (std::string_view p : kOne) {
      if (w.size() > p.size() + 2 && w.substr(0, p.size()) == p) {
        std::string_view rest = w.substr(p.size());
        if (auto it = words_.find(std::string(rest)); it != words_.end()) return it->second;
        if (round == 1) {  // two proclitics: وب ول فب فل
          for (std::string_view q : kOne)
            if (rest.size() > q.size() + 2 && rest.substr(0, q.size()) == q)
              if (auto it2 = words_.find(std::string(rest.substr(q.size()))); it2 != words_.end())
                return it2->second;
        }
      }
    }
  }
  // لل + word = ل + ال + word
  for (std::string_view p : {std::string_view("\xD9\x84\xD9\x84"), std::string_view("\xD9\x88\xD9\x84\xD9\x84")}) {
    if (w.size() > p.size() + 2 && w.substr(0, p.size()) == p) {
      std::string with_al = "\xD8\xA7\xD9\x84" + std::string(w.substr(p.size()));
      if (auto it = words_.find(with_al); it != words_.end()) return it->second;
    }
  }
  return {};
}

Vocabulary::Vocabulary() {
  for (const char* w : {"مطلع", "أوائل", "بداية", "بدايات", "مستهل", "مطالع"}) Add(w, Cat::kEarly);
  for (const char* w : {"منتصف", "أواسط", "وسط"}) Add(w, Cat::kMid);
  for (const char* w : {"أواخر", "نهاية", "نهايات", "أخريات"}) Add(w, Cat::kLate);
  for (const char* w : {"نحو", "حوالي", "قرابة", "زهاء"}) Add(w, Cat::kApprox);
  Add("قبل", Cat::kBefore);
  Add("بعد", Cat::kAfter);
  Add("منذ", Cat::kSince);
  Add("مذ", Cat::kSince);
  for (const char* w : {"في", "خلال"}) Add(w, Cat::kIn);
  Add("يوم", Cat::kDayUnit, 1);
  Add("يومين", Cat::kDayUnit, 2);
  Add("يومان", Cat::kDayUnit, 2);
  Add("أيام", Cat::kDayUnit, 0);
  Add("أسبوع", Cat::kWeekUnit, 1);
  Add("الأسبوع", Cat::kWeekUnit, 1);
  Add("أسبوعين", Cat::kWeekUnit, 2);
  Add("أسبوعان", Cat::kWeekUnit, 2);
  Add("أسابيع", Cat::kWeekUnit, 0);
  Add("شهر", Cat::kMonthUnit, 1);
  Add("الشهر", Cat::kMonthUnit, 1);
  Add("شهرين", Cat::kMonthUnit, 2);
  Add("شهران", Cat::kMonthUnit, 2);
  Add("أشهر", Cat::kMonthUnit, 0);
  Add("شهور", Cat::kMonthUnit, 0);
  for (const char* w : {"عام", "العام", "سنة", "السنة"}) Add(w, Cat::kYearUnit, 1);
  for (const char* w : {"عامين", "عامان", "سنتين", "سنتان"}) Add(w, Cat::kYearUnit, 2);
  for (const char* w : {"عامي", "العامين", "سنتي", "السنتين"}) Add(w, Cat::kYearUnit, 3);  // عامي 2002 و2003
  for (const char* w : {"أعوام", "سنوات", "سنين"}) Add(w, Cat::kYearUnit, 0);
  for (const char* w : {"الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "الفارط", "الفارطة"})
    Add(w, Cat::kPast);
  for (const char* w : {"المقبل", "المقبلة", "القادم", "القادمة"}) Add(w, Cat::kNext);
  for (const char* w : {"الجاري", "الجارية", "الحالي", "الحالية"}) Add(w, Cat::kCurrent);
  for (const char* w : {"هذا", "هذه"}) Add(w, Cat::kThis);
  Add("أمس", Cat::kYesterday);
  Add("البارحة", Cat::kYesterday);
  Add("الأمس", Cat::kYesterday);
  Add("اليوم", Cat::kToday);
  Add("غدا", Cat::kTomorrow);
  Add("غد", Cat::kTomorrow);
  Add("أول", Cat::kFirst);
  Add("من", Cat::kOf);
  for (const char* w : {"صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة", "عصر", "ظهيرة", "صبيحة", "عشية"})
    Add(w, Cat::kTimeOfDay);
  static const struct { const char* w; int v; } kNumbers[] = {
      {"واحد", 1},  {"اثنين", 2}, {"اثنان", 2}, {"ثلاث", 3}, {"ثلاثة", 3}, {"أربع", 4},  {"أربعة", 4},
      {"خمس", 5},   {"خمسة", 5},  {"ست", 6},    {"ستة", 6},  {"سبع", 7},   {"سبعة", 7},  {"ثماني", 8},
      {"ثمانية", 8}, {"ثمان", 8}, {"تسع", 9},   {"تسعة", 9}, {"عشرة", 10}, {"بضعة", 3}, {"بضع", 3}};
  for (const auto& n : kNumbers) Add(n.w, Cat::kNumber, n.v);
  Add("عشر", Cat::kTeen, 10);  // "الحادي عشر"; as a count (عشر سنوات) it is read as 10 too
  static const char* const kOrdinals[] = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس",
                                          "السادس", "السابع", "الثامن", "التاسع", "العاشر"};
  for (int i = 0; i < 10; ++i) Add(kOrdinals[i], Cat::kOrdinal, i + 1);
  Add("الحادي", Cat::kOrdinal, 1);
  Add("العشرين", Cat::kTens, 20);
  Add("الثلاثين", Cat::kTens, 30);
  static const char* const kDecades[] = {"عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"};
  for (int i = 0; i < 8; ++i)
    for (const char* suffix : {"يات", "ات"})
      for (const char* article : {"", "ال"})
        Add((std::string(article) + kDecades[i] + suffix).c_str(), Cat::kDecade, 192 + i);
  for (const char* w : {"ه", "هجري", "هجرية", "الهجري", "الهجرة"}) Add(w, Cat::kHijriMark);
  for (const char* w : {"م", "ميلادي", "ميلادية", "الميلادي"}) Add(w, Cat::kGregMark);
  Add("القرن", Cat::kCentury);
  Add("الربع", Cat::kQuarter);
  Add("النصف", Cat::kHalf);
  Add("بين", Cat::kBetween);
  // Counts above ten are read up to 99: units + و + tens ("خمسة وتسعين عاما"), or tens alone.
  static const char* const kCardTens[][2] = {{"عشرين", "عشرون"}, {"ثلاثين", "ثلاثون"}, {"أربعين", "أربعون"},
                                             {"خمسين", "خمسون"}, {"ستين", "ستون"},     {"سبعين", "سبعون"},
                                             {"ثمانين", "ثمانون"}, {"تسعين", "تسعون"}};
  for (int i = 0; i < 8; ++i)
    for (const char* w : kCardTens[i]) Add(w, Cat::kCardTens, 20 + 10 * i);
  // The accusative singular that follows counts from 11 up: "عشرين عاما", "خمسة عشر يوما".
  Add("يوما", Cat::kDayUnit, 0);
  Add("أسبوعا", Cat::kWeekUnit, 0);
  Add("شهرا", Cat::kMonthUnit, 0);
  Add("عاما", Cat::kYearUnit, 0);
  for (const char* w : {"إلى", "حتى", "لغاية"}) Add(w, Cat::kUntil);
  // Seasons (northern hemisphere); "الربيع العربي" is no season: a season needs a year or a relative word.
  for (const char* w : {"شتاء", "الشتاء"}) Add(w, Cat::kSeason, 1);
  for (const char* w : {"ربيع", "الربيع"}) Add(w, Cat::kSeason, 2);
  for (const char* w : {"صيف", "الصيف"}) Add(w, Cat::kSeason, 3);
  for (const char* w : {"خريف", "الخريف"}) Add(w, Cat::kSeason, 4);
  for (const char* w : {"أكثر", "يزيد", "أزيد", "يربو"}) Add(w, Cat::kMore);
  Add("أقل", Cat::kLess);
}

}  // namespace mizan::timex
