// The date grammar: a small hand-written matcher over units (see time_parser.h and docs/dates.md).
#include "time/time_parser.h"

#include <string>

#include "time/month_lexicon.h"
#include "time/vocabulary.h"

namespace mizan::timex {
namespace {

bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Punctuation that separates units: ASCII marks and the Arabic comma, semicolon, question mark, quotes.
size_t PunctLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return (c != ' ' && !IsAsciiDigit(c) && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ? 1 : 0;
  // Called at every byte: decide on the lead and second bytes (، ؛ ؟ « » ٫ ٬ ۔ and “ ” – —).
  if (i + 1 >= s.size()) return 0;
  unsigned char d = static_cast<unsigned char>(s[i + 1]);
  switch (c) {
    case 0xD8: return (d == 0x8C || d == 0x9B || d == 0x9F) ? 2 : 0;
    case 0xD9: return (d == 0xAB || d == 0xAC) ? 2 : 0;
    case 0xDB: return d == 0x94 ? 2 : 0;
    case 0xC2: return (d == 0xAB || d == 0xBB) ? 2 : 0;
    case 0xE2: {
      if (d != 0x80 || i + 2 >= s.size()) return 0;
      unsigned char e = static_cast<unsigned char>(s[i + 2]);
      return (e == 0x9C || e == 0x9D || e == 0x93 || e == 0x94) ? 3 : 0;
    }
    default: return 0;
  }
}

struct MonthHit {
  const MonthName* name = nullptr;
  size_t end = 0;
};

class Parser {
 public:
  Parser(const std::vector<Unit>& units, const std::optional<CivilDate>& pub)
      : u_(units), pub_(pub), vocab_(Vocabulary::Get()), months_(MonthLexicon::Get()) {
    words_.reserve(units.size());
    for (const Unit& x : units) words_.push_back(x.digits || x.punct ? Word{} : vocab_.Lookup(x.text));
  }

  std::optional<DateMatch> At(size_t i) const {
    if (i >= u_.size() || u_[i].punct) return std::nullopt;
    if (auto r = YearRange(i)) return r;
    size_t j = i, start = i;
    bool trigger = false;
    std::string qual;
    if (Is(j, Cat::kIn)) {
      trigger = true;
      start = ++j;
    }
    if (Is(j, Cat::kEarly) || Is(j, Cat::kMid) || Is(j, Cat::kLate)) {
      qual = Is(j, Cat::kEarly) ? "early" : Is(j, Cat::kMid) ? "mid" : "late";
      trigger = true;
      ++j;
    }
    if (Is(j, Cat::kApprox)) {  // "حوالي 1400" is a count, so نحو/حوالي alone do not make a bare year
      if (qual.empty()) qual = "approx";
      ++j;
    }
    if (Is(j, Cat::kBefore) || Is(j, Cat::kAfter) || Is(j, Cat::kSince)) {
      int sign = Is(j, Cat::kAfter) ? 1 : -1;
      if (sign > 0 && Is(j + 1, Cat::kTomorrow)) return Days(start, j + 2, 2, qual);    // بعد غد
      if (Is(j, Cat::kBefore) && Is(j + 1, Cat::kYesterday)) return Days(start, j + 2, -2, qual);  // قبل أمس
      if (auto m = Duration(start, j + 1, sign, qual)) return m;
      auto inner = Core(j + 1, true);
      if (!inner) return std::nullopt;
      inner->first = start;
      if (inner->qualifier.empty() || inner->qualifier == "approx")
        inner->qualifier = Is(j, Cat::kBefore) ? "before" : "after";
      return inner;
    }
    auto core = Core(j, trigger);
    // "مطلع الأسبوع", "في بداية الشهر", "أواخر العام": a qualified bare period is the current one.
    if (!core && !qual.empty() && j < u_.size() && words_[j].value == 1 &&
        (Is(j, Cat::kWeekUnit) || Is(j, Cat::kMonthUnit) || Is(j, Cat::kYearUnit)) &&
        (u_[j].text.rfind("\xD8\xA7\xD9\x84", 0) == 0 || u_[j].text.find("\xD9\x84\xD9\x84") == 0)) {
      const char* gran = Is(j, Cat::kWeekUnit) ? "week" : Is(j, Cat::kMonthUnit) ? "month" : "year";
      std::string value = Is(j, Cat::kWeekUnit)    ? FormatIsoWeek(PubDays())
                          : Is(j, Cat::kMonthUnit) ? ShiftMonth(0)
                                                   : ShiftYear(0);
      return Relative(start, j + 1, std::move(value), gran, qual);
    }
    if (!core) return std::nullopt;
    // A lone "في" or qualifier word is not part of a phrase that needs none.
    core->first = qual.empty() ? core->first : start;
    if (!qual.empty() && core->qualifier.empty()) core->qualifier = qual;
    return core;
  }

