#include "relate/brokers.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace mizan::relate {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

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

std::vector<BrokerRow> FindBrokers(const LegCounts& in, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& p) {
  auto in_focus = [&](std::string_view s) { return focus.empty() || StartsWith(s, focus); };
  // Explicit mentions that count, and their codes that the network lacks.
  std::vector<const DirectedCount*> mentions;
  std::unordered_map<std::string_view, int32_t> extra;  // code -> index among all codes
  for (const DirectedCount& e : explicit_) {
    if (e.broker.empty() || e.source.empty() || e.target.empty()) continue;
    if (!in_focus(e.source) && !in_focus(e.target) && !in_focus(e.broker)) continue;
    mentions.push_back(&e);
    for (const std::string* s : {&e.broker, &e.source, &e.target})
      if (!in.ids_.count(std::string_view(*s)))
        extra.emplace(*s, static_cast<int32_t>(in.codes_.size() + extra.size()));
  }
  // All codes renumbered in their sorted order, so that ties broken by code are ties broken by id.
  const auto n_net = static_cast<int32_t>(in.codes_.size());
  const auto n_codes = static_cast<int32_t>(in.codes_.size() + extra.size());
  std::vector<std::string_view> name(static_cast<size_t>(n_codes));
  for (int32_t i = 0; i < n_net; ++i) name[i] = in.codes_[i];
  for (const auto& [s, i] : extra) name[i] = s;
  std::vector<int32_t> order(static_cast<size_t>(n_codes)), rank(static_cast<size_t>(n_codes));
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int32_t x, int32_t y) { return name[x] < name[y]; });
  for (int32_t i = 0; i < n_codes; ++i) rank[order[i]] = i;
  std::vector<std::string_view> code(static_cast<size_t>(n_codes));
  for (int32_t i = 0; i < n_codes; ++i) code[i] = name[order[i]];
  auto id_of = [&](const std::string& s) {
    auto it = in.ids_.find(std::string_view(s));
    return rank[it != in.ids_.end() ? it->second : extra.at(s)];
  };

  // Direct events per ordered pair (duplicates summed), by source (targets sorted) and by target.
  std::vector<LegCounts::Leg> legs = in.legs_;
  for (auto& l : legs) l = {rank[l.source], rank[l.target], l.events};
  auto by_pair = [](const LegCounts::Leg& x, const LegCounts::Leg& y) {
    return std::tie(x.source, x.target) < std::tie(y.source, y.target);
  };
  if (!std::is_sorted(legs.begin(), legs.end(), by_pair)) std::sort(legs.begin(), legs.end(), by_pair);
  size_t w = 0;
  for (size_t r = 0; r < legs.size(); ++r) {
    if (w > 0 && legs[w - 1].source == legs[r].source && legs[w - 1].target == legs[r].target)
      legs[w - 1].events += legs[r].events;
    else
      legs[w++] = legs[r];
  }
  legs.resize(w);
  std::vector<size_t> first(static_cast<size_t>(n_codes) + 1, 0), first_in(static_cast<size_t>(n_codes) + 1, 0);
  for (const auto& l : legs) {
    ++first[static_cast<size_t>(l.source) + 1];
    ++first_in[static_cast<size_t>(l.target) + 1];
  }
  std::partial_sum(first.begin(), first.end(), first.begin());
  std::partial_sum(first_in.begin(), first_in.end(), first_in.begin());
  std::vector<const LegCounts::Leg*> legs_in(legs.size());
  {
    std::vector<size_t> next(first_in.begin(), first_in.end() - 1);
    for (const auto& l : legs) legs_in[next[l.target]++] = &l;
  }
  auto direct = [&](int32_t a, int32_t b) -> int64_t {
    auto lo = legs.begin() + static_cast<long>(first[a]), hi = legs.begin() + static_cast<long>(first[a + 1]);
    auto it = std::lower_bound(lo, hi, b, [](const LegCounts::Leg& l, int32_t t) { return l.target < t; });
    return it != hi && it->target == b ? it->events : 0;
  };
  auto between = [&](int32_t a, int32_t b) { return direct(a, b) + direct(b, a); };

  // Each actor's strongest legs (events desc, then code), at most max_neighbours.
  std::vector<size_t> top_first(static_cast<size_t>(n_codes) + 1, 0);
  std::vector<LegCounts::Leg> strongest;
  strongest.reserve(std::min(legs.size(), static_cast<size_t>(n_codes) * p.max_neighbours));
  auto stronger = [](const LegCounts::Leg& x, const LegCounts::Leg& y) {
    return x.events != y.events ? x.events > y.events : x.target < y.target;
  };
  for (int32_t a = 0; a < n_codes; ++a) {
    const size_t from = strongest.size();
    strongest.insert(strongest.end(), legs.begin() + static_cast<long>(first[a]),
                     legs.begin() + static_cast<long>(first[a + 1]));
    const auto b = strongest.begin() + static_cast<long>(from);
    if (static_cast<size_t>(strongest.end() - b) > p.max_neighbours) {
      std::partial_sort(b, b + static_cast<long>(p.max_neighbours), strongest.end(), stronger);
      strongest.resize(from + p.max_neighbours);
    } else {
      std::sort(b, strongest.end(), stronger);
    }
    top_first[a + 1] = strongest.size();
  }

  // Which codes the focus names; the country (first three characters) of each code.
  std::vector<char> focused(static_cast<size_t>(n_codes), 1), reaches_focus(static_cast<size_t>(n_codes), 0);
  std::vector<int32_t> country(static_cast<size_t>(n_codes));
  {
    std::unordered_map<std::string_view, int32_t> countries;
    for (int32_t i = 0; i < n_codes; ++i) {
      focused[i] = in_focus(code[i]);
      country[i] = countries.emplace(code[i].substr(0, 3), static_cast<int32_t>(countries.size())).first->second;
    }
  }
  for (int32_t c = 0; c < n_codes; ++c)
    for (size_t k = top_first[c]; k < top_first[c + 1] && !reaches_focus[c]; ++k)
      reaches_focus[c] = strongest[k].events >= p.min_leg && focused[strongest[k].target];

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
  std::vector<int64_t> with_a(static_cast<size_t>(n_codes), 0);
  for (int32_t a = 0; a < n_codes; ++a) {
    if (top_first[a] == top_first[a + 1]) continue;
    bool spread = false;
    for (size_t i = top_first[a]; i < top_first[a + 1]; ++i) {
      const int32_t c = strongest[i].target;
      const int64_t n_ac = strongest[i].events;
      if (n_ac < p.min_leg || top_first[c] == top_first[c + 1]) continue;
      if (!focused[a] && !focused[c] && !reaches_focus[c]) continue;
      if (!spread) {
        for (size_t k = first[a]; k < first[a + 1]; ++k) with_a[legs[k].target] += legs[k].events;
        for (size_t k = first_in[a]; k < first_in[a + 1]; ++k) with_a[legs_in[k]->source] += legs_in[k]->events;
        spread = true;
      }
      for (size_t j = top_first[c]; j < top_first[c + 1]; ++j) {
        const int32_t b = strongest[j].target;
        const int64_t n_cb = strongest[j].events;
        // Actors of one country (ISR, ISRCOP) need no broker between them.
        if (n_cb < p.min_leg || b == a || country[a] == country[b]) continue;
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
      for (size_t k = first[a]; k < first[a + 1]; ++k) with_a[legs[k].target] = 0;
      for (size_t k = first_in[a]; k < first_in[a + 1]; ++k) with_a[legs_in[k]->source] = 0;
    }
  }

  // The best rows by score, then broker, source and target (ids are in code order); names for those only.
  auto score = [&](const Acc& r) {
    return static_cast<double>(r.explicit_events) + p.path_weight * static_cast<double>(r.path_events);
  };
  auto better = [&](const Acc& x, const Acc& y) {
    const double sx = score(x), sy = score(y);
    if (sx != sy) return sx > sy;
    return std::tie(x.broker, x.source, x.target) < std::tie(y.broker, y.source, y.target);
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
    out.broker = code[r.broker];
    out.source = code[r.source];
    out.target = code[r.target];
    out.explicit_events = r.explicit_events;
    out.path_events = r.path_events;
    out.direct_events = between(r.source, r.target);
    out.score = score(r);
    result.push_back(std::move(out));
  }
  return result;
}

std::vector<BrokerRow> FindBrokers(const std::vector<DirectedCount>& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& params) {
  LegCounts legs;
  for (const DirectedCount& d : dyads) legs.Add(d.source, d.target, d.events);
  return FindBrokers(legs, explicit_, focus, top, params);
}

}  // namespace mizan::relate
