// PostgresStore: relations over canonical events — dyads and timelines, actors, partners, brokers — with
// the same SQL meaning as SqliteStore (sqlite_relations.cc); brokers are found by relate/brokers.h.
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/core.h>
#include <pqxx/pqxx>

#include "relate/brokers.h"
#include "relate/canonical.h"
#include "store/dialect_common.h"
#include "store/broker_cache.h"
#include "store/postgres_filter.h"
#include "store/postgres_store.h"
#include "store/summary.h"

namespace mizan {

namespace {

std::string Str(const pqxx::field& f) { return f.is_null() ? std::string() : f.as<std::string>(); }

bool CodeLike(const std::string& s) {
  return !s.empty() && s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
}

// "column starts with prefix" as an index range (codes are COLLATE "C").
std::string PrefixRange(pqxx::transaction_base& tx, const char* column, const std::string& prefix) {
  std::string upper = prefix;
  if (static_cast<unsigned char>(upper.back()) < 0x7f) upper.back() = static_cast<char>(upper.back() + 1);
  else upper += "\xf4\x8f\xbf\xbf";
  return fmt::format("({0} >= {1} AND {0} < {2})", column, tx.quote(prefix), tx.quote(upper));
}

}  // namespace

StatusOr<std::vector<DyadRow>> PostgresStore::Dyads(const DyadQuery& q) {
  // A full code or a pair reads its own keyed rows (version 4); a country prefix filters the pairs.
  const std::string keyed = summaries() && schema_version_ >= 4 ? summary::KeyedKind(q) : "";
  if (!keyed.empty() ||
      (summaries() && !q.merge_to_filter && !summary::Kind(q.period).empty() && summary::Answers(q.filter))) {
    if (in_batch_) RETURN_IF_ERROR(Flush());
    std::vector<DyadRow> rows;
    RETURN_IF_ERROR(RunSql("dyad summary", [&](pqxx::transaction_base& tx) {
      std::string where;
      if (keyed.empty() && !q.filter.actor.empty())
        where = fmt::format(" AND ({} OR {})", PrefixRange(tx, "source_code", q.filter.actor),
                            PrefixRange(tx, "target_code", q.filter.actor));
      for (const auto& row : tx.exec(fmt::format(
               "SELECT source_code, target_code, period, events, goldstein_sum, quad1, quad2, quad3, quad4, sources, "
               "articles FROM dyad_summary WHERE kind = {}{} ORDER BY {}{}",
               tx.quote(keyed.empty() ? summary::Kind(q.period) : keyed), where,
               q.chronological ? "period, source_code, target_code" : "events DESC, source_code, target_code, period",
               q.top ? fmt::format(" LIMIT {}", q.top) : ""))) {
        DyadRow r;
        r.source = Str(row[0]);
        r.target = Str(row[1]);
        r.period = Str(row[2]);
        r.events = row[3].as<int64_t>();
        r.goldstein_sum = std::round(row[4].as<double>() * 1e6) / 1e6;
        r.goldstein_mean = r.events ? r.goldstein_sum / static_cast<double>(r.events) : 0;
        for (int k = 0; k < 4; ++k) r.quad[k] = row[5 + k].as<int64_t>();
        r.sources = row[9].as<int64_t>();
        r.articles = row[10].as<int64_t>();
        rows.push_back(std::move(r));
      }
    }));
    return rows;
  }
  ASSIGN_OR_RETURN(std::string period, store_common::PeriodSql(q.period));
  std::string src = "c.source_code", tgt = "c.target_code";
  if (q.merge_to_filter) {
    const std::string& a = q.filter.source;
    const std::string& b = q.filter.target;
    if (!CodeLike(a) || !CodeLike(b))
      return InvalidArgument("merging a dyad needs a source and a target code (capital letters, digits, '-')");
    // Which side a report is on, by its own codes (the filter guarantees it is A->B or B->A).
    const std::string forward = fmt::format("substr(e.source_code, 1, {}) = '{}' AND substr(e.target_code, 1, {}) = '{}'",
                                            a.size(), a, b.size(), b);
    src = fmt::format("CASE WHEN {} THEN '{}' ELSE '{}' END", forward, a, b);
    tgt = fmt::format("CASE WHEN {} THEN '{}' ELSE '{}' END", forward, b, a);
  }
  if (in_batch_) RETURN_IF_ERROR(Flush());
  std::vector<DyadRow> rows;
  Status bad;
  RETURN_IF_ERROR(RunSql("dyads", [&](pqxx::transaction_base& tx) {
    auto where = pg::FilterSql(q.filter, [&](const std::string& v) { return tx.quote(v); });
    if (!where.ok()) {
      bad = where.status();
      return;
    }
    // Each report of a canonical event carries weight 1 / (its reports that pass the filter), so sums
    // count each act once while sources and articles still see every report.
    std::string sql = fmt::format(
        "SELECT src, tgt, period, COUNT(DISTINCT cid) AS n, SUM(g * w), "
        "ROUND(SUM(CASE WHEN q = 1 THEN w ELSE 0 END))::bigint, ROUND(SUM(CASE WHEN q = 2 THEN w ELSE 0 END))::bigint, "
        "ROUND(SUM(CASE WHEN q = 3 THEN w ELSE 0 END))::bigint, ROUND(SUM(CASE WHEN q = 4 THEN w ELSE 0 END))::bigint, "
        "COUNT(DISTINCT skey), COUNT(DISTINCT doc) FROM ("
        "SELECT c.id AS cid, ({}) COLLATE \"C\" AS src, ({}) COLLATE \"C\" AS tgt, ({}) COLLATE \"C\" AS period, "
        "COALESCE(c.goldstein, 0) AS g, c.quad_class AS q, 1.0::float8 / COUNT(*) OVER (PARTITION BY c.id) AS w, "
        "COALESCE(d.outlet, '') || '|' || COALESCE(e.attribution_kind, '') || '|' || COALESCE(e.attribution_text, '') "
        "AS skey, e.doc_id AS doc "
        "FROM events e JOIN documents d ON d.id = e.doc_id JOIN canonical_events c ON c.id = e.canonical_id "
        "WHERE c.source_code <> '' AND c.target_code <> ''{}) AS x "
        "GROUP BY src, tgt, period ORDER BY {}{}",
        src, tgt, period, *where, q.chronological ? "period, src, tgt" : "n DESC, src, tgt, period",
        q.top ? fmt::format(" LIMIT {}", q.top) : "");
    for (const auto& row : tx.exec(sql)) {
      DyadRow r;
      r.source = Str(row[0]);
      r.target = Str(row[1]);
      r.period = store_common::PeriodLabel(Str(row[2]));
      r.events = row[3].as<int64_t>();
      r.goldstein_sum = std::round(row[4].as<double>() * 1e6) / 1e6;
      r.goldstein_mean = r.events ? r.goldstein_sum / static_cast<double>(r.events) : 0;
      for (int k = 0; k < 4; ++k) r.quad[k] = row[5 + k].as<int64_t>();
      r.sources = row[9].as<int64_t>();
      r.articles = row[10].as<int64_t>();
      rows.push_back(std::move(r));
    }
  }));
  if (!bad.ok()) return bad;
  if (q.period == "week" && q.chronological)  // labels changed after the SQL ordering
    std::stable_sort(rows.begin(), rows.end(), [](const DyadRow& a, const DyadRow& b) { return a.period < b.period; });
  return rows;
}

StatusOr<std::vector<PartnerRow>> PostgresStore::Partners(const std::string& code, const EventFilter& filter) {
  if (code.empty()) return InvalidArgument("no actor code given");
  EventFilter f = filter;
  f.actor = code;
  if (in_batch_) RETURN_IF_ERROR(Flush());
  std::map<std::string, PartnerRow> partners;
  std::map<std::string, double> gsum;
  Status bad;
  const bool keyed = summaries() && schema_version_ >= 6 && summary::KeyedPartners(f);
  const bool from_summary = keyed || (summaries() && summary::Answers(f));
  if (from_summary) {
    // Acts by the codes of their first report: a country-level prefix is on one side of all its reports;
    // a full code (version 6) has its own rows, from the first report naming it on one side only.
    RETURN_IF_ERROR(RunSql("partner summary", [&](pqxx::transaction_base& tx) {
      for (const auto& row : tx.exec(
               keyed ? "SELECT source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4 FROM "
                       "partner_key_summary WHERE key = " + tx.quote(code) + " AND events > 0"
                     : fmt::format("SELECT source_code, target_code, events, goldstein_sum, quad1, quad2, quad3, quad4 "
                                   "FROM partner_summary WHERE events > 0 AND ({} OR {})",
                                   PrefixRange(tx, "source_code", code), PrefixRange(tx, "target_code", code)))) {
        const std::string src = Str(row[0]), tgt = Str(row[1]);
        const bool out = store_common::HasCodePrefix(src, code), in = store_common::HasCodePrefix(tgt, code);
        if (out == in) continue;
        const std::string& other = out ? tgt : src;
        if (other.empty()) continue;
        PartnerRow& p = partners[other];
        p.partner = other;
        (out ? p.events_out : p.events_in) += row[2].as<int64_t>();
        gsum[other] += row[3].as<double>();
        for (int k = 0; k < 4; ++k) p.quad[static_cast<size_t>(k)] += row[4 + k].as<int64_t>();
      }
    }));
  }
  if (!from_summary) RETURN_IF_ERROR(RunSql("partners", [&](pqxx::transaction_base& tx) {
    auto where = pg::FilterSql(f, [&](const std::string& v) { return tx.quote(v); });
    if (!where.ok()) {
      bad = where.status();
      return;
    }
    int64_t last = -1;
    for (const auto& row : tx.exec("SELECT c.id, COALESCE(e.source_code, ''), COALESCE(e.target_code, ''), "
                                   "COALESCE(c.goldstein, 0), c.quad_class FROM events e JOIN documents d ON "
                                   "d.id = e.doc_id JOIN canonical_events c ON c.id = e.canonical_id WHERE true" +
                                   *where + " ORDER BY c.id, e.sentence, e.trigger_start NULLS FIRST, e.id")) {
      const int64_t cid = row[0].as<int64_t>();
      if (cid == last) continue;  // one act, however many reports
      const std::string src = row[1].as<std::string>(), tgt = row[2].as<std::string>();
      const bool out = store_common::HasCodePrefix(src, code), in = store_common::HasCodePrefix(tgt, code);
      if (out == in) continue;  // both sides within the actor (LBY: LBYMIL -> LBYGOV), or neither
      const std::string& other = out ? tgt : src;
      if (other.empty()) continue;
      last = cid;
      PartnerRow& p = partners[other];
      p.partner = other;
      (out ? p.events_out : p.events_in) += 1;
      gsum[other] += row[3].as<double>();
      const int quad = row[4].is_null() ? 0 : row[4].as<int>();
      if (quad >= 1 && quad <= 4) p.quad[static_cast<size_t>(quad - 1)] += 1;
    }
  }));
  if (!bad.ok()) return bad;
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

StatusOr<std::vector<ActorRow>> PostgresStore::Actors(const ActorQuery& q) {
  if (in_batch_) RETURN_IF_ERROR(Flush());
  std::vector<ActorRow> rows;
  std::map<std::string, ActorRow> by_code;
  auto row_of = [&](const std::string& code) -> ActorRow& {
    ActorRow& r = by_code[code];
    r.code = code;
    return r;
  };
  // "col >= prefix AND col < next" as in the event filter, through the filter itself would need events.
  auto prefix_sql = [&](pqxx::transaction_base& tx, const char* column) {
    if (q.prefix.empty()) return std::string();
    std::string upper = q.prefix;
    if (static_cast<unsigned char>(upper.back()) < 0x7f) upper.back() = static_cast<char>(upper.back() + 1);
    else upper += "\xf4\x8f\xbf\xbf";
    return fmt::format(" AND {0} COLLATE \"C\" >= {1} AND {0} COLLATE \"C\" < {2}", column, tx.quote(q.prefix),
                       tx.quote(upper));
  };
  RETURN_IF_ERROR(RunSql("actors", [&](pqxx::transaction_base& tx) {
    if (q.unknown_only) {
      // Mentions the actor stage found but no dictionary resolved: no code at all, or a name kept as
      // actor_id 'unknown' whose code is only the best guess from its title and context (docs/actors.md).
      for (const auto& r : tx.exec("SELECT m.text COLLATE \"C\" AS t, MIN(m.kind), COUNT(*), COUNT(DISTINCT m.doc_id), "
                                   "MIN(d.published), MAX(d.published), MAX(COALESCE(m.code, '') COLLATE \"C\") FROM mentions m JOIN documents d ON "
                                   "d.id = m.doc_id WHERE (COALESCE(m.code, '') = '' OR (m.actor_id = 'unknown' AND "
                                   "m.via = 'name')) AND m.via <> 'pronoun'" +
                                   prefix_sql(tx, "m.text") + " GROUP BY t ORDER BY 3 DESC, t" +
                                   (q.top ? fmt::format(" LIMIT {}", q.top) : ""))) {
        ActorRow a;
        a.name = Str(r[0]);
        a.kind = Str(r[1]);
        a.mentions = r[2].as<int64_t>();
        a.first_date = Str(r[4]);
        a.last_date = Str(r[5]);
        a.known = false;
        a.code = Str(r[6]);  // the best guess from title and context, for the user to confirm
        rows.push_back(std::move(a));
      }
      return;
    }
    if (summaries()) {
      for (const auto& r : tx.exec("SELECT a.code, a.as_source, a.as_target, a.mentions, n.name, n.kind, "
                                   "(SELECT MIN(date_value) FROM canonical_events WHERE source_code = a.code AND NOT negated), "
                                   "(SELECT MAX(date_value) FROM canonical_events WHERE source_code = a.code AND NOT negated), "
                                   "(SELECT MIN(date_value) FROM canonical_events WHERE target_code = a.code AND NOT negated), "
                                   "(SELECT MAX(date_value) FROM canonical_events WHERE target_code = a.code AND NOT negated) "
                                   "FROM (SELECT * FROM actor_summary a WHERE a.as_source + a.as_target + a.mentions > 0" +
                                   prefix_sql(tx, "a.code") + " ORDER BY a.as_source + a.as_target DESC, a.mentions DESC, a.code" +
                                   (q.top ? fmt::format(" LIMIT {}", q.top) : "") +
                                   ") a LEFT JOIN actors n ON n.code = a.code")) {
        ActorRow& a = row_of(Str(r[0]));
        a.as_source = r[1].as<int64_t>();
        a.as_target = r[2].as<int64_t>();
        a.events = a.as_source + a.as_target;
        a.mentions = r[3].as<int64_t>();
        a.name = Str(r[4]);
        a.kind = Str(r[5]);
        for (int i = 6; i < 10; ++i) {
          if (r[i].is_null()) continue;
          const std::string d = r[i].as<std::string>();
          std::string& bound = i % 2 == 0 ? a.first_date : a.last_date;
          if (bound.empty() || (i % 2 == 0 ? d < bound : d > bound)) bound = d;
        }
      }
      return;
    }
    for (const auto& r : tx.exec("SELECT code, SUM(s), SUM(t), MIN(dv), MAX(dv) FROM ("
                                 "SELECT c.source_code AS code, 1 AS s, 0 AS t, c.date_value AS dv FROM canonical_events c "
                                 "WHERE NOT c.negated AND COALESCE(c.source_code, '') <> ''" +
                                 prefix_sql(tx, "c.source_code") +
                                 " UNION ALL SELECT c.target_code, 0, 1, c.date_value FROM canonical_events c "
                                 "WHERE NOT c.negated AND COALESCE(c.target_code, '') <> ''" +
                                 prefix_sql(tx, "c.target_code") + ") AS x GROUP BY code")) {
      ActorRow& a = row_of(Str(r[0]));
      a.as_source = r[1].as<int64_t>();
      a.as_target = r[2].as<int64_t>();
      a.events = a.as_source + a.as_target;
      a.first_date = Str(r[3]);
      a.last_date = Str(r[4]);
    }
    for (const auto& r : tx.exec("SELECT m.code, COUNT(*) FROM mentions m WHERE COALESCE(m.code, '') <> '' AND "
                                 "m.via <> 'pronoun'" + prefix_sql(tx, "m.code") + " GROUP BY m.code"))
      row_of(Str(r[0])).mentions = r[1].as<int64_t>();
    for (const auto& r : tx.exec("SELECT a.code, a.name, a.kind FROM actors a WHERE true" + prefix_sql(tx, "a.code"))) {
      auto it = by_code.find(Str(r[0]));
      if (it == by_code.end()) continue;
      it->second.name = Str(r[1]);
      it->second.kind = Str(r[2]);
    }
  }));
  if (q.unknown_only) return rows;
  for (auto& [code, r] : by_code) rows.push_back(std::move(r));
  std::sort(rows.begin(), rows.end(), [](const ActorRow& a, const ActorRow& b) {
    if (a.events != b.events) return a.events > b.events;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.code < b.code;
  });
  if (q.top && rows.size() > q.top) rows.resize(q.top);
  return rows;
}

StatusOr<std::vector<BrokerRow>> PostgresStore::Brokers(const EventFilter& filter) {
  // Paths need the whole network, so the actor filter becomes the focus of the search, not a WHERE.
  EventFilter f = filter;
  f.actor.clear();
  if (in_batch_) RETURN_IF_ERROR(Flush());
  const relate::BrokerParams params;
  std::shared_ptr<const relate::BrokerNetwork> network;
  std::vector<relate::DirectedCount> explicit_;
  Status bad;
  RETURN_IF_ERROR(RunSql("brokers", [&](pqxx::transaction_base& tx) {
    auto where = pg::FilterSql(f, [&](const std::string& v) { return tx.quote(v); });
    if (!where.ok()) {
      bad = where.status();
      return;
    }
    auto load = [&](const std::string& sql) -> StatusOr<std::shared_ptr<const relate::BrokerNetwork>> {
      relate::LegCounts legs;  // filled straight from the rows: no strings per row (100,000 pairs at 1M events)
      for (const auto& r : tx.exec(sql))
        legs.Add(r[0].is_null() ? std::string_view() : std::string_view(r[0].c_str(), r[0].size()),
                 r[1].is_null() ? std::string_view() : std::string_view(r[1].c_str(), r[1].size()), r[2].as<int64_t>());
      return std::shared_ptr<const relate::BrokerNetwork>(
          std::make_shared<relate::BrokerNetwork>(legs, params.max_neighbours));
    };
    auto got = [&]() -> StatusOr<std::shared_ptr<const relate::BrokerNetwork>> {
      if (!summaries() || !summary::Answers(f))
        return load("SELECT c.source_code, c.target_code, COUNT(DISTINCT c.id) FROM events e "
                    "JOIN documents d ON d.id = e.doc_id JOIN canonical_events c ON c.id = e.canonical_id "
                    "WHERE c.source_code <> '' AND c.target_code <> ''" + *where + " GROUP BY 1, 2 ORDER BY 1, 2");
      auto from_summary = [&] {
        return load("SELECT source_code, target_code, events FROM dyad_summary WHERE kind = 'all' ORDER BY 1, 2");
      };
      if (schema_version_ < 5 || in_batch_) return from_summary();
      // Committed summaries only: one prepared network per generation, shared by this process's connections.
      const auto gen = tx.exec("SELECT instance, generation FROM summary_generation");
      return broker_cache::Get(display_, gen[0][0].as<std::string>(), gen[0][1].as<int64_t>(), params.max_neighbours,
                               from_summary);
    }();
    if (!got.ok()) {
      bad = got.status();
      return;
    }
    network = *got;
    for (const auto& r : tx.exec("SELECT e.source_code, e.target_code, e.broker_code, COUNT(DISTINCT e.canonical_id) "
                                 "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.broker_code > '' "
                                 "AND COALESCE(e.source_code, '') <> '' AND COALESCE(e.target_code, '') <> ''" +
                                 *where + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"))
      explicit_.push_back({Str(r[0]), Str(r[1]), Str(r[2]), r[3].as<int64_t>()});
  }));
  if (!bad.ok()) return bad;
  return network->Find(explicit_, filter.actor, 100, params);
}

}  // namespace mizan
