#include "relate/brokers.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace mizan::relate {
namespace {

// One result row under construction, keyed by (broker, source, target) ids.
struct Acc {
  int32_t broker, source, target;
  int64_t explicit_events = 0, path_events = 0;
};

uint64_t Key(uint64_t c, uint64_t a, uint64_t b) { return c << 42 | a << 21 | b; }

}  // namespace

int32_t LegCounts::Intern(std::string_view code) {
  if (auto it = ids_.find(code); it != ids_.end()) return it->second;
  const auto id = static_cast<int32_t>(codes_.size());
  codes_.emplace_back(code);
  ids_.emplace(codes_.back(), id);
  return id;
}

void LegCounts::Add(std::string_view source, std::string_view target, int64_t events) {
  if (source.empty() || target.empty() || source == target) return;
  if (last_source_id_ < 0 || source != last_source_) {
    last_source_id_ = Intern(source);
    last_source_.assign(source);
  }
  legs_.push_back({last_source_id_, Intern(target), events});
}

BrokerNetwork::BrokerNetwork(const LegCounts& in, size_t max_neighbours) : max_neighbours_(max_neighbours) {
  // Codes renumbered in their sorted order, so that ties broken by code are ties broken by id.
  const auto n = static_cast<int32_t>(in.codes_.size());
  std::vector<int32_t> order(static_cast<size_t>(n)), rank(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int32_t x, int32_t y) { return in.codes_[x] < in.codes_[y]; });
  code_.reserve(static_cast<size_t>(n));
  for (int32_t i = 0; i < n; ++i) {
    rank[order[i]] = i;
    code_.push_back(in.codes_[order[i]]);
  }
  for (int32_t i = 0; i < n; ++i) id_.emplace(code_[i], i);

  // Direct events per ordered pair (duplicates summed), by source (targets sorted) and by target.
  legs_ = in.legs_;
  for (auto& l : legs_) l = {rank[l.source], rank[l.target], l.events};
  auto by_pair = [](const LegCounts::Leg& x, const LegCounts::Leg& y) {
    return std::tie(x.source, x.target) < std::tie(y.source, y.target);
  };
  if (!std::is_sorted(legs_.begin(), legs_.end(), by_pair)) std::sort(legs_.begin(), legs_.end(), by_pair);
  size_t w = 0;
  for (size_t r = 0; r < legs_.size(); ++r) {
    if (w > 0 && legs_[w - 1].source == legs_[r].source && legs_[w - 1].target == legs_[r].target)
      legs_[w - 1].events += legs_[r].events;
    else
      legs_[w++] = legs_[r];
  }
  legs_.resize(w);
  first_.assign(static_cast<size_t>(n) + 1, 0);
  first_in_.assign(static_cast<size_t>(n) + 1, 0);
  for (const auto& l : legs_) {
    ++first_[static_cast<size_t>(l.source) + 1];
    ++first_in_[static_cast<size_t>(l.target) + 1];
  }
  std::partial_sum(first_.begin(), first_.end(), first_.begin());
  std::partial_sum(first_in_.begin(), first_in_.end(), first_in_.begin());
  legs_in_.resize(legs_.size());
  {
    std::vector<size_t> next(first_in_.begin(), first_in_.end() - 1);
    for (size_t k = 0; k < legs_.size(); ++k) legs_in_[next[legs_[k].target]++] = static_cast<uint32_t>(k);
  }

  // Each actor's strongest legs (events desc, then code), at most max_neighbours.
  top_first_.assign(static_cast<size_t>(n) + 1, 0);
  strongest_.reserve(std::min(legs_.size(), static_cast<size_t>(n) * max_neighbours));
  auto stronger = [](const LegCounts::Leg& x, const LegCounts::Leg& y) {
    return x.events != y.events ? x.events > y.events : x.target < y.target;
  };
  for (int32_t a = 0; a < n; ++a) {
    const size_t from = strongest_.size();
    strongest_.insert(strongest_.end(), legs_.begin() + static_cast<long>(first_[a]),
                      legs_.begin() + static_cast<long>(first_[a + 1]));
    const auto b = strongest_.begin() + static_cast<long>(from);
    if (static_cast<size_t>(strongest_.end() - b) > max_neighbours) {
      std::partial_sort(b, b + static_cast<long>(max_neighbours), strongest_.end(), stronger);
      strongest_.resize(from + max_neighbours);
    } else {
      std::sort(b, strongest_.end(), stronger);
    }
    top_first_[a + 1] = strongest_.size();
  }
  country_.resize(static_cast<size_t>(n));
  std::unordered_map<std::string_view, int32_t> countries;
  for (int32_t i = 0; i < n; ++i)
    country_[i] = countries.emplace(std::string_view(code_[i]).substr(0, 3), static_cast<int32_t>(countries.size()))
                      .first->second;
}

