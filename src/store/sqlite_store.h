// SqliteStore: the Store on one SQLite file (WAL mode, one transaction per batch, versioned migrations).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

struct sqlite3;
struct sqlite3_stmt;

namespace mizan {

// The schema migrations, in order: (version, SQL). Their text is the files in src/store/migrations/.
const std::vector<std::pair<int, std::string>>& SqliteMigrations();

class SqliteStore : public Store {
 public:
  // Opens (creating unless read_only) the database at path and brings its schema up to date.
  // A locked or read-only database is Unavailable; a file that is not a database is DataLoss.
  static StatusOr<std::unique_ptr<SqliteStore>> OpenFile(const std::string& path, const StoreOptions& options);
  ~SqliteStore() override;

  Status BeginBatch() override;
  StatusOr<PutResult> PutDocument(const Doc& doc, const std::vector<nlohmann::json>& events,
                                  std::string_view pipeline_version) override;
  Status Commit() override;
  void Rollback() override;
  StatusOr<bool> HasDocument(const std::string& id, const std::string& content_hash) override;
  StatusOr<std::vector<DyadRow>> Dyads(const DyadQuery& query) override;
  StatusOr<int64_t> CountDocuments() override;
  StatusOr<int64_t> CountEvents() override;
  StatusOr<int64_t> CountCanonicalEvents() override;
  Status LinkCanonical(bool relink_all = false) override;
  StatusOr<EventPage> QueryEvents(const EventQuery& query) override;
  StatusOr<std::vector<ActorRow>> Actors(const ActorQuery& query) override;
  StatusOr<std::vector<PartnerRow>> Partners(const std::string& code, const EventFilter& filter) override;
  StatusOr<std::vector<BrokerRow>> Brokers(const EventFilter& filter) override;
  StatusOr<nlohmann::json> GetDocument(const std::string& id) override;

  int schema_version() const { return schema_version_; }

 private:
  // The queries answered from the summary tables (sqlite_relations.cc, sqlite_query.cc).
  StatusOr<std::vector<DyadRow>> DyadsFromSummary(const DyadQuery& query);
  StatusOr<std::vector<ActorRow>> ActorsFromSummary(const ActorQuery& query);
  // The codes under filter.actor that events name, when a page of that actor's events is best read code
  // by code (schema version 3, no source/target/document filter, few codes); empty otherwise.
  StatusOr<std::vector<std::string>> ActorCodes(const EventFilter& filter);
  // The codes events name under a prefix (either side), by skip scan; max_codes + 1 of them when more.
  StatusOr<std::vector<std::string>> CodesUnder(const std::string& prefix, size_t max_codes);
  // For a pair filter: " AND e.source_code IN (...) AND e.target_code IN (...)" over the codes under
  // either prefix (implied by the filter, and what lets the pair index seek), or "".
  StatusOr<std::string> PairCodesSql(const EventFilter& filter, std::vector<nlohmann::json>* binds);
  // "events e", or with the index that serves the filter best when the planner would pick a worse one.
  std::string EventsFrom(const EventFilter& filter) const;
  SqliteStore(sqlite3* db, std::string path, StoreOptions options);
  Status Exec(const char* sql);
  Status Error(int rc, std::string_view what) const;
  Status Migrate();
  StatusOr<sqlite3_stmt*> Prepare(const char* sql);  // cached by SQL text
  Status DeleteDocumentRows(const std::string& id);
  Status PutEvent(const std::string& doc_id, const nlohmann::json& e);
  StatusOr<int64_t> CountRows(const char* sql);
  // Prepares a one-off statement (dynamic SQL) with its values bound; the caller finalizes it.
  StatusOr<sqlite3_stmt*> PrepareBound(const std::string& sql, const std::vector<nlohmann::json>& binds);
  Status PutSentenceText(const Doc& doc, const std::vector<nlohmann::json>& events);  // full-text rows of event sentences
  Status UnlinkDocument(const std::string& id);  // canonical events lose the document's reports
  Status RefreshCanonical(int64_t canonical_id);  // counts, and a new representative if it was removed
  Status LinkUnlinked();                         // the work of LinkCanonical inside a transaction
  // Summary tables (sqlite_summary.cc, schema version 3): a canonical event's contribution added (+1) or
  // taken out (-1) as the database says now; a document's mentions likewise; FinishSummaries recounts
  // the distinct counts of the dyads touched since the last call; ClearSummaries before a full relink.
  Status SummarizeCanonical(int64_t canonical_id, int sign);
  Status SummarizeMentions(const std::string& doc_id, int sign);
  Status FinishSummaries();
  Status ClearSummaries();
  // Whether a query may read the summaries (schema version 3 and StoreOptions::use_summaries).
  bool summaries() const { return schema_version_ >= 3 && options_.use_summaries; }

  sqlite3* db_;
  std::string path_;
  StoreOptions options_;
  bool in_batch_ = false;
  int schema_version_ = 0;
  bool touched_table_ = false;  // temp.touched_dyads exists on this connection
  bool keys_table_ = false;     // temp.report_keys exists on this connection
  std::vector<std::pair<std::string, sqlite3_stmt*>> stmts_;
};

}  // namespace mizan
