#include "store/broker_cache.h"

#include <map>
#include <mutex>
#include <utility>

namespace mizan::broker_cache {
namespace {

struct Entry {
  std::string instance;
  int64_t generation = 0;
  size_t max_neighbours = 0;
  std::shared_ptr<const relate::BrokerNetwork> network;
};

std::mutex& Mutex() {
  static std::mutex m;
  return m;
}

std::map<std::string, Entry>& Entries() {
  static std::map<std::string, Entry> entries;  // one per store location: a few at most
  return entries;
}

}  // namespace

StatusOr<std::shared_ptr<const relate::BrokerNetwork>> Get(
    const std::string& store, const std::string& instance, int64_t generation, size_t max_neighbours,
    const std::function<StatusOr<std::shared_ptr<const relate::BrokerNetwork>>()>& load) {
  {
    std::lock_guard<std::mutex> lock(Mutex());
    auto it = Entries().find(store);
    if (it != Entries().end() && it->second.instance == instance && it->second.generation == generation &&
        it->second.max_neighbours == max_neighbours)
      return it->second.network;
  }
  auto network = load();
  if (!network.ok()) return network.status();
  std::lock_guard<std::mutex> lock(Mutex());
  Entry& e = Entries()[store];
  // Keep the newest: a slower load of an older generation does not replace a newer one.
  if (!e.network || e.instance != instance || generation >= e.generation) e = {instance, generation, max_neighbours, *network};
  return *network;
}

}  // namespace mizan::broker_cache
