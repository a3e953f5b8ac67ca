// SqliteStore: events a page at a time (filters, stable cursor) and documents with their events.
#include <sqlite3.h>

#include <set>

#include <fmt/core.h>

#include "store/dialect_common.h"
#include "store/sqlite_filter.h"
#include "store/sqlite_store.h"
#include "store/sqlite_util.h"

namespace mizan {

using nlohmann::json;
using sqlite::Text;

StatusOr<EventPage> SqliteStore::QueryEvents(const EventQuery& q) {
  if (q.limit == 0 || q.limit > 10000) return InvalidArgument(fmt::format("limit {} is not 1..10000", q.limit));
  std::vector<json> binds;
  ASSIGN_OR_RETURN(std::string where, sqlite::FilterSql(q.filter, &binds));
  ASSIGN_OR_RETURN(std::string pair, PairCodesSql(q.filter, &binds));
  where += pair;
  EventPage page;
  if (q.count_total) {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     PrepareBound("SELECT COUNT(*) FROM " + EventsFrom(q.filter) + " JOIN documents d ON d.id = e.doc_id WHERE 1 = 1" + where,
                                  binds));
    sqlite::Finalize fin{st};
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) return Error(rc, "count events");
    page.total = sqlite3_column_int64(st, 0);
  }
  const char* cmp = q.newest_first ? "<" : ">";
  const char* dir = q.newest_first ? "DESC" : "ASC";
  std::string cursor_sql;
  std::vector<json> cursor_binds;
  if (!q.cursor.empty()) {
    std::string date, id;
    if (!store_common::DecodeCursor(q.cursor, &date, &id)) return InvalidArgument("bad cursor (pass next_cursor back unchanged)");
    cursor_sql = fmt::format(" AND (COALESCE(e.date_value, ''), e.id) {} (?, ?)", cmp);
    cursor_binds = {date, id};
  }
  std::string sql;
  // The page's rows are chosen from index entries alone (rowid, date, id) and only those limit + 1 rows
  // are then read whole and joined: sorting candidates with their records (a busy actor's or pair's
  // thousands of JSON records) was most of a page's time on a store of a million events.
  const std::string page_order = fmt::format("ORDER BY dv {0}, i {0} LIMIT {1}", dir, q.limit + 1);
  ASSIGN_OR_RETURN(std::vector<std::string> codes, ActorCodes(q.filter));
  if (!codes.empty()) {
    // One actor's events (a prefix: every code under it, as source and as target): each code's own
    // page walks its (code, date, id) index, and the page is the first rows of their union (UNION, not
    // UNION ALL: an event with the actor on both sides counts once).
    EventFilter rest = q.filter;
    rest.actor.clear();
    std::vector<json> rest_binds;
    ASSIGN_OR_RETURN(std::string rest_where, sqlite::FilterSql(rest, &rest_binds));
    const char* join = rest.outlet.empty() ? "" : " JOIN documents d ON d.id = e.doc_id";
    std::string pages;
    binds.clear();
    for (const char* side : {"source_code", "target_code"}) {
      for (const std::string& code : codes) {
        for (int negated = 0; negated <= (rest.include_negated ? 1 : 0); ++negated) {
          if (!pages.empty()) pages += " UNION ";
          pages += fmt::format("SELECT rid, dv, i FROM (SELECT e.rowid AS rid, COALESCE(e.date_value, '') AS dv, e.id AS i "
                               "FROM events e{} WHERE e.{} = ? AND e.negated = {}{}{} {})",
                               join, side, negated, rest_where, cursor_sql, page_order);
          binds.push_back(code);
          binds.insert(binds.end(), rest_binds.begin(), rest_binds.end());
          binds.insert(binds.end(), cursor_binds.begin(), cursor_binds.end());
        }
      }
    }
    where = fmt::format(" AND e.rowid IN (SELECT rid FROM ({}) {})", pages, page_order);
  } else if (!pair.empty()) {
    // A pair: the (source, target, date, id) index seeks each combination of codes; their entries are
    // sorted by date without their records.
    const char* join = q.filter.outlet.empty() ? "" : " JOIN documents d ON d.id = e.doc_id";
    where = fmt::format(" AND e.rowid IN (SELECT rid FROM (SELECT e.rowid AS rid, COALESCE(e.date_value, '') AS dv, "
                        "e.id AS i FROM {}{} WHERE 1 = 1{}{}) {})",
                        EventsFrom(q.filter), join, where, cursor_sql, page_order);
    binds.insert(binds.end(), cursor_binds.begin(), cursor_binds.end());
  } else {
    where += cursor_sql;
    binds.insert(binds.end(), cursor_binds.begin(), cursor_binds.end());
  }
  sql = fmt::format(
      "SELECT e.record, e.canonical_id, c.num_sources, c.num_articles, d.id, d.outlet, d.published, d.title, d.url, "
      "COALESCE(e.date_value, ''), e.id FROM {} JOIN documents d ON d.id = e.doc_id "
      "LEFT JOIN canonical_events c ON c.id = e.canonical_id WHERE 1 = 1{} "
      "ORDER BY COALESCE(e.date_value, '') {}, e.id {} LIMIT {}",
      codes.empty() && pair.empty() ? EventsFrom(q.filter) : "events e", where, dir, dir, q.limit + 1);
  ASSIGN_OR_RETURN(sqlite3_stmt * st, PrepareBound(sql, binds));
  sqlite::Finalize fin{st};
  int rc;
  std::string last_date, last_id;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (page.events.size() == q.limit) {
      page.next_cursor = store_common::EncodeCursor(last_date, last_id);
      break;
    }
    json e = json::parse(Text(st, 0), nullptr, /*allow_exceptions=*/false);
    if (e.is_discarded() || !e.is_object()) return DataLoss(fmt::format("event {} has a corrupt record", Text(st, 10)));
    e["canonical_id"] = sqlite::Value(st, 1);
    e["num_sources"] = sqlite::Value(st, 2);
    e["num_articles"] = sqlite::Value(st, 3);
    e["document"] = {{"id", Text(st, 4)},
                     {"outlet", sqlite::Value(st, 5)},
                     {"published", sqlite::Value(st, 6)},
                     {"title", sqlite::Value(st, 7)},
                     {"url", sqlite::Value(st, 8)}};
    last_date = Text(st, 9);
    last_id = Text(st, 10);
    page.events.push_back(std::move(e));
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error(rc, "query events");
  return page;
}

