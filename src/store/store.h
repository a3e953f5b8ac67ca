// Store: where coded documents and their events are kept, behind one interface (SQLite now, PostgreSQL later).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/doc.h"
#include "mizan/status.h"

namespace mizan {

struct StoreOptions {
  bool read_only = false;      // queries only; writing returns Unavailable
  int busy_timeout_ms = 5000;  // how long to wait for another writer before giving up (Unavailable)
};

// What PutDocument did with a document.
enum class PutResult { kInserted, kUnchanged, kReplaced };

// One row of `mizan dyads`: an ordered actor pair in a period (event-schema.md, "Relations").
struct DyadRow {
  std::string source, target, period;  // period: "2016-06", "2016" or "all" (as the query asked)
  int64_t events = 0;
  double goldstein_sum = 0, goldstein_mean = 0;
  std::array<int64_t, 4> quad{};  // events per quad class 1..4
  int64_t sources = 0;            // distinct outlet + attribution pairs behind the events
};

struct DyadQuery {
  std::string period = "month";  // month | year | all
  size_t top = 50;               // rows, by event count; 0 = all
  bool include_negated = false;  // negated events did not happen: left out unless asked
};

// The relation record of event-schema.md.
nlohmann::json DyadToJson(const DyadRow& row);

// Identifies a document's content (text and metadata), so that re-ingesting it can be skipped.
std::string ContentHash(const Doc& doc);

class Store {
 public:
  virtual ~Store() = default;

  // "mizan.db" or "sqlite:mizan.db"; "postgres://..." is not implemented yet.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& location, const StoreOptions& options = {});

  // Writes happen in batches: one transaction from BeginBatch to Commit (Rollback drops it).
  virtual Status BeginBatch() = 0;
  // Stores doc (its text, sentences, mentions) and its event records (EventToJson output).
  // Same id and content hash as stored: nothing changes (kUnchanged). Same id, new content: the old
  // rows are replaced (kReplaced).
  virtual StatusOr<PutResult> PutDocument(const Doc& doc, const std::vector<nlohmann::json>& events,
                                          std::string_view pipeline_version) = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;

  // True when a document with this id and content hash is stored (then coding it again is useless).
  virtual StatusOr<bool> HasDocument(const std::string& id, const std::string& content_hash) = 0;

  virtual StatusOr<std::vector<DyadRow>> Dyads(const DyadQuery& query) = 0;
  virtual StatusOr<int64_t> CountDocuments() = 0;
  virtual StatusOr<int64_t> CountEvents() = 0;
};

}  // namespace mizan
