// Brokers: actors through whom a source reaches a target, from explicit broker fields and from
// source -> broker -> target paths where source and target rarely deal directly (docs/relations.md).
#pragma once

#include <cstdint>
#include <string>
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

// dyads: every (source, target) count, broker empty; explicit: counts with the broker named.
// focus: a code prefix; when non-empty, only rows where the source, target or broker starts with it.
// Rows sorted by score (desc), then broker, source, target; top 0 = all.
std::vector<BrokerRow> FindBrokers(const std::vector<DirectedCount>& dyads, const std::vector<DirectedCount>& explicit_,
                                   const std::string& focus, size_t top, const BrokerParams& params = {});

}  // namespace mizan::relate
