// Table-driven tests of the time stage: date phrases resolved against publication dates.
#include "time/time_stage.h"

#include <gtest/gtest.h>

#include "time/calendar.h"
#include "time/month_lexicon.h"
#include "text/normalize.h"

namespace mizan {
namespace {

struct DateCase {
  const char* published;
  const char* phrase;
  const char* value;
  const char* granularity;
  const char* qualifier;
  const char* anchor;
};

class TimeParse : public testing::TestWithParam<DateCase> {};

TEST_P(TimeParse, Resolves) {
  const DateCase& c = GetParam();
  auto r = ParseDatePhrase(c.phrase, c.published);
  ASSERT_TRUE(r.ok()) << c.phrase << ": " << r.status().ToString();
  EXPECT_EQ(r->value, c.value) << c.phrase;
  EXPECT_EQ(r->granularity, c.granularity) << c.phrase;
  EXPECT_EQ(r->qualifier, c.qualifier) << c.phrase;
  EXPECT_EQ(r->anchor, c.anchor) << c.phrase;
}

INSTANTIATE_TEST_SUITE_P(
    Absolute, TimeParse,
    testing::Values(DateCase{"2016-08-01", "وقع الهجوم في 14 يوليو 2016 قرب الحدود", "2016-07-14", "day", "", "text"},
                    DateCase{"2016-08-01", "2016/7/14", "2016-07-14", "day", "", "text"},
                    DateCase{"2016-08-01", "14/7/2016", "2016-07-14", "day", "", "text"},
                    DateCase{"2016-08-01", "في يوليو 2016", "2016-07", "month", "", "text"},
                    DateCase{"2016-08-01", "عام 2016", "2016", "year", "", "text"},
                    DateCase{"2018-08-01", "في 2016", "2016", "year", "", "text"},
                    DateCase{"2020-01-01", "أواخر 2019", "2019", "year", "late", "text"},
                    DateCase{"2018-05-16", "منتصف عام 2016", "2016", "year", "mid", "text"},
                    DateCase{"2022-09-01", "في 15 يوليو/تموز 2022", "2022-07-15", "day", "", "text"},
                    DateCase{"2022-09-01", "في 15 يوليو/ تموز 2022", "2022-07-15", "day", "", "text"},
                    DateCase{"2022-09-01", "في 15 تموز (يوليو) 2022", "2022-07-15", "day", "", "text"},
                    DateCase{"2020-09-02", "زار بيروت في 14 آب 2020", "2020-08-14", "day", "", "text"},
                    DateCase{"2019-11-05", "في 9 تشرين الأول 2019", "2019-10-09", "day", "", "text"},
                    DateCase{"2020-02-03", "يوم 26 جانفي 2020", "2020-01-26", "day", "", "text"},
                    DateCase{"2023-09-20", "يوم 16 جويلية 2023", "2023-07-16", "day", "", "text"},
                    DateCase{"2021-09-06", "يوم 24 أوت 2021", "2021-08-24", "day", "", "text"},
                    DateCase{"2021-09-06", "في 3 غشت 2021", "2021-08-03", "day", "", "text"},
                    DateCase{"2016-04-05", "في ١٤ آذار ٢٠١٦", "2016-03-14", "day", "", "text"},
                    DateCase{"2023-04-13", "يوم الأربعاء ٢١ رمضان ١٤٤٤هـ", "2023-04-12", "day", "", "text"},
                    DateCase{"2023-04-13", "في 21 رمضان 1444 هـ", "2023-04-12", "day", "", "text"},
                    DateCase{"2000-01-01", "خلال التسعينيات", "199", "decade", "", "text"},
                    DateCase{"2000-01-01", "في ثمانينيات القرن الماضي", "198", "decade", "", "text"}));

INSTANTIATE_TEST_SUITE_P(
    Relative, TimeParse,
    testing::Values(DateCase{"2021-06-14", "مساء أمس", "2021-06-13", "day", "", "published"},
                    DateCase{"2021-06-14", "اليوم", "2021-06-14", "day", "", "published"},
                    DateCase{"2021-06-14", "غدا", "2021-06-15", "day", "", "published"},
                    DateCase{"2015-05-06", "أول أمس", "2015-05-04", "day", "", "published"},
                    DateCase{"2015-05-06", "أول من أمس", "2015-05-04", "day", "", "published"},
                    DateCase{"2021-06-15", "الشهر الماضي", "2021-05", "month", "", "published"},
                    DateCase{"2021-01-15", "الشهر الماضي", "2020-12", "month", "", "published"},
                    DateCase{"2013-09-18", "الأسبوع الماضي", "2013-W37", "week", "", "published"},
                    DateCase{"2024-02-06", "الأسبوع المقبل", "2024-W07", "week", "", "published"},
                    DateCase{"2019-01-24", "العام الماضي", "2018", "year", "", "published"},
                    DateCase{"2019-06-20", "مطلع العام الجاري", "2019", "year", "early", "published"},
                    DateCase{"2021-12-15", "مطلع الشهر الماضي", "2021-11", "month", "early", "published"},
                    DateCase{"2022-10-25", "منذ ثلاثة أيام", "2022-10-22", "day", "", "published"},
                    DateCase{"2022-10-25", "منذ 3 أيام", "2022-10-22", "day", "", "published"},
                    DateCase{"2022-10-25", "قبل يومين", "2022-10-23", "day", "", "published"},
                    DateCase{"2022-10-25", "قبل أسبوعين", "2022-W41", "week", "", "published"},
                    DateCase{"2022-10-25", "قبل نحو أسبوعين", "2022-W41", "week", "approx", "published"},
                    DateCase{"2022-10-25", "قبل ثلاثة أشهر", "2022-07", "month", "", "published"},
                    DateCase{"2022-10-25", "بعد عامين", "2024", "year", "", "published"},
                    DateCase{"2023-02-03", "يوم الثلاثاء الماضي", "2023-01-31", "day", "", "published"},
                    DateCase{"2023-02-03", "يوم الثلاثاء", "2023-01-31", "day", "", "published"},
                    DateCase{"2023-01-31", "الثلاثاء الماضي", "2023-01-24", "day", "", "published"},
                    DateCase{"2023-02-03", "الأحد المقبل", "2023-02-05", "day", "", "published"},
                    DateCase{"2018-08-10", "في 8 مايو/أيار الماضي", "2018-05-08", "day", "", "published"},
                    DateCase{"2018-08-10", "في السابع من أغسطس/آب", "2018-08-07", "day", "", "published"},
                    DateCase{"2018-08-10", "في الحادي والعشرين من مارس", "2018-03-21", "day", "", "published"},
                    DateCase{"2019-11-05", "في 17 تشرين الأول", "2019-10-17", "day", "", "published"},
                    DateCase{"2016-07-20", "يوليو الماضي", "2015-07", "month", "", "published"},
                    DateCase{"2016-08-20", "يوليو الماضي", "2016-07", "month", "", "published"},
                    DateCase{"2016-05-20", "في يوليو", "2015-07", "month", "", "published"},
                    DateCase{"2016-08-20", "في يوليو", "2016-07", "month", "", "published"},
                    DateCase{"2016-05-20", "يوليو المقبل", "2016-07", "month", "", "published"},
                    DateCase{"2016-05-20", "منتصف يوليو المقبل", "2016-07", "month", "mid", "published"},
                    DateCase{"2016-05-20", "قبل عام 2010", "2010", "year", "before", "text"},
                    DateCase{"", "أمس", "", "day", "", "none"},
                    DateCase{"", "الأسبوع الماضي", "", "week", "", "none"}));

// Phrases that are not dates, or everyday words that are also month names.
TEST(TimeParse, NotDates) {
  for (const char* phrase : {"قال الأمين العام للأمم المتحدة", "مارس ضغوطا على الحكومة", "قبل أن يغادر",
                             "التقى أب الضحية", "نحو تعزيز التعاون", "في بيروت", "ثلاثة أيام من المحادثات"}) {
    auto r = ParseDatePhrase(phrase, "2020-01-01");
    EXPECT_FALSE(r.ok()) << phrase << " -> " << (r.ok() ? r->value : "");
  }
}

TEST(TimeCalendar, IsoWeeksAndHijri) {
  using timex::DaysFromCivil;
  EXPECT_EQ(timex::FormatIsoWeek(DaysFromCivil({2021, 1, 3})), "2020-W53");
  EXPECT_EQ(timex::FormatIsoWeek(DaysFromCivil({2016, 6, 14})), "2016-W24");
  EXPECT_EQ(timex::Weekday(DaysFromCivil({2023, 1, 31})), 2);  // Tuesday
  auto g = timex::HijriToGregorian(1444, 9, 1);
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(timex::FormatDay(*g), "2023-03-23");
  EXPECT_EQ(timex::HijriYearOf({2023, 4, 13}).value_or(0), 1444);
}

TEST(TimeLexicon, AllMonthSystemsFromIcu) {
  const auto& lex = timex::MonthLexicon::Get();
  EXPECT_GE(lex.size(), 48u);  // 12 Egyptian + Levantine + Maghreb + Hijri at least
  for (const char* w : {"يناير", "كانون", "جانفي", "يوليوز", "محرم", "تشرين", "ذو"})
    EXPECT_NE(lex.Starting(NormalizeForMatch(w)), nullptr) << w;
}

}  // namespace
}  // namespace mizan
