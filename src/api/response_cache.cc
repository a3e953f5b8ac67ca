// ResponseCache: an LRU list plus a map from key to list position, under one mutex.
#include "api/response_cache.h"

#include <algorithm>
#include <vector>

namespace mizan::api {

std::string ResponseCache::Key(const ApiRequest& req) {
  std::vector<std::pair<std::string, std::string>> q = req.query;
  std::stable_sort(q.begin(), q.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string key = req.method + ' ' + req.path;
  for (const auto& [k, v] : q) {
    key += '\x1f';
    key += k;
    key += '\x1e';  // not '=', which a name may hold
    key += v;
  }
  return key;
}

std::optional<ApiResponse> ResponseCache::Get(const std::string& key) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return std::nullopt;
  }
  ++hits_;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->second;
}

void ResponseCache::Put(const std::string& key, const ApiResponse& response) {
  if (max_entries_ == 0) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (auto it = index_.find(key); it != index_.end()) {
    it->second->second = response;
    lru_.splice(lru_.begin(), lru_, it->second);
    return;
  }
  lru_.emplace_front(key, response);
  index_[key] = lru_.begin();
  while (lru_.size() > max_entries_) {
    index_.erase(lru_.back().first);
    lru_.pop_back();
  }
}

void ResponseCache::Clear() {
  std::lock_guard<std::mutex> lock(mu_);
  lru_.clear();
  index_.clear();
}

}  // namespace mizan::api