 private:
  bool Is(size_t k, Cat c) const { return k < u_.size() && words_[k].cat == c; }
  bool IsPunct(size_t k, std::string_view p) const { return k < u_.size() && u_[k].punct && u_[k].text == p; }
  int Number(size_t k) const {  // digits -> value (at most 4 digits), else -1
    if (k >= u_.size() || !u_[k].digits || u_[k].text.size() > 4) return -1;
    return std::stoi(u_[k].text);
  }
  bool IsYear(size_t k) const {
    int n = Number(k);
    return n >= 1000 && n <= 2100 && u_[k].text.size() == 4;
  }

  std::optional<MonthHit> Month(size_t k) const {
    if (k >= u_.size() || u_[k].digits || u_[k].punct) return std::nullopt;
    std::string_view w = u_[k].text;
    const std::vector<const MonthName*>* cands = months_.Starting(w);
    // Proclitic و/ب/ل on the month name: "وتموز", "بيناير".
    bool stripped = false;
    if (!cands && w.size() > 4 && (w[0] == '\xD9' || w[0] == '\xD8')) {
      for (std::string_view p : {"\xD9\x88", "\xD8\xA8", "\xD9\x84", "\xD9\x81"})
        if (w.substr(0, 2) == p && (cands = months_.Starting(w.substr(2)))) {
          stripped = true;
          break;
        }
    }
    if (!cands) return std::nullopt;
    for (const MonthName* m : *cands) {
      if (stripped && m->ambiguous) continue;  // "باب" is a door, not ب + آب
      bool ok = true;
      for (size_t t = 1; t < m->words.size() && ok; ++t) ok = k + t < u_.size() && u_[k + t].text == m->words[t];
      if (ok) return MonthHit{m, k + m->words.size()};
    }
    return std::nullopt;
  }

  // Month name, with its other-system twin: "يوليو/تموز", "يوليو/ تموز", "تموز (يوليو)".
  std::optional<MonthHit> MonthWithAlt(size_t k, bool* had_alt) const {
    auto m = Month(k);
    *had_alt = false;
    if (!m) return std::nullopt;
    if (IsPunct(m->end, "/") || IsPunct(m->end, "(")) {
      bool paren = IsPunct(m->end, "(");
      auto alt = Month(m->end + 1);
      if (alt && alt->name->month == m->name->month && alt->name->calendar == m->name->calendar) {
        *had_alt = true;
        size_t end = alt->end;
        if (paren && IsPunct(end, ")")) ++end;
        return MonthHit{m->name, end};
      }
    }
    return m;
  }

  DateMatch Make(size_t first, size_t last, std::string value, const char* gran, std::string qual,
                 const char* anchor) const {
    DateMatch d;
    d.first = first;
    d.last = last;
    d.granularity = gran;
    d.qualifier = std::move(qual);
    d.anchor = anchor;
    d.value = std::move(value);
    return d;
  }

  // A phrase that needs the publication date; without one it has no value and anchor "none".
  DateMatch Relative(size_t first, size_t last, std::string value, const char* gran, std::string qual) const {
    if (!pub_) return Make(first, last, "", gran, std::move(qual), "none");
    return Make(first, last, std::move(value), gran, std::move(qual), "published");
  }

  long PubDays() const { return pub_ ? DaysFromCivil(*pub_) : 0; }

  DateMatch Days(size_t first, size_t last, long offset, std::string qual) const {
    return Relative(first, last, FormatDay(CivilFromDays(PubDays() + offset)), "day", std::move(qual));
  }

  std::string ShiftMonth(int delta) const {
    if (!pub_) return "";
    int m = pub_->year * 12 + (pub_->month - 1) + delta;
    return FormatMonth(m / 12, m % 12 + 1);
  }
  std::string ShiftYear(int delta) const { return pub_ ? std::to_string(pub_->year + delta) : ""; }

