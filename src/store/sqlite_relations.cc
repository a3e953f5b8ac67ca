// SqliteStore: relations over canonical events — dyads and timelines, actors, partners, brokers.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/core.h>

#include "relate/brokers.h"
#include "relate/canonical.h"
#include "store/dialect_common.h"
#include "store/broker_cache.h"
#include "store/sqlite_filter.h"
#include "store/sqlite_store.h"
#include "store/sqlite_util.h"
#include "store/summary.h"

namespace mizan {

using nlohmann::json;
using sqlite::Text;

namespace {

// Partners with their Goldstein means, most events first, then by code.
std::vector<PartnerRow> SortPartners(std::map<std::string, PartnerRow>& partners, std::map<std::string, double>& gsum) {
  std::vector<PartnerRow> rows;
  for (auto& [code_, p] : partners) {
    p.goldstein_mean = gsum[code_] / static_cast<double>(p.events_out + p.events_in);
    rows.push_back(p);
  }
  std::sort(rows.begin(), rows.end(), [](const PartnerRow& a, const PartnerRow& b) {
    int64_t na = a.events_out + a.events_in, nb = b.events_out + b.events_in;
    return na != nb ? na > nb : a.partner < b.partner;
  });
  return rows;
}

}  // namespace

StatusOr<std::vector<DyadRow>> SqliteStore::DyadsFromSummary(const DyadQuery& q) {
  // A full code or a pair reads its own keyed rows (version 4); a country prefix filters the pairs.
  const std::string keyed = schema_version_ >= 4 ? summary::KeyedKind(q) : "";
  std::vector<json> binds = {keyed.empty() ? summary::Kind(q.period) : keyed};
  std::string where;
  if (keyed.empty() && !q.filter.actor.empty())
    where = fmt::format(" AND ({} OR {})", sqlite::PrefixSql("source_code", q.filter.actor, &binds),
                        sqlite::PrefixSql("target_code", q.filter.actor, &binds));
  ASSIGN_OR_RETURN(sqlite3_stmt * st,
                   PrepareBound(fmt::format("SELECT source_code, target_code, period, events, goldstein_sum, quad1, "
                                            "quad2, quad3, quad4, sources, articles FROM dyad_summary WHERE kind = ?{} "
                                            "ORDER BY {}{}",
                                            where,
                                            q.chronological ? "period, source_code, target_code"
                                                            : "events DESC, source_code, target_code, period",
                                            q.top ? fmt::format(" LIMIT {}", q.top) : ""),
                                binds));
  sqlite::Finalize fin{st};
  std::vector<DyadRow> rows;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    DyadRow r;
    r.source = Text(st, 0);
    r.target = Text(st, 1);
    r.period = Text(st, 2);
    r.events = sqlite3_column_int64(st, 3);
    r.goldstein_sum = std::round(sqlite3_column_double(st, 4) * 1e6) / 1e6;
    r.goldstein_mean = r.events ? r.goldstein_sum / static_cast<double>(r.events) : 0;
    for (int k = 0; k < 4; ++k) r.quad[k] = sqlite3_column_int64(st, 5 + k);
    r.sources = sqlite3_column_int64(st, 9);
    r.articles = sqlite3_column_int64(st, 10);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return Error(rc, "dyad summary");
  return rows;
}

StatusOr<std::vector<DyadRow>> SqliteStore::Dyads(const DyadQuery& q) {
  if (summaries() && !q.merge_to_filter && !summary::Kind(q.period).empty() && summary::Answers(q.filter))
    return DyadsFromSummary(q);
  if (summaries() && schema_version_ >= 4 && !summary::KeyedKind(q).empty()) return DyadsFromSummary(q);
  ASSIGN_OR_RETURN(std::string period, store_common::PeriodSql(q.period));
  std::string src = "c.source_code", tgt = "c.target_code";
  if (q.merge_to_filter) {
    const std::string& a = q.filter.source;
    const std::string& b = q.filter.target;
    auto code_like = [](const std::string& s) {
      return !s.empty() && s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
    };
    if (!code_like(a) || !code_like(b))
      return InvalidArgument("merging a dyad needs a source and a target code (capital letters, digits, '-')");
    // Which side a report is on, by its own codes (the filter guarantees it is A->B or B->A).
    const std::string forward = fmt::format("substr(e.source_code, 1, {}) = '{}' AND substr(e.target_code, 1, {}) = '{}'",
                                            a.size(), a, b.size(), b);
    src = fmt::format("CASE WHEN {} THEN '{}' ELSE '{}' END", forward, a, b);
    tgt = fmt::format("CASE WHEN {} THEN '{}' ELSE '{}' END", forward, b, a);
  }
  std::vector<json> binds;
  ASSIGN_OR_RETURN(std::string where, sqlite::FilterSql(q.filter, &binds));
  ASSIGN_OR_RETURN(std::string pair, PairCodesSql(q.filter, &binds));
  where += pair;
  // Each report of a canonical event carries weight 1 / (its reports that pass the filter), so sums
  // count each act once while sources and articles still see every report.
  std::string sql = fmt::format(
      "SELECT src, tgt, period, COUNT(DISTINCT cid), SUM(g * w), "
      "ROUND(SUM(CASE WHEN q = 1 THEN w ELSE 0 END)), ROUND(SUM(CASE WHEN q = 2 THEN w ELSE 0 END)), "
      "ROUND(SUM(CASE WHEN q = 3 THEN w ELSE 0 END)), ROUND(SUM(CASE WHEN q = 4 THEN w ELSE 0 END)), "
      "COUNT(DISTINCT skey), COUNT(DISTINCT doc) FROM ("
      "SELECT c.id AS cid, {} AS src, {} AS tgt, {} AS period, COALESCE(c.goldstein, 0) AS g, "
      "c.quad_class AS q, 1.0 / COUNT(*) OVER (PARTITION BY c.id) AS w, "
      "COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' || COALESCE(e.attribution_text, '') "
      "AS skey, e.doc_id AS doc "
      "FROM {} JOIN documents d ON d.id = e.doc_id JOIN canonical_events c ON c.id = e.canonical_id "
      "WHERE c.source_code <> '' AND c.target_code <> ''{}) "
      "GROUP BY src, tgt, period ORDER BY {}{}",
      src, tgt, period, EventsFrom(q.filter), where, q.chronological ? "3, 1, 2" : "4 DESC, 1, 2, 3",
      q.top ? fmt::format(" LIMIT {}", q.top) : "");
  ASSIGN_OR_RETURN(sqlite3_stmt * st, PrepareBound(sql, binds));
  sqlite::Finalize fin{st};
  std::vector<DyadRow> rows;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    DyadRow r;
    r.source = Text(st, 0);
    r.target = Text(st, 1);
    r.period = store_common::PeriodLabel(Text(st, 2));
    r.events = sqlite3_column_int64(st, 3);
    r.goldstein_sum = std::round(sqlite3_column_double(st, 4) * 1e6) / 1e6;
    r.goldstein_mean = r.events ? r.goldstein_sum / static_cast<double>(r.events) : 0;
    for (int k = 0; k < 4; ++k) r.quad[k] = sqlite3_column_int64(st, 5 + k);
    r.sources = sqlite3_column_int64(st, 9);
    r.articles = sqlite3_column_int64(st, 10);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return Error(rc, "dyads");
  if (q.period == "week" && q.chronological)  // labels changed after the SQL ordering
    std::stable_sort(rows.begin(), rows.end(), [](const DyadRow& a, const DyadRow& b) { return a.period < b.period; });
  return rows;
}

StatusOr<std::vector<PartnerRow>> SqliteStore::Partners(const std::string& code, const EventFilter& filter) {
  if (code.empty()) return InvalidArgument("no actor code given");
  EventFilter f = filter;
  f.actor = code;
  std::map<std::string, PartnerRow> partners;
  std::map<std::string, double> gsum;
  int rc;
  const bool keyed = summaries() && schema_version_ >= 6 && summary::KeyedPartners(f);
  if (keyed || (summaries() && summary::Answers(f))) {
    // Acts by the codes of their first report: a country-level prefix is on one side of all its reports;
    // a full code (version 6) has its own rows, from the first report naming it on one side only.
    std::vector<json> binds;
    std::string range = sqlite::PrefixSql("source_code", code, &binds) + " OR " +
                        sqlite::PrefixSql("target_code", code, &binds);
    if (keyed) binds = {code};
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound(keyed ? std::string("SELECT source_code, target_code, events, goldstein_sum, quad1, "
                                                      "quad2, quad3, quad4 FROM partner_key_summary WHERE key = ? AND "
                                                      "events > 0")
                                        : "SELECT source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, "
                                          "quad4 FROM partner_summary WHERE events > 0 AND (" + range + ")",
                                  binds));
    sqlite::Finalize fin{st};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      const std::string src = Text(st, 0), tgt = Text(st, 1);
      const bool out = store_common::HasCodePrefix(src, code), in = store_common::HasCodePrefix(tgt, code);
      if (out == in) continue;
      const std::string& other = out ? tgt : src;
      if (other.empty()) continue;
      PartnerRow& p = partners[other];
      p.partner = other;
      (out ? p.events_out : p.events_in) += sqlite3_column_int64(st, 2);
      gsum[other] += sqlite3_column_double(st, 3);
      for (int k = 0; k < 4; ++k) p.quad[static_cast<size_t>(k)] += sqlite3_column_int64(st, 4 + k);
    }
    if (rc != SQLITE_DONE) return Error(rc, "partner summary");
    return SortPartners(partners, gsum);
  }
  std::vector<json> binds;
  ASSIGN_OR_RETURN(std::string where, sqlite::FilterSql(f, &binds));
  ASSIGN_OR_RETURN(sqlite3_stmt * st,
                   PrepareBound("SELECT c.id, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), "
                                "COALESCE(c.goldstein, 0), c.quad_class FROM events e JOIN documents d ON d.id = e.doc_id "
                                "JOIN canonical_events c ON c.id = e.canonical_id WHERE 1 = 1" +
                                    where + " ORDER BY c.id, e.rowid",
                                binds));
  sqlite::Finalize fin{st};
  int64_t last = -1;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const int64_t cid = sqlite3_column_int64(st, 0);
    if (cid == last) continue;  // one act, however many reports
    const std::string src = Text(st, 1), tgt = Text(st, 2);
    const bool out = store_common::HasCodePrefix(src, code), in = store_common::HasCodePrefix(tgt, code);
    if (out == in) continue;  // both sides within the actor (LBY: LBYMIL -> LBYGOV), or neither
    const std::string& other = out ? tgt : src;
    if (other.empty()) continue;
    last = cid;
    PartnerRow& p = partners[other];
    p.partner = other;
    (out ? p.events_out : p.events_in) += 1;
    gsum[other] += sqlite3_column_double(st, 3);
    const int quad = sqlite3_column_int(st, 4);
    if (quad >= 1 && quad <= 4) p.quad[static_cast<size_t>(quad - 1)] += 1;
  }
  if (rc != SQLITE_DONE) return Error(rc, "partners");
  return SortPartners(partners, gsum);
}

