// Brokers from explicit broker fields and from A -> C -> B paths (relate/brokers.h).
#include "relate/brokers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace mizan::relate {
namespace {

std::vector<std::string> Rows(const std::vector<BrokerRow>& rows) {
  std::vector<std::string> out;
  for (const BrokerRow& r : rows) {
    std::ostringstream s;
    s << r.broker << ' ' << r.source << "->" << r.target << " e" << r.explicit_events << " p" << r.path_events << " d"
      << r.direct_events << " s" << r.score;
    out.push_back(s.str());
  }
  return out;
}

TEST(FindBrokersTest, ExplicitAndPaths) {
  const std::vector<DirectedCount> dyads = {
      {"LBYMIL", "ISRSPY", "", 1},  // Haftar reached Israeli security (through a businessman)
      {"LBYMIL", "LBYBUS", "", 2},  // and dealt with the businessman
      {"LBYBUS", "ISR", "", 2},     // who dealt with Israel
      {"ARE", "LBYMIL", "", 3},     // Abu Dhabi works with Haftar
      {"ARE", "ISR", "", 2},        // and with Israel
      {"LBYMIL", "ISR", "", 5},     // Haftar and Israel: many direct events, so no path broker between them
      {"USA", "RUS", "", 1},
  };
  const std::vector<DirectedCount> explicit_ = {{"LBYMIL", "ISRSPY", "LBYBUS", 1}};
  BrokerParams p;
  p.max_direct = 1;
  // Focus on the businessman: his explicit mediation, and Haftar as the path from Abu Dhabi to him; not
  // LBYMIL -> LBYBUS -> ISR (LBYMIL and ISR have five direct events).
  EXPECT_EQ(Rows(FindBrokers(dyads, explicit_, "LBYBUS", 0, p)),
            (std::vector<std::string>{"LBYBUS LBYMIL->ISRSPY e1 p0 d1 s1", "LBYMIL ARE->LBYBUS e0 p2 d0 s1"}));
  EXPECT_TRUE(FindBrokers(dyads, explicit_, "USA", 0, p).empty());
  // Abu Dhabi reaches Israeli security through Haftar (no direct event), but not Israel itself (two
  // direct events > max_direct).
  auto are = Rows(FindBrokers(dyads, explicit_, "ARE", 0, p));
  EXPECT_NE(std::find(are.begin(), are.end(), "LBYMIL ARE->ISRSPY e0 p1 d0 s0.5"), are.end());
  EXPECT_NE(std::find(are.begin(), are.end(), "LBYMIL ARE->LBYBUS e0 p2 d0 s1"), are.end());
  for (const auto& r : are) EXPECT_EQ(r.find("ARE->ISR "), std::string::npos) << r;
  // With a looser threshold, Abu Dhabi's path to Israel appears (min(3, 5) path events), first.
  p.max_direct = 2;
  auto rows = Rows(FindBrokers(dyads, explicit_, "", 0, p));
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0], "LBYMIL ARE->ISR e0 p3 d2 s1.5");
  EXPECT_NE(std::find(rows.begin(), rows.end(), "LBYBUS LBYMIL->ISRSPY e1 p0 d1 s1"), rows.end());
  // Actors of one country need no broker between them: no ISR -> ISRSPY row.
  for (const auto& r : rows) EXPECT_EQ(r.find("ISR->ISRSPY"), std::string::npos) << r;
  // A path needs no explicit mention: LBYMIL -> LBYBUS -> ISR, where LBYMIL-ISR has 5 direct events, is
  // not one; drop those direct events and it is.
  std::vector<DirectedCount> fewer = dyads;
  fewer[5].events = 0;
  p.max_direct = 1;
  auto path = Rows(FindBrokers(fewer, {}, "LBYBUS", 0, p));
  EXPECT_NE(std::find(path.begin(), path.end(), "LBYBUS LBYMIL->ISR e0 p2 d0 s1"), path.end());
  EXPECT_EQ(FindBrokers(dyads, explicit_, "", 1, p).size(), 1u);  // top
}

}  // namespace
}  // namespace mizan::relate
