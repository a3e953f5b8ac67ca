#include "relate/canonical.h"
#include "text/utf8.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace mizan::relate {
namespace {

// Parses exactly n digits at s[pos..pos+n), or -1.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + n, v);
  if (ec != std::errc() || p != s.data() + pos + n) return -1;
  return v;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

int DaysFromCivil(int y, int m, int d) {
  // Howard Hinnant's days_from_civil: exact for every Gregorian date.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::string IsoWeekLabel(int monday) {
  // The ISO year is the year of the week's Thursday; week 1 is the week with January 4th.
  const int thursday = monday + 3;
  // civil_from_days (Hinnant), year only.
  const int z = thursday + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int year = static_cast<int>(yoe) + era * 400 + (m <= 2);
  const int week = (thursday - DaysFromCivil(year, 1, 1)) / 7 + 1;
  char buf[32];  // room for any int year and week, so the compiler sees no truncation
  std::snprintf(buf, sizeof buf, "%04d-W%02d", year, week);
  return buf;
}

std::optional<DaySpan> DateSpan(std::string_view v, std::string_view granularity) {
  const int year = Digits(v, 0, 4);
  if (year < 0) return std::nullopt;
  if (v.size() == 4) {
    if (granularity == "decade") return DaySpan{DaysFromCivil(year, 1, 1), DaysFromCivil(year + 9, 12, 31)};
    return DaySpan{DaysFromCivil(year, 1, 1), DaysFromCivil(year, 12, 31)};
  }
  if (v.size() < 7 || v[4] != '-') return std::nullopt;
  if (v[5] == 'W' && v.size() == 8) {
    const int week = Digits(v, 6, 2);
    if (week < 1 || week > 53) return std::nullopt;
    // ISO week 1 holds January 4th; weeks start on Monday (1970-01-01 was a Thursday).
    const int jan4 = DaysFromCivil(year, 1, 4);
    const int weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday
    const int monday = jan4 - weekday + (week - 1) * 7;
    return DaySpan{monday, monday + 6};
  }
  if (v[5] == 'Q' && v.size() == 7) {
    const int q = Digits(v, 6, 1);
    if (q < 1 || q > 4) return std::nullopt;
    const int m0 = (q - 1) * 3 + 1;
    return DaySpan{DaysFromCivil(year, m0, 1), DaysFromCivil(year, m0 + 2, DaysInMonth(year, m0 + 2))};
  }
  const int month = Digits(v, 5, 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (v.size() == 7) return DaySpan{DaysFromCivil(year, month, 1), DaysFromCivil(year, month, DaysInMonth(year, month))};
  if (v.size() < 10 || v[7] != '-') return std::nullopt;
  const int day = Digits(v, 8, 2);
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  const int d = DaysFromCivil(year, month, day);
  return DaySpan{d, d};
}

bool CodesCompatible(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  // A bare country ("LBY") may stand for any of its actors in another report; "---" has no country.
  if (a.size() == 3 && a != "---" && b.substr(0, 3) == a) return true;
  if (b.size() == 3 && b != "---" && a.substr(0, 3) == b) return true;
  return false;
}

bool SymmetricRoot(std::string_view cameo) { return cameo.substr(0, 2) == "04"; }

std::string DyadKey(std::string_view source, std::string_view target) {
  std::string key(source.substr(0, 3));
  key += '|';
  key += target.substr(0, 3);
  return key;
}

int MatchScore(const LinkFields& a, const LinkFields& b, const LinkParams& p) {
  if (a.negated != b.negated) return 0;
  if (a.cameo.size() < 2 || b.cameo.size() < 2) return 0;
  const bool same_root = a.cameo.compare(0, 2, b.cameo, 0, 2) == 0;
  const bool same_plover = !a.plover.empty() && a.plover == b.plover;
  if (!same_root && !same_plover) return 0;
  if (!a.date || !b.date) return 0;
  const DaySpan& x = *a.date;
  const DaySpan& y = *b.date;
  if (x.Width() > p.max_span_days || y.Width() > p.max_span_days) return 0;
  if (std::min(x.Width(), y.Width()) > p.max_fine_days) return 0;
  const int gap = std::max(0, std::max(x.lo, y.lo) - std::min(x.hi, y.hi));
  if (gap > p.max_day_gap) return 0;

  int score = 100;
  const bool forward = CodesCompatible(a.source, b.source) && CodesCompatible(a.target, b.target);
  const bool backward = SymmetricRoot(a.cameo) && SymmetricRoot(b.cameo) && CodesCompatible(a.source, b.target) &&
                        CodesCompatible(a.target, b.source);
  if (forward) {
    score += (a.source == b.source ? 10 : 0) + (a.target == b.target ? 10 : 0);
  } else if (backward) {
    score += (a.source == b.target ? 8 : 0) + (a.target == b.source ? 8 : 0);
  } else {
    return 0;
  }
  if (a.cameo == b.cameo) score += 10;
  else if (same_root) score += 5;
  score -= 3 * gap;
  score -= std::min(x.Width(), y.Width()) > 1 ? 2 : 0;  // neither date is a day
  return std::max(score, 1);
}

namespace {

// Function words as they look after normalization (أ/إ/آ -> ا, ى -> ي, ة -> ه).
const std::set<std::string, std::less<>>& StopWords() {
  static const std::set<std::string, std::less<>> kStop = {
      "التي", "الذي", "الذين", "اللذين", "اللتين", "وقال", "قال", "قالت", "وقالت", "ذلك", "هذا", "هذه", "هناك",
      "بعد", "قبل", "خلال", "حيث", "كان", "كانت", "وكان", "وكانت", "علي", "الي", "عند", "انه", "انها", "لكن",
      "بين", "منذ", "وفق", "وفقا", "حول", "لدي", "ايضا", "كما", "فيما", "بينما", "اليوم", "امس", "يوم", "الذى",
      "وذلك", "ولكن", "اضاف", "واضاف", "اكد", "واكد", "حسب", "بحسب", "نحو", "مثل", "غير", "دون", "عليه", "عليها",
      "فيها", "منها", "الان", "لقد", "وهو", "وهي", "هو", "هي", "التى"};
  return kStop;
}

}  // namespace

std::set<std::string> ContentWords(std::string_view text) {
  std::set<std::string> out;
  size_t i = 0;
  auto is_sep = [&](size_t k, size_t* len) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    *len = 1;
    if (c < 0x80) return !(std::isalnum(c) || c == '_');
    // Arabic comma, semicolon, question mark (U+060C, U+061B, U+061F) and « » (U+00AB, U+00BB).
    if (k + 1 < text.size()) {
      const unsigned char d = static_cast<unsigned char>(text[k + 1]);
      if ((c == 0xD8 && (d == 0x8C || d == 0x9B || d == 0x9F)) || (c == 0xC2 && (d == 0xAB || d == 0xBB))) {
        *len = 2;
        return true;
      }
    }
    return false;
  };
  while (i < text.size()) {
    size_t len;
    if (is_sep(i, &len)) {
      i += len;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !is_sep(j, &len)) ++j;
    std::string_view w = text.substr(i, j - i);
    i = j;
    if (utf8::CountCodePoints(w) < 4 || StopWords().count(w)) continue;
    for (std::string_view p : {"وال", "بال", "فال", "لل", "ال", "و"}) {
      if (w.substr(0, p.size()) == p && utf8::CountCodePoints(w.substr(p.size())) >= 3) {
        w.remove_prefix(p.size());
        break;
      }
    }
    out.emplace(w);
  }
  return out;
}

double WordOverlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (const auto& w : a.size() <= b.size() ? a : b) common += (a.size() <= b.size() ? b : a).count(w);
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace mizan::relate