  // (منذ|قبل|بعد) [نحو] COUNT UNIT: a point that many units before (after) publication.
  std::optional<DateMatch> Duration(size_t first, size_t k, int sign, std::string qual) const {
    if (Is(k, Cat::kApprox)) {
      qual = "approx";
      ++k;
    }
    // "قبل أكثر من عام", "منذ ما يزيد على ثلاثة أشهر", "قبل أقل من أسبوع": a bound on the point. More
    // than n units back is before the point n units back; less than n units back is after it.
    int bound = 0;
    const bool ma = k < u_.size() && u_[k].text == "\xD9\x85\xD8\xA7";  // ما يزيد على|عن
    if ((Is(k, Cat::kMore) || Is(k, Cat::kLess)) && Is(k + 1, Cat::kOf)) {
      bound = Is(k, Cat::kMore) ? 1 : -1;
      k += 2;
    } else if (ma && Is(k + 1, Cat::kMore) && k + 2 < u_.size() &&
               (u_[k + 2].text == "\xD8\xB9\xD9\x86" || u_[k + 2].text == "\xD8\xB9\xD9\x84\xD9\x8A")) {
      bound = 1;
      k += 3;
    }
    if (bound != 0) qual = (bound * sign < 0) ? "before" : "after";
    int count = 0;
    size_t unit = k;
    if (Number(k) > 0 && Number(k) < 1000) {
      count = Number(k);
      unit = k + 1;
    } else if (Is(k, Cat::kNumber) || Is(k, Cat::kTeen)) {
      count = words_[k].value;
      unit = k + 1;
      if (words_[k].value == 3 && (u_[k].text.find("\xD8\xA8\xD8\xB6\xD8\xB9") == 0)) qual = "approx";  // بضعة
      if (Is(k, Cat::kNumber) && Is(unit, Cat::kTeen)) count += 10, ++unit;           // خمسة عشر
      else if (Is(k, Cat::kNumber) && Is(unit, Cat::kCardTens)) count += words_[unit].value, ++unit;  // خمسة وتسعين
    } else if (Is(k, Cat::kCardTens)) {
      count = words_[k].value;
      unit = k + 1;
    }
    Cat c = unit < u_.size() ? words_[unit].cat : Cat::kNone;
    if (c != Cat::kDayUnit && c != Cat::kWeekUnit && c != Cat::kMonthUnit && c != Cat::kYearUnit) return std::nullopt;
    // "بعد 40 عاما أمضاها في المنفى": a long span after something is elapsed time, not a date ahead.
    if (sign > 0 && count > 10) return std::nullopt;
    if (count == 0) {
      count = words_[unit].value;  // يوم / أسبوعين ... with no number
      if (count == 0) return std::nullopt;
      // "قبل يوم الثلاثاء", "قبل عام 2016": a date, not a duration.
      if (count == 1 && (IsYear(unit + 1) || WeekdayAt(unit + 1, true) >= 0 ||
                         Is(unit + 1, Cat::kPast) || Is(unit + 1, Cat::kNext) || Is(unit + 1, Cat::kCurrent)))
        return std::nullopt;
      if (u_[unit].text.rfind("\xD8\xA7\xD9\x84", 0) == 0) return std::nullopt;  // "قبل العام" is not a count
    }
    size_t last = unit + 1;
    // "بعد عشرة أيام من انفجار المرفأ", "قبل يومين على الانتخابات": counted from another event, not
    // from publication; its date is unknown here.
    if (Is(last, Cat::kOf) || (last < u_.size() && u_[last].text == "\xD8\xB9\xD9\x84\xD9\x8A")) return std::nullopt;
    switch (c) {
      case Cat::kDayUnit: return Days(first, last, sign * count, qual);
      // "قبل أسبوع", "منذ أكثر من أسبوع": the day that many weeks back, as annotators date it (a week
      // ago is a day, not the calendar week before; "الأسبوع الماضي" stays a week).
      case Cat::kWeekUnit: return Days(first, last, 7L * sign * count, qual);
      case Cat::kMonthUnit: return Relative(first, last, ShiftMonth(sign * count), "month", qual);
      default: return Relative(first, last, ShiftYear(sign * count), "year", qual);
    }
  }