std::string SqliteStore::EventsFrom(const EventFilter& f) const {
  // A pair (source and target prefixes, a timeline): SQLite's planner, without statistics, would walk
  // one side's index and read every event of that side; the pair index filters both sides in the index.
  if (schema_version_ >= 3 && options_.use_summaries && !f.source.empty() && !f.target.empty() && f.doc_id.empty())
    return "events e INDEXED BY events_by_pair_date";
  return "events e";
}

StatusOr<std::vector<std::string>> SqliteStore::CodesUnder(const std::string& prefix, size_t max_codes) {
  // The distinct codes under the prefix, on either side, one index seek each (a skip scan); more than
  // max_codes means there are more.
  std::vector<json> range;
  sqlite::PrefixSql("", prefix, &range);
  const std::string upper = range[1].get<std::string>();
  std::set<std::string> codes;
  for (const char* sql : {"SELECT source_code FROM events WHERE source_code >= ?1 AND source_code < ?2 ORDER BY source_code LIMIT 1",
                          "SELECT target_code FROM events WHERE target_code >= ?1 AND target_code < ?2 ORDER BY target_code LIMIT 1"}) {
    ASSIGN_OR_RETURN(sqlite3_stmt * st, Prepare(sql));
    std::string from = prefix;
    for (;;) {
      sqlite::Reset reset{st};
      sqlite::BindText(st, 1, from);
      sqlite::BindText(st, 2, upper);
      int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return Error(rc, "actor codes");
      const std::string code = Text(st, 0);
      codes.insert(code);
      if (codes.size() > max_codes) break;  // too many: the caller sees max_codes + 1
      from = code + '\x01';  // the next code after this one (no code holds a control character)
    }
  }
  return std::vector<std::string>(codes.begin(), codes.end());
}

StatusOr<std::vector<std::string>> SqliteStore::ActorCodes(const EventFilter& f) {
  constexpr size_t kMaxCodes = 40;  // beyond this, one scan of the matches is cheaper than many pages
  if (!summaries() || f.actor.empty() || !f.source.empty() || !f.target.empty() || !f.doc_id.empty()) return std::vector<std::string>{};
  ASSIGN_OR_RETURN(std::vector<std::string> codes, CodesUnder(f.actor, kMaxCodes));
  if (codes.size() > kMaxCodes) return std::vector<std::string>{};
  if (codes.empty()) codes.push_back(f.actor);  // nothing matches: one empty page, still through the fast path
  return codes;
}

StatusOr<std::string> SqliteStore::PairCodesSql(const EventFilter& f, std::vector<json>* binds) {
  // A pair filter (source and target prefixes, either direction or not) only keeps events whose two codes
  // are among the codes under either prefix: said as IN lists, the pair index seeks each (source, target)
  // combination instead of walking every entry of the source prefix.
  if (!summaries() || f.source.empty() || f.target.empty() || !f.doc_id.empty()) return std::string();
  ASSIGN_OR_RETURN(std::vector<std::string> a, CodesUnder(f.source, 20));
  ASSIGN_OR_RETURN(std::vector<std::string> b, CodesUnder(f.target, 20));
  // None stored (nothing matches anyway) or too many: the filter alone.
  if (a.empty() || b.empty() || a.size() > 20 || b.size() > 20) return std::string();
  std::set<std::string> all(a.begin(), a.end());
  all.insert(b.begin(), b.end());
  std::string list;
  for (size_t i = 0; i < all.size(); ++i) list += i ? ", ?" : "?";
  for (int side = 0; side < 2; ++side) binds->insert(binds->end(), all.begin(), all.end());
  return fmt::format(" AND e.source_code IN ({0}) AND e.target_code IN ({0})", list);
}

StatusOr<json> SqliteStore::GetDocument(const std::string& id) {
  json doc;
  {
    ASSIGN_OR_RETURN(sqlite3_stmt * st,
                     Prepare("SELECT id, outlet, published, title, url, text, pipeline_version, coded_at, content_hash "
                             "FROM documents WHERE id = ?"));
    sqlite::Reset reset{st};
    sqlite::BindText(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) return NotFound(fmt::format("no document '{}'", id));
    if (rc != SQLITE_ROW) return Error(rc, "document");
    const char* keys[] = {"id", "outlet", "published", "title", "url", "text", "pipeline_version", "coded_at",
                          "content_hash"};
    for (int i = 0; i < 9; ++i) doc[keys[i]] = sqlite::Value(st, i);
  }
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
