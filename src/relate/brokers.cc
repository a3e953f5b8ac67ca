#include "relate/brokers.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace mizan::relate {
namespace {

bool StartsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

std::vector<BrokerRow> FindBrokers(const std::vector<DirectedCount>& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& p) {
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

}  // namespace mizan::relate