  // The year a month (and day) without a year names. rel: -1 الماضي, +1 المقبل, 0 bare, 2 الجاري, 3 bare in
  // a future clause.
  int ResolveYear(int month, int day, int rel) const {
    int y = pub_->year;
    auto cmp = [&](int yy) {  // <0 before publication, 0 same, >0 after
      long a = day ? DaysFromCivil({yy, month, day}) : yy * 12L + month;
      long b = day ? DaysFromCivil(*pub_) : pub_->year * 12L + pub_->month;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    if (rel == -1 && cmp(y) >= 0) return y - 1;
    if (rel == 0 && cmp(y) > 0) return y - 1;
    if (rel == 1 && cmp(y) <= 0) return y + 1;
    if (rel == 3 && cmp(y) < 0) return y + 1;  // future clause: on or after publication
    return y;
  }

  int RelWord(size_t k) const {
    return Is(k, Cat::kPast) ? -1 : Is(k, Cat::kNext) ? 1 : Is(k, Cat::kCurrent) ? 2 : 0;
  }

  // [DAY [من]] MONTH[/MONTH] [[من] [عام] YEAR [ه|م] | من العام الماضي] [الماضي|المقبل|الجاري]
  std::optional<DateMatch> MonthPhrase(size_t first, size_t k, int day, bool shahr, bool trigger,
                                       std::string qual, int weekday = -1) const {
    bool alt = false;
    auto m = MonthWithAlt(k, &alt);
    if (!m) return std::nullopt;
    bool hijri = m->name->calendar == CalendarKind::kHijri;
    size_t e = m->end;
    int year = 0;
    bool year_from_text = false;
    int rel = 0;
    size_t y = e;
    if (Is(y, Cat::kOf)) ++y;
    if (Is(y, Cat::kYearUnit) && words_[y].value == 1) {
      if (IsYear(y + 1) || Number(y + 1) >= 1300) {
        year = Number(y + 1), e = y + 2, year_from_text = true;
      } else if (RelWord(y + 1) != 0) {
        rel = RelWord(y + 1);
        year = pub_ ? pub_->year + (rel == 2 ? 0 : rel) : 0;
        e = y + 2;
      }
    } else if (y == e && (IsYear(e) || (hijri && Number(e) >= 1300))) {
      year = Number(e), e = e + 1, year_from_text = true;
    }
    if (year_from_text) {
      if (Is(e, Cat::kHijriMark)) hijri = true, ++e;
      else if (Is(e, Cat::kGregMark)) ++e;
    } else if (year == 0 && RelWord(e) != 0) {
      rel = RelWord(e);
      ++e;
    } else if (year == 0 && !hijri && IsSpanJoin(e)) {
      // "من يناير إلى مارس 2017", "بين 5 مارس و7 أبريل 2018": the end of a span gives the start its
      // year (a year earlier when the span crosses New Year: "من ديسمبر إلى فبراير 2017").
      size_t k2 = e + 1;
      int day2 = 0;
      if (auto d2 = DayNumber(k2)) day2 = d2->first, k2 = Is(d2->second, Cat::kOf) ? d2->second + 1 : d2->second;
      bool alt2 = false;
      auto m2 = MonthWithAlt(k2, &alt2);
      if (m2 && m2->name->calendar != CalendarKind::kHijri) {
        if (auto end = MonthPhrase(k2, k2, day2, true, true, "")) {
          if (end->value.size() >= 4) {  // "من يناير إلى مارس الماضي" takes the end's anchor too
            year = std::stoi(end->value.substr(0, 4));
            if (m2->name->month < m->name->month) --year;
            year_from_text = end->anchor == "text";
            alt = true;  // the span is context enough for an everyday month name
            e = end->last;
          }
        }
      }
    }
    // Everyday words (آب, رمضان, مارس) count as months only with a day, a year, a twin name or شهر
    // (a Gregorian one also after في).
    bool context = day || year_from_text || alt || shahr || (trigger && !hijri);
    if (m->name->ambiguous && !context) return std::nullopt;
    const char* anchor = year_from_text ? "text" : "published";
    if (!year_from_text && year == 0 && !pub_) return Make(first, e, "", day ? "day" : "month", qual, "none");
    if (hijri) {
      int hy = year;
      if (!year_from_text) {
        auto py = HijriYearOf(*pub_);
        if (!py) return std::nullopt;
        hy = *py;
        auto g = HijriToGregorian(hy, m->name->month, day ? day : 1);
        if (g && rel <= 0 && DaysFromCivil(*g) > PubDays()) --hy;
      }
      auto g = HijriToGregorian(hy, m->name->month, day ? day : 15);
      if (!g) return std::nullopt;
      if (day) return Make(first, e, FormatDay(*g), "day", qual, anchor);
      return Make(first, e, FormatMonth(g->year, g->month), "month", qual.empty() ? "approx" : qual, anchor);
    }
    // "سيزور … في 5 مارس": in a future clause a bare day and month is the next one, not the last.
    if (year == 0) year = ResolveYear(m->name->month, day, rel == 0 && k < u_.size() && u_[k].future ? 3 : rel);
    // "الاثنين 5 ديسمبر" with no year: the weekday picks the year (this one, the last or the next).
    if (day && weekday >= 0 && !year_from_text && rel == 0 && pub_) {
      for (int y : {pub_->year, pub_->year - 1, pub_->year + 1})
        if (ValidDate(y, m->name->month, day) && Weekday(DaysFromCivil({y, m->name->month, day})) == weekday) {
          year = y;
          break;
        }
    }
    if (day) {
      if (!ValidDate(year, m->name->month, day)) return std::nullopt;
      return Make(first, e, FormatDay({year, m->name->month, day}), "day", qual, anchor);
    }
    return Make(first, e, FormatMonth(year, m->name->month), "month", qual, anchor);
  }

  // "من 1980 إلى 1988", "بين 2011 و2014", "بين عامي 2011 و2014": the start of a span of years (the
  // end year follows as its own phrase, as in "عامي 2002 و2003"; see FindDates).
  std::optional<DateMatch> YearRange(size_t i) const {
    if (!Is(i, Cat::kOf) && !Is(i, Cat::kBetween)) return std::nullopt;
    size_t y = i + 1;
    if (Is(y, Cat::kYearUnit) && (words_[y].value == 1 || words_[y].value == 3)) ++y;
    if (!IsYear(y)) return std::nullopt;
    const size_t s = y + 1;
    const bool wa = s < u_.size() && u_[s].text == "\xD9\x88";  // و
    if (!(Is(s, Cat::kUntil) || IsPunct(s, "-") || (wa && Is(i, Cat::kBetween)))) return std::nullopt;
    size_t y2 = s + 1;
    if (Is(y2, Cat::kYearUnit) && words_[y2].value == 1) ++y2;
    if (!IsYear(y2) || Number(y2) <= Number(y)) return std::nullopt;
    return Make(i, y + 1, u_[y].text, "year", "", "text");
  }

 public:
  // إلى، حتى: the word that joins the end of a span of years to its start.
  bool IsUntil(size_t k) const { return Is(k, Cat::kUntil); }

 private:
  // What joins the two ends of a span: إلى، حتى، و، "-".
  bool IsSpanJoin(size_t k) const {
    return Is(k, Cat::kUntil) || IsPunct(k, "-") || (k < u_.size() && u_[k].text == "\xD9\x88");
  }

  // A day of the month as a number (14) or an ordinal (السابع، الحادي عشر، الثاني والعشرين).
  std::optional<std::pair<int, size_t>> DayNumber(size_t k) const {
    int n = Number(k);
    if (n >= 1 && n <= 31 && u_[k].text.size() <= 2) return std::make_pair(n, k + 1);
    if (Is(k, Cat::kOrdinal)) {
      int v = words_[k].value;
      if (Is(k + 1, Cat::kTeen)) return std::make_pair(v + 10, k + 2);
      if (Is(k + 1, Cat::kTens)) return std::make_pair(v + words_[k + 1].value, k + 2);
      return std::make_pair(v, k + 1);
    }
    if (Is(k, Cat::kTens)) return std::make_pair(words_[k].value, k + 1);
    return std::nullopt;
  }

  std::optional<DateMatch> Core(size_t k, bool trigger) const {
    if (k >= u_.size()) return std::nullopt;
    size_t first = k;
    if (Is(k, Cat::kTimeOfDay)) ++k;  // مساء أمس، صباح اليوم، فجر الثلاثاء
    // أول أمس / أول من أمس
    if (Is(k, Cat::kFirst)) {
      size_t y = Is(k + 1, Cat::kOf) ? k + 2 : k + 1;
      if (Is(y, Cat::kYesterday)) return DayWithWeekday(first, y + 1, -2);
      return std::nullopt;
    }
    if (Is(k, Cat::kYesterday)) return DayWithWeekday(first, k + 1, -1);
    if (Is(k, Cat::kTomorrow)) return DayWithWeekday(first, k + 1, 1);
    if (Is(k, Cat::kToday)) {
      // "اليوم الثاني من زيارته", "اليوم التالي", "اليوم العالمي": a day named by the adjective after it,
      // not the day of publication (a weekday after اليوم is apposition: "اليوم الاثنين").
      const size_t a = k + 1;
      const std::string& x = a < u_.size() ? u_[a].text : u_[k].text;
      const bool ila = x == "\xD8\xA7\xD9\x84\xD9\x8A" || x == "\xD8\xA7\xD9\x84\xD9\x89" ||
                       x == "\xD8\xA7\xD9\x84\xD8\xA7";  // إلى، إلا (normalized) are not adjectives
      if (a < u_.size() && !u_[a].digits && !u_[a].punct && x.rfind("\xD8\xA7\xD9\x84", 0) == 0 && !ila &&
          WeekdayAt(a, false) < 0)
        return std::nullopt;
      return DayWithWeekday(first, k + 1, 0);
    }
    // [يوم] [WEEKDAY] [،] DATE
    size_t d = k;
    if (Is(d, Cat::kDayUnit) && words_[d].value == 1) ++d;
    int weekday = WeekdayAt(d, d > k);
    size_t after_wd = weekday >= 0 ? d + 1 : d;
    if (IsPunct(after_wd, "\xD8\x8C") || IsPunct(after_wd, ",")) ++after_wd;
    if (auto day = DayNumber(after_wd)) {
      size_t m = Is(day->second, Cat::kOf) ? day->second + 1 : day->second;
      if (auto r = MonthPhrase(first, m, day->first, false, trigger, "", weekday)) return r;
      // "من 5 إلى 7 مارس", "بين 5 و7 مارس", "5-7 مارس": a span of days in one month; its start day
      // (as a span of years gives its start year).
      if (IsSpanJoin(day->second)) {
        if (auto day2 = DayNumber(day->second + 1); day2 && day2->first > day->first) {
          size_t m2 = Is(day2->second, Cat::kOf) ? day2->second + 1 : day2->second;
          if (auto r = MonthPhrase(first, m2, day->first, false, trigger, "", weekday)) return r;
        }
      }
    }
    if (auto r = Numeric(first, after_wd)) return r;
    if (weekday >= 0) {
      int rel = RelWord(d + 1);
      long pub = PubDays();
      long delta;
      if (rel == 1 || (rel == 0 && u_[d].future)) {
        // المقبل: the next one; a bare weekday in a future clause ("سيعقد … يوم الثلاثاء"): the coming one.
        delta = (weekday - Weekday(pub) + 7) % 7;
        if (delta == 0 && rel == 1) delta = 7;
      } else {
        // A bare weekday is the last such day on or before publication (news reports the day's events:
        // "الأربعاء" in a Wednesday story is that day); with الماضي it is strictly before.
        delta = -((Weekday(pub) - weekday + 7) % 7);
        if (delta == 0 && rel == -1) delta = -7;
      }
      return Days(first, rel ? d + 2 : d + 1, delta, "");
    }
    // شهر MONTH / MONTH ...
    bool shahr = Is(k, Cat::kMonthUnit) && words_[k].value == 1 && Month(k + 1).has_value();
    if (auto r = MonthPhrase(first, shahr ? k + 1 : k, 0, shahr, trigger, "")) return r;
    if (auto r = Season(first, k)) return r;
    // عام 2016 / 2016 after في or a qualifier; 1444 هـ
    size_t y = k;
    bool year_word = Is(y, Cat::kYearUnit) && (words_[y].value == 1 || words_[y].value == 3);
    if (year_word) ++y;
    // A year in parentheses "(1949)" or with the Gregorian mark "2003م" needs no other cue.
    // Parenthesized numbers below 1800 are more often resolution or article numbers ("القرار (1701)").
    bool marked = IsYear(y) && (Is(y + 1, Cat::kGregMark) ||
                                (Number(y) >= 1800 && y > 0 && IsPunct(y - 1, "(") && IsPunct(y + 1, ")")));
    if (Number(y) >= 1000 && u_[y].text.size() == 4 && (year_word || trigger || marked)) {
      int year = Number(y);
      size_t e = y + 1;
      if (Is(e, Cat::kHijriMark) && year >= 1300 && year <= 1500) {
        auto g = HijriToGregorian(year, 6, 1);  // the middle of the Hijri year
        if (!g) return std::nullopt;
        return Make(first, e + 1, std::to_string(g->year), "year", "approx", "text");
      }
      if (year > 2100) return std::nullopt;
      if (Is(e, Cat::kGregMark)) ++e;
      return Make(first, e, std::to_string(year), "year", "", "text");
    }
    // [هذا] الأسبوع|الشهر|العام (الماضي|المقبل|الجاري)
    size_t p = Is(k, Cat::kThis) ? k + 1 : k;
    Cat c = p < u_.size() ? words_[p].cat : Cat::kNone;
    if ((c == Cat::kWeekUnit || c == Cat::kMonthUnit || c == Cat::kYearUnit) && words_[p].value == 1) {
      int rel = RelWord(p + 1);
      bool definite = u_[p].text.rfind("\xD8\xA7\xD9\x84", 0) == 0 || u_[p].text.find("\xD9\x84\xD9\x84") == 0;
      if (rel == 0 && !(p > k && definite)) return std::nullopt;
      size_t e = rel ? p + 2 : p + 1;
      int delta = rel == 2 ? 0 : rel;
      if (c == Cat::kWeekUnit) return Relative(first, e, FormatIsoWeek(PubDays() + 7L * delta), "week", "");
      if (c == Cat::kMonthUnit) return Relative(first, e, ShiftMonth(delta), "month", "");
      return Relative(first, e, ShiftYear(delta), "year", "");
    }
    // الربع الأول|الثاني|الثالث|الرابع [من] (عام 2016 | 2016 | العام الماضي|الجاري|المقبل | هذا العام)
    if (Is(k, Cat::kQuarter) && Is(k + 1, Cat::kOrdinal) && words_[k + 1].value <= 4) {
      int quarter = words_[k + 1].value;
      size_t q = Is(k + 2, Cat::kOf) ? k + 3 : k + 2;
      if (auto year = Core(q, true); year && year->granularity == "year" && year->qualifier.empty()) {
        std::string value = year->value.empty() ? "" : year->value + "-Q" + std::to_string(quarter);
        return Make(first, year->last, value, "quarter", "", year->anchor.c_str());
      }
      return std::nullopt;
    }
    // النصف الأول|الثاني [من] YEAR: the year, early or late ("في النصف الأول من 2017"). ISO 8601 has no
    // half-year, and a qualified year is what annotation.md writes for "مطلع/أواخر 2017" too.
    if (Is(k, Cat::kHalf) && Is(k + 1, Cat::kOrdinal) && words_[k + 1].value <= 2) {
      size_t q = Is(k + 2, Cat::kOf) ? k + 3 : k + 2;
      if (auto year = Core(q, true); year && year->granularity == "year" && year->qualifier.empty()) {
        return Make(first, year->last, year->value, "year", words_[k + 1].value == 1 ? "early" : "late",
                    year->anchor.c_str());
      }
      return std::nullopt;
    }
    // التسعينيات [من] [القرن الماضي|العشرين]
    if (Is(k, Cat::kDecade)) {
      int decade = words_[k].value;
      size_t e = k + 1;
      size_t q = Is(e, Cat::kOf) ? e + 1 : e;
      if (Is(q, Cat::kCentury)) {
        e = q + 1;
        if (Is(e, Cat::kPast) || Is(e, Cat::kTens)) ++e;  // القرن الماضي / القرن العشرين
      }
      return Make(first, e, std::to_string(decade), "decade", "", "text");
    }
    return std::nullopt;
  }

  // [هذا] SEASON ([من] [عام] YEAR | [من] العام الماضي|الجاري|المقبل | الماضي|المقبل|الجاري): its middle
  // month, approx (winter: its January). A bare season ("في الصيف", "الربيع العربي") names no date.
  std::optional<DateMatch> Season(size_t first, size_t k) const {
    const bool this_word = Is(k, Cat::kThis);
    const size_t sk = this_word ? k + 1 : k;
    if (!Is(sk, Cat::kSeason)) return std::nullopt;
    static constexpr int kMid[] = {0, 1, 4, 7, 10};
    const int season = words_[sk].value;
    const int mid = kMid[season];
    size_t y = Is(sk + 1, Cat::kOf) ? sk + 2 : sk + 1;
    if (Is(y, Cat::kYearUnit) && words_[y].value == 1 && IsYear(y + 1)) ++y;
    if (IsYear(y)) {
      size_t e = y + 1;
      if (Is(e, Cat::kGregMark)) ++e;
      return Make(first, e, FormatMonth(Number(y), mid), "month", "approx", "text");
    }
    // "صيف العام الماضي", "شتاء هذا العام"
    if (Is(y, Cat::kThis) && Is(y + 1, Cat::kYearUnit) && words_[y + 1].value == 1)
      return Relative(first, y + 2, pub_ ? FormatMonth(pub_->year, mid) : "", "month", "approx");
    if (Is(y, Cat::kYearUnit) && words_[y].value == 1 && RelWord(y + 1) != 0) {
      const int rel = RelWord(y + 1);
      return Relative(first, y + 2, pub_ ? FormatMonth(pub_->year + (rel == 2 ? 0 : rel), mid) : "", "month",
                      "approx");
    }
    // The season itself relative to publication: "الصيف الماضي" (the last one over), "الشتاء المقبل"
    // (the next one to start), "هذا الصيف" / "الصيف الحالي" (this year's).
    const int rel = this_word ? 2 : RelWord(sk + 1);
    if (rel == 0) return std::nullopt;
    const size_t e = this_word ? sk + 1 : sk + 2;
    if (!pub_) return Relative(first, e, "", "month", "approx");
    // Months counted from year 0: a season of year yy spans [start, end]; winter yy is Dec yy-1 .. Feb yy.
    const long now = pub_->year * 12L + pub_->month - 1;
    auto start = [&](int yy) { return yy * 12L + (season == 1 ? -1 : mid - 2); };
    int yy = pub_->year;
    if (rel == -1) {
      while (start(yy) + 2 >= now) --yy;  // over before the publication month
    } else if (rel == 1) {
      yy = pub_->year - 1;
      while (start(yy) <= now) ++yy;      // starts after it
    }
    return Relative(first, e, FormatMonth(yy, mid), "month", "approx");
  }

  // Weekday named at k: with ال ("الاثنين"), or bare ("اثنين", which is also "two") only after يوم.
  int WeekdayAt(size_t k, bool after_yawm) const {
    if (k >= u_.size() || u_[k].digits || u_[k].punct) return -1;
    std::string_view w = u_[k].text;
    // "والخميس، أنقذت ...": a conjunction on the weekday (و or ف before its article)
    if ((w.rfind("\xD9\x88\xD8\xA7\xD9\x84", 0) == 0 || w.rfind("\xD9\x81\xD8\xA7\xD9\x84", 0) == 0)) w.remove_prefix(2);
    if (!after_yawm && w.rfind("\xD8\xA7\xD9\x84", 0) != 0) return -1;
    return months_.Weekday(w);
  }

  // اليوم / أمس / غدا [ (الاثنين) | الاثنين ]: a day offset from publication. A weekday in apposition
  // names the day itself, so it wins over the offset when they disagree by up to 3 days (the
  // publication time often falls on the next day: "اليوم (الاثنين)" in a story stamped Tuesday 02:51).
  DateMatch DayWithWeekday(size_t first, size_t k, long offset) const {
    size_t e = k;
    int wd = -1;
    if (IsPunct(k, "(") && (wd = WeekdayAt(k + 1, false)) >= 0) {
      e = IsPunct(k + 2, ")") ? k + 3 : k + 2;
    } else if ((wd = WeekdayAt(k, false)) >= 0) {
      e = k + 1;
    }
    if (wd >= 0 && pub_) {
      long day = PubDays() + offset;
      int diff = (wd - Weekday(day) + 7) % 7;  // 0..6 days forward to that weekday
      if (diff <= 3) offset += diff;
      else offset -= 7 - diff;
    }
    return Days(first, e, offset, "");
  }

  // 14/7/2016, 2016/7/14, 14-7-2016, 14.7.2016
  std::optional<DateMatch> Numeric(size_t first, size_t k) const {
    if (k + 4 >= u_.size()) return std::nullopt;
    if (!u_[k].digits || !u_[k + 1].punct || !u_[k + 2].digits || !u_[k + 3].punct || !u_[k + 4].digits)
      return std::nullopt;
    const std::string& sep = u_[k + 1].text;
    if (u_[k + 3].text != sep || (sep != "/" && sep != "-" && sep != ".")) return std::nullopt;
    int a = Number(k), b = Number(k + 2), c = Number(k + 4);
    CivilDate d = u_[k].text.size() == 4 ? CivilDate{a, b, c} : CivilDate{c, b, a};
    if (u_[k].text.size() != 4 && u_[k + 4].text.size() != 4) return std::nullopt;
    if (!ValidDate(d.year, d.month, d.day) || d.year < 1000 || d.year > 2100) return std::nullopt;
    return Make(first, k + 5, FormatDay(d), "day", "", "text");
  }

  const std::vector<Unit>& u_;
  std::optional<CivilDate> pub_;
  const Vocabulary& vocab_;
  const MonthLexicon& months_;
  std::vector<Word> words_;
};

}  // namespace

void SplitUnits(std::string_view text, idx_t base, idx_t token, std::vector<Unit>* out) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Unit u;
    u.token = token;
    u.begin = base + static_cast<idx_t>(i);
    if (size_t p = PunctLength(text, i)) {
      u.punct = true;
      i += p;
    } else if (IsAsciiDigit(c)) {
      u.digits = true;
      while (i < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[i]))) ++i;
    } else {
      while (i < text.size()) {
        unsigned char x = static_cast<unsigned char>(text[i]);
        if (x == ' ' || x == '\t' || x == '\n' || x == '\r' || IsAsciiDigit(x) || PunctLength(text, i)) break;
        ++i;
      }
    }
    u.end = base + static_cast<idx_t>(i);
    u.text = std::string(text.substr(u.begin - base, u.end - u.begin));
    out->push_back(std::move(u));
  }
}

