// SqliteStore: keeps the summary tables of schema version 3 (dyad_summary, dyad_members, actor_summary,
// partner_summary; version 4 adds dyad_summary rows keyed by full codes and pairs) equal to what the events say, inside the writing transaction. Each canonical event
// that changes is taken out (its contribution subtracted) before the change and put back after it.
#include <sqlite3.h>

#include <array>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "store/sqlite_store.h"
#include "store/sqlite_util.h"

namespace mizan {

using sqlite::BindText;
using sqlite::Reset;
using sqlite::Text;

namespace {

// The three period kinds kept, and the label of a canonical event `c` for each (as Dyads labels it;
// a missing label is '' as the events query would print it).
constexpr const char* kKinds = "(SELECT 'all' AS kind UNION ALL SELECT 'year' UNION ALL SELECT 'month') k";
constexpr const char* kLabel =
    "COALESCE(CASE k.kind WHEN 'all' THEN 'all' WHEN 'year' THEN COALESCE(substr(c.date_value, 1, 4), 'unknown') "
    "ELSE CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7) "
    "ELSE COALESCE(c.date_value, 'unknown') END END, '')";

constexpr const char* kLengths =
    "(SELECT 3 AS n UNION ALL SELECT 6 UNION ALL SELECT 9 UNION ALL SELECT 12 UNION ALL SELECT 15 UNION ALL "
    "SELECT 18 UNION ALL SELECT 21 UNION ALL SELECT 24 UNION ALL SELECT 27 UNION ALL SELECT 30)";

// Schema version 4: the keys of an act's non-negated reports (summary.h, KeyedKind), one row per
// report, period kind and key: `rid` (the report), `kind` (all, year, month) and `kk` (the dyad_summary
// kind): the period kind itself (the plain rows of version 3), every code prefix of 6..30 letters on
// either side ("all:LBYGOV"), and for years and months every pair of prefixes of 3..30 letters
// ("year:LBY+USAGOV", the smaller first). Computed here and kept in temp.report_keys for the statements
// that read them: the keys one SQL query gave, in a fraction of the time (three evaluations of that
// query were half of ingest's store time). PostgresStore still computes them in SQL (not measured there).
void AddReportKeys(int64_t rid, const std::string& source, const std::string& target,
                   std::set<std::tuple<int64_t, std::string, std::string>>* keys) {
  static const char* const kAllKinds[] = {"all", "year", "month"};
  for (const char* kind : kAllKinds) keys->emplace(rid, kind, kind);  // the plain rows (version 3)
  for (const std::string* code : {&source, &target}) {
    for (size_t n = 6; n <= 30 && code->size() >= n; n += 3)
      for (const char* kind : kAllKinds) keys->emplace(rid, kind, fmt::format("{}:{}", kind, code->substr(0, n)));
  }
  for (size_t ls = 3; ls <= 30 && source.size() >= ls; ls += 3) {
    for (size_t lt = 3; lt <= 30 && target.size() >= lt; lt += 3) {
      std::string a = source.substr(0, ls), b = target.substr(0, lt);
      if (b < a) std::swap(a, b);
      for (const char* kind : {"year", "month"}) keys->emplace(rid, kind, fmt::format("{}:{}+{}", kind, a, b));
    }
  }
}

}  // namespace

Status SqliteStore::SummarizeCanonical(int64_t cid, int sign) {
  if (schema_version_ < 3) return Status::Ok();
  static const std::string kDyads = fmt::format(
      "INSERT INTO dyad_summary (kind, source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, "
      "quad4) SELECT k.kind, c.source_code, c.target_code, {}, ?2, ?2 * COALESCE(c.goldstein, 0), "
      "?2 * COALESCE(c.quad_class = 1, 0), ?2 * COALESCE(c.quad_class = 2, 0), ?2 * COALESCE(c.quad_class = 3, 0), "
      "?2 * COALESCE(c.quad_class = 4, 0) FROM canonical_events c, {} WHERE c.id = ?1 AND c.source_code <> '' AND "
      "c.target_code <> '' AND EXISTS (SELECT 1 FROM events e WHERE e.canonical_id = c.id AND e.negated = 0) "
      "ON CONFLICT (kind, source_code, target_code, period) DO UPDATE SET events = events + excluded.events, "
      "goldstein_sum = goldstein_sum + excluded.goldstein_sum, quad1 = quad1 + excluded.quad1, "
      "quad2 = quad2 + excluded.quad2, quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4",
      kLabel, kKinds);
  static const std::string kMembers = fmt::format(
      "INSERT INTO dyad_members (kind, source_code, target_code, period, member, refs) "
      "SELECT k.kind, c.source_code, c.target_code, {}, m.member, ?2 * COUNT(*) FROM canonical_events c, {}, "
      "(SELECT 'd' || e.doc_id AS member FROM events e WHERE e.canonical_id = ?1 AND e.negated = 0 UNION ALL "
      "SELECT 's' || COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' || "
      "COALESCE(e.attribution_text, '') FROM events e, documents d WHERE d.id = e.doc_id AND e.canonical_id = ?1 AND "
      "e.negated = 0) m WHERE c.id = ?1 AND c.source_code <> '' AND c.target_code <> '' GROUP BY 1, 2, 3, 4, 5 "
      "ON CONFLICT (kind, source_code, target_code, period, member) DO UPDATE SET refs = refs + excluded.refs",
      kLabel, kKinds);
  static const std::string kTouched = fmt::format(
      "INSERT INTO temp.touched_dyads (kind, source_code, target_code, period) SELECT k.kind, c.source_code, "
      "c.target_code, {} FROM canonical_events c, {} WHERE c.id = ?1 AND c.source_code <> '' AND c.target_code <> '' "
      "ON CONFLICT DO NOTHING",
      kLabel, kKinds);
  static const char* kActors =
      "INSERT INTO actor_summary (code, as_source, as_target) SELECT code, SUM(s), SUM(t) FROM ("
      "SELECT c.source_code AS code, ?2 AS s, 0 AS t FROM canonical_events c WHERE c.id = ?1 AND c.negated = 0 AND "
      "COALESCE(c.source_code, '') <> '' UNION ALL SELECT c.target_code, 0, ?2 FROM canonical_events c "
      "WHERE c.id = ?1 AND c.negated = 0 AND COALESCE(c.target_code, '') <> '') WHERE true GROUP BY code "
      "ON CONFLICT (code) DO UPDATE SET as_source = as_source + excluded.as_source, "
      "as_target = as_target + excluded.as_target";
  // Partners reads each act through its first report (by insertion order) that is not negated.
  static const char* kPartners =
      "INSERT INTO partner_summary (source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4) "
      "SELECT COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), ?2, ?2 * COALESCE(c.goldstein, 0), "
      "?2 * COALESCE(c.quad_class = 1, 0), ?2 * COALESCE(c.quad_class = 2, 0), ?2 * COALESCE(c.quad_class = 3, 0), "
      "?2 * COALESCE(c.quad_class = 4, 0) FROM canonical_events c, events e WHERE c.id = ?1 AND e.rowid = "
      "(SELECT MIN(e2.rowid) FROM events e2 WHERE e2.canonical_id = ?1 AND e2.negated = 0) "
      "ON CONFLICT (source_code, target_code) DO UPDATE SET events = events + excluded.events, "
      "goldstein_sum = goldstein_sum + excluded.goldstein_sum, quad1 = quad1 + excluded.quad1, "
      "quad2 = quad2 + excluded.quad2, quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4";
  // Version 4: the same, once per key of the act's reports, members from the reports with that key.
  static const std::string kKeyedDyads = fmt::format(
      "INSERT INTO dyad_summary (kind, source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, "
      "quad4) SELECT k.kk, c.source_code, c.target_code, {}, ?2, ?2 * COALESCE(c.goldstein, 0), "
      "?2 * COALESCE(c.quad_class = 1, 0), ?2 * COALESCE(c.quad_class = 2, 0), ?2 * COALESCE(c.quad_class = 3, 0), "
      "?2 * COALESCE(c.quad_class = 4, 0) FROM canonical_events c, (SELECT DISTINCT kind, kk FROM temp.report_keys) k "
      "WHERE c.id = ?1 AND c.source_code <> '' AND c.target_code <> '' "
      "ON CONFLICT (kind, source_code, target_code, period) DO UPDATE SET events = events + excluded.events, "
      "goldstein_sum = goldstein_sum + excluded.goldstein_sum, quad1 = quad1 + excluded.quad1, "
      "quad2 = quad2 + excluded.quad2, quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4",
      kLabel);
  static const std::string kKeyedMembers = fmt::format(
      "INSERT INTO dyad_members (kind, source_code, target_code, period, member, refs) "
      "SELECT k.kk, c.source_code, c.target_code, {}, m.member, ?2 * COUNT(*) FROM canonical_events c, temp.report_keys k, "
      "(SELECT e.rowid AS rid, 'd' || e.doc_id AS member FROM events e WHERE e.canonical_id = ?1 AND e.negated = 0 "
      "UNION ALL SELECT e.rowid, 's' || COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' || "
      "COALESCE(e.attribution_text, '') FROM events e, documents d WHERE d.id = e.doc_id AND e.canonical_id = ?1 AND "
      "e.negated = 0) m WHERE m.rid = k.rid AND c.id = ?1 AND c.source_code <> '' AND c.target_code <> '' "
      "GROUP BY 1, 2, 3, 4, 5 "
      "ON CONFLICT (kind, source_code, target_code, period, member) DO UPDATE SET refs = refs + excluded.refs",
      kLabel);
  static const std::string kKeyedTouched = fmt::format(
      "INSERT INTO temp.touched_dyads (kind, source_code, target_code, period) SELECT k.kk, c.source_code, "
      "c.target_code, {} FROM canonical_events c, (SELECT DISTINCT kind, kk FROM temp.report_keys) k WHERE c.id = ?1 AND "
      "c.source_code <> '' AND c.target_code <> '' ON CONFLICT DO NOTHING",
      kLabel);
  // Version 6: partners by full code, through the act's first report naming the key on one side only.
  static const std::string kKeyedPartners = fmt::format(
      "INSERT INTO partner_key_summary (key, source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, "
      "quad4) SELECT k.key, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), ?2, ?2 * COALESCE(c.goldstein, 0), "
      "?2 * COALESCE(c.quad_class = 1, 0), ?2 * COALESCE(c.quad_class = 2, 0), ?2 * COALESCE(c.quad_class = 3, 0), "
      "?2 * COALESCE(c.quad_class = 4, 0) FROM canonical_events c, "
      "(SELECT substr(e.source_code, 1, l.n) AS key FROM events e, {0} l WHERE e.canonical_id = ?1 AND e.negated = 0 "
      "AND l.n >= 6 AND length(e.source_code) >= l.n UNION SELECT substr(e.target_code, 1, l.n) FROM events e, {0} l "
      "WHERE e.canonical_id = ?1 AND e.negated = 0 AND l.n >= 6 AND length(e.target_code) >= l.n) k, events e "
      "WHERE c.id = ?1 AND e.rowid = (SELECT MIN(e2.rowid) FROM events e2 WHERE e2.canonical_id = ?1 AND "
      "e2.negated = 0 AND (substr(COALESCE(e2.source_code, ''), 1, length(k.key)) = k.key) <> "
      "(substr(COALESCE(e2.target_code, ''), 1, length(k.key)) = k.key) AND CASE WHEN "
      "substr(COALESCE(e2.source_code, ''), 1, length(k.key)) = k.key THEN COALESCE(e2.target_code, '') "
      "ELSE COALESCE(e2.source_code, '') END <> '') "
      "ON CONFLICT (key, source_code, target_code) DO UPDATE SET events = events + excluded.events, "
      "goldstein_sum = goldstein_sum + excluded.goldstein_sum, quad1 = quad1 + excluded.quad1, "
      "quad2 = quad2 + excluded.quad2, quad3 = quad3 + excluded.quad3, quad4 = quad4 + excluded.quad4",
      kLengths);
  if (!touched_table_) {
    RETURN_IF_ERROR(Exec("CREATE TEMP TABLE IF NOT EXISTS touched_dyads (kind TEXT, source_code TEXT, target_code "
                         "TEXT, period TEXT, PRIMARY KEY (kind, source_code, target_code, period)) WITHOUT ROWID"));
    touched_table_ = true;
  }
  if (schema_version_ >= 4) {
    if (!keys_table_) {
      RETURN_IF_ERROR(Exec("CREATE TEMP TABLE IF NOT EXISTS report_keys (rid INTEGER, kind TEXT, kk TEXT)"));
      keys_table_ = true;
    }
    {
      ASSIGN_OR_RETURN(sqlite3_stmt * clear, Prepare("DELETE FROM temp.report_keys"));
      Reset reset{clear};
      if (int rc = sqlite3_step(clear); rc != SQLITE_DONE) return Error(rc, "report keys");
    }
    std::set<std::tuple<int64_t, std::string, std::string>> keys;
    {
      ASSIGN_OR_RETURN(sqlite3_stmt * reports,
                       Prepare("SELECT rowid, COALESCE(source_code, ''), COALESCE(target_code, '') FROM events "
                               "WHERE canonical_id = ?1 AND negated = 0"));
      Reset reset{reports};
      sqlite3_bind_int64(reports, 1, cid);
      int rc;
      while ((rc = sqlite3_step(reports)) == SQLITE_ROW)
        AddReportKeys(sqlite3_column_int64(reports, 0), Text(reports, 1), Text(reports, 2), &keys);
      if (rc != SQLITE_DONE) return Error(rc, "report keys");
    }
    ASSIGN_OR_RETURN(sqlite3_stmt * put, Prepare("INSERT INTO temp.report_keys (rid, kind, kk) VALUES (?1, ?2, ?3)"));
    for (const auto& [rid, kind, kk] : keys) {
      Reset reset{put};
      sqlite3_bind_int64(put, 1, rid);
      BindText(put, 2, kind);
      BindText(put, 3, kk);
      if (int rc = sqlite3_step(put); rc != SQLITE_DONE) return Error(rc, "report keys");
    }
  }
  // From version 4 the period kinds themselves are keys of every report (kk = kind, see AddReportKeys),
  // so that the keyed statements also keep the plain rows: three statements fewer per act.
  std::vector<const char*> statements = {kActors, kPartners};
  if (schema_version_ >= 4)
    statements.insert(statements.end(), {kKeyedTouched.c_str(), kKeyedDyads.c_str(), kKeyedMembers.c_str()});
  else
    statements.insert(statements.end(), {kTouched.c_str(), kDyads.c_str(), kMembers.c_str()});
  if (schema_version_ >= 6) statements.push_back(kKeyedPartners.c_str());
  for (const char* sql : statements) {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare(sql));
    Reset reset{st};
    sqlite3_bind_int64(st, 1, cid);
    sqlite3_bind_int(st, 2, sign);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) return Error(rc, "summarize canonical event");
  }
  return Status::Ok();
}

