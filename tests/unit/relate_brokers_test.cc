// Brokers from explicit broker fields and from A -> C -> B paths (relate/brokers.h).
#include "relate/brokers.h"

#include <gtest/gtest.h>

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
  struct Case {
    std::string focus;
    std::vector<std::string> want;
  };
  BrokerParams p;
  p.max_direct = 1;
  const Case cases[] = {
      {"LBYBUS", {"LBYBUS LBYMIL->ISRSPY e1 p0 d1 s1"}},
      {"ARE", {}},  // ARE -> LBYMIL -> ISR: ARE and ISR have 2 direct events (> max_direct)
      {"USA", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Rows(FindBrokers(dyads, explicit_, c.focus, 0, p)), c.want) << c.focus;
  // With a looser threshold, Abu Dhabi's path through Haftar appears, ranked after the explicit broker.
  p.max_direct = 2;
  auto rows = Rows(FindBrokers(dyads, explicit_, "", 0, p));
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0], "LBYBUS LBYMIL->ISRSPY e1 p0 d1 s1");
  EXPECT_NE(std::find(rows.begin(), rows.end(), "LBYMIL ARE->ISR e0 p2 d2 s1"), rows.end());
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
