// PostgresStore: canonical events (linking reports of one act), the same rules and order as SqliteStore
// (sqlite_link.cc); the matching itself is relate/canonical.h.
#include <optional>
#include <set>

#include <fmt/core.h>
#include <pqxx/pqxx>

#include "relate/canonical.h"
#include "store/dialect_common.h"
#include "store/postgres_store.h"
#include "text/normalize.h"

namespace mizan {

namespace {

constexpr int64_t kLinkLock = 0x4d697a616e4c6e6b;  // "MizanLnk", an advisory lock key

// An event row as linking reads it (PostgreSQL columns; SQLite's Report keeps the rowid).
struct PgReport {
  std::string id;
  relate::LinkFields fields;
  std::string date_value, date_granularity;
  bool has_text = false;        // its sentence is stored (the document was segmented)
  std::set<std::string> words;  // the sentence's content words (relate::ContentWords)
};

// The stored sentence of an event's row (its code points in the document), or NULL when not stored.
constexpr const char* kSentenceText =
    "(SELECT substr(d.text, s.start_cp + 1, s.end_cp - s.start_cp) FROM sentences s JOIN documents d ON d.id = "
    "s.doc_id WHERE s.doc_id = {0}.doc_id AND s.idx = {0}.sentence)";

// The order of reports inside a document (SQLite uses insertion order; ids alone would put :10 before :2).
constexpr const char* kReportOrder = "{0}.sentence, {0}.trigger_start NULLS FIRST, length({0}.id), {0}.id";

}  // namespace

StatusOr<int64_t> PostgresStore::CountCanonicalEvents() { return CountRows("SELECT COUNT(*) FROM canonical_events"); }

void PostgresStore::RefreshCanonical(pqxx::transaction_base& tx, int64_t cid) {
  // A canonical event whose representative left takes its earliest remaining report; with none, it goes.
  const bool has_rep =
      tx.exec_prepared(Prepared("SELECT EXISTS (SELECT 1 FROM events e WHERE e.canonical_id = $1 AND e.id = "
                                "(SELECT rep_event FROM canonical_events WHERE id = $1))"),
                       cid)[0][0]
          .as<bool>();
  if (!has_rep) {
    static const std::string kNewRep =
        fmt::format("UPDATE canonical_events c SET (rep_event, source_code, target_code, cameo, cameo_root, plover, "
                    "goldstein, quad_class, negated, date_value, date_granularity) = "
                    "(SELECT e.id, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), e.cameo, e.cameo_root, "
                    "e.plover, e.goldstein, e.quad_class, e.negated, e.date_value, e.date_granularity FROM events e "
                    "JOIN documents d ON d.id = e.doc_id WHERE e.canonical_id = $1 "
                    "ORDER BY COALESCE(d.published, ''), e.doc_id, {} LIMIT 1) "
                    "WHERE c.id = $1 AND EXISTS (SELECT 1 FROM events WHERE canonical_id = $1) "
                    "RETURNING COALESCE(c.date_value, ''), COALESCE(c.date_granularity, '')",
                    fmt::format(kReportOrder, "e"));
    pqxx::result r = tx.exec_prepared(Prepared(kNewRep), cid);
    if (r.empty()) {
      tx.exec_prepared(Prepared("DELETE FROM canonical_events WHERE id = $1"), cid);
      return;
    }
    // Its date range follows the new representative.
    auto span = store_common::SpanOf(r[0][0].as<std::string>(), r[0][1].as<std::string>());
    tx.exec_prepared(Prepared("UPDATE canonical_events SET day_lo = NULLIF($2, '')::int, day_hi = NULLIF($3, '')::int "
                              "WHERE id = $1"),
                     cid, span ? std::to_string(span->lo) : "", span ? std::to_string(span->hi) : "");
  }
  // A document without an outlet counts as a source of its own.
  tx.exec_prepared(Prepared("UPDATE canonical_events SET (num_sources, num_articles) = "
                            "(SELECT COUNT(DISTINCT COALESCE(NULLIF(d.outlet, ''), d.id)), COUNT(DISTINCT e.doc_id) "
                            "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.canonical_id = $1) WHERE id = $1"),
                   cid);
}

void PostgresStore::LinkUnlinked(pqxx::transaction_base& tx) {
  const relate::LinkParams params;
  // One linker at a time (its lock held to commit), so that writers committing at once see each other's
  // reports as linked canonical events rather than making two for one act.
  tx.exec(fmt::format("SELECT pg_advisory_xact_lock({})", kLinkLock));
  std::set<int64_t> grown = std::move(unlinked_);  // canonical events whose reports changed: recount them
  unlinked_.clear();
  const std::set<int64_t> out_of_summaries = grown;  // taken out by Flush already
  std::set<int64_t> created;
  // The unlinked reports, in a deterministic order: by publication date, document, then position.
  std::vector<PgReport> reports;
  for (const auto& row : tx.exec(fmt::format(
           "SELECT e.id, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), e.cameo, COALESCE(e.plover, ''), "
           "e.negated, COALESCE(e.date_value, ''), COALESCE(e.date_granularity, ''), {} FROM events e "
           "JOIN documents d ON d.id = e.doc_id WHERE e.canonical_id IS NULL "
           "ORDER BY COALESCE(d.published, ''), e.doc_id, {}",
           fmt::format(kSentenceText, "e"), fmt::format(kReportOrder, "e")))) {
    PgReport r;
    r.id = row[0].as<std::string>();
    r.fields.source = row[1].as<std::string>();
    r.fields.target = row[2].as<std::string>();
    r.fields.cameo = row[3].as<std::string>();
    r.fields.plover = row[4].as<std::string>();
    r.fields.negated = row[5].as<bool>();
    r.date_value = row[6].as<std::string>();
    r.date_granularity = row[7].as<std::string>();
    r.fields.date = store_common::SpanOf(r.date_value, r.date_granularity);
    r.has_text = !row[8].is_null();
    if (r.has_text) r.words = relate::ContentWords(NormalizeForMatch(row[8].as<std::string>()));
    reports.push_back(std::move(r));
  }
  const std::string candidates_sql = fmt::format(
      "SELECT c.id, COALESCE(c.source_code, ''), COALESCE(c.target_code, ''), c.cameo, COALESCE(c.plover, ''), "
      "c.negated, c.day_lo, c.day_hi, {} FROM canonical_events c "
      "LEFT JOIN LATERAL (SELECT r.doc_id, r.sentence FROM events r WHERE r.id = c.rep_event LIMIT 1) r ON true "
      "WHERE c.dyad_key = $1 AND c.day_lo BETWEEN $2 AND $3",
      fmt::format(kSentenceText, "r"));
  std::vector<std::pair<std::string, int64_t>> links;  // (event id, canonical id)
  for (const PgReport& r : reports) {
    const bool linkable = !r.fields.source.empty() && !r.fields.target.empty() && r.fields.date &&
                          r.fields.date->Width() <= params.max_span_days;
    int64_t best = 0;
    int best_score = 0;
    if (linkable) {
      std::vector<std::string> keys = {relate::DyadKey(r.fields.source, r.fields.target)};
      if (relate::SymmetricRoot(r.fields.cameo)) keys.push_back(relate::DyadKey(r.fields.target, r.fields.source));
      for (const std::string& key : keys) {
        for (const auto& row : tx.exec_prepared(Prepared(candidates_sql), key,
                                              r.fields.date->lo - params.max_span_days - params.max_day_gap,
                                              r.fields.date->hi + params.max_day_gap)) {
          relate::LinkFields c;
          const int64_t id = row[0].as<int64_t>();
          c.source = row[1].as<std::string>();
          c.target = row[2].as<std::string>();
          c.cameo = row[3].as<std::string>();
          c.plover = row[4].as<std::string>();
          c.negated = row[5].as<bool>();
          c.date = relate::DaySpan{row[6].as<int>(), row[7].as<int>()};
          int score = relate::MatchScore(r.fields, c, params);
          if (score > 0 && r.has_text && !row[8].is_null()) {
            // Both sentences known: they must share enough content words (docs/relations.md).
            const double overlap =
                relate::WordOverlap(r.words, relate::ContentWords(NormalizeForMatch(row[8].as<std::string>())));
            score = overlap < params.min_overlap ? 0 : score + static_cast<int>(overlap * 20);
          }
          // Ties go to the oldest canonical event, so the result does not depend on the index's order.
          if (score > best_score || (score == best_score && score > 0 && id < best)) {
            best = id;
            best_score = score;
          }
        }
      }
    }
    if (best == 0) {
      const std::string dyad = linkable ? relate::DyadKey(r.fields.source, r.fields.target) : "";
      best = tx.exec_prepared(
                   Prepared("INSERT INTO canonical_events (rep_event, dyad_key, source_code, target_code, cameo, "
                            "cameo_root, plover, goldstein, quad_class, negated, date_value, date_granularity, "
                            "day_lo, day_hi, num_sources, num_articles) "
                            "SELECT e.id, $2, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), e.cameo, "
                            "substr(e.cameo, 1, 2), e.plover, e.goldstein, e.quad_class, e.negated, e.date_value, "
                            "COALESCE(e.date_granularity, ''), NULLIF($3, '')::int, NULLIF($4, '')::int, 1, 1 "
                            "FROM events e WHERE e.id = $1 LIMIT 1 RETURNING id"),
                   r.id, dyad, r.fields.date ? std::to_string(r.fields.date->lo) : "",
                   r.fields.date ? std::to_string(r.fields.date->hi) : "")[0][0]
                 .as<int64_t>();
      created.insert(best);
    } else {
      grown.insert(best);
    }
    // Linked now, so that the next report's candidates see it (its representative is found by id).
    links.emplace_back(r.id, best);
  }
  // Acts that gain reports leave the summaries before the links are written, and come back after.
  std::set<int64_t> leaving;
  for (int64_t c : grown)
    if (!out_of_summaries.count(c) && !created.count(c)) leaving.insert(c);
  SummarizeCanonicals(tx, leaving, -1);
  if (!links.empty()) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& [id, cid] : links) rows.push_back({{"id", id}, {"cid", cid}});
    tx.exec_params("UPDATE events e SET canonical_id = x.cid FROM json_to_recordset($1::json) AS x(id text, cid "
                   "bigint) WHERE e.id = x.id COLLATE \"C\"",
                   rows.dump());
  }
  for (int64_t c : grown) RefreshCanonical(tx, c);
  created.insert(grown.begin(), grown.end());
  SummarizeCanonicals(tx, created, +1);
}

}  // namespace mizan
