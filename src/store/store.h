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

// The current UTC time as 2024-01-31T12:00:00Z: when a migration was applied, a document ingested.
std::string NowUtc();

struct StoreOptions {
  bool read_only = false;      // queries only; writing returns Unavailable
  int busy_timeout_ms = 5000;  // how long to wait for another writer before giving up (Unavailable)
  // Queries read the pre-aggregated summaries when their filter allows (docs/store.md, "Summaries");
  // false answers everything from the events table (the tests compare both).
  bool use_summaries = true;
};

// What PutDocument did with a document.
enum class PutResult { kInserted, kUnchanged, kReplaced };

// Which events a query looks at. Empty strings and zeros match everything; codes match as prefixes
// ("LBY" matches LBY, LBYMIL, LBYGOV...). Every store implements the same meaning (docs/store.md).
struct EventFilter {
  std::string actor;            // code prefix, as source or as target
  std::string source, target;   // code prefixes
  bool either_direction = false;  // source/target also match the other way round (a timeline A B)
  std::string cameo;            // CAMEO code prefix: "04" (a root) or "042"
  std::string plover;           // PLOVER type, exact: "CONSULT"
  int quad_class = 0;           // 1..4, 0 = any
  std::string date_from, date_to;  // YYYY[-MM[-DD]], inclusive, compared with the event's date value
  std::string certainty;        // asserted | reported | hedged | denied
  std::string attribution;      // attribution kind: author | named | anonymous | close-to-actor | media | leaks
  std::string outlet;           // the document's outlet, exact
  std::string doc_id;           // one document
  std::string text;             // Arabic words searched in the event's sentence (normalized, full text)
  bool include_negated = false;  // negated events did not happen: left out unless asked
  bool canonical_only = false;   // one event per canonical event (its representative report)
};

// One row of `mizan dyads`: an ordered actor pair in a period (event-schema.md, "Relations").
// Counts are of canonical events (one act reported by many articles counts once).
struct DyadRow {
  std::string source, target, period;  // period: "2016-06-14", "2016-W24", "2016-06", "2016" or "all"
  int64_t events = 0;                  // canonical events
  double goldstein_sum = 0, goldstein_mean = 0;
  std::array<int64_t, 4> quad{};  // canonical events per quad class 1..4
  int64_t sources = 0;            // distinct outlet + attribution pairs behind the events
  int64_t articles = 0;           // distinct documents behind the events
};

struct DyadQuery {
  std::string period = "month";  // day | week | month | year | all
  size_t top = 50;               // rows, by event count; 0 = all
  EventFilter filter;            // which events count (a timeline: source + target + either_direction)
  bool chronological = false;    // order by period, then pair, instead of by event count
  // Report the pair as the filter's source and target prefixes (a timeline of LBY and DZA counts every
  // Libyan and Algerian actor together); needs filter.source and filter.target.
  bool merge_to_filter = false;
};

// A page of events, in a stable order (date value, then id) so that cursors never skip or repeat.
struct EventQuery {
  EventFilter filter;
  size_t limit = 100;
  std::string cursor;        // next_cursor of the previous page; empty = first page
  bool newest_first = false;  // descending (date, id)
  bool count_total = false;   // fill EventPage::total (one more query)
};
struct EventPage {
  // Each is the stored record (EventToJson output) plus "canonical_id", "num_sources", "num_articles"
  // and "document": {id, outlet, published, title, url}.
  std::vector<nlohmann::json> events;
  std::string next_cursor;  // empty on the last page
  int64_t total = -1;       // events matching the filter, when asked
};

// An actor code as seen in the store: `mizan actors`, /api/actors.
struct ActorRow {
  std::string code, name, kind;  // for an unknown actor: code empty, name = the words as written
  int64_t events = 0, as_source = 0, as_target = 0;  // canonical events naming it (non-negated)
  int64_t mentions = 0;                              // mentions in documents
  std::string first_date, last_date;                 // of its events (date values)
  bool known = true;                                 // false: no dictionary gave it a code
};
struct ActorQuery {
  std::string prefix;        // code prefix ("LBY"); for unknown actors, a prefix of the written words
  bool unknown_only = false;  // mentions that no dictionary resolved, grouped by their words
  size_t top = 50;            // rows, most events (unknown: most mentions) first; 0 = all
};

// One partner of an actor (code prefix) over the filtered events: `mizan actor`, /api/actors/{code}.
struct PartnerRow {
  std::string partner;
  int64_t events_out = 0, events_in = 0;  // canonical events actor -> partner, partner -> actor
  double goldstein_mean = 0;              // over both directions
  std::array<int64_t, 4> quad{};          // both directions, per quad class
};

// An actor through whom a source reaches a target (docs/relations.md): explicit broker fields of
// events, and paths source -> broker -> target where source and target have few direct events.
struct BrokerRow {
  std::string broker, source, target;
  int64_t explicit_events = 0;  // events naming the broker between source and target
  int64_t path_events = 0;      // min(events source->broker, broker->target) on a path, else 0
  int64_t direct_events = 0;    // events source->target without a broker
  double score = 0;             // ranking: explicit events weigh 1, path events 0.5 (docs/relations.md)
};

// The relation record of event-schema.md (plus "articles").
nlohmann::json DyadToJson(const DyadRow& row);
nlohmann::json ActorToJson(const ActorRow& row);
nlohmann::json PartnerToJson(const PartnerRow& row);
nlohmann::json BrokerToJson(const BrokerRow& row);

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

  // Links events that have no canonical event yet (docs/relations.md). Commit calls it, so every
  // committed batch is linked against what was stored before it; callers need it only after a change
  // of linking parameters (with relink_all, which rebuilds every link deterministically).
  virtual Status LinkCanonical(bool relink_all = false);

  virtual StatusOr<std::vector<DyadRow>> Dyads(const DyadQuery& query) = 0;
  virtual StatusOr<int64_t> CountDocuments() = 0;
  virtual StatusOr<int64_t> CountEvents() = 0;
  // Canonical events (distinct acts); CountEvents counts reports.
  virtual StatusOr<int64_t> CountCanonicalEvents();

  // Events matching a filter, a page at a time (EventQuery, EventPage).
  virtual StatusOr<EventPage> QueryEvents(const EventQuery& query);
  // Actor codes by frequency, or the unresolved mentions (ActorQuery).
  virtual StatusOr<std::vector<ActorRow>> Actors(const ActorQuery& query);
  // An actor's partners (code is a prefix: LBYMIL, LBY), most events first.
  virtual StatusOr<std::vector<PartnerRow>> Partners(const std::string& code, const EventFilter& filter);
  // Brokers between pairs of actors over the filtered events (filter.actor: pairs involving it).
  virtual StatusOr<std::vector<BrokerRow>> Brokers(const EventFilter& filter);
  // One document: {id, outlet, published, title, url, text, pipeline_version, coded_at, events:[...]}.
  // NotFound when absent.
  virtual StatusOr<nlohmann::json> GetDocument(const std::string& id);
};

}  // namespace mizan
