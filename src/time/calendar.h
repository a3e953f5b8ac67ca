// Calendar arithmetic for the time stage: civil dates as day numbers, ISO weeks, Hijri via ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mizan::timex {

struct CivilDate {
  int year = 0, month = 0, day = 0;  // proleptic Gregorian; month and day from 1
};

// Days since 1970-01-01 and back (Howard Hinnant's algorithms; exact for any year).
long DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(long days);
// 0 = Sunday ... 6 = Saturday.
int Weekday(long days);
int DaysInMonth(int year, int month);
bool ValidDate(int year, int month, int day);

// "2016-07-14" from a date; "2016-W24" (ISO 8601 week of the day); "2016-07" and "2016".
std::string FormatDay(const CivilDate& d);
std::string FormatIsoWeek(long days);
std::string FormatMonth(int year, int month);

// "YYYY-MM-DD..." -> the date; nullopt when it does not start with a valid date.
std::optional<CivilDate> ParsePublished(std::string_view published);

// A date of the Umm al-Qura Islamic calendar (ICU "islamic-umalqura") as a Gregorian date.
std::optional<CivilDate> HijriToGregorian(int year, int month, int day);
// The Hijri year (Umm al-Qura) in which a Gregorian date falls.
std::optional<int> HijriYearOf(const CivilDate& d);

}  // namespace mizan::timex
