// StorePool: a few read-only Store connections shared by the server's threads, plus one writer for ingest.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace mizan::api {

// A Store connection is not thread-safe (cached statements), so each request borrows one for its
// duration. Opening one per request would cost a schema check each time; a pool of N keeps that once.
class StorePool {
 public:
  // Opens `readers` read-only connections to location (created and migrated first if missing).
  static StatusOr<std::unique_ptr<StorePool>> Open(const std::string& location, int readers);

  // A borrowed connection: returned to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // Waits until a reader is free.
  Lease Read();
  // The one writing connection (opened on first use) under its lock; Unavailable if it cannot open.
  // The caller holds the returned lock for the whole batch.
  StatusOr<Store*> Writer(std::unique_lock<std::mutex>* lock);

  const std::string& location() const { return location_; }

 private:
  explicit StorePool(std::string location) : location_(std::move(location)) {}
  std::string location_;
  std::mutex mu_;
  std::condition_variable free_cv_;
  std::vector<std::unique_ptr<Store>> free_;
  std::mutex write_mu_;
  std::unique_ptr<Store> writer_;
};

}  // namespace mizan::api
