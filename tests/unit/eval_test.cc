// Unit tests of the eval scorers (src/eval/score.h) on small hand-made system and gold sets.
#include "eval/score.h"

#include <gtest/gtest.h>

namespace mizan::eval {
namespace {

TEST(EvalRound3, MatchesPython) {
  EXPECT_DOUBLE_EQ(Round3(2.0 / 3), 0.667);
  EXPECT_DOUBLE_EQ(Round3(0.0625), 0.062);  // half-even on the exact value, like Python
}

}  // namespace
}  // namespace mizan::eval
