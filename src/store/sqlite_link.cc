// SqliteStore: canonical events (linking reports of one act) and the full-text rows of event sentences.
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <fmt/core.h>

#include "relate/canonical.h"
#include "store/dialect_common.h"
#include "store/sqlite_store.h"
#include "store/sqlite_util.h"

namespace mizan {

using nlohmann::json;
using sqlite::BindText;
using sqlite::Reset;
using sqlite::Text;

namespace {

// An event row as linking reads it.
struct Report {
  int64_t rowid = 0;
  std::string id, doc_id;
  relate::LinkFields fields;
  json goldstein, quad_class;
  std::string date_value, date_granularity;
  bool has_text = false;               // its sentence is in sentence_fts
  std::set<std::string> words;         // the sentence's content words (relate::ContentWords)
};

}  // namespace

Status SqliteStore::PutSentenceText(const Doc& doc, const std::vector<json>& events) {
  std::set<int64_t> sentences;
  for (const json& e : events) {
    const json* idx = sqlite::At(e, "sentence", "index");
    if (idx && idx->is_number_integer()) sentences.insert(idx->get<int64_t>());
  }
  ASSIGN_OR_RETURN(sqlite3_stmt * st,
                   Prepare("INSERT INTO sentence_fts (rowid, text) SELECT rowid, ? FROM sentences "
                           "WHERE doc_id = ? AND idx = ?"));
  for (int64_t i : sentences) {
    if (i < 0 || static_cast<size_t>(i) >= doc.sentences.size()) continue;
    const Range r = doc.sentences[static_cast<size_t>(i)].norm;
    Reset reset{st};
    // Doc::norm is the matching form (no harakat, unified letters): FTS5's unicode61 would split
    // words at harakat, and queries are normalized the same way.
    BindText(st, 1, std::string_view(doc.norm).substr(r.begin, r.size()));
    BindText(st, 2, doc.id);
    sqlite3_bind_int64(st, 3, i);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) return Error(rc, "insert sentence text");
  }
  return Status::Ok();
}

Status SqliteStore::UnlinkDocument(const std::string& id) {
  std::vector<int64_t> touched;
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare("SELECT DISTINCT canonical_id FROM events WHERE doc_id = ? AND "
                                                "canonical_id IS NOT NULL"));
    Reset reset{st};
    BindText(st, 1, id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) touched.push_back(sqlite3_column_int64(st, 0));
    if (rc != SQLITE_DONE) return Error(rc, "find canonical events");
  }
  if (touched.empty()) return Status::Ok();
  for (int64_t c : touched) RETURN_IF_ERROR(SummarizeCanonical(c, -1));  // put back below, without this document
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare("UPDATE events SET canonical_id = NULL WHERE doc_id = ?"));
    Reset reset{st};
    BindText(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) return Error(rc, "unlink events");
  }
  for (int64_t c : touched) RETURN_IF_ERROR(RefreshCanonical(c));
  for (int64_t c : touched) RETURN_IF_ERROR(SummarizeCanonical(c, +1));  // nothing when it went
  return Status::Ok();
}