std::vector<DateMatch> FindDates(const std::vector<Unit>& units, const std::optional<CivilDate>& published) {
  Parser parser(units, published);
  std::vector<DateMatch> out;
  for (size_t i = 0; i < units.size();) {
    // A year coordinated with the year just found: "عامي 2002 و2003", "بين 1910 و 1912".
    // Also the end of a span: "من 1980 إلى 1988", "من عام 1980 حتى عام 1988".
    size_t joined = i + 1;
    if (!out.empty() && out.back().last == i && parser.IsUntil(i) && i + 2 < units.size() &&
        Vocabulary::Get().Lookup(units[i + 1].text).cat == Cat::kYearUnit)
      joined = i + 2;
    if (!out.empty() && out.back().last == i && out.back().granularity == "year" && joined < units.size() &&
        (units[i].text == "\xD9\x88" || parser.IsUntil(i)) && units[joined].digits && units[joined].text.size() == 4) {
      int year = std::stoi(units[joined].text);
      if (year >= 1000 && year <= 2100) {
        DateMatch d = out.back();
        d.first = i + 1;
        d.last = joined + 1;
        d.value = units[joined].text;
        d.qualifier.clear();
        out.push_back(std::move(d));
        i = joined + 1;
        continue;
      }
    }
    auto m = parser.At(i);
    if (m && m->last > i) {
      out.push_back(std::move(*m));
      i = out.back().last;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace mizan::timex
