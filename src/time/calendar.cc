// Civil-date arithmetic (no time zones: dates only) and Hijri conversion with ICU's Islamic calendars.
#include "time/calendar.h"

#include <cstdio>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace mizan::timex {

long DaysFromCivil(const CivilDate& d) {
  long y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2)), m, d};
}

int Weekday(long days) { return static_cast<int>(days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6); }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap);
}

bool ValidDate(int year, int month, int day) {
  return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

std::string FormatDay(const CivilDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string FormatIsoWeek(long days) {
  int iso_dow = Weekday(days) == 0 ? 7 : Weekday(days);  // Monday 1 ... Sunday 7
  long thursday = days - iso_dow + 4;                      // the week's Thursday decides its year
  int year = CivilFromDays(thursday).year;
  long week = (thursday - DaysFromCivil({year, 1, 1})) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02ld", year, week);
  return buf;
}

std::optional<CivilDate> ParsePublished(std::string_view p) {
  if (p.size() < 10 || p[4] != '-' || p[7] != '-') return std::nullopt;
  auto num = [&](size_t at, size_t len) {
    int v = 0;
    for (size_t i = at; i < at + len; ++i) {
      if (p[i] < '0' || p[i] > '9') return -1;
      v = v * 10 + (p[i] - '0');
    }
    return v;
  };
  CivilDate d{num(0, 4), num(5, 2), num(8, 2)};
  if (!ValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

namespace {

std::unique_ptr<icu::Calendar> MakeCalendar(const char* locale) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), st));
  if (U_FAILURE(st)) return nullptr;
  cal->clear();
  return cal;
}

constexpr const char* kHijriLocale = "ar@calendar=islamic-umalqura";

}  // namespace

std::optional<CivilDate> HijriToGregorian(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) return std::nullopt;
  auto hijri = MakeCalendar(kHijriLocale);
  auto greg = MakeCalendar("en@calendar=gregorian");
  if (!hijri || !greg) return std::nullopt;
  hijri->set(year, month - 1, day);
  UErrorCode st = U_ZERO_ERROR;
  UDate t = hijri->getTime(st);
  if (U_FAILURE(st)) return std::nullopt;
  greg->setTime(t, st);
  CivilDate d{greg->get(UCAL_YEAR, st), greg->get(UCAL_MONTH, st) + 1, greg->get(UCAL_DATE, st)};
  if (U_FAILURE(st) || !ValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::optional<int> HijriYearOf(const CivilDate& d) {
  auto hijri = MakeCalendar(kHijriLocale);
  auto greg = MakeCalendar("en@calendar=gregorian");
  if (!hijri || !greg) return std::nullopt;
  greg->set(d.year, d.month - 1, d.day, 12, 0);
  UErrorCode st = U_ZERO_ERROR;
  UDate t = greg->getTime(st);
  hijri->setTime(t, st);
  int y = hijri->get(UCAL_YEAR, st);
  if (U_FAILURE(st)) return std::nullopt;
  return y;
}

}  // namespace mizan::timex
