// Brokers from explicit broker fields and from A -> C -> B paths (relate/brokers.h).
#include "relate/brokers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace mizan::relate {
namespace {
namespace relate_brokers_test {

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

std::vector<BrokerRow> WholeNetworkBrokers(const std::vector<DirectedCount>& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& p) {
  // The search as it was before the focused one (commit 9dc3b0f): every actor's legs, std::map of string
  // pairs. Kept here as the reference the focused search must agree with.
  // Direct events per ordered pair, and the legs out of each actor (strongest first).
  std::map<std::pair<std::string, std::string>, int64_t> direct;
  std::unordered_map<std::string, std::vector<std::pair<int64_t, std::string>>> out;
  for (const DirectedCount& d : dyads) {
    if (d.source.empty() || d.target.empty() || d.source == d.target) continue;
    direct[{d.source, d.target}] += d.events;
  }
  for (const auto& [pair, n] : direct) out[pair.first].push_back({n, pair.second});
  for (auto& [a, legs] : out) {
    std::sort(legs.begin(), legs.end(), [](const auto& x, const auto& y) {
      return std::tie(y.first, x.second) < std::tie(x.first, y.second);
    });
    if (legs.size() > p.max_neighbours) legs.resize(p.max_neighbours);
  }
  auto between = [&](const std::string& a, const std::string& b) {
    int64_t n = 0;
    if (auto it = direct.find({a, b}); it != direct.end()) n += it->second;
    if (auto it = direct.find({b, a}); it != direct.end()) n += it->second;
    return n;
  };

  std::map<std::tuple<std::string, std::string, std::string>, BrokerRow> rows;  // (broker, source, target)
  auto row = [&](const std::string& c, const std::string& a, const std::string& b) -> BrokerRow& {
    BrokerRow& r = rows[{c, a, b}];
    r.broker = c;
    r.source = a;
    r.target = b;
    return r;
  };
  auto focused = [&](const std::string& a, const std::string& b, const std::string& c) {
    return focus.empty() || StartsWith(a, focus) || StartsWith(b, focus) || StartsWith(c, focus);
  };
  for (const DirectedCount& e : explicit_) {
    if (e.broker.empty() || e.source.empty() || e.target.empty() || !focused(e.source, e.target, e.broker)) continue;
    row(e.broker, e.source, e.target).explicit_events += e.events;
  }
  for (const auto& [a, legs_a] : out) {
    for (const auto& [n_ac, c] : legs_a) {
      if (n_ac < p.min_leg) continue;
      auto it = out.find(c);
      if (it == out.end()) continue;
      for (const auto& [n_cb, b] : it->second) {
        // Actors of one country (ISR, ISRCOP) need no broker between them.
        if (n_cb < p.min_leg || b == a || a.compare(0, 3, b, 0, 3) == 0 || !focused(a, b, c)) continue;
        if (between(a, b) > p.max_direct) continue;
        BrokerRow& r = row(c, a, b);
        r.path_events = std::min(n_ac, n_cb);
      }
    }
  }
  std::vector<BrokerRow> result;
  for (auto& [key, r] : rows) {
    r.direct_events = between(r.source, r.target);
    r.score = static_cast<double>(r.explicit_events) + p.path_weight * static_cast<double>(r.path_events);
    result.push_back(r);
  }
  std::sort(result.begin(), result.end(), [](const BrokerRow& x, const BrokerRow& y) {
    return std::tie(y.score, x.broker, x.source, x.target) < std::tie(x.score, y.broker, y.source, y.target);
  });
  if (top && result.size() > top) result.resize(top);
  return result;
}


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

// The focused search gives what the whole-network search gave, row for row, on random networks: dense
// and sparse, with sub-codes of one country, zero-event pairs, duplicated pairs, explicit brokers whose
// codes are outside the network, ties in events, and small max_neighbours so that the cut matters.
TEST(FindBrokersTest, FocusedSearchAgreesWithTheWholeNetworkSearch) {
  std::mt19937 rng(20261126);
  const std::vector<std::string> countries = {"USA", "RUS", "EGY", "LBY", "ISR", "ARE", "TUR", "QAT", "IR", "IGOUNO"};
  const std::vector<std::string> roles = {"", "GOV", "MIL", "OPP", "GOVLEG"};
  int compared_rows = 0;
  for (int round = 0; round < 60; ++round) {
    std::vector<std::string> codes;
    for (const auto& c : countries)
      for (const auto& r : roles)
        if (rng() % 3 != 0) codes.push_back(c + r);
    const size_t n_pairs = std::uniform_int_distribution<size_t>(0, codes.size() * codes.size() / (1 + round % 4))(rng);
    auto pick = [&] { return codes[std::uniform_int_distribution<size_t>(0, codes.size() - 1)(rng)]; };
    std::vector<DirectedCount> dyads, explicit_;
    for (size_t i = 0; i < n_pairs; ++i) dyads.push_back({pick(), pick(), "", std::uniform_int_distribution<int64_t>(0, 6)(rng)});
    if (round % 5 == 0) dyads.push_back({"", pick(), "", 3});  // an unknown side is no leg
    for (int i = 0; i < 8; ++i)
      explicit_.push_back({pick(), i % 4 ? pick() : "SDN", i % 3 ? pick() : "SDNGOV", std::uniform_int_distribution<int64_t>(1, 3)(rng)});
    BrokerParams p;
    p.max_direct = round % 3;
    p.min_leg = 1 + round % 2;
    p.max_neighbours = round % 2 ? 50 : 2 + round % 5;
    std::shuffle(dyads.begin(), dyads.end(), rng);
    if (round % 2) std::sort(dyads.begin(), dyads.end(), [](const DirectedCount& x, const DirectedCount& y) {
      return std::tie(x.source, x.target) < std::tie(y.source, y.target);
    });
    for (const std::string& focus : {std::string(), std::string("USA"), std::string("LBYMIL"), std::string("E"),
                                     std::string("SDN"), pick(), pick()}) {
      for (size_t top : {size_t{0}, size_t{5}}) {
        auto want = Rows(WholeNetworkBrokers(dyads, explicit_, focus, top, p));
        ASSERT_EQ(Rows(FindBrokers(dyads, explicit_, focus, top, p)), want)
            << "round " << round << " focus '" << focus << "' top " << top;
        compared_rows += static_cast<int>(want.size());
      }
    }
  }
  EXPECT_GT(compared_rows, 1000);  // the networks were not all empty
}

}  // namespace relate_brokers_test
}  // namespace
}  // namespace mizan::relate
