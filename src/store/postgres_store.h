// PostgresStore: the Store on a PostgreSQL server (libpqxx), for many writers and readers on one database.
//
// Same behaviour as SqliteStore (docs/store.md), with what a server adds (docs/postgres.md): schema
// migrations under an advisory lock (many workers may open at once), events partitioned by month and
// partitions created on demand, and batches written set-wise at Commit (one statement per table).
#pragma once

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/postgres_location.h"
#include "store/store.h"

namespace pqxx {
class transaction_base;
}

namespace mizan {

// The PostgreSQL schema migrations, in order: (version, SQL), from src/store/migrations/postgres/.
const std::vector<std::pair<int, std::string>>& PostgresMigrations();

// PostgresStore::Open as a Store (what Store::Open calls for postgres:// locations).
StatusOr<std::unique_ptr<Store>> OpenPostgresStore(const std::string& location, const StoreOptions& options);

class PostgresStore : public Store {
 public:
  // location: "postgresql://user@host:port/db", "postgres://...", or "pg:<libpq key=value string>"
  // ("pg:" alone reads PGHOST, PGPORT, PGUSER, PGDATABASE...). Connects and brings the schema up to date.
  // Unreachable server, failed authentication: Unavailable; missing database: NotFound; a schema newer
  // than this binary: FailedPrecondition. Messages name the location without its password.
  static StatusOr<std::unique_ptr<PostgresStore>> Open(const std::string& location, const StoreOptions& options);
  ~PostgresStore() override;

  Status BeginBatch() override;
  // Checks the stored content hash now and queues the rows; they are written at Commit (or before a
  // read inside the batch), so that a batch costs one statement per table.
  StatusOr<PutResult> PutDocument(const Doc& doc, const std::vector<nlohmann::json>& events,
                                  std::string_view pipeline_version) override;
  Status Commit() override;
  void Rollback() override;
  StatusOr<bool> HasDocument(const std::string& id, const std::string& content_hash) override;
  StatusOr<std::vector<DyadRow>> Dyads(const DyadQuery& query) override;
  StatusOr<int64_t> CountDocuments() override;
  StatusOr<int64_t> CountEvents() override;
  StatusOr<int64_t> CountCanonicalEvents() override;
  // Commit links every batch; this is for a change of linking parameters (postgres_link.cc).
  Status LinkCanonical(bool relink_all = false) override;
  StatusOr<EventPage> QueryEvents(const EventQuery& query) override;  // postgres_query.cc
  // Relations over canonical events (postgres_relations.cc), as in SqliteStore.
  StatusOr<std::vector<ActorRow>> Actors(const ActorQuery& query) override;
  StatusOr<std::vector<PartnerRow>> Partners(const std::string& code, const EventFilter& filter) override;
  StatusOr<std::vector<BrokerRow>> Brokers(const EventFilter& filter) override;
  StatusOr<nlohmann::json> GetDocument(const std::string& id) override;

  int schema_version() const { return schema_version_; }
  // Names of the month partitions of events that exist (events_YYYY_MM), sorted.
  StatusOr<std::vector<std::string>> Partitions();

 private:
  // Rows queued by PutDocument for one document.
  struct Pending {
    std::string id, hash;
    nlohmann::json document, sentences, mentions, actors, events;
    std::set<std::string> months;
  };

  struct Session;  // the libpqxx connection and the batch's transaction (postgres_store.cc)

  PostgresStore(std::unique_ptr<Session> session, std::string display, StoreOptions options);
  Status Migrate();
  // Runs fn with the open batch transaction, or a one-statement transaction outside a batch; every
  // exception becomes a Status naming the location.
  template <typename Fn>
  Status Run(const char* what, Fn&& fn);
  // Run for the other files of the store (postgres_query.cc...), which cannot see the template.
  Status RunSql(const char* what, const std::function<void(pqxx::transaction_base&)>& fn);
  Status Error(const std::exception& e, const char* what) const;  // a pqxx exception as a Status
  Status Flush();  // writes the queued rows into the batch transaction
  // The name of a prepared statement for sql on this connection (prepared on first use, planned once:
  // the connection runs force_generic_plan). For the linker's and summaries' per-report statements, whose
  // planning over every month partition of events cost ~29 ms each at 122 partitions, 15x their run.
  // sql must be a constant text (values go in $n parameters), or the cache grows without bound.
  const std::string& Prepared(const std::string& sql);
  // Canonical linking inside tx (postgres_link.cc); they throw pqxx errors, as the Flush body does.
  void LinkUnlinked(pqxx::transaction_base& tx);
  void RefreshCanonical(pqxx::transaction_base& tx, int64_t canonical_id);
  // Month partitions of events (they throw pqxx errors). CreatePartitions makes the missing ones in short
  // transactions of their own before a batch's transaction opens; EnsurePartitionsInBatch inside an open
  // one (a later Flush of the same batch). ReadPartitions adds the catalog's to partitions_.
  void CreatePartitions(const std::set<std::string>& months);
  void EnsurePartitionsInBatch(const std::set<std::string>& months);
  void ReadPartitions(pqxx::transaction_base& tx);
  std::vector<std::string> MissingPartitions(const std::set<std::string>& months) const;
  StatusOr<int64_t> CountRows(const char* sql);
  // Summary tables (postgres_summary.cc, schema version 3); they throw pqxx errors. A set of canonical
  // events' contributions added (+1) or taken out (-1) as the database says now; mentions of documents
  // (a JSON array of ids) likewise; FinishSummaries recounts the dyads touched since its last call.
  void SummarizeCanonicals(pqxx::transaction_base& tx, const std::set<int64_t>& ids, int sign);
  void SummarizeMentions(pqxx::transaction_base& tx, const std::string& doc_ids_json, int sign);
  void FinishSummaries(pqxx::transaction_base& tx);
  void ClearSummaries(pqxx::transaction_base& tx);
  bool summaries() const { return schema_version_ >= 3 && options_.use_summaries; }
  // The codes under filter.actor that events name, when a page of that actor's events is best read code
  // by code (schema version 3, no source/target/document filter, few codes); empty otherwise.
  std::vector<std::string> ActorCodes(pqxx::transaction_base& tx, const EventFilter& filter);
  StatusOr<std::string> StoredHash(const std::string& id);  // "" when absent

  std::unique_ptr<Session> session_;
  std::string display_;                        // the location without password
  StoreOptions options_;
  bool in_batch_ = false;
  int schema_version_ = 0;
  std::vector<Pending> pending_;
  std::map<std::string, size_t> pending_index_;  // id -> index in pending_
  // Canonical events that lost reports to a replaced document in this batch (already out of the summaries).
  std::set<int64_t> unlinked_;
  std::set<std::array<std::string, 4>> touched_;  // dyad_summary keys to recount at commit
  std::set<std::string> partitions_;             // months known to have a partition
  bool created_in_batch_ = false;                // partitions_ holds some created inside the open batch
  // Stored hashes ("" = absent) that HasDocument just read, so that the PutDocument that usually follows
  // needs no second round trip; only other processes can make one stale, and Flush re-checks under the
  // document's lock. PutDocument consumes its entry.
  std::map<std::string, std::string> looked_up_;
};

}  // namespace mizan
