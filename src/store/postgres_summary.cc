// PostgresStore: keeps the summary tables of schema version 3 (and the keyed rows of version 4) equal to what the events say, set-wise
// inside the batch's transaction (as sqlite_summary.cc does row by row): canonical events that change are
// taken out before the change and put back after it, and the touched dyads' distinct counts recounted.
#include <fmt/core.h>
#include <pqxx/pqxx>

#include "store/postgres_store.h"

namespace mizan {

namespace {

constexpr const char* kPgKinds = "(SELECT 'all'::text AS kind UNION ALL SELECT 'year' UNION ALL SELECT 'month') k";
constexpr const char* kPgLabel =
    "COALESCE(CASE k.kind WHEN 'all' THEN 'all' WHEN 'year' THEN COALESCE(substr(c.date_value, 1, 4), 'unknown') "
    "ELSE CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7) "
    "ELSE COALESCE(c.date_value, 'unknown') END END, '')";

// Schema version 4: the keys of the non-negated reports of the acts in $1 (summary.h, KeyedKind): `rid`
// (the report), `cid` (its act), `kind` (all, year, month) and `kk` (the dyad_summary kind).
const std::string& ReportKeys() {
  static const std::string sql = fmt::format(
      "(SELECT e.id AS rid, e.canonical_id AS cid, k.kind AS kind, k.kind || ':' || substr(e.source_code, 1, l.n) AS kk "
      "FROM events e, generate_series(6, 30, 3) AS l(n), {0} WHERE e.canonical_id = ANY($1::bigint[]) AND NOT e.negated "
      "AND length(e.source_code) >= l.n "
      "UNION SELECT e.id, e.canonical_id, k.kind, k.kind || ':' || substr(e.target_code, 1, l.n) "
      "FROM events e, generate_series(6, 30, 3) AS l(n), {0} WHERE e.canonical_id = ANY($1::bigint[]) AND NOT e.negated "
      "AND length(e.target_code) >= l.n "
      "UNION SELECT e.id, e.canonical_id, k.kind, k.kind || ':' || "
      "LEAST(substr(e.source_code, 1, ls.n) COLLATE \"C\", substr(e.target_code, 1, lt.n) COLLATE \"C\") || '+' || "
      "GREATEST(substr(e.source_code, 1, ls.n) COLLATE \"C\", substr(e.target_code, 1, lt.n) COLLATE \"C\") "
      "FROM events e, generate_series(3, 30, 3) AS ls(n), generate_series(3, 30, 3) AS lt(n), "
      "(SELECT 'year'::text AS kind UNION ALL SELECT 'month') k WHERE e.canonical_id = ANY($1::bigint[]) AND "
      "NOT e.negated AND length(e.source_code) >= ls.n AND length(e.target_code) >= lt.n)",
      kPgKinds);
  return sql;
}

std::string IdArray(const std::set<int64_t>& ids) {
  std::string out = "{";
  for (int64_t id : ids) {
    if (out.size() > 1) out += ',';
    out += std::to_string(id);
  }
  return out + "}";
}

}  // namespace

void PostgresStore::SummarizeCanonicals(pqxx::transaction_base& tx, const std::set<int64_t>& ids, int sign) {
  if (schema_version_ < 3 || ids.empty()) return;
  const std::string array = IdArray(ids);
  static const std::string kTouched = fmt::format(
      "SELECT DISTINCT k.kind, c.source_code, c.target_code, {} FROM canonical_events c, {} "
      "WHERE c.id = ANY($1::bigint[]) AND c.source_code <> '' AND c.target_code <> ''",
      kPgLabel, kPgKinds);
  for (const auto& row : tx.exec_prepared(Prepared(kTouched), array))
    touched_.insert({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                     row[3].as<std::string>()});
  static const std::string kDyads = fmt::format(
      "INSERT INTO dyad_summary (kind, source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, "
      "quad4) SELECT k.kind, c.source_code, c.target_code, {}, $2::int * COUNT(*), $2::int * SUM(COALESCE(c.goldstein, 0)), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 1), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 2), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 3), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 4) "
      "FROM canonical_events c, {} WHERE c.id = ANY($1::bigint[]) AND c.source_code <> '' AND c.target_code <> '' "
      "AND EXISTS (SELECT 1 FROM events e WHERE e.canonical_id = c.id AND NOT e.negated) GROUP BY 1, 2, 3, 4 "
      "ON CONFLICT (kind, source_code, target_code, period) DO UPDATE SET "
      "events = dyad_summary.events + excluded.events, goldstein_sum = dyad_summary.goldstein_sum + excluded.goldstein_sum, "
      "quad1 = dyad_summary.quad1 + excluded.quad1, quad2 = dyad_summary.quad2 + excluded.quad2, "
      "quad3 = dyad_summary.quad3 + excluded.quad3, quad4 = dyad_summary.quad4 + excluded.quad4",
      kPgLabel, kPgKinds);
  static const std::string kMembers = fmt::format(
      "INSERT INTO dyad_members (kind, source_code, target_code, period, member, refs) "
      "SELECT k.kind, c.source_code, c.target_code, {}, m.member, $2::int * COUNT(*) FROM "
      "(SELECT e.canonical_id AS cid, 'd' || e.doc_id AS member FROM events e WHERE e.canonical_id = ANY($1::bigint[]) "
      "AND NOT e.negated UNION ALL SELECT e.canonical_id, 's' || COALESCE(d.outlet, '') || '|' || "
      "COALESCE(e.attribution_kind, '') || '|' || COALESCE(e.attribution_text, '') FROM events e JOIN documents d ON "
      "d.id = e.doc_id WHERE e.canonical_id = ANY($1::bigint[]) AND NOT e.negated) m "
      "JOIN canonical_events c ON c.id = m.cid CROSS JOIN {} WHERE c.source_code <> '' AND c.target_code <> '' "
      "GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (kind, source_code, target_code, period, member) DO UPDATE SET "
      "refs = dyad_members.refs + excluded.refs",
      kPgLabel, kPgKinds);
  static const char* kActors =
      "INSERT INTO actor_summary (code, as_source, as_target) SELECT code, SUM(s), SUM(t) FROM ("
      "SELECT c.source_code AS code, $2::int AS s, 0 AS t FROM canonical_events c WHERE c.id = ANY($1::bigint[]) AND "
      "NOT c.negated AND COALESCE(c.source_code, '') <> '' UNION ALL SELECT c.target_code, 0, $2::int FROM "
      "canonical_events c WHERE c.id = ANY($1::bigint[]) AND NOT c.negated AND COALESCE(c.target_code, '') <> '') x "
      "GROUP BY code ON CONFLICT (code) DO UPDATE SET as_source = actor_summary.as_source + excluded.as_source, "
      "as_target = actor_summary.as_target + excluded.as_target";
  // Partners reads each act through its first non-negated report in document order.
  static const char* kPartners =
      "INSERT INTO partner_summary (source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4) "
      "SELECT f.src, f.tgt, $2::int * COUNT(*), $2::int * SUM(COALESCE(c.goldstein, 0)), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 1), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 2), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 3), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 4) "
      "FROM canonical_events c CROSS JOIN LATERAL (SELECT COALESCE(e.source_code, '') AS src, "
      "COALESCE(e.target_code, '') AS tgt FROM events e WHERE e.canonical_id = c.id AND NOT e.negated "
      "ORDER BY e.sentence, e.trigger_start NULLS FIRST, e.id LIMIT 1) f WHERE c.id = ANY($1::bigint[]) "
      "GROUP BY 1, 2 ON CONFLICT (source_code, target_code) DO UPDATE SET "
      "events = partner_summary.events + excluded.events, "
      "goldstein_sum = partner_summary.goldstein_sum + excluded.goldstein_sum, "
      "quad1 = partner_summary.quad1 + excluded.quad1, quad2 = partner_summary.quad2 + excluded.quad2, "
      "quad3 = partner_summary.quad3 + excluded.quad3, quad4 = partner_summary.quad4 + excluded.quad4";
  for (const char* sql : {kDyads.c_str(), kMembers.c_str(), kActors, kPartners})
    tx.exec_prepared(Prepared(sql), array, sign);
  if (schema_version_ < 4) return;
  // Version 4: the same once per key of an act's reports, members from the reports with that key.
  static const std::string kKeyedTouched = fmt::format(
      "SELECT DISTINCT k.kk, c.source_code, c.target_code, {} FROM canonical_events c JOIN "
      "(SELECT DISTINCT cid, kind, kk FROM {} x) k ON k.cid = c.id WHERE c.source_code <> '' AND c.target_code <> ''",
      kPgLabel, ReportKeys());
  for (const auto& row : tx.exec_prepared(Prepared(kKeyedTouched), array))
    touched_.insert({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                     row[3].as<std::string>()});
  static const std::string kKeyedDyads = fmt::format(
      "INSERT INTO dyad_summary (kind, source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, "
      "quad4) SELECT k.kk, c.source_code, c.target_code, {}, $2::int * COUNT(*), $2::int * SUM(COALESCE(c.goldstein, 0)), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 1), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 2), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 3), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 4) "
      "FROM canonical_events c JOIN (SELECT DISTINCT cid, kind, kk FROM {} x) k ON k.cid = c.id "
      "WHERE c.source_code <> '' AND c.target_code <> '' GROUP BY 1, 2, 3, 4 "
      "ON CONFLICT (kind, source_code, target_code, period) DO UPDATE SET "
      "events = dyad_summary.events + excluded.events, goldstein_sum = dyad_summary.goldstein_sum + excluded.goldstein_sum, "
      "quad1 = dyad_summary.quad1 + excluded.quad1, quad2 = dyad_summary.quad2 + excluded.quad2, "
      "quad3 = dyad_summary.quad3 + excluded.quad3, quad4 = dyad_summary.quad4 + excluded.quad4",
      kPgLabel, ReportKeys());
  static const std::string kKeyedMembers = fmt::format(
      "INSERT INTO dyad_members (kind, source_code, target_code, period, member, refs) "
      "SELECT k.kk, c.source_code, c.target_code, {}, m.member, $2::int * COUNT(*) FROM {} k JOIN "
      "(SELECT e.id AS rid, 'd' || e.doc_id AS member FROM events e WHERE e.canonical_id = ANY($1::bigint[]) "
      "AND NOT e.negated UNION ALL SELECT e.id, 's' || COALESCE(d.outlet, '') || '|' || "
      "COALESCE(e.attribution_kind, '') || '|' || COALESCE(e.attribution_text, '') FROM events e JOIN documents d ON "
      "d.id = e.doc_id WHERE e.canonical_id = ANY($1::bigint[]) AND NOT e.negated) m ON m.rid = k.rid "
      "JOIN canonical_events c ON c.id = k.cid WHERE c.source_code <> '' AND c.target_code <> '' "
      "GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (kind, source_code, target_code, period, member) DO UPDATE SET "
      "refs = dyad_members.refs + excluded.refs",
      kPgLabel, ReportKeys());
  for (const std::string* sql : {&kKeyedDyads, &kKeyedMembers}) tx.exec_prepared(Prepared(*sql), array, sign);
  if (schema_version_ < 6) return;
  // Version 6: partners by full code, through each act's first report naming the key on one side only.
  static const char* kKeyedPartners =
      "INSERT INTO partner_key_summary (key, source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, "
      "quad4) SELECT k.key, f.src, f.tgt, $2::int * COUNT(*), $2::int * SUM(COALESCE(c.goldstein, 0)), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 1), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 2), "
      "$2::int * COUNT(*) FILTER (WHERE c.quad_class = 3), $2::int * COUNT(*) FILTER (WHERE c.quad_class = 4) "
      "FROM (SELECT DISTINCT e.canonical_id AS cid, substr(x.code, 1, l.n) AS key FROM events e CROSS JOIN LATERAL "
      "(VALUES (e.source_code), (e.target_code)) AS x(code), generate_series(6, 30, 3) AS l(n) "
      "WHERE e.canonical_id = ANY($1::bigint[]) AND NOT e.negated AND length(x.code) >= l.n) k "
      "JOIN canonical_events c ON c.id = k.cid CROSS JOIN LATERAL (SELECT COALESCE(e.source_code, '') AS src, "
      "COALESCE(e.target_code, '') AS tgt FROM events e WHERE e.canonical_id = k.cid AND NOT e.negated AND "
      "(substr(COALESCE(e.source_code, ''), 1, length(k.key)) = k.key) <> "
      "(substr(COALESCE(e.target_code, ''), 1, length(k.key)) = k.key) AND CASE WHEN "
      "substr(COALESCE(e.source_code, ''), 1, length(k.key)) = k.key THEN COALESCE(e.target_code, '') "
      "ELSE COALESCE(e.source_code, '') END <> '' ORDER BY e.sentence, e.trigger_start NULLS FIRST, e.id LIMIT 1) f "
      "GROUP BY 1, 2, 3 ON CONFLICT (key, source_code, target_code) DO UPDATE SET "
      "events = partner_key_summary.events + excluded.events, "
      "goldstein_sum = partner_key_summary.goldstein_sum + excluded.goldstein_sum, "
      "quad1 = partner_key_summary.quad1 + excluded.quad1, quad2 = partner_key_summary.quad2 + excluded.quad2, "
      "quad3 = partner_key_summary.quad3 + excluded.quad3, quad4 = partner_key_summary.quad4 + excluded.quad4";
  tx.exec_prepared(Prepared(kKeyedPartners), array, sign);
}

void PostgresStore::SummarizeMentions(pqxx::transaction_base& tx, const std::string& doc_ids_json, int sign) {
  if (schema_version_ < 3) return;
  tx.exec_params("INSERT INTO actor_summary (code, mentions) SELECT m.code, $2::int * COUNT(*) FROM mentions m "
                 "WHERE m.doc_id IN (SELECT json_array_elements_text($1::json)) AND COALESCE(m.code, '') <> '' AND "
                 "m.via <> 'pronoun' GROUP BY m.code ON CONFLICT (code) DO UPDATE SET "
                 "mentions = actor_summary.mentions + excluded.mentions",
                 doc_ids_json, sign);
}

void PostgresStore::FinishSummaries(pqxx::transaction_base& tx) {
  // Readers that keep what they derived from the summaries (store/broker_cache.h) see it change.
  if (schema_version_ >= 5) tx.exec("UPDATE summary_generation SET generation = generation + 1");
  if (schema_version_ < 3 || touched_.empty()) return;
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& g : touched_) groups.push_back({{"k", g[0]}, {"s", g[1]}, {"t", g[2]}, {"p", g[3]}});
  touched_.clear();
  const std::string text = groups.dump();
  constexpr const char* kKey =
      "{0}.kind = g.k COLLATE \"C\" AND {0}.source_code = g.s COLLATE \"C\" AND {0}.target_code = g.t COLLATE \"C\" "
      "AND {0}.period = g.p COLLATE \"C\"";
  constexpr const char* kGroups = "json_to_recordset($1::json) AS g(k text, s text, t text, p text)";
  tx.exec_params(fmt::format("DELETE FROM dyad_members m USING {} WHERE {} AND m.refs <= 0", kGroups,
                             fmt::format(kKey, "m")),
                 text);
  tx.exec_params(
      fmt::format("UPDATE dyad_summary d SET articles = (SELECT COUNT(*) FROM dyad_members m WHERE m.kind = d.kind AND "
                  "m.source_code = d.source_code AND m.target_code = d.target_code AND m.period = d.period AND "
                  "m.member >= 'd' AND m.member < 'e'), sources = (SELECT COUNT(*) FROM dyad_members m WHERE "
                  "m.kind = d.kind AND m.source_code = d.source_code AND m.target_code = d.target_code AND "
                  "m.period = d.period AND m.member >= 's' AND m.member < 't') FROM {} WHERE {}",
                  kGroups, fmt::format(kKey, "d")),
      text);
  tx.exec_params(fmt::format("DELETE FROM dyad_summary d USING {} WHERE {} AND d.events <= 0", kGroups,
                             fmt::format(kKey, "d")),
                 text);
}

void PostgresStore::ClearSummaries(pqxx::transaction_base& tx) {
  if (schema_version_ < 3) return;
  tx.exec("DELETE FROM dyad_summary; DELETE FROM dyad_members; DELETE FROM partner_summary; "
          "UPDATE actor_summary SET as_source = 0, as_target = 0");
  if (schema_version_ >= 6) tx.exec("DELETE FROM partner_key_summary");
  touched_.clear();
}

}  // namespace mizan