int64_t BrokerNetwork::Direct(int32_t a, int32_t b) const {
  const auto n = static_cast<int32_t>(code_.size());
  if (a >= n || b >= n) return 0;
  auto lo = legs_.begin() + static_cast<long>(first_[a]), hi = legs_.begin() + static_cast<long>(first_[a + 1]);
  auto it = std::lower_bound(lo, hi, b, [](const LegCounts::Leg& l, int32_t t) { return l.target < t; });
  return it != hi && it->target == b ? it->events : 0;
}

std::vector<BrokerRow> BrokerNetwork::Find(const std::vector<DirectedCount>& explicit_, const std::string& focus,
                                           size_t top, const BrokerParams& p) const {
  const auto n = static_cast<int32_t>(code_.size());
  auto in_focus = [&](std::string_view s) { return focus.empty() || s.starts_with(focus); };
  // Explicit mentions that count; their codes that the network lacks get ids after its codes and sort
  // keys that put them in code order among its codes.
  std::vector<const DirectedCount*> mentions;
  std::vector<std::string_view> extra;
  for (const DirectedCount& e : explicit_) {
    if (e.broker.empty() || e.source.empty() || e.target.empty()) continue;
    if (!in_focus(e.source) && !in_focus(e.target) && !in_focus(e.broker)) continue;
    mentions.push_back(&e);
    for (const std::string* s : {&e.broker, &e.source, &e.target})
      if (!id_.count(*s)) extra.push_back(*s);
  }
  std::sort(extra.begin(), extra.end());
  extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
  auto name = [&](int32_t id) -> std::string_view { return id < n ? code_[id] : extra[static_cast<size_t>(id - n)]; };
  auto sort_key = [&](int32_t id) -> uint64_t {
    if (id < n) return static_cast<uint64_t>(id) << 32 | 0xffffffffu;
    const std::string_view s = extra[static_cast<size_t>(id - n)];
    const auto pos = std::lower_bound(code_.begin(), code_.end(), s) - code_.begin();
    return static_cast<uint64_t>(pos) << 32 | static_cast<uint64_t>(id - n);
  };
  auto id_of = [&](const std::string& s) -> int32_t {
    if (auto it = id_.find(s); it != id_.end()) return it->second;
    return n + static_cast<int32_t>(std::lower_bound(extra.begin(), extra.end(), std::string_view(s)) - extra.begin());
  };

  // Which codes the focus names, and which codes have one among their strongest legs.
  std::vector<char> focused(static_cast<size_t>(n), 1), reaches_focus(static_cast<size_t>(n), 0);
  if (!focus.empty())
    for (int32_t i = 0; i < n; ++i) focused[i] = code_[i].starts_with(focus);
  for (int32_t c = 0; c < n; ++c)
    for (size_t k = top_first_[c]; k < top_first_[c + 1] && !reaches_focus[c]; ++k)
      reaches_focus[c] = strongest_[k].events >= p.min_leg && focused[strongest_[k].target];

  std::vector<Acc> rows;
  std::unordered_map<uint64_t, size_t> explicit_row;  // (broker, source, target) -> index in rows
  for (const DirectedCount* e : mentions) {
    const int32_t c = id_of(e->broker), a = id_of(e->source), b = id_of(e->target);
    auto [it, added] = explicit_row.try_emplace(Key(c, a, b), rows.size());
    if (added) rows.push_back(Acc{c, a, b});
    rows[it->second].explicit_events += e->events;
  }
  // Paths a -> c -> b along strongest legs, each visited once. Only those that can touch the focus are
  // walked: a or c in it, or c with a focus code among its strongest legs. The direct events of a with
  // every actor are spread into one array while a is the source.
  std::vector<int64_t> with_a(static_cast<size_t>(n), 0);
  for (int32_t a = 0; a < n; ++a) {
    if (top_first_[a] == top_first_[a + 1]) continue;
    bool spread = false;
    for (size_t i = top_first_[a]; i < top_first_[a + 1]; ++i) {
      const int32_t c = strongest_[i].target;
      const int64_t n_ac = strongest_[i].events;
      if (n_ac < p.min_leg || top_first_[c] == top_first_[c + 1]) continue;
      if (!focused[a] && !focused[c] && !reaches_focus[c]) continue;
      if (!spread) {
        for (size_t k = first_[a]; k < first_[a + 1]; ++k) with_a[legs_[k].target] += legs_[k].events;
        for (size_t k = first_in_[a]; k < first_in_[a + 1]; ++k) with_a[legs_[legs_in_[k]].source] += legs_[legs_in_[k]].events;
        spread = true;
      }
      for (size_t j = top_first_[c]; j < top_first_[c + 1]; ++j) {
        const int32_t b = strongest_[j].target;
        const int64_t n_cb = strongest_[j].events;
        // Actors of one country (ISR, ISRCOP) need no broker between them.
        if (n_cb < p.min_leg || b == a || country_[a] == country_[b]) continue;
        if (!focused[a] && !focused[b] && !focused[c]) continue;
        if (with_a[b] > p.max_direct) continue;
        if (!explicit_row.empty()) {
          if (auto it = explicit_row.find(Key(c, a, b)); it != explicit_row.end()) {
            rows[it->second].path_events = std::min(n_ac, n_cb);
            continue;
          }
        }
        Acc r{c, a, b};
        r.path_events = std::min(n_ac, n_cb);
        rows.push_back(r);
      }
    }
    if (spread) {
      for (size_t k = first_[a]; k < first_[a + 1]; ++k) with_a[legs_[k].target] = 0;
      for (size_t k = first_in_[a]; k < first_in_[a + 1]; ++k) with_a[legs_[legs_in_[k]].source] = 0;
    }
  }

  // The best rows by score, then broker, source and target (by code); names for those only.
  auto score = [&](const Acc& r) {
    return static_cast<double>(r.explicit_events) + p.path_weight * static_cast<double>(r.path_events);
  };
  const bool extras = !extra.empty();
  auto better = [&](const Acc& x, const Acc& y) {
    const double sx = score(x), sy = score(y);
    if (sx != sy) return sx > sy;
    if (!extras) return std::tie(x.broker, x.source, x.target) < std::tie(y.broker, y.source, y.target);
    return std::make_tuple(sort_key(x.broker), sort_key(x.source), sort_key(x.target)) <
           std::make_tuple(sort_key(y.broker), sort_key(y.source), sort_key(y.target));
  };
  if (top && rows.size() > top) {
    std::partial_sort(rows.begin(), rows.begin() + static_cast<long>(top), rows.end(), better);
    rows.resize(top);
  } else {
    std::sort(rows.begin(), rows.end(), better);
  }
  std::vector<BrokerRow> result;
  result.reserve(rows.size());
  for (const Acc& r : rows) {
    BrokerRow out;
    out.broker = name(r.broker);
    out.source = name(r.source);
    out.target = name(r.target);
    out.explicit_events = r.explicit_events;
    out.path_events = r.path_events;
    out.direct_events = Direct(r.source, r.target) + Direct(r.target, r.source);
    out.score = score(r);
    result.push_back(std::move(out));
  }
  return result;
}

std::vector<BrokerRow> FindBrokers(const LegCounts& legs, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& params) {
  return BrokerNetwork(legs, params.max_neighbours).Find(explicit_, focus, top, params);
}

std::vector<BrokerRow> FindBrokers(const std::vector<DirectedCount>& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& params) {
  LegCounts legs;
  for (const DirectedCount& d : dyads) legs.Add(d.source, d.target, d.events);
  return FindBrokers(legs, explicit_, focus, top, params);
}

}  // namespace mizan::relate
