// Canonical-event matching: date spans, code compatibility and the match score (relate/canonical.h).
#include "relate/canonical.h"

#include <gtest/gtest.h>

namespace mizan::relate {
namespace {
namespace relate_canonical_test {

TEST(DateSpanTest, EveryGranularityBecomesARangeOfDays) {
  struct Case {
    const char* value;
    const char* granularity;
    const char* lo;  // expected first and last day, as YYYY-MM-DD
    const char* hi;
  };
  auto day = [](const char* s) { return *DateSpan(s, "day"); };
  const Case cases[] = {
      {"2016-06-14", "day", "2016-06-14", "2016-06-14"},
      {"2016-06", "month", "2016-06-01", "2016-06-30"},
      {"2016-02", "month", "2016-02-01", "2016-02-29"},  // leap year
      {"2015-02", "month", "2015-02-01", "2015-02-28"},
      {"2016", "year", "2016-01-01", "2016-12-31"},
      {"2016-Q2", "quarter", "2016-04-01", "2016-06-30"},
      {"2016-W24", "week", "2016-06-13", "2016-06-19"},  // ISO week 24 of 2016 starts Monday 13 June
      {"2021-W01", "week", "2021-01-04", "2021-01-10"},
      {"2020-W53", "week", "2020-12-28", "2021-01-03"},
      {"2010", "decade", "2010-01-01", "2019-12-31"},
  };
  for (const Case& c : cases) {
    auto span = DateSpan(c.value, c.granularity);
    ASSERT_TRUE(span) << c.value;
    EXPECT_EQ(span->lo, day(c.lo).lo) << c.value;
    EXPECT_EQ(span->hi, day(c.hi).lo) << c.value;
  }
  for (const char* bad : {"", "16", "2016-13", "2016-02-30", "2016-W60", "2016-Q5", "2016/06/01", "abcd"})
    EXPECT_FALSE(DateSpan(bad, "day")) << bad;
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
}

TEST(IsoWeekLabelTest, MondaysNameTheirIsoWeek) {
  const std::pair<const char*, const char*> cases[] = {
      {"2016-06-13", "2016-W24"}, {"2021-01-04", "2021-W01"}, {"2020-12-28", "2020-W53"}, {"2018-12-31", "2019-W01"}};
  for (const auto& [monday, label] : cases) EXPECT_EQ(IsoWeekLabel(DateSpan(monday, "day")->lo), label) << monday;
}

TEST(CodesCompatibleTest, EqualOrBareCountry) {
  const struct {
    const char *a, *b;
    bool want;
  } cases[] = {{"LBYMIL", "LBYMIL", true}, {"LBY", "LBYMIL", true}, {"LBYMIL", "LBY", true},
               {"LBYMIL", "LBYGOV", false}, {"DZA", "LBY", false},  {"---", "---REB", false},
               {"", "LBY", false},           {"LBY", "", false}};
  for (const auto& c : cases) EXPECT_EQ(CodesCompatible(c.a, c.b), c.want) << c.a << " " << c.b;
}

LinkFields F(const char* src, const char* tgt, const char* cameo, const char* plover, const char* date,
             const char* gran = "day", bool negated = false) {
  LinkFields f;
  f.source = src;
  f.target = tgt;
  f.cameo = cameo;
  f.plover = plover;
  f.date = DateSpan(date, gran);
  f.negated = negated;
  return f;
}

TEST(MatchScoreTest, SameActDifferentWordingLinks) {
  const LinkFields base = F("DZA", "LBYMIL", "130", "THREATEN", "2021-07-10");
  struct Case {
    const char* what;
    LinkFields other;
    bool link;
  };
  const Case cases[] = {
      {"same everything", F("DZA", "LBYMIL", "130", "THREATEN", "2021-07-10"), true},
      {"a day later", F("DZA", "LBYMIL", "130", "THREATEN", "2021-07-11"), true},
      {"three days later", F("DZA", "LBYMIL", "130", "THREATEN", "2021-07-13"), true},
      {"four days later", F("DZA", "LBYMIL", "130", "THREATEN", "2021-07-14"), false},
      {"same root, other code", F("DZA", "LBYMIL", "138", "THREATEN", "2021-07-10"), true},
      {"bare country target", F("DZA", "LBY", "130", "THREATEN", "2021-07-10"), true},
      {"other target", F("DZA", "TUN", "130", "THREATEN", "2021-07-10"), false},
      {"reversed, not a meeting", F("LBYMIL", "DZA", "130", "THREATEN", "2021-07-10"), false},
      {"other root and type", F("DZA", "LBYMIL", "051", "COOPERATE", "2021-07-10"), false},
      {"month containing the day", F("DZA", "LBYMIL", "130", "THREATEN", "2021-07", "month"), true},
      {"other month", F("DZA", "LBYMIL", "130", "THREATEN", "2021-08", "month"), false},
      {"year only", F("DZA", "LBYMIL", "130", "THREATEN", "2021", "year"), false},
      {"negated", F("DZA", "LBYMIL", "130", "THREATEN", "2021-07-10", "day", true), false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MatchScore(base, c.other) > 0, c.link) << c.what;
    EXPECT_EQ(MatchScore(c.other, base), MatchScore(base, c.other)) << c.what << " (symmetric)";
  }
}

TEST(MatchScoreTest, MeetingsLinkEitherWayRoundAndCloserIsBetter) {
  const LinkFields meet = F("LBYMIL", "JOR", "040", "CONSULT", "2021-11-03");
  EXPECT_GT(MatchScore(meet, F("JOR", "LBYMIL", "042", "CONSULT", "2021-11-03")), 0);
  // Same PLOVER type, other root (a visit coded 04 vs an agreement to meet coded 03 would not link).
  EXPECT_EQ(MatchScore(meet, F("LBYMIL", "JOR", "036", "", "2021-11-03")), 0);
  const int exact = MatchScore(meet, F("LBYMIL", "JOR", "040", "CONSULT", "2021-11-03"));
  const int later = MatchScore(meet, F("LBYMIL", "JOR", "040", "CONSULT", "2021-11-05"));
  const int coarse = MatchScore(meet, F("LBY", "JOR", "043", "CONSULT", "2021-11-03"));
  EXPECT_GT(exact, later);
  EXPECT_GT(exact, coarse);
  // Two month-level dates never link: neither says which week.
  EXPECT_EQ(MatchScore(F("USA", "IRN", "130", "THREATEN", "2018-05", "month"),
                       F("USA", "IRN", "130", "THREATEN", "2018-05", "month")),
            0);
}

TEST(DyadKeyTest, CountriesOnly) {
  EXPECT_EQ(DyadKey("LBYMIL", "ISRSPY"), "LBY|ISR");
  EXPECT_EQ(DyadKey("DZA", "LBY"), "DZA|LBY");
  EXPECT_TRUE(SymmetricRoot("042"));
  EXPECT_FALSE(SymmetricRoot("130"));
}

}  // namespace relate_canonical_test
}  // namespace
}  // namespace mizan::relate
