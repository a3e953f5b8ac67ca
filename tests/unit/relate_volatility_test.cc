// Balance, volatility and turn alerts of a relation over periods (relate/volatility.h).
#include "relate/volatility.h"

#include <gtest/gtest.h>

namespace mizan::relate {
namespace {
namespace relate_volatility_test {

PeriodCounts P(const char* period, int64_t q1, int64_t q2, int64_t q3, int64_t q4) {
  PeriodCounts p;
  p.period = period;
  p.quad = {q1, q2, q3, q4};
  return p;
}

TEST(BalanceTest, CooperationMinusConflictOverEvents) {
  EXPECT_DOUBLE_EQ(Balance({2, 1, 0, 0}), 1.0);
  EXPECT_DOUBLE_EQ(Balance({0, 0, 1, 1}), -1.0);
  EXPECT_DOUBLE_EQ(Balance({1, 0, 1, 0}), 0.0);
  EXPECT_DOUBLE_EQ(Balance({3, 0, 1, 0}), 0.5);
  EXPECT_DOUBLE_EQ(Balance({0, 0, 0, 0}), 0.0);
}

TEST(VolatilityTest, VarianceAndSignChanges) {
  struct Case {
    const char* what;
    std::vector<PeriodCounts> periods;
    size_t n;
    double mean, variance;
    int flips;
  };
  const Case cases[] = {
      {"steady cooperation", {P("a", 2, 0, 0, 0), P("b", 1, 1, 0, 0), P("c", 3, 0, 0, 0)}, 3, 1.0, 0.0, 0},
      {"swinging", {P("a", 1, 0, 0, 0), P("b", 0, 0, 1, 0), P("c", 1, 0, 0, 0), P("d", 0, 0, 0, 1)}, 4, 0.0, 1.0, 3},
      {"empty periods skipped", {P("a", 1, 0, 0, 0), P("b", 0, 0, 0, 0), P("c", 1, 0, 0, 0)}, 2, 1.0, 0.0, 0},
      {"zero balance is no flip", {P("a", 1, 0, 0, 0), P("b", 1, 0, 1, 0), P("c", 1, 0, 0, 0)}, 3, 2.0 / 3, 2.0 / 9, 0},
      {"nothing", {}, 0, 0.0, 0.0, 0},
  };
  for (const Case& c : cases) {
    Volatility v = ComputeVolatility(c.periods);
    EXPECT_EQ(v.periods, c.n) << c.what;
    EXPECT_NEAR(v.mean, c.mean, 1e-9) << c.what;
    EXPECT_NEAR(v.variance, c.variance, 1e-9) << c.what;
    EXPECT_EQ(v.sign_changes, c.flips) << c.what;
  }
  VolatilityParams two;
  two.window = 2;
  EXPECT_EQ(ComputeVolatility({P("a", 0, 0, 1, 0), P("b", 1, 0, 0, 0), P("c", 1, 0, 0, 0)}, two).sign_changes, 0);
}

TEST(FindTurnsTest, AlertWhereTheBalanceTurns) {
  // Support in 2016, a warning in 2021: one turn toward conflict.
  auto alerts = FindTurns({P("2016-06", 0, 2, 0, 0), P("2021-07", 0, 0, 1, 0)});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].period, "2021-07");
  EXPECT_EQ(alerts[0].direction, "toward-conflict");
  EXPECT_DOUBLE_EQ(alerts[0].before, 1.0);
  EXPECT_DOUBLE_EQ(alerts[0].after, -1.0);
  // Back to cooperation after conflict.
  alerts = FindTurns({P("a", 0, 0, 2, 0), P("b", 0, 0, 0, 1), P("c", 3, 0, 0, 0)});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].direction, "toward-cooperation");
  // Support, then a month with a warning and a gesture: cooperative -> mixed is a turn toward conflict.
  alerts = FindTurns({P("2016", 0, 1, 0, 0), P("2021-07", 1, 0, 1, 0), P("2021-12", 1, 0, 0, 0)});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].period, "2021-07");
  EXPECT_EQ(alerts[0].direction, "toward-conflict");
  // A dip that stays cooperative is no turn (4 of 5 cooperative: 0.6); nor is a move smaller than
  // turn_delta across a state's edge (0.4 -> 0.2); steady relations have none; a first period has
  // nothing before it.
  EXPECT_TRUE(FindTurns({P("a", 4, 0, 0, 0), P("b", 4, 0, 1, 0)}).empty());
  EXPECT_TRUE(FindTurns({P("a", 7, 0, 3, 0), P("b", 6, 0, 4, 0)}).empty());
  EXPECT_TRUE(FindTurns({P("a", 1, 0, 0, 0), P("b", 2, 0, 0, 0)}).empty());
  EXPECT_TRUE(FindTurns({P("a", 0, 0, 1, 0)}).empty());
}

}  // namespace relate_volatility_test
}  // namespace
}  // namespace mizan::relate