StatusOr<std::vector<ActorRow>> SqliteStore::Actors(const ActorQuery& q) {
  std::vector<ActorRow> rows;
  int rc;
  if (q.unknown_only) {
    // Mentions the actor stage found but no dictionary resolved: no code at all, or a name kept as
    // actor_id 'unknown' whose code is only the best guess from its title and context (docs/actors.md).
    std::vector<json> binds;
    std::string prefix;
    if (!q.prefix.empty()) prefix = " AND " + sqlite::PrefixSql("m.text", q.prefix, &binds);
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound("SELECT m.text, MIN(m.kind), COUNT(*), COUNT(DISTINCT m.doc_id), MIN(d.published), "
                                  "MAX(d.published), MAX(COALESCE(m.code, '')) FROM mentions m JOIN documents d ON d.id = m.doc_id "
                                  "WHERE (COALESCE(m.code, '') = '' OR (m.actor_id = 'unknown' AND m.via = 'name')) "
                                  "AND m.via <> 'pronoun'" +
                                      prefix + " GROUP BY m.text ORDER BY 3 DESC, 1" +
                                      (q.top ? fmt::format(" LIMIT {}", q.top) : ""),
                                  binds));
    sqlite::Finalize fin{st};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      ActorRow r;
      r.name = Text(st, 0);
      r.kind = Text(st, 1);
      r.mentions = sqlite3_column_int64(st, 2);
      r.events = 0;
      r.first_date = Text(st, 4);
      r.last_date = Text(st, 5);
      r.known = false;
      r.code = Text(st, 6);  // the best guess from title and context, for the user to confirm
      rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return Error(rc, "unknown actors");
    return rows;
  }
  if (summaries()) return ActorsFromSummary(q);
  std::map<std::string, ActorRow> by_code;
  auto row = [&](const std::string& code) -> ActorRow& {
    ActorRow& r = by_code[code];
    r.code = code;
    return r;
  };
  {
    std::vector<json> binds;
    std::string ps, pt;
    if (!q.prefix.empty()) {
      ps = " AND " + sqlite::PrefixSql("c.source_code", q.prefix, &binds);
      pt = " AND " + sqlite::PrefixSql("c.target_code", q.prefix, &binds);
    }
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound("SELECT code, SUM(s), SUM(t), MIN(dv), MAX(dv) FROM ("
                                  "SELECT c.source_code AS code, 1 AS s, 0 AS t, c.date_value AS dv FROM canonical_events c "
                                  "WHERE c.negated = 0 AND COALESCE(c.source_code, '') <> ''" + ps +
                                      " UNION ALL SELECT c.target_code, 0, 1, c.date_value FROM canonical_events c "
                                      "WHERE c.negated = 0 AND COALESCE(c.target_code, '') <> ''" + pt +
                                      ") GROUP BY code",
                                  binds));
    sqlite::Finalize fin{st};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      ActorRow& r = row(Text(st, 0));
      r.as_source = sqlite3_column_int64(st, 1);
      r.as_target = sqlite3_column_int64(st, 2);
      r.events = r.as_source + r.as_target;
      r.first_date = Text(st, 3);
      r.last_date = Text(st, 4);
    }
    if (rc != SQLITE_DONE) return Error(rc, "actor events");
  }
  {
    std::vector<json> binds;
    std::string p1, p2;
    if (!q.prefix.empty()) {
      p1 = " AND " + sqlite::PrefixSql("m.code", q.prefix, &binds);
      p2 = " WHERE " + sqlite::PrefixSql("a.code", q.prefix, &binds);
    }
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound("SELECT m.code, COUNT(*) FROM mentions m WHERE COALESCE(m.code, '') <> '' AND "
                                  "m.via <> 'pronoun'" + p1 + " GROUP BY m.code",
                                  {binds.begin(), binds.begin() + (q.prefix.empty() ? 0 : 2)}));
    sqlite::Finalize fin{st};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(Text(st, 0)).mentions = sqlite3_column_int64(st, 1);
    if (rc != SQLITE_DONE) return Error(rc, "actor mentions");
    ASSIGN_OR_RETURN(sqlite3_stmt * names,
                     PrepareBound("SELECT a.code, a.name, a.kind FROM actors a" + p2,
                                  {binds.begin() + (q.prefix.empty() ? 0 : 2), binds.end()}));
    sqlite::Finalize fin_names{names};
    while ((rc = sqlite3_step(names)) == SQLITE_ROW) {
      auto it = by_code.find(Text(names, 0));
      if (it == by_code.end()) continue;
      it->second.name = Text(names, 1);
      it->second.kind = Text(names, 2);
    }
    if (rc != SQLITE_DONE) return Error(rc, "actor names");
  }
  for (auto& [code, r] : by_code) rows.push_back(std::move(r));
  std::sort(rows.begin(), rows.end(), [](const ActorRow& a, const ActorRow& b) {
    if (a.events != b.events) return a.events > b.events;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.code < b.code;
  });
  if (q.top && rows.size() > q.top) rows.resize(q.top);
  return rows;
}

