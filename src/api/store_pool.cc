// StorePool: borrow and return read-only connections; open the writer lazily.
#include "api/store_pool.h"

#include <algorithm>

namespace mizan::api {

StatusOr<std::unique_ptr<StorePool>> StorePool::Open(const std::string& location, int readers) {
  std::unique_ptr<StorePool> pool(new StorePool(location));
  {
    // Creates the database and brings its schema up to date, so that read-only opens succeed.
    auto rw = Store::Open(location);
    if (!rw.ok()) return rw.status();
  }
  StoreOptions ro;
  ro.read_only = true;
  for (int i = 0; i < std::max(1, readers); ++i) {
    auto s = Store::Open(location, ro);
    if (!s.ok()) return s.status();
    pool->free_.push_back(std::move(*s));
  }
  return pool;
}

StorePool::Lease::~Lease() {
  if (!store_) return;  // moved from
  std::lock_guard<std::mutex> lock(pool_->mu_);
  pool_->free_.push_back(std::move(store_));
  pool_->free_cv_.notify_one();
}

StorePool::Lease StorePool::Read() {
  std::unique_lock<std::mutex> lock(mu_);
  free_cv_.wait(lock, [&] { return !free_.empty(); });
  std::unique_ptr<Store> s = std::move(free_.back());
  free_.pop_back();
  return Lease(this, std::move(s));
}

StatusOr<Store*> StorePool::Writer(std::unique_lock<std::mutex>* lock) {
  *lock = std::unique_lock<std::mutex>(write_mu_);
  if (!writer_) {
    auto s = Store::Open(location_);
    if (!s.ok()) return s.status();
    writer_ = std::move(*s);
  }
  return writer_.get();
}

}  // namespace mizan::api
