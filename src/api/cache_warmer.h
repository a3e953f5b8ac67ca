// CacheWarmer: a thread that answers the page's first requests ahead of time and empties the response
// cache when the store's content changes (another process ingesting into the same database).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "api/api.h"

namespace mizan::api {

// The requests a browser makes first (the network view), answered into the cache at start and after
// each change, so the page's first view never waits for an aggregate over the whole store.
const std::vector<ApiRequest>& FirstViewRequests();

class CacheWarmer {
 public:
  // ctx.cache must be set. Checks the store's document and event counts every `every`.
  CacheWarmer(const ApiContext& ctx, std::chrono::milliseconds every);
  ~CacheWarmer();  // stops and joins the thread

  // True once the first warm-up finished (tests, benchmarks).
  bool warm() const;

 private:
  void Run();
  const ApiContext& ctx_;
  std::chrono::milliseconds every_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false, warm_ = false;
  std::thread thread_;
};

}  // namespace mizan::api