StatusOr<std::vector<ActorRow>> SqliteStore::ActorsFromSummary(const ActorQuery& q) {
  std::vector<json> binds;
  std::string prefix;
  if (!q.prefix.empty()) prefix = " AND " + sqlite::PrefixSql("a.code", q.prefix, &binds);
  ASSIGN_OR_RETURN(sqlite3_stmt * st,
                   PrepareBound("SELECT a.code, a.as_source, a.as_target, a.mentions, n.name, n.kind FROM actor_summary a "
                                "LEFT JOIN actors n ON n.code = a.code WHERE a.as_source + a.as_target + a.mentions > 0" +
                                    prefix + " ORDER BY a.as_source + a.as_target DESC, a.mentions DESC, a.code" +
                                    (q.top ? fmt::format(" LIMIT {}", q.top) : ""),
                                binds));
  sqlite::Finalize fin{st};
  std::vector<ActorRow> rows;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    ActorRow r;
    r.code = Text(st, 0);
    r.as_source = sqlite3_column_int64(st, 1);
    r.as_target = sqlite3_column_int64(st, 2);
    r.events = r.as_source + r.as_target;
    r.mentions = sqlite3_column_int64(st, 3);
    r.name = Text(st, 4);
    r.kind = Text(st, 5);
    rows.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return Error(rc, "actor summary");
  // First and last dates of the listed actors only, each a walk down (code, negated, date_value).
  ASSIGN_OR_RETURN(sqlite3_stmt * dates,
                   Prepare("SELECT (SELECT MIN(date_value) FROM canonical_events WHERE source_code = ?1 AND negated = 0), "
                           "(SELECT MAX(date_value) FROM canonical_events WHERE source_code = ?1 AND negated = 0), "
                           "(SELECT MIN(date_value) FROM canonical_events WHERE target_code = ?1 AND negated = 0), "
                           "(SELECT MAX(date_value) FROM canonical_events WHERE target_code = ?1 AND negated = 0)"));
  for (ActorRow& r : rows) {
    if (r.events == 0) continue;
    sqlite::Reset reset{dates};
    sqlite::BindText(dates, 1, r.code);
    if ((rc = sqlite3_step(dates)) != SQLITE_ROW) return Error(rc, "actor dates");
    for (int i = 0; i < 4; ++i) {
      if (sqlite3_column_type(dates, i) == SQLITE_NULL) continue;
      const std::string d = Text(dates, i);
      std::string& bound = i % 2 == 0 ? r.first_date : r.last_date;
      if (bound.empty() || (i % 2 == 0 ? d < bound : d > bound)) bound = d;
    }
  }
  return rows;
}

