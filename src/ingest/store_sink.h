// StoreSink: the end of an ingest: coded documents go into a Store in batched, atomic transactions.
//
// Source (io/input.h) -> coder (io/code_loop.h) -> sink (this): the three meet only in `mizan ingest`,
// so a stream worker can feed the same sink from a message queue, or the same coder into another sink.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/code_loop.h"
#include "mizan/lexicon.h"
#include "mizan/status.h"
#include "store/store.h"

namespace mizan {

struct IngestCounts {
  size_t inserted = 0, replaced = 0, unchanged = 0;  // what the store did with good documents
  size_t events = 0;                                 // events written
  size_t failed = 0;                                 // documents the coder refused (reported, not stored)
  size_t committed_docs = 0;                         // documents in committed batches
};

struct StoreSinkOptions {
  size_t batch_docs = 200;          // documents per transaction
  double max_batch_seconds = 5.0;   // commit earlier when a batch has been open this long (slow streams)
};

class StoreSink {
 public:
  // on_bad hears about each document that could not be coded (origin, why); it is then skipped.
  using BadDocFn = std::function<void(const std::string& origin, const Status& why)>;
  StoreSink(Store& store, const Lexicon& lexicon, std::string pipeline_version, StoreSinkOptions options,
            BadDocFn on_bad);
  ~StoreSink();
  StoreSink(const StoreSink&) = delete;
  StoreSink& operator=(const StoreSink&) = delete;

  // True when the store already holds this id with this content: coding it again would change nothing.
  StatusOr<bool> AlreadyStored(const Doc& doc);

  // Takes the next document in input order. A document the coder refused is reported and skipped; a
  // store error (locked, read-only, disk full) rolls the open batch back and is returned with the
  // document's id and origin in its message: the caller stops, and what earlier batches stored stays.
  Status Put(CodedDoc& coded);
  // Commits the open batch (at the end of the input).
  Status Flush();
  // Drops the open batch (its documents will be coded again by the next run).
  void Abort();

  const IngestCounts& counts() const { return counts_; }
  size_t pending() const { return in_batch_; }
  // Documents of the last batch that was rolled back (a failed commit or Abort): the next run redoes them.
  size_t rolled_back() const { return rolled_back_; }

 private:
  Store& store_;
  const Lexicon& lexicon_;
  std::string pipeline_;
  StoreSinkOptions options_;
  BadDocFn on_bad_;
  IngestCounts counts_;
  size_t in_batch_ = 0, rolled_back_ = 0;
  bool open_ = false;
  std::chrono::steady_clock::time_point batch_start_;
  std::vector<nlohmann::json> records_;  // reused between documents
};

}  // namespace mizan