Status SqliteStore::SummarizeMentions(const std::string& doc_id, int sign) {
  if (schema_version_ < 3) return Status::Ok();
  ASSIGN_OR_RETURN(sqlite3_stmt * st,
                   Prepare("INSERT INTO actor_summary (code, mentions) SELECT m.code, ?2 * COUNT(*) FROM mentions m "
                           "WHERE m.doc_id = ?1 AND COALESCE(m.code, '') <> '' AND m.via <> 'pronoun' GROUP BY m.code "
                           "ON CONFLICT (code) DO UPDATE SET mentions = mentions + excluded.mentions"));
  Reset reset{st};
  BindText(st, 1, doc_id);
  sqlite3_bind_int(st, 2, sign);
  int rc = sqlite3_step(st);
  if (rc != SQLITE_DONE) return Error(rc, "summarize mentions");
  return Status::Ok();
}

Status SqliteStore::FinishSummaries() {
  if (schema_version_ < 3) return Status::Ok();
  // Readers that keep what they derived from the summaries (store/broker_cache.h) see it change.
  if (schema_version_ >= 5) RETURN_IF_ERROR(Exec("UPDATE summary_generation SET generation = generation + 1"));
  if (!touched_table_) return Status::Ok();
  // Per touched group: members without reports go, the distinct counts are recounted, empty rows go.
  ASSIGN_OR_RETURN(sqlite3_stmt * groups, Prepare("SELECT kind, source_code, target_code, period FROM temp.touched_dyads"));
  constexpr const char* kKey = "kind = ?1 AND source_code = ?2 AND target_code = ?3 AND period = ?4";
  static const std::string kDropMembers = fmt::format("DELETE FROM dyad_members WHERE {} AND refs <= 0", kKey);
  static const std::string kRecount = fmt::format(
      "UPDATE dyad_summary SET articles = (SELECT COUNT(*) FROM dyad_members WHERE {0} AND member >= 'd' AND "
      "member < 'e'), sources = (SELECT COUNT(*) FROM dyad_members WHERE {0} AND member >= 's' AND member < 't') "
      "WHERE {0}",
      kKey);
  static const std::string kDropRow = fmt::format("DELETE FROM dyad_summary WHERE {} AND events <= 0", kKey);
  std::vector<std::array<std::string, 4>> keys;
  {
    Reset reset{groups};
    int rc;
    while ((rc = sqlite3_step(groups)) == SQLITE_ROW)
      keys.push_back({Text(groups, 0), Text(groups, 1), Text(groups, 2), Text(groups, 3)});
    if (rc != SQLITE_DONE) return Error(rc, "touched dyads");
  }
  for (const auto& key : keys) {
    for (const std::string* sql : {&kDropMembers, &kRecount, &kDropRow}) {
      ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare(sql->c_str()));
      Reset reset{st};
      for (int i = 0; i < 4; ++i) BindText(st, i + 1, key[static_cast<size_t>(i)]);
      int rc = sqlite3_step(st);
      if (rc != SQLITE_DONE) return Error(rc, "finish dyad summary");
    }
  }
  return Exec("DELETE FROM temp.touched_dyads");
}

Status SqliteStore::ClearSummaries() {
  if (schema_version_ < 3) return Status::Ok();
  for (const char* sql : {"DELETE FROM dyad_summary", "DELETE FROM dyad_members", "DELETE FROM partner_summary",
                          "UPDATE actor_summary SET as_source = 0, as_target = 0"})
    RETURN_IF_ERROR(Exec(sql));
  if (schema_version_ >= 6) RETURN_IF_ERROR(Exec("DELETE FROM partner_key_summary"));
  return Status::Ok();
}

}  // namespace mizan
