// Brokers: actors through whom a source reaches a target, from explicit broker fields and from
// source -> broker -> target paths where source and target rarely deal directly (docs/relations.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/store.h"

namespace mizan::relate {

// Events (canonical, non-negated) from source to target; with broker, the ones that named it.
struct DirectedCount {
  std::string source, target, broker;
  int64_t events = 0;
};

struct BrokerParams {
  int64_t max_direct = 1;      // a path counts only when source and target have at most this many direct events
  int64_t min_leg = 1;         // each leg (source -> broker, broker -> target) needs at least this many
  size_t max_neighbours = 50;  // legs followed per actor, strongest first (bounds the work on hubs)
  double path_weight = 0.5;    // score = explicit events + path_weight * path events
};

// The whole network's (source -> target) counts with the codes interned, filled row by row straight from
// a store's cursor (a million-event store has about 100,000 pairs: strings per row would cost more than the
// search). Pairs with an empty code or source == target are ignored; a pair added twice is summed.
class LegCounts {
 public:
  void Add(std::string_view source, std::string_view target, int64_t events);
  size_t size() const { return legs_.size(); }

 private:
  friend class BrokerNetwork;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

 public:
  struct Leg {
    int32_t source, target;
    int64_t events;
  };

 private:
  int32_t Intern(std::string_view code);
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> codes_;
  std::vector<Leg> legs_;
  std::string last_source_;  // rows come sorted by source: one lookup per source, not per row
  int32_t last_source_id_ = -1;
};

// The whole network prepared for path searches: codes sorted and interned, each actor's legs out and in,
// its strongest legs. Built once per state of the store (a store may keep one while its summaries do not
// change: store/broker_cache.h) and searched from any focus; immutable, so threads may share it.
class BrokerNetwork {
 public:
  BrokerNetwork(const LegCounts& legs, size_t max_neighbours);
  BrokerNetwork(const BrokerNetwork&) = delete;  // id_ views code_'s strings
  BrokerNetwork& operator=(const BrokerNetwork&) = delete;
  // As FindBrokers; params.max_neighbours is the one the network was built with.
  std::vector<BrokerRow> Find(const std::vector<DirectedCount>& explicit_, const std::string& focus, size_t top,
                              const BrokerParams& params = {}) const;
  size_t max_neighbours() const { return max_neighbours_; }

 private:
  int64_t Direct(int32_t a, int32_t b) const;
  std::vector<std::string> code_;  // sorted; the id of a code is its index
  std::unordered_map<std::string_view, int32_t> id_;
  std::vector<LegCounts::Leg> legs_;       // by source, then target
  std::vector<uint32_t> legs_in_;          // indexes into legs_, by target
  std::vector<size_t> first_, first_in_;   // each code's range in legs_ / legs_in_
  std::vector<LegCounts::Leg> strongest_;  // each code's strongest legs, strongest first
  std::vector<size_t> top_first_;
  std::vector<int32_t> country_;           // id of the first three characters
  size_t max_neighbours_;
};

// dyads: every (source, target) count, broker empty; explicit: counts with the broker named.
// focus: a code prefix; when non-empty, only rows where the source, target or broker starts with it.
// Rows sorted by score (desc), then broker, source, target; top 0 = all.
// The search starts from the focus: it follows only the legs of paths that can touch a focus code, with
// integer codes and per-actor sorted legs, so one actor's brokers at a million events take milliseconds.
std::vector<BrokerRow> FindBrokers(const LegCounts& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& params = {});
std::vector<BrokerRow> FindBrokers(const std::vector<DirectedCount>& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& params = {});

}  // namespace mizan::relate
