// PostgresStore: events a page at a time (filters, stable cursor) and documents with their events, with
// the same meaning and cursor order as SqliteStore (sqlite_query.cc).
#include <set>
#include <string>
#include <vector>

#include <fmt/core.h>
#include <pqxx/pqxx>

#include "store/dialect_common.h"
#include "store/postgres_filter.h"
#include "store/postgres_store.h"

namespace mizan {

using nlohmann::json;

namespace {

// A column as JSON: null, or its text (numbers as numbers where the caller says so).
json TextOrNull(const pqxx::field& f) { return f.is_null() ? json(nullptr) : json(f.as<std::string>()); }
json IntOrNull(const pqxx::field& f) { return f.is_null() ? json(nullptr) : json(f.as<int64_t>()); }

}  // namespace

StatusOr<EventPage> PostgresStore::QueryEvents(const EventQuery& q) {
  if (q.limit == 0 || q.limit > 10000) return InvalidArgument(fmt::format("limit {} is not 1..10000", q.limit));
  std::string date, id;
  if (!q.cursor.empty() && !store_common::DecodeCursor(q.cursor, &date, &id))
    return InvalidArgument("bad cursor (pass next_cursor back unchanged)");
  if (in_batch_) RETURN_IF_ERROR(Flush());  // a batch reads its own writes
  EventPage page;
  Status bad;
  RETURN_IF_ERROR(RunSql("query events", [&](pqxx::transaction_base& tx) {
    auto quote = [&](const std::string& v) { return tx.quote(v); };
    auto where = pg::FilterSql(q.filter, quote);
    if (!where.ok()) {
      bad = where.status();
      return;
    }
    if (q.count_total)
      page.total = tx.exec("SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE true" + *where)[0][0]
                       .as<int64_t>();
    const char* cmp = q.newest_first ? "<" : ">";
    const char* dir = q.newest_first ? "DESC" : "ASC";
    std::string after;
    if (!q.cursor.empty()) after = fmt::format(" AND (COALESCE(e.date_value, ''), e.id) {} ({}, {})", cmp, quote(date), quote(id));
    constexpr const char* kColumns =
        "SELECT e.record::text, e.canonical_id, c.num_sources, c.num_articles, d.id, d.outlet, d.published, d.title, "
        "d.url, COALESCE(e.date_value, '') AS dv, e.id AS eid FROM events e JOIN documents d ON d.id = e.doc_id "
        "LEFT JOIN canonical_events c ON c.id = e.canonical_id";
    std::string sql = fmt::format("{} WHERE true{}{} ORDER BY COALESCE(e.date_value, '') {}, e.id {} LIMIT {}", kColumns,
                                  *where, after, dir, dir, q.limit + 1);
    if (std::vector<std::string> codes = ActorCodes(tx, q.filter); !codes.empty()) {
      // One actor's events (a prefix: every code under it, on either side): each code's own page walks
      // its (code, date, id) index, and the page is the first rows of their union.
      EventFilter rest = q.filter;
      rest.actor.clear();
      auto rest_where = pg::FilterSql(rest, quote);
      if (!rest_where.ok()) {
        bad = rest_where.status();
        return;
      }
      std::string pages;
      for (const char* side : {"source_code", "target_code"})
        for (const std::string& code : codes)
          for (const char* negated : {"false", "true"}) {
            if (!rest.include_negated && negated[0] == 't') continue;
            pages += fmt::format(
                "{}({} WHERE e.{} = {} AND e.negated = {}{}{} ORDER BY COALESCE(e.date_value, '') {}, e.id {} LIMIT {})",
                pages.empty() ? "" : " UNION ALL ", kColumns, side, quote(code), negated, *rest_where, after, dir, dir,
                q.limit + 1);
          }
      sql = fmt::format("SELECT DISTINCT ON (dv, eid) * FROM ({}) u ORDER BY dv {}, eid {} LIMIT {}", pages, dir, dir,
                        q.limit + 1);
    }
    std::string last_date, last_id;
    for (const auto& row : tx.exec(sql)) {
      if (page.events.size() == q.limit) {
        page.next_cursor = store_common::EncodeCursor(last_date, last_id);
        break;
      }
      json e = json::parse(row[0].as<std::string>(), nullptr, /*allow_exceptions=*/false);
      if (e.is_discarded() || !e.is_object()) {
        bad = DataLoss(fmt::format("event {} has a corrupt record", row[10].as<std::string>()));
        return;
      }
      e["canonical_id"] = IntOrNull(row[1]);
      e["num_sources"] = IntOrNull(row[2]);
      e["num_articles"] = IntOrNull(row[3]);
      e["document"] = {{"id", row[4].as<std::string>()},
                       {"outlet", TextOrNull(row[5])},
                       {"published", TextOrNull(row[6])},
                       {"title", TextOrNull(row[7])},
                       {"url", TextOrNull(row[8])}};
      last_date = row[9].as<std::string>();
      last_id = row[10].as<std::string>();
      page.events.push_back(std::move(e));
    }
  }));
  if (!bad.ok()) return bad;
  return page;
}

std::vector<std::string> PostgresStore::ActorCodes(pqxx::transaction_base& tx, const EventFilter& f) {
  constexpr int kMaxCodes = 40;  // beyond this, one scan of the matches is cheaper than many pages
  if (!summaries() || f.actor.empty() || !f.source.empty() || !f.target.empty() || !f.doc_id.empty()) return {};
  std::string upper = f.actor;
  if (static_cast<unsigned char>(upper.back()) < 0x7f) upper.back() = static_cast<char>(upper.back() + 1);
  else upper += "\xf4\x8f\xbf\xbf";
  std::set<std::string> codes;
  for (const char* side : {"source_code", "target_code"}) {
    // The distinct codes under the prefix, one index descent each (a skip scan).
    for (const auto& row : tx.exec(fmt::format(
             "WITH RECURSIVE s(code) AS (SELECT MIN({0}) FROM events WHERE {0} >= {1} AND {0} < {2} UNION ALL "
             "SELECT (SELECT MIN({0}) FROM events WHERE {0} > s.code AND {0} < {2}) FROM s WHERE s.code IS NOT NULL) "
             "SELECT code FROM s WHERE code IS NOT NULL LIMIT {3}",
             side, tx.quote(f.actor), tx.quote(upper), kMaxCodes + 1)))
      codes.insert(row[0].as<std::string>());
    if (codes.size() > static_cast<size_t>(kMaxCodes)) return {};
  }
  if (codes.empty()) codes.insert(f.actor);  // nothing matches: one empty page, still through the fast path
  return {codes.begin(), codes.end()};
}

StatusOr<json> PostgresStore::GetDocument(const std::string& id) {
  if (in_batch_) RETURN_IF_ERROR(Flush());
  json doc;
  bool found = false;
  RETURN_IF_ERROR(RunSql("document", [&](pqxx::transaction_base& tx) {
    pqxx::result r = tx.exec_params(
        "SELECT id, outlet, published, title, url, text, pipeline_version, coded_at, content_hash FROM documents "
        "WHERE id = $1",
        id);
    if (r.empty()) return;
    found = true;
    const char* keys[] = {"id", "outlet", "published", "title", "url", "text", "pipeline_version", "coded_at",
                          "content_hash"};
    for (int i = 0; i < 9; ++i) doc[keys[i]] = TextOrNull(r[0][i]);
  }));
  if (!found) return NotFound(fmt::format("no document '{}'", id));
  EventQuery q;
  q.filter.doc_id = id;
  q.filter.include_negated = true;
  q.limit = 10000;
  json events = json::array();
  for (;;) {
    ASSIGN_OR_RETURN(EventPage page, QueryEvents(q));
    for (auto& e : page.events) events.push_back(std::move(e));
    if (page.next_cursor.empty()) break;
    q.cursor = page.next_cursor;
  }
  doc["events"] = std::move(events);
  return doc;
}

}  // namespace mizan