Status SqliteStore::RefreshCanonical(int64_t cid) {
  // A canonical event whose representative left takes its earliest remaining report; with none, it goes.
  ASSIGN_OR_RETURN(sqlite3_stmt * rep,
                   Prepare("SELECT e.id FROM events e WHERE e.canonical_id = ?1 AND e.id = "
                           "(SELECT rep_event FROM canonical_events WHERE id = ?1)"));
  bool has_rep = false;
  {
    Reset reset{rep};
    sqlite3_bind_int64(rep, 1, cid);
    int rc = sqlite3_step(rep);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error(rc, "canonical representative");
    has_rep = rc == SQLITE_ROW;
  }
  if (!has_rep) {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     Prepare("UPDATE canonical_events SET (rep_event, source_code, target_code, cameo, cameo_root, "
                             "plover, goldstein, quad_class, negated, date_value, date_granularity) = "
                             "(SELECT e.id, e.source_code, e.target_code, e.cameo, e.cameo_root, e.plover, e.goldstein, "
                             "e.quad_class, e.negated, e.date_value, e.date_granularity FROM events e "
                             "WHERE e.canonical_id = ?1 ORDER BY e.rowid LIMIT 1) WHERE id = ?1 AND EXISTS "
                             "(SELECT 1 FROM events WHERE canonical_id = ?1)"));
    Reset reset{st};
    sqlite3_bind_int64(st, 1, cid);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) return Error(rc, "new canonical representative");
    if (sqlite3_changes(db_) == 0) {
      ASSIGN_OR_RETURN(sqlite3_stmt * del, Prepare("DELETE FROM canonical_events WHERE id = ?"));
      Reset reset_del{del};
      sqlite3_bind_int64(del, 1, cid);
      rc = sqlite3_step(del);
      if (rc != SQLITE_DONE) return Error(rc, "delete canonical event");
      return Status::Ok();
    }
    // Its date range follows the new representative.
    ASSIGN_OR_RETURN(sqlite3_stmt * q, Prepare("SELECT date_value, date_granularity FROM canonical_events WHERE id = ?"));
    std::optional<relate::DaySpan> span;
    {
      Reset reset_q{q};
      sqlite3_bind_int64(q, 1, cid);
      if (sqlite3_step(q) == SQLITE_ROW) span = store_common::SpanOf(Text(q, 0), Text(q, 1));
    }
    ASSIGN_OR_RETURN(sqlite3_stmt * upd, Prepare("UPDATE canonical_events SET day_lo = ?, day_hi = ? WHERE id = ?"));
    Reset reset_upd{upd};
    if (span) {
      sqlite3_bind_int64(upd, 1, span->lo);
      sqlite3_bind_int64(upd, 2, span->hi);
    }
    sqlite3_bind_int64(upd, 3, cid);
    rc = sqlite3_step(upd);
    if (rc != SQLITE_DONE) return Error(rc, "canonical date");
  }
  // A document without an outlet counts as a source of its own.
  ASSIGN_OR_RETURN(sqlite3_stmt * counts,
                   Prepare("UPDATE canonical_events SET (num_sources, num_articles) = "
                           "(SELECT COUNT(DISTINCT COALESCE(NULLIF(d.outlet, ''), d.id)), COUNT(DISTINCT e.doc_id) "
                           "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.canonical_id = ?1) WHERE id = ?1"));
  Reset reset{counts};
  sqlite3_bind_int64(counts, 1, cid);
  int rc = sqlite3_step(counts);
  if (rc != SQLITE_DONE) return Error(rc, "canonical counts");
  return Status::Ok();
}

Status SqliteStore::LinkCanonical(bool relink_all) {
  if (options_.read_only) return Unavailable(fmt::format("{} was opened read-only", path_));
  const bool own = !in_batch_;
  if (own) RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = Status::Ok();
  if (relink_all) {
    st = Exec("UPDATE events SET canonical_id = NULL");
    if (st.ok()) st = Exec("DELETE FROM canonical_events");
    if (st.ok()) st = ClearSummaries();
  }
  if (st.ok()) st = LinkUnlinked();
  if (st.ok()) st = FinishSummaries();
  if (own) {
    if (st.ok()) return Exec("COMMIT");
    (void)Exec("ROLLBACK");
  }
  return st;
}

