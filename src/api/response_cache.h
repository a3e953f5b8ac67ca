// ResponseCache: recent answers to read requests, kept until the store's content changes.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "api/api_types.h"

namespace mizan::api {

// Aggregates over a large store (the network's top dyads, an actor's partners) take longer than a
// page may wait, and they only change when documents are added. The server keeps the latest answers
// (LRU, at most max_entries) and drops them all when its watcher sees the store change (Clear).
class ResponseCache {
 public:
  explicit ResponseCache(size_t max_entries) : max_entries_(max_entries) {}

  // The key of a request: method, path and the query sorted by name (parameter order does not matter).
  static std::string Key(const ApiRequest& req);

  std::optional<ApiResponse> Get(const std::string& key);
  void Put(const std::string& key, const ApiResponse& response);
  void Clear();

  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }

 private:
  using Lru = std::list<std::pair<std::string, ApiResponse>>;
  size_t max_entries_;
  std::mutex mu_;
  Lru lru_;  // most recent first
  std::unordered_map<std::string, Lru::iterator> index_;
  size_t hits_ = 0, misses_ = 0;
};

}  // namespace mizan::api
