// CacheWarmer: poll the counts, clear and re-answer the first-view requests when they move.
#include "api/cache_warmer.h"

namespace mizan::api {

const std::vector<ApiRequest>& FirstViewRequests() {
  static const std::vector<ApiRequest> kRequests = [] {
    std::vector<ApiRequest> r(2);
    r[0].path = "/api/dyads";  // the network view (web/src/network.js)
    r[0].query = {{"period", "all"}, {"limit", "150"}};
    r[1].path = "/api/actors";  // the busiest actors
    r[1].query = {{"limit", "50"}};
    return r;
  }();
  return kRequests;
}

CacheWarmer::CacheWarmer(const ApiContext& ctx, std::chrono::milliseconds every)
    : ctx_(ctx), every_(every), thread_([this] { Run(); }) {}

CacheWarmer::~CacheWarmer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

bool CacheWarmer::warm() const {
  std::lock_guard<std::mutex> lock(mu_);
  return warm_;
}

void CacheWarmer::Run() {
  int64_t docs = -1, events = -1;
  for (;;) {
    int64_t d = -1, e = -1;
    {
      auto store = ctx_.stores->Read();
      auto dc = store->CountDocuments();
      auto ec = store->CountEvents();
      if (dc.ok()) d = *dc;
      if (ec.ok()) e = *ec;
    }
    if (d != docs || e != events) {
      docs = d;
      events = e;
      ctx_.cache->Clear();
      for (const ApiRequest& r : FirstViewRequests()) (void)Handle(ctx_, r);
      std::lock_guard<std::mutex> lock(mu_);
      warm_ = true;
    }
    std::unique_lock<std::mutex> lock(mu_);
    if (cv_.wait_for(lock, every_, [this] { return stop_; })) return;
  }
}

}  // namespace mizan::api