Status SqliteStore::LinkUnlinked() {
  const relate::LinkParams params;
  // The unlinked reports, in a deterministic order: by publication date, document, then position.
  std::vector<Report> reports;
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     Prepare("SELECT e.rowid, e.id, e.doc_id, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), "
                             "e.cameo, COALESCE(e.plover, ''), e.negated, COALESCE(e.date_value, ''), "
                             "COALESCE(e.date_granularity, ''), e.goldstein, e.quad_class, f.text FROM events e "
                             "JOIN documents d ON d.id = e.doc_id LEFT JOIN sentences s ON s.doc_id = e.doc_id AND "
                             "s.idx = e.sentence LEFT JOIN sentence_fts f ON f.rowid = s.rowid "
                             "WHERE e.canonical_id IS NULL ORDER BY COALESCE(d.published, ''), e.doc_id, e.rowid"));
    Reset reset{st};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      Report r;
      r.rowid = sqlite3_column_int64(st, 0);
      r.id = Text(st, 1);
      r.doc_id = Text(st, 2);
      r.fields.source = Text(st, 3);
      r.fields.target = Text(st, 4);
      r.fields.cameo = Text(st, 5);
      r.fields.plover = Text(st, 6);
      r.fields.negated = sqlite3_column_int(st, 7) != 0;
      r.date_value = Text(st, 8);
      r.date_granularity = Text(st, 9);
      r.fields.date = store_common::SpanOf(r.date_value, r.date_granularity);
      r.goldstein = sqlite::Value(st, 10);
      r.quad_class = sqlite::Value(st, 11);
      r.has_text = sqlite3_column_type(st, 12) != SQLITE_NULL;
      if (r.has_text) r.words = relate::ContentWords(Text(st, 12));
      reports.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return Error(rc, "read unlinked events");
  }
  if (reports.empty()) return Status::Ok();

  // Candidates first, their sentence's words only for those whose fields match (most do not: another
  // CAMEO root of the same pair), once per canonical event per call: reading the sentence text of every
  // candidate was most of the linker's time on a large database.
  ASSIGN_OR_RETURN(sqlite3_stmt * candidates,
                   Prepare("SELECT c.id, COALESCE(c.source_code, ''), COALESCE(c.target_code, ''), c.cameo, "
                           "COALESCE(c.plover, ''), c.negated, c.day_lo, c.day_hi FROM canonical_events c "
                           "WHERE c.dyad_key = ? AND c.day_lo BETWEEN ? AND ?"));
  ASSIGN_OR_RETURN(sqlite3_stmt * rep_text,
                   Prepare("SELECT f.text FROM canonical_events c JOIN events r ON r.id = c.rep_event "
                           "JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = r.sentence "
                           "JOIN sentence_fts f ON f.rowid = s.rowid WHERE c.id = ?"));
  std::map<int64_t, std::optional<std::set<std::string>>> words_of;  // canonical id -> its sentence's words
  auto rep_words = [&](int64_t id) -> StatusOr<const std::optional<std::set<std::string>>*> {
    auto it = words_of.find(id);
    if (it != words_of.end()) return &it->second;
    Reset reset{rep_text};
    sqlite3_bind_int64(rep_text, 1, id);
    std::optional<std::set<std::string>> words;
    int rc = sqlite3_step(rep_text);
    if (rc == SQLITE_ROW && sqlite3_column_type(rep_text, 0) != SQLITE_NULL) words = relate::ContentWords(Text(rep_text, 0));
    else if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error(rc, "canonical sentence");
    return &words_of.emplace(id, std::move(words)).first->second;
  };
  ASSIGN_OR_RETURN(sqlite3_stmt * insert,
                   Prepare("INSERT INTO canonical_events (rep_event, dyad_key, source_code, target_code, cameo, "
                           "cameo_root, plover, goldstein, quad_class, negated, date_value, date_granularity, day_lo, "
                           "day_hi, num_sources, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)"));
  ASSIGN_OR_RETURN(sqlite3_stmt * link, Prepare("UPDATE events SET canonical_id = ? WHERE rowid = ?"));
  std::set<int64_t> grown;  // canonical events that gained a report: their counts change
  std::set<int64_t> created;  // made by this call: not in the summaries yet
  for (const Report& r : reports) {
    const bool linkable = !r.fields.source.empty() && !r.fields.target.empty() && r.fields.date &&
                          r.fields.date->Width() <= params.max_span_days;
    int64_t best = 0;
    int best_score = 0;
    if (linkable) {
      std::vector<std::string> keys = {relate::DyadKey(r.fields.source, r.fields.target)};
      if (relate::SymmetricRoot(r.fields.cameo)) keys.push_back(relate::DyadKey(r.fields.target, r.fields.source));
      for (const std::string& key : keys) {
        Reset reset{candidates};
        BindText(candidates, 1, key);
        sqlite3_bind_int64(candidates, 2, r.fields.date->lo - params.max_span_days - params.max_day_gap);
        sqlite3_bind_int64(candidates, 3, r.fields.date->hi + params.max_day_gap);
        int rc;
        while ((rc = sqlite3_step(candidates)) == SQLITE_ROW) {
          relate::LinkFields c;
          const int64_t id = sqlite3_column_int64(candidates, 0);
          c.source = Text(candidates, 1);
          c.target = Text(candidates, 2);
          c.cameo = Text(candidates, 3);
          c.plover = Text(candidates, 4);
          c.negated = sqlite3_column_int(candidates, 5) != 0;
          c.date = relate::DaySpan{sqlite3_column_int(candidates, 6), sqlite3_column_int(candidates, 7)};
          int score = relate::MatchScore(r.fields, c, params);
          if (score > 0 && r.has_text) {
            ASSIGN_OR_RETURN(const std::optional<std::set<std::string>>* words, rep_words(id));
            if (words->has_value()) {
              // Both sentences known: they must share enough content words (docs/relations.md).
              const double overlap = relate::WordOverlap(r.words, **words);
              score = overlap < params.min_overlap ? 0 : score + static_cast<int>(overlap * 20);
            }
          }
          // Ties go to the oldest canonical event, so the result does not depend on the index's order.
          if (score > best_score || (score == best_score && score > 0 && id < best)) {
            best = id;
            best_score = score;
          }
        }
        if (rc != SQLITE_DONE) return Error(rc, "canonical candidates");
      }
    }
    if (best == 0) {
      Reset reset{insert};
      BindText(insert, 1, r.id);
      BindText(insert, 2, linkable ? relate::DyadKey(r.fields.source, r.fields.target) : "");
      BindText(insert, 3, r.fields.source);
      BindText(insert, 4, r.fields.target);
      BindText(insert, 5, r.fields.cameo);
      BindText(insert, 6, r.fields.cameo.substr(0, 2));
      if (r.fields.plover.empty()) sqlite3_bind_null(insert, 7);
      else BindText(insert, 7, r.fields.plover);
      sqlite::BindJson(insert, 8, &r.goldstein);
      sqlite::BindJson(insert, 9, &r.quad_class);
      sqlite3_bind_int(insert, 10, r.fields.negated ? 1 : 0);
      if (r.date_value.empty()) sqlite3_bind_null(insert, 11);
      else BindText(insert, 11, r.date_value);
      BindText(insert, 12, r.date_granularity);
      if (r.fields.date) {
        sqlite3_bind_int64(insert, 13, r.fields.date->lo);
        sqlite3_bind_int64(insert, 14, r.fields.date->hi);
      }
      int rc = sqlite3_step(insert);
      if (rc != SQLITE_DONE) return Error(rc, "insert canonical event");
      best = sqlite3_last_insert_rowid(db_);
      created.insert(best);
    } else {
      // Out of the summaries before its first new report joins; put back with all of them below.
      if (!created.count(best) && !grown.count(best)) RETURN_IF_ERROR(SummarizeCanonical(best, -1));
      grown.insert(best);
    }
    Reset reset{link};
    sqlite3_bind_int64(link, 1, best);
    sqlite3_bind_int64(link, 2, r.rowid);
    int rc = sqlite3_step(link);
    if (rc != SQLITE_DONE) return Error(rc, "link event");
  }
  for (int64_t c : grown) RETURN_IF_ERROR(RefreshCanonical(c));
  created.insert(grown.begin(), grown.end());
  for (int64_t c : created) RETURN_IF_ERROR(SummarizeCanonical(c, +1));
  return Status::Ok();
}

}  // namespace mizan