StatusOr<std::vector<BrokerRow>> SqliteStore::Brokers(const EventFilter& filter) {
  // Paths need the whole network, so the actor filter becomes the focus of the search, not a WHERE.
  EventFilter f = filter;
  f.actor.clear();
  std::vector<json> binds;
  ASSIGN_OR_RETURN(std::string where, sqlite::FilterSql(f, &binds));
  const relate::BrokerParams params;
  auto text = [](sqlite3_stmt* st, int i) {
    const unsigned char* t = sqlite3_column_text(st, i);
    return t ? std::string_view(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(st, i)))
             : std::string_view();
  };
  // The network's legs, filled straight from the cursor: no strings per row (100,000 pairs at 1M events).
  auto load = [&](sqlite3_stmt* st) -> StatusOr<std::shared_ptr<const relate::BrokerNetwork>> {
    relate::LegCounts legs;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) legs.Add(text(st, 0), text(st, 1), sqlite3_column_int64(st, 2));
    if (rc != SQLITE_DONE) return Error(rc, "broker dyads");
    return std::shared_ptr<const relate::BrokerNetwork>(std::make_shared<relate::BrokerNetwork>(legs, params.max_neighbours));
  };
  std::shared_ptr<const relate::BrokerNetwork> network;
  if (summaries() && summary::Answers(f)) {
    auto from_summary = [&]() -> StatusOr<std::shared_ptr<const relate::BrokerNetwork>> {
      ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare("SELECT source_code, target_code, events FROM dyad_summary "
                                                  "WHERE kind = 'all' ORDER BY source_code, target_code"));
      sqlite::Reset reset{st};
      return load(st);
    };
    if (schema_version_ >= 5 && !in_batch_) {
      // Committed summaries only: one prepared network per generation, shared by this process's connections.
      ASSIGN_OR_RETURN(sqlite3_stmt * gen, Prepare("SELECT instance, generation FROM summary_generation"));
      std::string instance;
      int64_t generation = 0;
      {
        sqlite::Reset reset{gen};
        int rc = sqlite3_step(gen);
        if (rc != SQLITE_ROW) return Error(rc, "summary generation");
        instance = Text(gen, 0);
        generation = sqlite3_column_int64(gen, 1);
      }
      ASSIGN_OR_RETURN(network, broker_cache::Get(path_, instance, generation, params.max_neighbours, from_summary));
    } else {
      ASSIGN_OR_RETURN(network, from_summary());
    }
  } else {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound("SELECT c.source_code, c.target_code, COUNT(DISTINCT c.id) FROM events e "
                                  "JOIN documents d ON d.id = e.doc_id JOIN canonical_events c ON c.id = e.canonical_id "
                                  "WHERE c.source_code <> '' AND c.target_code <> ''" +
                                      where + " GROUP BY 1, 2",
                                  binds));
    sqlite::Finalize fin{st};
    ASSIGN_OR_RETURN(network, load(st));
  }
  std::vector<relate::DirectedCount> explicit_;
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound("SELECT e.source_code, e.target_code, e.broker_code, COUNT(DISTINCT e.canonical_id) "
                                  "FROM events e INDEXED BY events_by_broker JOIN documents d ON d.id = e.doc_id WHERE e.broker_code > '' "
                                  "AND COALESCE(e.source_code, '') <> '' AND COALESCE(e.target_code, '') <> ''" +
                                      where + " GROUP BY 1, 2, 3",
                                  binds));
    sqlite::Finalize fin{st};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
      explicit_.push_back({Text(st, 0), Text(st, 1), Text(st, 2), sqlite3_column_int64(st, 3)});
    if (rc != SQLITE_DONE) return Error(rc, "explicit brokers");
  }
  return network->Find(explicit_, filter.actor, 100, params);
}

}  // namespace mizan
