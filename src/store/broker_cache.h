// The brokers' prepared network of a store, shared by all its connections in this process while the
// store's summary generation (schema version 5) stays the same.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "mizan/status.h"
#include "relate/brokers.h"

namespace mizan::broker_cache {

// The network of `store` (its location) at `generation` of database `instance` (summary_generation): the
// one kept if it was built from the same instance and generation, else load() is called (outside the
// lock) and its result kept in place of the store's previous one.
// Read the generation before the legs: a network is then never newer than its label says, and a commit
// in between costs one more load, never a stale answer.
StatusOr<std::shared_ptr<const relate::BrokerNetwork>> Get(
    const std::string& store, const std::string& instance, int64_t generation, size_t max_neighbours,
    const std::function<StatusOr<std::shared_ptr<const relate::BrokerNetwork>>()>& load);

}  // namespace mizan::broker_cache
