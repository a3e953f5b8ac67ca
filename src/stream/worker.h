// Worker: pulls documents from the shared durable consumer, codes a batch, stores it in one transaction, acks after commit.
//
// Exactly-once effect from at-least-once delivery: a message is acknowledged only after the transaction
// that stored its document committed, and storing is idempotent (id + content hash), so a redelivery
// after a crash changes nothing. Poison documents go to the dead-letter subject and are terminated.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

#include "mizan/coder.h"
#include "mizan/status.h"
#include "store/store.h"
#include "stream/nats_client.h"

namespace mizan::stream {

struct WorkerOptions {
  StreamConfig stream;
  ConsumerConfig consumer;
  size_t batch = 50;            // documents fetched, coded and committed together
  int threads = 1;              // coding threads for a batch
  double fetch_wait_s = 1;      // how long a fetch waits for documents
  double idle_exit_s = 0;       // stop after this long with nothing to do and nothing owed (0 = run until stopped)
  double max_doc_seconds = 0;   // per-document coding budget (0 = none)
  int64_t retry_delay_ms = 1000;  // redelivery delay after a failed store
};

struct WorkerCounts {
  size_t batches = 0, inserted = 0, replaced = 0, unchanged = 0, events = 0;
  size_t dead = 0;      // documents sent to the dead letters
  size_t retried = 0;   // documents handed back after a failed transaction
  // Where the time went: coding, and writing (BeginBatch to Commit, including the wait for the writers'
  // turn). Writing is what one PostgreSQL takes from every worker at a time (docs/scale.md, "Limits").
  double coding_s = 0, writing_s = 0;
};

class Worker {
 public:
  // Says what happened to a document that was not stored (dead letters, retries), for the log.
  using LogFn = std::function<void(const std::string&)>;
  Worker(NatsClient& nats, Store& store, const Coder& coder, WorkerOptions options, LogFn log);

  // Runs until *stop is set (the batch in hand is finished, committed and acknowledged first), idle_exit_s
  // passes with nothing fetched and the consumer holding nothing pending or unacknowledged (documents of a
  // worker that died come back first), or NATS/the store fail past recovery (returned).
  Status Run(const std::atomic<bool>& stop);
  // One fetch, code, store, ack round; *got = messages fetched.
  Status RunOnce(size_t* got);

  const WorkerCounts& counts() const { return counts_; }

 private:
  struct Item;
  void DeadLetter(const Delivery& d, const std::string& error);

  NatsClient& nats_;
  Store& store_;
  const Coder& coder_;
  WorkerOptions options_;
  LogFn log_;
  std::string pipeline_;
  WorkerCounts counts_;
};

}  // namespace mizan::stream
